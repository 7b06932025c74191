// Journeys of the to-do home (Tổng quan), one per role, on the demo app (today 10/12/2026):
// the editor of Văn phòng UBND tỉnh sees its overdue and due reports and its task due in 10 days,
// and no "Người dùng"/"Nhật ký" menu; the focal sees the report it must review and its draft; a
// district leader sees the index card with rank; the admin moves a role left on a closed commune
// to its successor in one click. Each test sets up its own data through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import {
  baseUrl,
  launchBrowser,
  loginAs,
  saveScreenshot,
  uniqueSuffix,
  waitForText,
} from './browser';
import { DUE_SOON_TASK, createUserWithRole, issuePlanForOffice } from './home-fixtures';
import { createRankedFrameworks, ensureRankedDistricts } from './results-fixtures';
import type { Overview } from '../src/contract/overview';
import { formatViNumber } from '../src/domain/shared/vi-format';
import type { PlanDetail } from '../src/contract/plans';
import type { SubmissionChangeDto, SubmissionDto } from '../src/contract/reports';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const openHome = async (page: Page) => {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId('home-today').waitFor();
};

/** The editor of Văn phòng UBND tỉnh submits the plan's Q4 report. */
async function submitQ4(editor: Page, plan: PlanDetail): Promise<void> {
  const units = await unitIdsByCode(editor.request);
  const path = `/api/plans/${plan.id}/reports/2026-Q4/${units.get('DT.VP')}`;
  const empty = await getJson<SubmissionDto>(editor.request, path);
  const saved = await sendJson<SubmissionChangeDto>(
    editor.request,
    'put',
    path,
    {
      entries: plan.tasks.map((task) => ({
        taskId: task.id,
        status: 'in_progress',
        progress: 50,
        result: 'Đang thực hiện',
      })),
    },
    ifMatch(empty.version),
  );
  await sendJson(editor.request, 'post', `${path}/submit`, undefined, ifMatch(saved.version));
}

