// Journey of the province's PAR focal writing Lấp Vò's remediation plan: the district framework
// from its template and Lấp Vò's 2023 results set up through the API (three sub-criteria lost
// points); then on screen: the gap analysis → "Lập kế hoạch khắc phục" → one task gets a
// coordinating unit, another a new timeframe → the signer is entered → issue → the .docx and
// .xlsx downloads; finally the coordinating office's editor finds the task in "Nhiệm vụ của đơn vị
// tôi".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { FrameworkDto } from '../src/contract/frameworks';
import type { PlanDetail } from '../src/contract/plans';
import { baseUrl, csrfOf, launchBrowser, loginAs, readDocx } from './browser';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FRAMEWORK_CODE = 'PAR-HUYEN-2023-KH';
/** Sub-criteria that lose points, with the office the template names as their default lead. */
const LOSSES = [
  { lead: 'Phòng Nội vụ', share: 0.5 },
  { lead: 'Văn phòng HĐND và UBND', share: 0.8 },
  { lead: 'Phòng Tài chính – Kế hoạch', share: 0.9 },
];

/** Saves go through the server and a refetch: give them time on a busy machine. */
const POLL = { timeout: 10_000 };

let browser: Browser;
let page: Page;
let planId: string;
let lossCodes: string[];

/** The long layout: Mã đơn vị | Mã tiêu chí | Điểm — every leaf full except the three losses. */
async function resultsWorkbook(framework: FrameworkDto): Promise<Buffer> {
  const parents = new Set(framework.nodes.map((node) => node.parentCode));
  const leaves = framework.nodes.filter((node) => !parents.has(node.code) && !node.isBonus);
  const losing = LOSSES.map(({ lead, share }) => {
    const leaf = leaves.find((node) => node.defaultLeadUnit === lead && node.maxPoints >= 1)!;
    return { code: leaf.code, score: Math.round(leaf.maxPoints * share * 100) / 100 };
  });
  lossCodes = losing.map((loss) => loss.code);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Điểm']);
  for (const leaf of leaves) {
    const loss = losing.find((candidate) => candidate.code === leaf.code);
    sheet.addRow([
      'DT.LV',
      leaf.code,
      String(loss ? loss.score : leaf.maxPoints).replace('.', ','),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function planDetail(): Promise<PlanDetail> {
  return (await (await page.request.get(`${baseUrl()}/api/plans/${planId}`)).json()) as PlanDetail;
}

/** The task table's row holding `text`. */
const taskRow = (text: string) =>
  page.getByTestId('task-table').locator('tr.ant-table-row', { hasText: text });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await loginAs(browser, 'dongthap.noivu');
  const created = await page.request.post(`${baseUrl()}/api/frameworks/from-template`, {
    data: { templateKey: 'par-index-district-2023', code: FRAMEWORK_CODE },
    headers: { 'x-csrf-token': await csrfOf(page.request) },
  });
  expect(created.status(), await created.text()).toBe(201);
  const framework = (await created.json()) as FrameworkDto;
  const imported = await page.request.post(
    `${baseUrl()}/api/frameworks/${framework.id}/results/import`,
    {
      headers: { 'x-csrf-token': await csrfOf(page.request) },
      multipart: {
        file: {
          name: 'ket-qua-lap-vo-2023.xlsx',
          mimeType: XLSX_TYPE,
          buffer: await resultsWorkbook(framework),
        },
      },
    },
  );
  expect(imported.status(), await imported.text()).toBe(200);
});
afterAll(() => browser.close());

describe("the PAR focal drafts, edits and issues Lấp Vò's remediation plan", () => {
  it('opens the gap analysis and drafts the plan: one task per lost sub-criterion, biggest loss first', async () => {
    await page.getByRole('menuitem', { name: 'Kết quả đánh giá' }).click();
    await page.getByTestId('results-framework').click();
    await page.locator('.ant-select-item-option', { hasText: FRAMEWORK_CODE }).click();
    await page.getByTestId('ranking-unit-DT.LV').click();
    await page.getByTestId('gap-analysis').waitFor();
    await page.getByTestId('gap-draft-plan').click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planId = page.url().split('/').at(-1)!;
    await page.getByTestId('task-table').waitFor();
    const plan = await planDetail();
    expect(plan.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(lossCodes);
    expect(plan.tasks.map((task) => task.lead?.name)).toEqual(LOSSES.map((loss) => loss.lead));
    const firstRow = await taskRow(plan.tasks[0]!.content).innerText();
    expect(firstRow).toContain('Phòng Nội vụ');
  });

  it('adds a coordinating unit to one task and changes the timeframe of another', async () => {
    const [first, second] = (await planDetail()).tasks;
    await taskRow(first!.content).getByLabel('Phối hợp').click();
    await page.keyboard.type('van hoa');
    await page
      .locator('.ant-select-tree-node-content-wrapper', {
        hasText: 'Phòng Văn hóa và Thông tin (DT.LV.PVHTT)',
      })
      .click();
    await page.getByTestId('task-table').locator('thead').click(); // leaving the picker saves
    await expect
      .poll(async () => (await planDetail()).tasks[0]?.coordinating.map((unit) => unit.name), POLL)
      .toEqual(['Phòng Văn hóa và Thông tin']);

    await taskRow(second!.content)
      .getByRole('button', { name: /^Thời gian thực hiện:/ })
      .click();
    const editor = taskRow(second!.content).getByRole('textbox', { name: 'Thời gian thực hiện' });
    await editor.fill('Quý II, III/2024');
    await editor.press('Enter');
    await expect
      .poll(async () => (await planDetail()).tasks[1]?.dueDates, POLL)
      .toEqual(['2024-06-30', '2024-09-30']);
    expect(await taskRow(second!.content).innerText()).toContain('30/09/2024');
  });

  it('enters the signer and issues the plan as 45/KH-UBND of 22/03/2024', async () => {
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hùng');
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await expect
      .poll(async () => (await planDetail()).content.signature.signerName, POLL)
      .toBe('Nguyễn Văn Hùng');

    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số văn bản').fill('45');
    await dialog.getByLabel('Ngày ban hành').fill('22/03/2024');
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(async () => (await planDetail()).status, POLL).toBe('issued');
    await expect
      .poll(() => page.getByTestId('plan-number').innerText(), POLL)
      .toContain('45/KH-UBND');
  });

  it('downloads the plan as .docx in the state format and the tasks as .xlsx', async () => {
    const plan = await planDetail();
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
    const plan = await planDetail();
    const vanhoa = await loginAs(browser, 'lapvo.vanhoa');
    await vanhoa.getByRole('menuitem', { name: /Nhiệm vụ/ }).click();
    const coordinator = vanhoa.getByTestId('my-tasks-coordinator');
    await expect.poll(() => coordinator.innerText(), POLL).toContain(plan.tasks[0]!.content);
    expect(await coordinator.innerText()).toContain('45/KH-UBND');
    expect(await vanhoa.getByTestId('my-tasks-lead').innerText()).not.toContain(
      plan.tasks[0]!.content,
    );
    await vanhoa.context().close();
  });
});
