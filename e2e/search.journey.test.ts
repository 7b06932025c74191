// Journeys of the header's search box and of units closed by the 2025 merger: the focal types
// "cai cach hanh chinh …" without accents, sees the plan among grouped results, opens the results
// page with Enter and the plan from there, and finds "Lấp Vò" typed as "lap vo"; the office's
// editor finds a task of the province's plan and lands on its own unit's task list; an editor of
// the former district's Phòng Văn hóa (closed 30/06/2025) opens pages whose unit picker holds its
// unit and reads the unit's name, never an id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { PlanDetail } from '../src/contract/plans';
import {
  baseUrl,
  launchBrowser,
  loginAs,
  repeatUntilShown,
  saveScreenshot,
  waitForText,
} from './browser';
import { issueQuarterlyPlan } from './report-fixtures';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

let browser: Browser;
let plan: PlanDetail;
/** The plan title's unique suffix, folded as the user would type it. */
let suffix: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const focal = await loginAs(browser, 'dongthap.noivu');
  ({ plan } = await issueQuarterlyPlan(focal.request));
  suffix = /\(([0-9A-F]+)\)$/.exec(plan.title)![1]!.toLowerCase();
  await focal.context().close();
});
afterAll(() => browser.close());

/**
 * Types `text` in the header search until `hit` shows in its list (a read: retyping is harmless).
 * Under load a redraw can close the list while the answer arrives, and it stays closed until the
 * value changes; the box is cleared and typed again, 3 tries of 10 s.
 */
function typeInHeader(page: Page, text: string, hit: Locator) {
  const input = page.getByTestId('header-search-input');
  return repeatUntilShown(async () => {
    await input.fill('');
    await input.click();
    await input.fill(text);
  }, hit);
}

describe('the search box in the header', () => {
  it('the focal finds a plan without accents, opens all results with Enter, then the plan', async () => {
    const focal = await loginAs(browser, 'dongthap.noivu');
    const hit = focal.getByTestId('header-search-hit-plans').filter({ hasText: plan.title });
    await typeInHeader(focal, `cai cach hanh chinh ${suffix}`, hit);
    await focal.getByTestId('header-search-group-plans').waitFor();
    await saveScreenshot(focal, 'search-header-dropdown');

    // The first entry (all results) is the active one; under load the list may be redrawn by a
    // later answer as Enter lands, so press it again until the results page opens.
    // The input is focused again first: a redraw may have closed the list, and Enter then opens
    // nothing. The URL is polled (a same-document navigation), not awaited as a page load.
    for (let attempt = 1; ; attempt += 1) {
      const input = focal.getByTestId('header-search-input');
      await input.focus();
      await input.press('Enter');
      const opened = await expect
        .poll(() => /\/search\?q=/.test(focal.url()), { timeout: 10_000 })
        .toBe(true)
        .then(() => true)
        .catch((error: unknown) => {
          if (attempt === 3) throw error;
          return false;
        });
      if (opened) break;
    }
    await waitForText(focal.getByTestId('search-title'), `cai cach hanh chinh ${suffix}`);
    const group = focal.getByTestId('search-group-plans');
    await waitForText(group, plan.title);
    await waitForText(group, '88/KH-UBND');
    await saveScreenshot(focal, 'search-results-page');
    await group.getByTestId('search-hit-plans').filter({ hasText: plan.title }).click();
    await focal.waitForURL(new RegExp(`/plans/${plan.id}$`));
    await waitForText(focal.getByTestId('plan-number'), '88/KH-UBND');
    await focal.context().close();
  });

  it('"lap vo" finds the district and the new commune, the closed one flagged', async () => {
    const focal = await loginAs(browser, 'dongthap.noivu');
    const units = focal.getByTestId('header-search-hit-units');
    await typeInHeader(focal, 'lap vo', units.filter({ hasText: 'Xã Lấp Vò' }).first());
    await waitForText(units.filter({ hasText: 'Xã Lấp Vò' }).first(), 'Xã Lấp Vò');
    await waitForText(
      units.filter({ hasText: 'Huyện Lấp Vò' }).first(),
      /Đã giải thể \/ sáp nhập từ 30\/06\/2025/,
    );
    await units.filter({ hasText: 'Xã Lấp Vò' }).first().click();
    await focal.waitForURL(/\/organisations\?unit=/);
    await focal.context().close();
  });

  it('an office editor finds a task of the province’s plan and lands on its unit’s tasks', async () => {
    const editor = await loginAs(browser, 'dongthap.vanphong');
    const task = editor.getByTestId('header-search-hit-tasks').first();
    await typeInHeader(editor, 'so hoa ho so ket qua', task);
    await waitForText(task, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính');
    // Another province's focal never sees it.
    const other = await loginAs(browser, 'vinhlong.noivu');
    const theirs = await other.request.get(
      `${baseUrl()}/api/search?q=${encodeURIComponent(`cai cach hanh chinh ${suffix}`)}`,
    );
    expect(theirs.status()).toBe(200);
    expect((await theirs.json()).plans.items).toEqual([]);
    await other.context().close();

    await task.click();
    await editor.waitForURL(/\/tasks\?unit=/);
    await waitForText(
      editor.getByTestId('my-tasks-lead'),
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    );
    await editor.context().close();
  });
});

describe('a unit closed by the 2025 merger', () => {
  it('its editor sees the unit’s name in the pickers of its tasks and reports, never an id', async () => {
    const editor = await loginAs(browser, 'lapvo.vanhoa');
    for (const path of ['/tasks', '/reports']) {
      await editor.goto(`${baseUrl()}${path}`);
      const content = editor.locator('.ant-layout-content');
      await waitForText(content, 'Phòng Văn hóa và Thông tin (đã giải thể / sáp nhập)');
      await expect.poll(() => editor.locator('body').innerText()).not.toMatch(UUID);
    }
    await saveScreenshot(editor, 'closed-unit-picker');
    await editor.context().close();
  });
});
