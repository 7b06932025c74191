// Journeys of the rough edges of issue 12 (items 7–9), as the province's focal (dongthap.noivu)
// and the office's editor (dongthap.vanphong) see them: the framework tree fits a 1440 px
// screen; the gap chart names its areas and writes "0,75", never "0.75"; the heatmap marks each
// cell; on a 390 × 844 phone the menu button leaves the back link and the tenant's name alone
// and the reports table keeps its plan column in view; printed, the plan, the tracker and a
// unit's report are A4 pages with the state header and no menu. Each test brings its own data.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { GapAnalysis } from '../src/contract/results';
import { formatViNumber } from '../src/contract/vi-format';
import { getJson, unitIdsByCode } from './api';
import { baseUrl, launchBrowser, loginAs, saveScreenshot } from './browser';
import { createLapVoGaps } from './plan-fixtures';
import { acceptReport, issueQuarterlyPlan, PERIOD, submitReport } from './report-fixtures';

let browser: Browser;
const pages: Page[] = [];

async function signIn(login: string, viewport: { width: number; height: number }) {
  const page = await loginAs(browser, login);
  pages.push(page);
  await page.setViewportSize(viewport);
  return page;
}

/** The texts drawn inside a chart's SVG (one per line of a broken label). */
async function chartTexts(chart: Locator): Promise<string[]> {
  await chart.locator('[data-testid="echart"] svg text').first().waitFor();
  return chart
    .locator('[data-testid="echart"] svg text')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

describe('charts and tables at 1440 × 900', () => {
  it('fits the framework tree without a horizontal scroll bar and keeps its header in view', async () => {
    const focal = await signIn('dongthap.noivu', { width: 1440, height: 900 });
    const { framework } = await createLapVoGaps(focal.request);
    await focal.goto(`${baseUrl()}/frameworks?framework=${framework.id}`);
    const tree = focal.getByTestId('framework-nodes');
    await tree.locator('tbody tr').nth(5).waitFor();
    const overflow = await tree.evaluate((table) =>
      [...table.querySelectorAll<HTMLElement>('.ant-table-body, .ant-table-content')].map(
        (scroller) => scroller.scrollWidth - scroller.clientWidth,
      ),
    );
    expect(overflow.length).toBeGreaterThan(0);
    expect(Math.max(...overflow)).toBeLessThanOrEqual(1);
    expect(await focal.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1440,
    );
    // Sticky: scrolled far down the tree, the column names are still on screen.
    await tree.locator('tbody tr').last().scrollIntoViewIfNeeded();
    const header = await boxOf(tree.locator('.ant-table-thead').first());
    expect(header.y).toBeGreaterThanOrEqual(0);
    expect(header.y).toBeLessThan(900);
  });

  it('names the areas on the gap chart and writes its numbers with a decimal comma', async () => {
    const focal = await signIn('dongthap.noivu', { width: 1440, height: 900 });
    const { framework } = await createLapVoGaps(focal.request);
    const lapVoId = (await unitIdsByCode(focal.request)).get('DT.LV')!;
    const analysis = await getJson<GapAnalysis>(
      focal.request,
      `/api/frameworks/${framework.id}/results/${lapVoId}/gaps`,
    );
    const areas = analysis.rows.filter((row) => row.level === 'area' && !row.isBonus);
    const fractional = areas.filter((row) => !Number.isInteger(row.lostPoints));
    expect(fractional.length).toBeGreaterThan(0);

    await focal.goto(`${baseUrl()}/results?framework=${framework.id}&unit=${lapVoId}&view=gaps`);
    const chart = focal.getByTestId('gap-chart-lost');
    const texts = await chartTexts(chart);
    expect(texts).toContain(formatViNumber(fractional[0]!.lostPoints));
    expect(texts.filter((text) => /\d\.\d/.test(text))).toEqual([]);
    // The area's name, not its number, broken over lines: its first words are on the axis.
    const drawn = texts.join(' ');
    for (const area of areas) expect(drawn).toContain(area.name.split(' ').slice(0, 2).join(' '));
    await saveScreenshot(focal, 'charts-gap');
  });
});

describe('the reporting tracker and a unit’s report', () => {
  it('marks each heatmap cell with a symbol and prints the tracker and the report on A4', async () => {
    const focal = await signIn('dongthap.noivu', { width: 1440, height: 900 });
    const { plan, officeId } = await issueQuarterlyPlan(focal.request);
    const editor = await signIn('dongthap.vanphong', { width: 1440, height: 900 });
    const submitted = await submitReport(editor.request, plan, officeId, {
      status: 'done',
      progress: 100,
      result: 'Đã số hóa 1.480 hồ sơ, đạt 100% kế hoạch',
    });
    await acceptReport(focal.request, plan, officeId, submitted);

    await focal.goto(`${baseUrl()}/plans/${plan.id}/reporting`);
    const heatmap = focal.getByTestId('reporting-heatmap');
    const texts = await chartTexts(heatmap);
    // Q4 accepted (✔), Q1–Q3 missing past their due day (✖); the legend names each mark.
    expect(texts).toContain('✔');
    expect(texts).toContain('✖');
    const legend = await focal.getByTestId('heatmap-legend').innerText();
    expect(legend).toContain('✔ Đã tiếp nhận');
    expect(legend).toContain('● Nộp đúng hạn');
    await saveScreenshot(focal, 'heatmap');

    await focal.getByTestId('reporting-print').waitFor();
    await focal.setViewportSize({ width: 794, height: 1123 });
    await focal.emulateMedia({ media: 'print' });
    const header = focal.getByTestId('print-header');
    await header.waitFor();
    expect(await header.innerText()).toContain('BÁO CÁO');
    expect(await header.innerText()).toContain('Kế hoạch số 88/KH-UBND');
    expect(await focal.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await focal.getByTestId('reporting-print').isVisible()).toBe(false);
    // The heatmap is redrawn at the page's width and keeps its height.
    const printedChart = await boxOf(heatmap.locator('[data-testid="echart"]'));
    expect(printedChart.height).toBeGreaterThan(150);
    expect(printedChart.x + printedChart.width).toBeLessThanOrEqual(794);
    await focal.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(focal, 'print-tracker');

    await editor.goto(`${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`);
    await editor.getByTestId('report-print').waitFor();
    await editor.setViewportSize({ width: 794, height: 1123 });
    await editor.emulateMedia({ media: 'print' });
    const reportHeader = editor.getByTestId('print-header');
    await reportHeader.waitFor();
    const reportHeaderText = await reportHeader.innerText();
    expect(reportHeaderText).toContain('VĂN PHÒNG UBND TỈNH');
    expect(reportHeaderText).toContain('Kết quả thực hiện Kế hoạch số 88/KH-UBND');
    expect(reportHeaderText).toContain('Đồng Tháp, ngày');
    expect(await editor.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await editor.getByTestId('report-print').isVisible()).toBe(false);
    await saveScreenshot(editor, 'print-report');
  });
});

describe('the plan printed', () => {
  it('hides the menu and buttons, shows the state header and lays out A4 pages', async () => {
    const focal = await signIn('dongthap.noivu', { width: 1440, height: 900 });
    const { plan } = await issueQuarterlyPlan(focal.request);
    await focal.goto(`${baseUrl()}/plans/${plan.id}`);
    await focal.getByTestId('plan-print').waitFor();
    await focal.getByTestId('task-table').waitFor();
    // On screen the header and the paper task table are not shown; on paper they are, and the
    // menu, the tabs and the twelve-column task table are not.
    expect(await focal.getByTestId('print-header').isVisible()).toBe(false);
    expect(await focal.getByTestId('plan-print-tasks').isVisible()).toBe(false);

    await focal.setViewportSize({ width: 794, height: 1123 });
    await focal.emulateMedia({ media: 'print' });
    const header = focal.getByTestId('print-header');
    await header.waitFor();
    const headerText = await header.innerText();
    expect(headerText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(headerText).toContain('Số: 88/KH-UBND');
    expect(headerText).toContain('ngày 15 tháng 01 năm 2026');
    expect(headerText).toContain('KẾ HOẠCH');
    expect(headerText).toContain(plan.title);
    expect(await focal.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await focal.getByTestId('plan-print').isVisible()).toBe(false);
    expect(await focal.getByRole('link', { name: /Về danh sách kế hoạch/ }).isVisible()).toBe(
      false,
    );
    await saveScreenshot(focal, 'print-plan');

    // Chromium's own print: the page size is A4 (595 × 842 pt) from the stylesheet's @page.
    const pdf = (await focal.pdf({ preferCSSPageSize: true })).toString('latin1');
    const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
    expect(Math.round(Number(width))).toBeGreaterThanOrEqual(594);
    expect(Math.round(Number(width))).toBeLessThanOrEqual(596);
    expect(Math.round(Number(height))).toBeGreaterThanOrEqual(841);
    expect(Math.round(Number(height))).toBeLessThanOrEqual(843);
  });
});

describe('a 390 × 844 phone', () => {
  it('keeps the menu button off the back link and the tenant name, and the reports table readable', async () => {
    const focal = await signIn('dongthap.noivu', { width: 1440, height: 900 });
    const { plan, officeId } = await issueQuarterlyPlan(focal.request);
    const editor = await signIn('dongthap.vanphong', { width: 390, height: 844 });

    await editor.goto(`${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`);
    const back = editor.getByRole('link', { name: /Về danh sách báo cáo/ });
    await back.waitFor();
    const trigger = editor.locator('.ant-layout-sider-zero-width-trigger');
    await trigger.waitFor();
    const triggerBox = await boxOf(trigger);
    expect(intersects(triggerBox, await boxOf(back))).toBe(false);
    const tenant = editor.getByTestId('tenant-name');
    const tenantBox = await boxOf(tenant);
    expect(intersects(triggerBox, tenantBox)).toBe(false);
    // Readable: the whole name is shown, not cut by an ellipsis.
    expect(await tenant.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    expect(await tenant.innerText()).toBe('Tỉnh Đồng Tháp');

    // The menu opens over the page and folds again once a page is chosen.
    await trigger.click();
    const reportsItem = editor.getByRole('menuitem', { name: /Báo cáo/ }).first();
    await reportsItem.waitFor();
    await saveScreenshot(editor, 'mobile-menu');
    await reportsItem.click();
    await expect.poll(() => editor.locator('.ant-layout-sider-collapsed').count()).toBe(1);

    const table = editor.getByTestId('my-reports-table');
    const firstPlan = table.getByTestId('my-report-plan').first();
    await firstPlan.waitFor();
    const scroller = table.locator('.ant-table-body, .ant-table-content').first();
    const scrollable = await scroller.evaluate((node) => node.scrollWidth - node.clientWidth);
    expect(scrollable).toBeGreaterThan(0);
    await scroller.evaluate((node) => node.scrollTo({ left: node.scrollWidth }));
    await expect.poll(() => scroller.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
    // Scrolled to the last column, the plan column is still on screen beside it.
    const planBox = await boxOf(firstPlan);
    expect(planBox.x).toBeGreaterThanOrEqual(0);
    expect(planBox.x + planBox.width).toBeLessThanOrEqual(390);
    expect(await table.getByText('Mở báo cáo').first().isVisible()).toBe(true);
    await saveScreenshot(editor, 'mobile-reports');
  });
});
