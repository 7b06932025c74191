// Journey of the province's PAR focal with a drafted plan's content (issue 12, item 3): the gap
// analysis → "Lập kế hoạch khắc phục"; each task's Giải pháp is shown and edited in the task table;
// "Tổ chức thực hiện" is already written from the lead offices and the reporting rule; the issue
// dialog shows the default signer ("TM. ỦY BAN NHÂN DÂN" / "Chủ tịch" for Lấp Vò), refuses to issue
// with the title emptied, and issues once title and name are given.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import { getJson } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  waitForText,
} from './browser';
import { createLapVoGaps, LOSSES } from './plan-fixtures';

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

describe('the PAR focal drafts a plan, edits a Giải pháp and issues it with its signer', () => {
  it('sees and edits a solution, finds "Tổ chức thực hiện" written, cannot issue without a signer title, issues', async () => {
    const { framework } = await createLapVoGaps(page.request);
    await page.goto(`${baseUrl()}/results?framework=${framework.id}`);
    await page.getByTestId('ranking-unit-DT.LV').click();
    await page.getByTestId('gap-analysis').waitFor();
    await page.getByTestId('gap-draft-plan').click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').at(-1)!;
    await page.getByTestId('task-table').waitFor();
    const plan = await planDetail(planId);
    const first = plan.tasks[0]!;

    // Giải pháp: drafted, shown beside the content, edited in place (saved with If-Match).
    await waitForText(taskRow(first.content), 'Rà soát nguyên nhân bị trừ');
    await taskRow(first.content)
      .getByRole('button', { name: /^Giải pháp:/ })
      .click();
    const editor = taskRow(first.content).getByRole('textbox', { name: 'Giải pháp' });
    await editor.fill('Ban hành quy chế phối hợp trong tháng 4/2024');
    await editor.press('Enter');
    await expect
      .poll(async () => (await planDetail(planId)).tasks[0]?.solution)
      .toBe('Ban hành quy chế phối hợp trong tháng 4/2024');
    await waitForText(taskRow(first.content), 'Ban hành quy chế phối hợp trong tháng 4/2024');

    // Tổ chức thực hiện: the lead offices with their task numbers, the reporting rule.
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    const implementation = await page.getByLabel('Tổ chức thực hiện', { exact: true }).inputValue();
    for (const lead of LOSSES.map((loss) => loss.lead)) {
      expect(implementation).toMatch(
        new RegExp(
          `\\d\\. ${lead}: chủ trì thực hiện nhiệm vụ số [IVX]+\\.\\d+ tại Phụ lục kèm theo`,
        ),
      );
    }
    expect(implementation).toContain(
      'Định kỳ hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày 15 tháng cuối quý)',
    );
    expect(implementation).toContain('Ủy ban nhân dân huyện Lấp Vò (qua Phòng Nội vụ để tổng hợp)');

    // The issue dialog: the default signer of a district, title required.
    await page.getByTestId('plan-issue').click();
    const dialog = page.getByRole('dialog');
    await waitForText(dialog.getByTestId('plan-issue-signer-authority'), 'TM. ỦY BAN NHÂN DÂN');
    const title = dialog.getByLabel('Chức danh người ký');
    expect(await title.inputValue()).toBe('Chủ tịch');
    await dialog.getByLabel('Số văn bản').fill('46');
    await dialog.getByLabel('Ngày ban hành').fill('25/03/2024');
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await dialog.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hùng');
    await title.fill('');
    await page.getByTestId('plan-issue-confirm').click();
    await waitForText(dialog, 'Nhập chức danh người ký (ví dụ: Chủ tịch, Giám đốc).');
    await saveScreenshot(page, 'plan-issue-signer-required');
    expect((await planDetail(planId)).status).toBe('draft');

    await title.fill('Chủ tịch');
    await saveScreenshot(page, 'plan-issue-signer');
    await clickAndCheck(page, page.getByTestId('plan-issue-confirm'), 'POST', '/issue');
    await waitForText(page.getByTestId('plan-number'), '46/KH-UBND');
    const issued = await planDetail(planId);
    expect(issued.status).toBe('issued');
    expect(issued.content.signature).toMatchObject({
      mode: 'TM',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn Hùng',
    });
  });
});
