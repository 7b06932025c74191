// Journey of the province's PAR focal (dongthap.noivu) with scoring rounds: the demo round is in
// the list; she opens a round for a new departments' framework in the "Mở đợt đánh giá" dialog
// (default departments, the self-assessment window typed as dd/mm/yyyy), sees it in the list as
// a draft, then opens its self-assessment window from the round page (confirmed first): on the
// journeys' day 10/12/2026 the window shows "Đang mở" with 10 days left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FrameworkDto } from '../src/contract/frameworks';
import type { RoundDto } from '../src/contract/assessment-rounds';
import { getJson, sendJson } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  uniqueSuffix,
  waitForText,
} from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await loginAs(browser, 'dongthap.noivu');
});
afterAll(async () => {
  await page.context().close();
  await browser.close();
});

async function typeRange(testId: string, from: string, to: string) {
  const inputs = page.getByRole('dialog').getByTestId(testId).locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill(to);
  await inputs.nth(1).press('Enter');
}

describe('the PAR focal opens a scoring round', () => {
  it('opens a round for the departments and its self-assessment window', async () => {
    const suffix = uniqueSuffix();
    const framework = await sendJson<FrameworkDto>(
      page.request,
      'post',
      '/api/frameworks/from-template',
      { templateKey: 'par-index-department-2023', code: `PAR-SO-E2E-${suffix}` },
    );
    const name = `Đợt đánh giá thử ${suffix}`;

    await page.goto(`${baseUrl()}/assessment`);
    await waitForText(
      page.getByTestId('rounds-table'),
      'Đánh giá Chỉ số cải cách hành chính các sở, ban, ngành năm 2026',
    );

    await page.getByTestId('rounds-create').click();
    const dialog = page.getByRole('dialog');
    // Other journeys add frameworks: the list is virtual, so search for this one before picking it.
    await dialog.getByTestId('round-framework').click();
    await page.keyboard.type(framework.code);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: framework.code })
      .last()
      .click();
    await waitForText(dialog.getByTestId('round-framework'), framework.code);
    await dialog.getByTestId('round-name-input').fill(name);
    // The departments of Đồng Tháp are offered and chosen by default.
    await waitForText(dialog.getByTestId('round-units'), 'Văn phòng UBND tỉnh');
    await typeRange('round-window-selfAssessment', '01/12/2026', '20/12/2026');
    await typeRange('round-window-appraisal', '21/12/2026', '20/01/2027');
    await typeRange('round-window-explanation', '05/01/2027', '12/01/2027');
    await clickAndCheck(
      page,
      dialog.getByTestId('round-create-submit'),
      'POST',
      '/api/assessment-rounds',
      201,
    );

    await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
    const roundId = page.url().split('/').pop()!;
    await waitForText(page.getByTestId('round-name'), name);
    await waitForText(page.getByTestId('round-state'), 'Dự thảo');
    await waitForText(page.getByTestId('round-participants'), 'Sở Tư pháp');
    const draft = await getJson<RoundDto>(page.request, `/api/assessment-rounds/${roundId}`);
    expect(draft.windows.selfAssessment).toEqual({ opensOn: '2026-12-01', closesOn: '2026-12-20' });
    expect(draft.units.map((unit) => unit.organisation.name)).toContain('Văn phòng UBND tỉnh');

    // The list shows it as a draft with its windows in dd/mm/yyyy.
    await page.getByRole('link', { name: 'Danh sách đợt đánh giá' }).click();
    const row = page.getByTestId('rounds-table').locator('tr', { hasText: name });
    expect(await waitForText(row, 'Dự thảo')).toContain('01/12/2026 – 20/12/2026');
    await row.getByRole('link', { name }).click();

    await page.getByTestId('round-move').click();
    await clickAndCheck(page, page.getByTestId('round-move-confirm'), 'POST', '/transition');
    await waitForText(page.getByTestId('round-state'), 'Tự đánh giá');
    const window = page.getByTestId('round-window-view-selfAssessment');
    expect(await waitForText(window, 'Đang mở')).toContain('Còn 10 ngày');
    await saveScreenshot(page, 'assessment-round');

    const opened = await getJson<RoundDto>(page.request, `/api/assessment-rounds/${roundId}`);
    expect(opened).toMatchObject({ state: 'self_assessment', version: 2 });
  });
});
