// Journey of a quarterly report: the province's focal issues a 2026 plan with one task for Văn
// phòng UBND tỉnh and the quarterly regime of sample 000 (through the API); on screen, the
// office's editor writes the Q4 report with a PDF and a document reference and submits it; the
// focal returns it with a comment; the editor fixes and resubmits; the focal accepts; the
// heatmap and the completion % follow; the consolidated report downloads as a state-format .docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import type { ReportingOverview } from '../src/contract/reports';
import { baseUrl, csrfOf, launchBrowser, loginAs, readDocx } from './browser';

const POLL = { timeout: 10_000 };
const PERIOD = '2026-Q4';

let browser: Browser;
let focal: Page;
let editor: Page;
let plan: PlanDetail;
let officeId: string;

async function send<T>(
  request: APIRequestContext,
  method: 'post' | 'patch' | 'put',
  path: string,
  data: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await request[method](`${baseUrl()}${path}`, {
    data,
    headers: { 'x-csrf-token': await csrfOf(request), ...headers },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

async function overview(): Promise<ReportingOverview> {
  return (await (
    await focal.request.get(`${baseUrl()}/api/plans/${plan.id}/reporting`)
  ).json()) as ReportingOverview;
}

const cellStatus = async () =>
  (await overview()).cells.find(
    (cell) => cell.periodKey === PERIOD && cell.organisationId === officeId,
  )?.status;

/** A small but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Title (Minh chung) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

beforeAll(async () => {
  browser = await launchBrowser();
  focal = await loginAs(browser, 'dongthap.noivu');
  const units = (await (await focal.request.get(`${baseUrl()}/api/organisations`)).json()) as {
    items: { id: string; code: string }[];
  };
  const province = units.items.find((unit) => unit.code === 'DT')!;
  officeId = units.items.find((unit) => unit.code === 'DT.VP')!.id;
  const created = await send<PlanDetail>(focal.request, 'post', '/api/plans', {
    organisationId: province.id,
    year: 2026,
    title: 'Cải cách hành chính năm 2026',
  });
  await send(focal.request, 'post', `/api/plans/${created.id}/tasks`, {
    area: 'Cải cách thủ tục hành chính',
    content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    leadOrganisationId: officeId,
    timeframeText: 'Thường xuyên',
    outputKind: 'report',
  });
  const current = (await (
    await focal.request.get(`${baseUrl()}/api/plans/${created.id}`)
  ).json()) as PlanDetail;
  const signed = await send<PlanDetail>(
    focal.request,
    'patch',
    `/api/plans/${created.id}`,
    {
      signature: { ...current.content.signature, signerName: 'Trần Văn B' },
      targets: [{ metric: 'Tỷ lệ hồ sơ được số hóa', comparator: 'gte', value: 90, unit: '%' }],
    },
    { 'if-match': `"${current.version}"` },
  );
  const issued = await send<PlanDetail>(
    focal.request,
    'post',
    `/api/plans/${created.id}/issue`,
    { number: '88', issuedOn: '2026-01-15' },
    { 'if-match': `"${signed.version}"` },
  );
  await send(
    focal.request,
    'put',
    `/api/plans/${created.id}/reporting-rule`,
    { presetId: 'quarterly-by-15th' },
    {
      'if-match': `"${issued.version}"`,
    },
  );
  plan = issued;
  editor = await loginAs(browser, 'dongthap.vanphong');
});
afterAll(() => browser.close());

describe('a quarterly report from writing to acceptance', () => {
  it('the editor writes the Q4 report with a PDF and a document reference and submits it', async () => {
    await editor.getByRole('menuitem', { name: /Báo cáo/ }).click();
    await editor.getByTestId(`my-report-open-${plan.id}-${PERIOD}`).click();
    await editor.getByTestId('report-form').waitFor();
    const taskId = plan.tasks[0]!.id;
    await editor.getByTestId(`entry-status-${taskId}`).click();
    await editor.locator('.ant-select-item-option', { hasText: 'Đang thực hiện' }).click();
    await editor.getByTestId(`entry-progress-${taskId}`).fill('60');
    await editor.getByTestId(`entry-result-${taskId}`).fill('Đã số hóa 1.250 hồ sơ');
    const entry = editor.getByTestId(`report-entry-${taskId}`);
    await entry.getByRole('button', { name: /Thêm văn bản/ }).click();
    await entry.getByLabel('Số, ký hiệu').fill('Báo cáo số 120/BC-VP');
    await entry.getByLabel('Cơ quan ban hành').fill('Văn phòng UBND tỉnh');
    await entry.getByLabel('Trích yếu').fill('kết quả số hóa quý IV');
    await editor.getByTestId('kpi-value-0').fill('92,5%');
    await expect
      .poll(() => editor.getByTestId('report-save-status').innerText(), POLL)
      .toMatch(/Đã lưu/);
    await editor
      .getByTestId(`evidence-upload-${taskId}`)
      .locator('input[type=file]')
      .setInputFiles({ name: 'so-hoa-quy-4.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect
      .poll(() => editor.getByTestId(`evidence-${taskId}`).innerText(), POLL)
      .toContain('so-hoa-quy-4.pdf');
    await editor.getByTestId('report-submit').click();
    await editor.getByTestId('report-submit-confirm').click();
    await expect.poll(cellStatus, POLL).toBe('on_time');
  });

  it('the focal returns it with a comment; the editor sees it, fixes and resubmits', async () => {
    await focal.goto(`${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`);
    await focal.getByTestId('report-return').click();
    await focal.getByTestId('report-return-comment-input').fill('Bổ sung số liệu tháng 12');
    await focal.getByTestId('report-return-confirm').click();
    await expect.poll(cellStatus, POLL).toBe('returned');

    await editor.reload();
    await expect
      .poll(() => editor.getByTestId('report-return-comment').innerText(), POLL)
      .toContain('Bổ sung số liệu tháng 12');
    const taskId = plan.tasks[0]!.id;
    await editor.getByTestId(`entry-status-${taskId}`).click();
    await editor.locator('.ant-select-item-option', { hasText: 'Hoàn thành' }).click();
    await editor.getByTestId(`entry-progress-${taskId}`).fill('100');
    await editor
      .getByTestId(`entry-result-${taskId}`)
      .fill('Đã số hóa 1.480 hồ sơ, đạt 100% kế hoạch');
    await expect
      .poll(() => editor.getByTestId('report-save-status').innerText(), POLL)
      .toMatch(/Đã lưu/);
    await editor.getByTestId('report-submit').click();
    await editor.getByTestId('report-submit-confirm').click();
    await expect.poll(cellStatus, POLL).toBe('on_time');
  });

  it('the focal accepts: the heatmap cell and the completion % change', async () => {
    const before = await overview();
    expect(before.completionByUnit[0]).toMatchObject({ done: 0, percent: 0 });
    await focal.reload();
    await focal.getByTestId('report-accept').click();
    await focal.getByTestId('report-accept-confirm').click();
    await expect.poll(cellStatus, POLL).toBe('accepted');
    const after = await overview();
    expect(after.completionByUnit[0]).toMatchObject({ done: 1, percent: 100 });

    await focal.goto(`${baseUrl()}/plans/${plan.id}/reporting`);
    await expect
      .poll(() => focal.getByTestId('reporting-completion-total').innerText(), POLL)
      .toContain('100');
    expect(await focal.getByTestId('reporting-heatmap').locator('canvas').count()).toBeGreaterThan(
      0,
    );
  });

  it('downloads the consolidated report of the period as a state-format .docx', async () => {
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
      'Đã số hóa 1.480 hồ sơ, đạt 100% kế hoạch',
    ])
      expect(text, expected).toContain(expected);
    expect(xml).toMatch(/w:orient="landscape"/);
  });
});
