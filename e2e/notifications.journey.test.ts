// Journey of event notices and a report's thread, as the users see them: the province's focal
// issues a 2026 plan with one task for Văn phòng UBND tỉnh (through the API); the office's editor
// submits the Q4 report on screen → the focal's bell lists it and opens the report; the focal
// returns it with a comment → the editor's bell and the report's thread show the comment; the
// editor answers in the thread → the focal's bell shows the answer; the editor resubmits, the
// focal accepts → the office's bell says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import type { SubmissionDto } from '../src/contract/reports';
import { getJson, ifMatch, sendJson } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  uniqueSuffix,
  waitForText,
} from './browser';
import { issueQuarterlyPlan, PERIOD, reportPath } from './report-fixtures';

let browser: Browser;
let focal: Page;
let editor: Page;
let plan: PlanDetail;
let officeId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  focal = await loginAs(browser, 'dongthap.noivu');
  ({ plan, officeId } = await issueQuarterlyPlan(focal.request));
  editor = await loginAs(browser, 'dongthap.vanphong');
});
afterAll(async () => {
  await editor?.context().close();
  await focal?.context().close();
  await browser.close();
});

const reportUrl = () => `${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`;
const title = () => plan.content.title;

/** Opens the bell on a freshly loaded page and waits for the notice naming `text`; returns it. */
async function openBellAt(page: Page, text: string) {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId('notification-bell').click();
  const notice = page.getByTestId('notification-item').filter({ hasText: text }).first();
  await notice.waitFor();
  return notice;
}

/** The editor saves the one task's progress through the API (the form is another journey's). */
async function saveEntry(result: string) {
  const path = reportPath(plan, officeId);
  const current = await getJson<SubmissionDto>(editor.request, path);
  await sendJson(
    editor.request,
    'put',
    path,
    { entries: [{ taskId: plan.tasks[0]!.id, status: 'in_progress', progress: 70, result }] },
    ifMatch(current.version),
  );
}

async function submitOnScreen() {
  await editor.goto(reportUrl());
  await editor.getByTestId('report-submit').click();
  await clickAndCheck(editor, editor.getByTestId('report-submit-confirm'), 'POST', '/submit');
  await waitForText(editor.getByTestId('report-status').first(), 'Nộp đúng hạn');
}

describe('a report from submission to acceptance, told by the bell and discussed in its thread', () => {
  it('the office is told of the plan the focal issued', async () => {
    const notice = await openBellAt(editor, `Kế hoạch mới ban hành: ${title()}`);
    expect(await notice.innerText()).toContain('số 88 ngày 15/01/2026');
  });

  it("the editor submits: the focal's bell lists it and opens the report", async () => {
    await saveEntry('Đã số hóa 1.250 hồ sơ');
    await submitOnScreen();
    const notice = await openBellAt(focal, `kế hoạch “${title()}”`);
    expect(await notice.innerText()).toContain('Báo cáo đã nộp: Văn phòng UBND tỉnh — Quý IV/2026');
    await saveScreenshot(focal, 'notifications-bell-submitted');
    await notice.click();
    await focal.waitForURL(reportUrl());
    await focal.getByTestId('report-return').waitFor();
  });

  it("the focal returns it with a comment: the editor's bell and the thread show it", async () => {
    const comment = `Bổ sung số liệu tháng 12 (${uniqueSuffix()})`;
    await focal.getByTestId('report-return').click();
    await focal.getByTestId('report-return-comment-input').fill(comment);
    await clickAndCheck(focal, focal.getByTestId('report-return-confirm'), 'POST', '/review');
    await waitForText(focal.getByTestId('report-thread'), comment);

    const notice = await openBellAt(editor, comment);
    expect(await notice.innerText()).toContain(`Báo cáo bị trả lại: Quý IV/2026 — ${title()}`);
    await notice.click();
    await editor.waitForURL(reportUrl());
    const returned = editor.getByTestId('report-thread-item').filter({ hasText: comment });
    await returned.waitFor();
    expect(await returned.innerText()).toMatch(/Lý do trả lại/);
    expect(await returned.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  });

  it("the editor answers in the thread: the focal's bell shows the answer", async () => {
    const answer = `Đã bổ sung 230 hồ sơ tháng 12 (${uniqueSuffix()})`;
    await editor.goto(reportUrl());
    await editor.getByTestId('report-thread-input').fill(answer);
    await clickAndCheck(editor, editor.getByTestId('report-thread-send'), 'POST', '/comments', 201);
    const mine = editor.getByTestId('report-thread-item').last();
    await waitForText(mine, answer);
    expect(await mine.innerText()).toContain('Văn phòng UBND tỉnh');
    await saveScreenshot(editor, 'report-thread');

    const notice = await openBellAt(focal, answer);
    expect(await notice.innerText()).toContain(
      'Ý kiến mới về báo cáo Quý IV/2026 của Văn phòng UBND tỉnh',
    );
  });

  it("the editor resubmits and the focal accepts: the office's bell says so", async () => {
    await saveEntry('Đã số hóa 1.480 hồ sơ');
    await submitOnScreen();
    await focal.goto(reportUrl());
    await focal.getByTestId('report-accept').click();
    await clickAndCheck(focal, focal.getByTestId('report-accept-confirm'), 'POST', '/review');
    await waitForText(focal.getByTestId('report-status').first(), 'Đã tiếp nhận');
    await openBellAt(editor, `Báo cáo đã được tiếp nhận: Quý IV/2026 — ${title()}`);
  });
});
