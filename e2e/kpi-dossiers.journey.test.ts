// The PAR focal computes service KPIs from a one-stop system's export: a 50,000-row .xlsx of the
// demo province's units for 2026, generated deterministically, whose «Kênh nộp» column carries
// another system's name (no automatic mapping matches it). The upload is refused with the
// mapping step; the focal maps the column, follows the progress bar to its end, opens the KPI
// tree for March 2026 and reads Sở Tư pháp's on-time share, then drills down to its late
// dossiers of March — both equal to what this test computes from the same generated rows (plus
// whatever the database already held, read before the import). The province plan's on-time
// target turns from «Chưa đạt» to «Đạt», and the office's Q4 report opens with its KPI box
// pre-filled from its dossiers of 10–12/2026.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDossiers } from '../src/domain/kpis/dossier-generator';
import { DOSSIER_COLUMN_LABELS } from '../src/domain/kpis/dossier-columns';
import {
  countersOf,
  emptyTotals,
  type CounterTotals,
  type DossierCounter,
} from '../src/domain/kpis/dossier-counters';
import { computeKpi, kpiByKey } from '../src/domain/kpis/kpi-definitions';
import { kpiDenominator } from '../src/domain/kpis/kpi-tree';
import type { PlanDetail } from '../src/contract/plans';
import { vietnamMonthOf } from '../src/domain/kpis/kpi-period';
import { formatViNumber } from '../src/contract/vi-format';
import { demoUnitCodes, writeDossierExport } from '../scripts/generate-dossiers';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  pickOption,
  uniqueSuffix,
} from './browser';
import { issueQuarterlyPlan, PERIOD } from './report-fixtures';

const YEAR = 2026;
const MONTH = '2026-03';
const ROWS = 50_000;
const UNIT = 'DT.STP';
/** Văn phòng UBND tỉnh: leads the plan's task, so its Q4 report carries the KPI box. */
const OFFICE = 'DT.VP';
const Q4 = { from: `${YEAR}-10`, to: `${YEAR}-12` } as const;
/** The channel column as the other system names it: nothing in the header aliases matches. */
const FOREIGN_CHANNEL_HEADER = 'HTTN (mã 07)';
const GENERATOR = { unitCodes: demoUnitCodes(YEAR), year: YEAR, count: ROWS, seed: 1414 } as const;
/** Codes of this run only (E2E<random>-…), so a re-run against the same database adds new rows. */
const CODE_PREFIX = `E2E${uniqueSuffix()}-`;

