// Journeys of a quarterly report: the province's focal issues a 2026 plan with one task for Văn
// phòng UBND tỉnh and the quarterly regime of sample 000 (through the API); on screen, the
// office's editor writes the Q4 report with a PDF and a document reference and submits it; the
// focal returns it with a comment; the editor fixes and resubmits; the focal accepts; the
// heatmap and the completion % follow; the consolidated report downloads as a state-format .docx.
// Each test signs in both users and brings its own plan (a unique title) and report to its
// starting state through the API, so none depends on another.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import type { ReportingOverview } from '../src/contract/reports';
import { getJson } from './api';
import { baseUrl, clickAndCheck, launchBrowser, loginAs, readDocx, waitForText } from './browser';
import {
  acceptReport,
  issueQuarterlyPlan,
  PERIOD,
  submitReport,
  type TaskReport,
} from './report-fixtures';

let browser: Browser;
let focal: Page;
let editor: Page;
let plan: PlanDetail;
let officeId: string;

const overview = () => getJson<ReportingOverview>(focal.request, `/api/plans/${plan.id}/reporting`);

const cellStatus = async () =>
  (await overview()).cells.find(
    (cell) => cell.periodKey === PERIOD && cell.organisationId === officeId,
  )?.status;

/** A small but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Title (Minh chung) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** The first submission: work under way. */
const UNDER_WAY: TaskReport = {
  status: 'in_progress',
  progress: 60,
  result: 'Đã số hóa 1.250 hồ sơ',
};
/** After the focal's comment: the task done. */
const DONE: TaskReport = {
  status: 'done',
  progress: 100,
  result: 'Đã số hóa 1.480 hồ sơ, đạt 100% kế hoạch',
};

/** The office's Q4 report as the editor and the focal open it. */
const reportUrl = () => `${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  focal = await loginAs(browser, 'dongthap.noivu');
  ({ plan, officeId } = await issueQuarterlyPlan(focal.request));
  editor = await loginAs(browser, 'dongthap.vanphong');
});
afterEach(async () => {
  await editor.context().close();
  await focal.context().close();
});

describe('a quarterly report from writing to acceptance', () => {
  it('the editor writes the Q4 report with a PDF and a document reference and submits it', async () => {
    await editor.getByRole('menuitem', { name: /Báo cáo/ }).click();
    await editor.getByTestId(`my-report-open-${plan.id}-${PERIOD}`).click();
    await editor.getByTestId('report-form').waitFor();
    const taskId = plan.tasks[0]!.id;
    await editor.getByTestId(`entry-status-${taskId}`).click();
    await editor.locator('.ant-select-item-option', { hasText: 'Đang thực hiện' }).click();
    await editor.getByTestId(`entry-progress-${taskId}`).fill(String(UNDER_WAY.progress));
    await editor.getByTestId(`entry-result-${taskId}`).fill(UNDER_WAY.result);
    const entry = editor.getByTestId(`report-entry-${taskId}`);
    await entry.getByRole('button', { name: /Thêm văn bản/ }).click();
    await entry.getByLabel('Số, ký hiệu').fill('Báo cáo số 120/BC-VP');
    await entry.getByLabel('Cơ quan ban hành').fill('Văn phòng UBND tỉnh');
    await entry.getByLabel('Trích yếu').fill('kết quả số hóa quý IV');
    await editor.getByTestId('kpi-value-0').fill('92,5%');
    await waitForText(editor.getByTestId('report-save-status'), /Đã lưu/);
    await editor
      .getByTestId(`evidence-upload-${taskId}`)
      .locator('input[type=file]')
      .setInputFiles({ name: 'so-hoa-quy-4.pdf', mimeType: 'application/pdf', buffer: PDF });
    await waitForText(editor.getByTestId(`evidence-${taskId}`), 'so-hoa-quy-4.pdf');
    await editor.getByTestId('report-submit').click();
    await clickAndCheck(editor, editor.getByTestId('report-submit-confirm'), 'POST', '/submit');
    await expect.poll(cellStatus).toBe('on_time');
  });

  it('the focal returns it with a comment; the editor sees it, fixes and resubmits', async () => {
    await submitReport(editor.request, plan, officeId, UNDER_WAY);
    await focal.goto(reportUrl());
    await focal.getByTestId('report-return').click();
    await focal.getByTestId('report-return-comment-input').fill('Bổ sung số liệu tháng 12');
    await clickAndCheck(focal, focal.getByTestId('report-return-confirm'), 'POST', '/review');
    await expect.poll(cellStatus).toBe('returned');

    await editor.goto(reportUrl());
    await waitForText(editor.getByTestId('report-return-comment'), 'Bổ sung số liệu tháng 12');
    const taskId = plan.tasks[0]!.id;
    await editor.getByTestId(`entry-status-${taskId}`).click();
    await editor.locator('.ant-select-item-option', { hasText: 'Hoàn thành' }).click();
    await editor.getByTestId(`entry-progress-${taskId}`).fill('100');
    await editor.getByTestId(`entry-result-${taskId}`).fill(DONE.result);
    await waitForText(editor.getByTestId('report-save-status'), /Đã lưu/);
    await editor.getByTestId('report-submit').click();
    await clickAndCheck(editor, editor.getByTestId('report-submit-confirm'), 'POST', '/submit');
    await expect.poll(cellStatus).toBe('on_time');
  });

  it('the focal accepts: the heatmap cell and the completion % change', async () => {
    await submitReport(editor.request, plan, officeId, DONE);
    const before = await overview();
    expect(before.completionByUnit[0]).toMatchObject({ done: 0, percent: 0 });
    await focal.goto(reportUrl());
    await focal.getByTestId('report-accept').click();
    await clickAndCheck(focal, focal.getByTestId('report-accept-confirm'), 'POST', '/review');
    await expect.poll(cellStatus).toBe('accepted');
    const after = await overview();
    expect(after.completionByUnit[0]).toMatchObject({ done: 1, percent: 100 });

    await focal.goto(`${baseUrl()}/plans/${plan.id}/reporting`);
    await waitForText(focal.getByTestId('reporting-completion-total'), '100');
    await focal
      .getByTestId('reporting-heatmap')
      .locator('[data-testid="echart"] svg')
      .first()
      .waitFor();
  });

  it('downloads the consolidated report of the period as a state-format .docx', async () => {
    const submitted = await submitReport(editor.request, plan, officeId, DONE);
    await acceptReport(focal.request, plan, officeId, submitted);
    await focal.goto(`${baseUrl()}/plans/${plan.id}/consolidated/${PERIOD}`);
    const [download] = await Promise.all([
      focal.waitForEvent('download'),
      focal.getByTestId('consolidated-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const { xml, text } = await readDocx(await download.path());
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG THÁP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      '88/KH-UBND',
      DONE.result,
    ])
      expect(text, expected).toContain(expected);
    expect(xml).toMatch(/w:orient="landscape"/);
  });
});
