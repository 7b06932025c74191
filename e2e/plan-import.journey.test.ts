// Journey of the province's PAR focal bringing an existing plan in (issue 11 acceptance): sample
// 004 (xã Giao Long's 2024 CCHC plan) as a Word file is uploaded and read; the review screen
// shows the original beside the structure; the one lead the tree cannot match ("CC. VHXH": the
// commune's culture post is named "Văn hóa - Thông tin") is fixed with the unit picker on one
// task; the signer is filled in; "Tạo dự thảo" creates the draft, which is issued; the office
// post's own user then finds the tasks it leads under "Nhiệm vụ của đơn vị tôi". Set-up (the
// commune, its posts, the user) is through the API as the province administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanImportDto } from '../src/contract/plan-imports';
import type { PlanDetail } from '../src/contract/plans';
import { getJson } from './api';
import { baseUrl, clickAndCheck, launchBrowser, loginAs, waitForText } from './browser';
import {
  createGiaoLong,
  GIAO_LONG_POSTS,
  GIAO_LONG_YEAR,
  sample004Docx,
  type GiaoLong,
} from './plan-import-fixtures';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Group VII's first task, led by "CC. VHXH" in the document. */
const CULTURE_TASK = 'Xây dựng kế hoạch ứng dụng công nghệ thông tin';
/** Group I's first task, led by "VP TK (Một cửa)": the office post. */
const OFFICE_TASK = 'Xây dựng và triển khai Kế hoạch CCHC năm 2024';

let browser: Browser;
let giaoLong: GiaoLong;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await loginAs(browser, 'dongthap.admin');
  giaoLong = await createGiaoLong(admin.request);
  await admin.context().close();
});
afterAll(() => browser.close());

/** Uploads sample 004 as .docx from the plans page and waits for the review screen. */
async function uploadSample(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/plans`);
  await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ văn bản' });
  await dialog.getByLabel('Đơn vị ban hành').click();
  await page.keyboard.type(giaoLong.commune.name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', {
      hasText: giaoLong.commune.name,
    })
    .first()
    .click();
  await dialog.getByLabel('Năm kế hoạch').fill(String(GIAO_LONG_YEAR));
  await page
    .getByTestId('plan-import-file')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'ke-hoach-cchc-giao-long-2024.docx',
      mimeType: DOCX_TYPE,
      buffer: await sample004Docx(),
    });
  await clickAndCheck(
    page,
    dialog.getByRole('button', { name: 'Tải lên và đọc' }),
    'POST',
    '/api/plan-imports',
    201,
  );
  await page.waitForURL(/\/plans\/imports\/[0-9a-f-]+$/);
  await page.getByTestId('import-totals').waitFor();
  return page.url().split('/').pop()!;
}

describe('the PAR focal imports a commune plan from a Word file', () => {
  it('reads sample 004, fixes an unmatched lead, creates and issues the draft; the lead post sees its tasks', async () => {
    const page = await loginAs(browser, 'dongthap.noivu');
    const importId = await uploadSample(page);

    // The reading: 21 appendix tasks, the office post matched, the culture post not.
    const reading = await getJson<PlanImportDto>(page.request, `/api/plan-imports/${importId}`);
    expect(reading.status).toBe('ready');
    expect(reading.result!.tasks).toHaveLength(21);
    const cultureTasks = reading.result!.tasks.filter((task) => task.leadText === 'CC. VHXH');
    expect(cultureTasks.length).toBeGreaterThan(1);
    expect(cultureTasks.every((task) => task.leadOrganisationId === null)).toBe(true);
    const officeTask = reading.result!.tasks.find((task) => task.content === OFFICE_TASK)!;
    expect(officeTask.leadOrganisationId).toBe(giaoLong.posts.office.id);

    // Clicking the task lights its source lines on the left.
    const cultureTask = cultureTasks.find((task) => task.content.startsWith(CULTURE_TASK))!;
    const row = page.getByTestId(`import-task-${cultureTask.key}`);
    await row.click();
    const firstLine = cultureTask.provenance.source[0]!.from;
    await expect
      .poll(() =>
        page
          .getByTestId('import-source')
          .locator(`[data-line="${firstLine}"]`)
          .getAttribute('data-lit'),
      )
      .toBe('');

    // Fix the one lead: pick the culture post for this task.
    await waitForText(row, 'Chưa khớp đơn vị');
    await row.getByLabel('Chọn đơn vị chủ trì').click();
    await page.keyboard.type('Văn hóa - Thông tin');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', {
        hasText: GIAO_LONG_POSTS.culture,
      })
      .first()
      .click();
    await expect.poll(() => row.getByText('Chưa khớp đơn vị').count()).toBe(0);

    // The signer, which the draft of sample 004 does not print.
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await page.getByLabel('Chức danh người ký').fill('CHỦ TỊCH');
    await page.getByLabel('Người ký', { exact: true }).fill('Lê Văn Giao');

    await clickAndCheck(page, page.getByTestId('import-create-draft'), 'POST', '/plan', 201);
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').pop()!;
    const plan = await getJson<PlanDetail>(page.request, `/api/plans/${planId}`);
    expect(plan.status).toBe('draft');
    expect(plan.sourceImportId).toBe(importId);
    expect(plan.content.signature.signerName).toBe('Lê Văn Giao');
    await page.getByTestId('plan-source-document').waitFor();

    // Issue it.
    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số văn bản').fill('23');
    await dialog.getByLabel('Ngày ban hành').fill(`15/01/${GIAO_LONG_YEAR}`);
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await clickAndCheck(page, page.getByTestId('plan-issue-confirm'), 'POST', '/issue');
    await waitForText(page.getByTestId('plan-number'), '23/KH-UBND');
    await page.context().close();

    // The office post's user finds the tasks it leads.
    const office = await loginAs(browser, giaoLong.officeLogin);
    await office.goto(`${baseUrl()}/tasks`);
    await waitForText(office.getByTestId('my-tasks-lead'), OFFICE_TASK);
    await office.context().close();
  });
});