let browser: Browser;
let page: Page;
let plan: PlanDetail;
let officeId: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parplan-kpi-journey-'));
  browser = await launchBrowser();
  page = await loginAs(browser, 'dongthap.noivu');
});
afterAll(async () => {
  await page.context().close();
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Counter totals of the generated rows: Sở Tư pháp in March, the whole year, the office in Q4. */
function generatedTotals(): {
  unitMonth: CounterTotals;
  year: CounterTotals;
  officeQ4: CounterTotals;
} {
  const buckets = { unitMonth: emptyTotals(), year: emptyTotals(), officeQ4: emptyTotals() };
  const add = (totals: CounterTotals, counters: Record<DossierCounter, boolean>) => {
    for (const counter of Object.keys(totals) as DossierCounter[])
      if (counters[counter]) totals[counter] += 1;
  };
  for (const dossier of generateDossiers({ ...GENERATOR, codePrefix: CODE_PREFIX })) {
    const counters = countersOf(dossier);
    const month = vietnamMonthOf(dossier.receivedAt);
    if (month.startsWith(`${YEAR}-`)) add(buckets.year, counters);
    if (dossier.unitCode === UNIT && month === MONTH) add(buckets.unitMonth, counters);
    if (dossier.unitCode === OFFICE && month >= Q4.from && month <= Q4.to)
      add(buckets.officeQ4, counters);
  }
  return buckets;
}

/** A unit's counter totals over its subtree for the months `from`..`to` as the API has them now. */
async function totalsInDatabase(code: string, from: string, to: string): Promise<CounterTotals> {
  const response = await page.request.get(`${baseUrl()}/api/kpis/tree?from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  const tree = (await response.json()) as {
    units: { code: string; totals: Partial<CounterTotals> }[];
  };
  const unit = tree.units.find((candidate) => candidate.code === code);
  expect(unit, `${code} in the KPI tree`).toBeDefined();
  const totals = emptyTotals();
  for (const counter of Object.keys(totals) as DossierCounter[])
    totals[counter] = unit!.totals[counter] ?? 0;
  return totals;
}

/** Counter by counter, `a` + `b`. */
function sum(a: CounterTotals, b: CounterTotals): CounterTotals {
  const totals = emptyTotals();
  for (const counter of Object.keys(totals) as DossierCounter[])
    totals[counter] = a[counter] + b[counter];
  return totals;
}

/** A KPI as the pages publish it: two decimals. */
const published = (value: number) => Math.round(value * 100) / 100;

/** The plan's target on the Targets tab: its verdict (data-status) once its text shows `figure`. */
async function targetVerdict(figure: string): Promise<string | null> {
  await page.goto(`${baseUrl()}/plans/${plan.id}`);
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  const target = page.getByTestId('plan-target').filter({ hasText: 'đúng hạn' });
  await expect.poll(() => target.innerText()).toContain(figure);
  return target.getAttribute('data-status');
}

describe('the PAR focal imports a one-stop export and reads the KPIs it yields', () => {
  it('maps the unknown column, follows the progress, sees the KPI tree, the late dossiers, the target «Đạt» and the report pre-filled', async () => {
    const started = performance.now();
    const file = join(dir, 'ho-so-tthc-2026.xlsx');
    await writeDossierExport({
      ...GENERATOR,
      codePrefix: CODE_PREFIX,
      out: file,
      renameHeaders: { [DOSSIER_COLUMN_LABELS.channel]: FOREIGN_CHANNEL_HEADER },
      // As Excel writes it (inline strings, as other libraries write, are read back exactly by
      // dossier-file-reader-xlsx-text.test.ts since exceljs is patched).
      sharedStrings: true,
    });
    const generated = generatedTotals();
    const expected = sum(await totalsInDatabase(UNIT, MONTH, MONTH), generated.unitMonth);
    const onTimeKpi = kpiByKey('on_time')!;
    const onTime = computeKpi(onTimeKpi, expected);
    expect(generated.unitMonth.received).toBeGreaterThan(100);
    expect(generated.unitMonth.finishedLate).toBeGreaterThan(0);

    // The province's plan promises an on-time share over its whole subtree for the year so far
    // (today is 10/12/2026: 01–12/2026). The bar is the share the import will bring, written on
    // the side the figure moves, so the target reads «Chưa đạt» now and «Đạt» after the import.
    const yearBefore = await totalsInDatabase('DT', `${YEAR}-01`, `${YEAR}-12`);
    const shareBefore = published(computeKpi(onTimeKpi, yearBefore)!);
    const shareAfter = published(computeKpi(onTimeKpi, sum(yearBefore, generated.year))!);
    expect(shareAfter, 'the import moves the province figure').not.toBe(shareBefore);
    ({ plan, officeId } = await issueQuarterlyPlan(page.request, [
      {
        id: 'kpi-on-time',
        kind: 'kpi',
        kpiKey: 'on_time',
        metric: onTimeKpi.label,
        comparator: shareAfter > shareBefore ? 'gte' : 'lte',
        value: shareAfter,
        unit: '%',
      },
    ]));
    expect(await targetVerdict(`${formatViNumber(shareBefore)} %`)).toBe('not_met');
    const officeQ4 = sum(await totalsInDatabase(OFFICE, Q4.from, Q4.to), generated.officeQ4);
    console.log(`Xuất ${ROWS} hồ sơ .xlsx: ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // Upload: refused for the missing «Kênh nộp», the mapping step offers the file's header.
    await page.goto(`${baseUrl()}/kpis/import`);
    await page.locator('input[type=file]').setInputFiles(file);
    await clickAndCheck(
      page,
      page.getByTestId('dossier-import-start'),
      'POST',
      '/api/dossier-imports',
      400,
    );
    const mapping = page.getByTestId('dossier-mapping');
    await expect.poll(() => mapping.innerText()).toContain(DOSSIER_COLUMN_LABELS.channel);
    await pickOption(page, page.getByTestId('dossier-mapping-channel'), FOREIGN_CHANNEL_HEADER);
    await clickAndCheck(
      page,
      page.getByTestId('dossier-mapping-submit'),
      'POST',
      '/api/dossier-imports',
      201,
    );

    // Progress: the rows read grow while running (the bar is polled every second), then end.
    const figures = page.getByTestId('dossier-import-figures');
    const status = page.getByTestId('dossier-import-status');
    const readCounts = new Set<string>();
    await expect
      .poll(
        async () => {
          const text = await figures.innerText();
          readCounts.add(/Đã đọc: ([\d.]+)/.exec(text)?.[1] ?? '');
          return status.innerText();
        },
        { timeout: 150_000, interval: 250 },
      )
      .toMatch(/Hoàn thành|Không thành công|Đã hủy/);
    // On a failure the card's text (the reason, the first errors) is the assertion's message.
    const card = page.locator('.ant-card', { has: status });
    expect(await status.innerText(), await card.innerText()).toBe('Hoàn thành');
    const finalText = await figures.innerText();
    expect(finalText).toContain(`Đã đọc: ${formatViNumber(ROWS, 0)} dòng`);
    expect(finalText).toContain(`Đã ghi: ${formatViNumber(ROWS, 0)} dòng`);
    expect(finalText).toContain('Dòng lỗi: 0');
    // The bar moved: at least one count between nothing and the end was shown.
    expect(
      [...readCounts].some((count) => count !== '' && count !== formatViNumber(ROWS, 0)),
      `counts seen: ${[...readCounts].join(' | ')}`,
    ).toBe(true);
    console.log(`Đến khi nhập xong: ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The province tree for March 2026: Sở Tư pháp's on-time share as computed here.
    await page.goto(`${baseUrl()}/kpis?kind=month&year=${YEAR}&index=3`);
    await page.getByTestId('kpi-tree').waitFor();
    const onTimeCell = page.getByTestId(`kpi-on_time-${UNIT}`);
    await expect.poll(() => onTimeCell.innerText()).toContain(`${formatViNumber(onTime!, 2)} %`);
    const lateButton = page.getByTestId(`kpi-late-${UNIT}`);
    await expect.poll(() => lateButton.innerText()).toBe(formatViNumber(expected.finishedLate, 0));

    // Drill down: the unit's late dossiers of March, as many as computed.
    await lateButton.click();
    const list = page.getByTestId('kpi-late-dossiers');
    const rows = list.locator('tbody tr.ant-table-row');
    const pageSize = 50;
    await expect.poll(() => rows.count()).toBe(Math.min(expected.finishedLate, pageSize));
    // More than a page: the pager's last page is the count's (one page shows no pager).
    if (expected.finishedLate > pageSize)
      await expect
        .poll(() => page.locator('.ant-drawer .ant-pagination-item').last().innerText())
        .toBe(String(Math.ceil(expected.finishedLate / pageSize)));
    await expect.poll(() => rows.first().innerText()).toContain('Sở Tư pháp');

    // The plan's target now reads «Đạt» on the province's figure with the imported dossiers.
    expect(await targetVerdict(`${formatViNumber(shareAfter)} %`)).toBe('met');

    // The office's Q4 report: its KPI box is pre-filled from its dossiers of 10–12/2026.
    const officeShare = computeKpi(onTimeKpi, officeQ4);
    expect(officeShare).not.toBeNull();
    const editor = await loginAs(browser, 'dongthap.vanphong');
    try {
      await editor.goto(`${baseUrl()}/reports/${plan.id}/${PERIOD}/${officeId}`);
      const note = editor.getByTestId('kpi-computed');
      await expect
        .poll(() => note.innerText())
        .toBe(
          `Từ dữ liệu hồ sơ: ${formatViNumber(officeShare!)} % trên ` +
            `${formatViNumber(kpiDenominator(onTimeKpi, officeQ4))} hồ sơ (10/${YEAR}–12/${YEAR})`,
        );
      await expect
        .poll(() => editor.getByTestId('kpi-value-0').inputValue())
        .toBe(formatViNumber(published(officeShare!)));
    } finally {
      await editor.context().close();
    }

    console.log(`Hành trình: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);
});
