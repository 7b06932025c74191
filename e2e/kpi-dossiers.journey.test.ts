// The PAR focal computes service KPIs from a one-stop system's export: a 50,000-row .xlsx of the
// demo province's units for 2026, generated deterministically, whose «Kênh nộp» column carries
// another system's name (no automatic mapping matches it). The upload is refused with the
// mapping step; the focal maps the column, follows the progress bar to its end, opens the KPI
// tree for March 2026 and reads Sở Tư pháp's on-time share, then drills down to its late
// dossiers of March — both equal to what this test computes from the same generated rows (plus
// whatever the database already held for that unit and month, read before the import).
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
import { vietnamMonthOf } from '../src/domain/kpis/kpi-period';
import { formatViNumber } from '../src/contract/vi-format';
import { demoUnitCodes, writeDossierExport } from '../scripts/generate-dossiers';
import { baseUrl, clickAndCheck, launchBrowser, loginAs, pickOption } from './browser';

const YEAR = 2026;
const MONTH = '2026-03';
const ROWS = 50_000;
const UNIT = 'DT.STP';
/** The channel column as the other system names it: nothing in the header aliases matches. */
const FOREIGN_CHANNEL_HEADER = 'HTTN (mã 07)';
const GENERATOR = { unitCodes: demoUnitCodes(YEAR), year: YEAR, count: ROWS, seed: 1414 } as const;
/** Codes of this run only (HS-E2E-<time>…), so a re-run against the same database adds new rows. */
const CODE_PREFIX = `E2E${Date.now().toString(36).toUpperCase()}-`;

let browser: Browser;
let page: Page;
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

/** The counter totals of the unit's dossiers received in the month, from the generated rows. */
function generatedTotals(): CounterTotals {
  const totals = emptyTotals();
  for (const dossier of generateDossiers({ ...GENERATOR, codePrefix: CODE_PREFIX })) {
    if (dossier.unitCode !== UNIT || vietnamMonthOf(dossier.receivedAt) !== MONTH) continue;
    const counters = countersOf(dossier);
    for (const counter of Object.keys(totals) as DossierCounter[])
      if (counters[counter]) totals[counter] += 1;
  }
  return totals;
}

/** The unit's counter totals for the month as the API has them now (before the import). */
async function totalsInDatabase(): Promise<CounterTotals> {
  const response = await page.request.get(`${baseUrl()}/api/kpis/tree?from=${MONTH}&to=${MONTH}`);
  expect(response.status()).toBe(200);
  const tree = (await response.json()) as {
    units: { code: string; totals: Partial<CounterTotals> }[];
  };
  const unit = tree.units.find((candidate) => candidate.code === UNIT);
  expect(unit, `${UNIT} in the KPI tree`).toBeDefined();
  const totals = emptyTotals();
  for (const counter of Object.keys(totals) as DossierCounter[])
    totals[counter] = unit!.totals[counter] ?? 0;
  return totals;
}

describe('the PAR focal imports a one-stop export and reads the KPIs it yields', () => {
  it('maps the unknown column, follows the progress to its end, sees the KPI tree and the late dossiers', async () => {
    const started = performance.now();
    const file = join(dir, 'ho-so-tthc-2026.xlsx');
    await writeDossierExport({
      ...GENERATOR,
      codePrefix: CODE_PREFIX,
      out: file,
      renameHeaders: { [DOSSIER_COLUMN_LABELS.channel]: FOREIGN_CHANNEL_HEADER },
      // As Excel writes it. With inline strings, exceljs 4.4's streaming reader garbles a
      // Vietnamese letter cut by an inflated chunk's edge (parse-sax decodes each chunk alone):
      // 31 of these 50,000 rows — a reader bug reported to the lead, not hidden by this test.
      sharedStrings: true,
    });
    const before = await totalsInDatabase();
    const generated = generatedTotals();
    const expected = emptyTotals();
    for (const counter of Object.keys(expected) as DossierCounter[])
      expected[counter] = before[counter] + generated[counter];
    const onTime = computeKpi(kpiByKey('on_time')!, expected);
    expect(generated.received).toBeGreaterThan(100);
    expect(generated.finishedLate).toBeGreaterThan(0);
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

    // ─── TO BE ADDED after the plan-target and report features are merged ───────────────────
    // • A plan target of kind KPI (on-time ≥ 97 % … pick a threshold the figure above meets)
    //   turns «Đạt».
    // • The unit's next period report shows the KPI pre-filled from the imported dossiers.
    // ─────────────────────────────────────────────────────────────────────────────────────────

    console.log(`Hành trình: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);
});