describe('the home of each role', () => {
  it('editor: the unit’s overdue and due reports and its task due soon; no menus it cannot open', async () => {
    const focal = await loginAs(browser, 'dongthap.noivu');
    const title = `Kế hoạch CCHC năm 2026 – Văn phòng (${uniqueSuffix()})`;
    await issuePlanForOffice(focal.request, title);
    await focal.context().close();

    const editor = await loginAs(browser, 'dongthap.vanphong');
    await openHome(editor);
    const reports = editor.getByTestId('home-reports-due');
    await waitForText(reports, title);
    const q3 = reports
      .locator('.ant-list-item')
      .filter({ hasText: 'Quý III' })
      .filter({ hasText: title });
    expect(await q3.innerText()).toMatch(/Quá hạn 86 ngày/); // due 15/09/2026
    const q4 = reports
      .locator('.ant-list-item')
      .filter({ hasText: 'Quý IV' })
      .filter({ hasText: title });
    expect(await q4.innerText()).toMatch(/Còn 5 ngày[\s\S]*Hạn 15\/12\/2026/);
    const task = editor
      .getByTestId('home-tasks')
      .locator('.ant-list-item')
      .filter({ hasText: DUE_SOON_TASK });
    expect(await task.first().innerText()).toMatch(/Còn 10 ngày[\s\S]*Hạn 20\/12\/2026/);

    const menu = editor.locator('.ant-menu');
    await menu.getByText('Báo cáo', { exact: true }).waitFor();
    expect(await menu.getByText('Người dùng', { exact: true }).count()).toBe(0);
    expect(await menu.getByText('Nhật ký', { exact: true }).count()).toBe(0);
    expect(await editor.getByTestId('home-reports-review').count()).toBe(0);
    await saveScreenshot(editor, 'home-editor');

    await q4.getByRole('link').first().click();
    await editor.waitForURL(/\/reports\/.+\/2026-Q4\//);

    await editor.goto(`${baseUrl()}/users`);
    await waitForText(editor.getByTestId('no-access'), 'Bạn không có quyền xem trang này');
    expect(await editor.locator('.ant-table').count()).toBe(0);
    await editor.context().close();
  });

  it('focal: the report waiting for review and the draft waiting to be issued', async () => {
    const focal = await loginAs(browser, 'dongthap.noivu');
    const title = `Kế hoạch CCHC năm 2026 – chờ tiếp nhận (${uniqueSuffix()})`;
    const plan = await issuePlanForOffice(focal.request, title);
    const units = await unitIdsByCode(focal.request);
    const draftTitle = `Dự thảo kế hoạch số hóa năm 2027 (${uniqueSuffix()})`;
    await sendJson(focal.request, 'post', '/api/plans', {
      organisationId: units.get('DT'),
      year: 2027,
      title: draftTitle,
    });
    const editor = await loginAs(browser, 'dongthap.vanphong');
    await submitQ4(editor, plan);
    await editor.context().close();

    await openHome(focal);
    const review = focal.getByTestId('home-reports-review');
    const item = review.locator('.ant-list-item').filter({ hasText: title });
    expect(await item.innerText()).toMatch(/Quý IV[\s\S]*Văn phòng UBND tỉnh[\s\S]*Nộp đúng hạn/);
    await waitForText(focal.getByTestId('home-draft-plans'), draftTitle);
    expect(
      Number(await focal.getByTestId('home-reports-review-count').innerText()),
    ).toBeGreaterThan(0);
    await saveScreenshot(focal, 'home-focal');

    await focal.getByTestId('home-draft-plans').getByRole('link', { name: draftTitle }).click();
    await focal.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await focal.context().close();
  });

  it('leader of a district: the index card with rank and change since last year', async () => {
    await ensureRankedDistricts(browser);
    const admin = await loginAs(browser, 'dongthap.admin');
    const { framework2024 } = await createRankedFrameworks(admin.request);
    const leader = await createUserWithRole(admin.request, {
      fullName: 'Nguyễn Thành Long',
      home: 'DT.LAIVUNG',
      role: 'leader',
      roleAt: 'DT.LAIVUNG',
    });
    await admin.context().close();

    const page = await loginAs(browser, leader.login, leader.password);
    await openHome(page);
    // The card shows Lai Vung's latest year with results. Other journeys may have written a later
    // year for it (plan-shapes writes 2025), so the card to find is the one the API names; the
    // ranking arithmetic itself is checked in overview.routes.test.ts.
    const overview = await getJson<Overview>(page.request, '/api/overview');
    const latest = overview.indices.find((card) => card.organisation.name === 'Huyện Lai Vung');
    expect(latest?.framework.year).toBeGreaterThanOrEqual(framework2024.year);
    const indices = page.getByTestId('home-indices');
    const card = indices.locator('.ant-card-inner, .ant-card-type-inner').filter({
      hasText: latest!.framework.code,
    });
    const text = await card.first().innerText();
    expect(text).toContain('Huyện Lai Vung');
    expect(latest!.rankText).toMatch(/\d+\/3/);
    expect(text).toContain(latest!.rankText!);
    // The index in Vietnamese form: "88,09%", or "95%" when another journey's results make it whole.
    expect(text).toContain(`${formatViNumber(latest!.indexPercent!)}%`);
    if (latest!.indexChange !== null) expect(text).toMatch(/so với năm trước/);
    await saveScreenshot(page, 'home-leader');
    await page.context().close();
  });

  it('admin: a role on a closed commune is flagged and moved to the successor in one click', async () => {
    const admin = await loginAs(browser, 'dongthap.admin');
    const fullName = `Cán bộ Thị trấn Lấp Vò ${uniqueSuffix()}`;
    await createUserWithRole(admin.request, {
      fullName,
      home: 'DT.X.LAPVO',
      role: 'editor',
      roleAt: 'DT.LV.TTLV',
    });
    await openHome(admin);
    const flags = admin.getByTestId('home-closed-grants');
    const row = flags.locator('.ant-list-item').filter({ hasText: fullName });
    expect(await row.innerText()).toMatch(/Thị trấn Lấp Vò[\s\S]*kết thúc 30\/06\/2025/);
    await row.getByRole('button', { name: 'Chuyển sang Xã Lấp Vò' }).click();
    await waitForText(admin.locator('.ant-message'), 'Đã chuyển vai trò sang Xã Lấp Vò.');
    await row.waitFor({ state: 'detached' });
    await saveScreenshot(admin, 'home-admin');
    await admin.context().close();
  });
});
