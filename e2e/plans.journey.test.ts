// Journeys of the province's PAR focal writing Lấp Vò's remediation plan, from a district framework
// in which Lấp Vò lost points on three sub-criteria: the gap analysis → "Lập kế hoạch khắc phục";
// one task gets a coordinating unit, another a new timeframe; the signer is entered and the plan
// issued; the .docx and .xlsx downloads; the coordinating office's editor finds the task in
// "Nhiệm vụ của đơn vị tôi". Each test signs in and brings its own plan (unique framework code)
// to its starting state through the API, so none depends on another.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import { getJson } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  readDocx,
  uniqueSuffix,
  waitForText,
} from './browser';
import { createLapVoGaps, draftLapVoPlan, issueLapVoPlan, LOSSES } from './plan-fixtures';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await loginAs(browser, 'dongthap.noivu');
});
afterEach(() => page.context().close());

const planDetail = (planId: string) => getJson<PlanDetail>(page.request, `/api/plans/${planId}`);

/** The task table's row holding `text`. */
const taskRow = (text: string) =>
  page.getByTestId('task-table').locator('tr.ant-table-row', { hasText: text });

async function openPlan(plan: PlanDetail) {
  await page.goto(`${baseUrl()}/plans/${plan.id}`);
  await page.getByTestId('task-table').waitFor();
}

describe("the PAR focal drafts, edits and issues Lấp Vò's remediation plan", () => {
  it('opens the gap analysis and drafts the plan: one task per lost sub-criterion, biggest loss first', async () => {
    const { framework, lossCodes } = await createLapVoGaps(page.request);
    await page.goto(`${baseUrl()}/results?framework=${framework.id}`);
    await page.getByTestId('ranking-unit-DT.LV').click();
    await page.getByTestId('gap-analysis').waitFor();
    await page.getByTestId('gap-draft-plan').click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').at(-1)!;
    await page.getByTestId('task-table').waitFor();
    const plan = await planDetail(planId);
    expect(plan.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(lossCodes);
    expect(plan.tasks.map((task) => task.lead?.name)).toEqual(LOSSES.map((loss) => loss.lead));
    await waitForText(taskRow(plan.tasks[0]!.content), 'Phòng Nội vụ');
  });

  it('adds a coordinating unit to one task and changes the timeframe of another', async () => {
    const plan = await draftLapVoPlan(page.request);
    const [first, second] = plan.tasks;
    await openPlan(plan);
    await taskRow(first!.content).getByLabel('Phối hợp').click();
    await page.keyboard.type('van hoa');
    await page
      .locator('.ant-select-tree-node-content-wrapper', {
        hasText: 'Phòng Văn hóa và Thông tin (DT.LV.PVHTT)',
      })
      .click();
    await page.getByTestId('task-table').locator('thead').click(); // leaving the picker saves
    await expect
      .poll(async () => (await planDetail(plan.id)).tasks[0]?.coordinating.map((unit) => unit.name))
      .toEqual(['Phòng Văn hóa và Thông tin']);

    await taskRow(second!.content)
      .getByRole('button', { name: /^Thời gian thực hiện:/ })
      .click();
    const editor = taskRow(second!.content).getByRole('textbox', { name: 'Thời gian thực hiện' });
    await editor.fill('Quý II, III/2024');
    await editor.press('Enter');
    await expect
      .poll(async () => (await planDetail(plan.id)).tasks[1]?.dueDates)
      .toEqual(['2024-06-30', '2024-09-30']);
    await waitForText(taskRow(second!.content), '30/09/2024');
  });

  it('enters the signer and issues the plan as 45/KH-UBND of 22/03/2024', async () => {
    const plan = await draftLapVoPlan(page.request);
    await openPlan(plan);
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hùng');
    await clickAndCheck(
      page,
      page.getByRole('button', { name: 'Lưu nội dung' }),
      'PATCH',
      `/api/plans/${plan.id}`,
    );
    await expect
      .poll(async () => (await planDetail(plan.id)).content.signature.signerName)
      .toBe('Nguyễn Văn Hùng');

    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số văn bản').fill('45');
    await dialog.getByLabel('Ngày ban hành').fill('22/03/2024');
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await clickAndCheck(page, dialog.getByRole('button', { name: 'Ban hành' }), 'POST', '/issue');
    await waitForText(page.getByTestId('plan-number'), '45/KH-UBND');
    expect((await planDetail(plan.id)).status).toBe('issued');
  });

  it('downloads the plan as .docx in the state format and the tasks as .xlsx', async () => {
    const plan = await issueLapVoPlan(page.request);
    await openPlan(plan);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-download-docx').click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const { xml, text } = await readDocx(await docx.path());
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN LẤP VÒ',
      'Số: 45/KH-UBND',
      'Lấp Vò, ngày 22 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'PHỤ LỤC',
      'Quý II, III/2024',
      'Nguyễn Văn Hùng',
    ])
      expect(text, expected).toContain(expected);
    expect(xml).toMatch(/w:orient="landscape"/);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(plan.tasks.length + 1);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain('Phòng Văn hóa và Thông tin');
  });

  it('shows the task to the coordinating office in "Nhiệm vụ của đơn vị tôi"', async () => {
    const content = `Rà soát, công khai thủ tục hành chính (${uniqueSuffix()})`;
    await issueLapVoPlan(page.request, { coordinatedTaskContent: content });
    const vanhoa = await loginAs(browser, 'lapvo.vanhoa');
    try {
      await vanhoa.getByRole('menuitem', { name: /Nhiệm vụ/ }).click();
      const coordinator = vanhoa.getByTestId('my-tasks-coordinator');
      const row = coordinator.locator('tr.ant-table-row', { hasText: content });
      expect(await waitForText(row, content)).toContain('45/KH-UBND');
      expect(await vanhoa.getByTestId('my-tasks-lead').innerText()).not.toContain(content);
    } finally {
      await vanhoa.context().close();
    }
  });
});
