// Journeys of the province's PAR focal with the district PAR framework: copy it to 2024 on the
// framework screen; import the 2024 results on the results screen (dry run, then write) for three
// districts; the ranking; Lấp Vò's gap analysis with its charts (rank history included) and a table
// sorted by points lost; the table exported to .xlsx holding the same numbers as the page; one
// score typed "2,95" and saved. Each test signs in and builds its own frameworks and results
// through the API (unique codes), so none depends on another.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { FrameworkDto } from '../src/contract/frameworks';
import type { UnitResult } from '../src/contract/results';
import { getJson, unitIdsByCode, XLSX_TYPE } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  uniqueSuffix,
  waitForText,
} from './browser';
import {
  createDistrictFramework2023,
  createRankedFrameworks,
  ensureRankedDistricts,
  resultsWorkbook,
  scoreOf,
} from './results-fixtures';

const parseVi = (text: string) => Number(text.trim().replace(/\./g, '').replace(',', '.'));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await ensureRankedDistricts(browser);
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await loginAs(browser, 'dongthap.noivu');
});
afterEach(() => page.context().close());

const openRanking = (framework: FrameworkDto) =>
  page.goto(`${baseUrl()}/results?framework=${framework.id}`);

describe('the PAR focal ranks the districts and reads a gap analysis', () => {
  it('copies the district framework to 2024 on the framework screen', async () => {
    const framework2023 = await createDistrictFramework2023(page.request);
    const code2024 = `PAR-HUYEN-2024-${uniqueSuffix()}`;

    await page.goto(`${baseUrl()}/frameworks?framework=${framework2023.id}`);
    await page.getByTestId('framework-copy').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('framework-copy-year').inputValue()).toBe('2024');
    await dialog.getByTestId('framework-copy-code').fill(code2024);
    await dialog.getByRole('button', { name: 'Sao chép' }).click();
    // The screen moves to the copy: wait for the URL to name another framework, then its title.
    await page.waitForURL((url) => {
      const shown = url.searchParams.get('framework');
      return shown !== null && shown !== framework2023.id;
    });
    await waitForText(page.getByTestId('framework-title'), '2024');
    const copiedId = new URL(page.url()).searchParams.get('framework');
    const copied = await getJson<FrameworkDto>(page.request, `/api/frameworks/${copiedId}`);
    expect(copied.code).toBe(code2024);
    expect(copied.year).toBe(2024);
  });

  it('imports the 2024 results: previews three districts, then writes them', async () => {
    const { framework2024, leaves } = await createRankedFrameworks(page.request, {
      with2024Results: false,
    });
    await openRanking(framework2024);
    await page.getByTestId('ranking-table').waitFor();
    await page.getByTestId('results-import').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'ket-qua-2024.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await resultsWorkbook(leaves, 2024),
    });
    const preview = page.getByTestId('results-import-preview');
    for (const name of ['Huyện Lấp Vò', 'Huyện Lai Vung', 'Huyện Cao Lãnh'])
      await waitForText(preview, name);
    await clickAndCheck(page, page.getByTestId('results-import-submit'), 'POST', '/results/import');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('ranking-table'), '3/3');
  });

  it('ranks the districts: Lai Vung 1/3, Lấp Vò 2/3, Cao Lãnh 3/3, with the change since 2023', async () => {
    const { framework2024 } = await createRankedFrameworks(page.request);
    await openRanking(framework2024);
    const table = page.getByTestId('ranking-table');
    await waitForText(table, '3/3');
    const rows = await table.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows[0]).toContain('Huyện Lai Vung');
    expect(rows[0]).toContain('1/3');
    expect(rows[1]).toContain('2/3');
    expect(rows[1]).toContain('Huyện Lấp Vò');
    expect(rows[2]).toContain('Huyện Cao Lãnh');
    expect(rows[1]).toContain('giữ nguyên thứ hạng');
  });

  it("opens Lấp Vò's gap analysis: a chart, and the table sorted by points lost", async () => {
    const { framework2024 } = await createRankedFrameworks(page.request);
    await openRanking(framework2024);
    await page.getByTestId('ranking-unit-DT.LV').click();
    const analysis = page.getByTestId('gap-analysis');
    await waitForText(analysis, '2/3');
    for (const chart of ['gap-chart-lost', 'gap-chart-radar', 'gap-chart-rank-history'])
      await page.getByTestId(chart).locator('[data-testid="echart"] svg').first().waitFor();
    // 2023 and 2024 results: the rank history has both years, so no "no previous year" note.
    expect(await analysis.innerText()).not.toContain('Chưa có kết quả năm trước');
    const lost = await readLostPoints();
    expect(lost.size).toBeGreaterThan(10);
    expect([...lost.values()]).toEqual([...lost.values()].sort((a, b) => b - a));
  });

  it('exports the gap table to .xlsx with the same numbers as the page', async () => {
    const { framework2024 } = await createRankedFrameworks(page.request);
    const lapVoId = (await unitIdsByCode(page.request)).get('DT.LV');
    await page.goto(`${baseUrl()}/results?framework=${framework2024.id}&unit=${lapVoId}&view=gaps`);
    const shown = await readLostPoints();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('gap-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const exported = new Map<string, number>();
    let lostColumn = 0;
    sheet.eachRow((row) => {
      const values = row.values as ExcelJS.CellValue[];
      const headerAt = values.findIndex((value) => value === 'Điểm bị trừ');
      if (headerAt > 0) lostColumn = headerAt;
      else if (lostColumn && typeof values[lostColumn] === 'number')
        exported.set(String(values[1]), values[lostColumn] as number);
    });
    expect(exported.size).toBe(shown.size);
    for (const [code, lostPoints] of shown)
      expect(exported.get(code), code).toBeCloseTo(lostPoints, 2);
  });

  it('enters a score with a decimal comma: the total follows as you type, and the save is stored', async () => {
    const { framework2024, leaves } = await createRankedFrameworks(page.request);
    await openRanking(framework2024);
    await page.getByTestId('ranking-entry-DT.LAIVUNG').click();
    const index = leaves.findIndex((leaf) => leaf.code === '3.3.1');
    const before = scoreOf('DT.LAIVUNG', leaves[index]!, index, 2024);
    const total = page.getByTestId('entry-total');
    const readTotal = async () => parseVi(/: ([\d.,]+) \//.exec(await total.innerText())![1]!);
    await waitForText(total, /: [\d.,]+ \//);
    const start = await readTotal();
    await page.getByTestId('entry-appraisedScore-3.3.1').fill('2,95');
    // The total is recomputed in the page as you type: poll it (timeout set in vitest.config.ts).
    await expect.poll(readTotal).toBeCloseTo(start - before + 2.95, 2);
    const laiVungId = (await unitIdsByCode(page.request)).get('DT.LAIVUNG');
    await clickAndCheck(page, page.getByTestId('entry-save'), 'PUT', `/results/${laiVungId}`);
    await page.getByText('Đã lưu kết quả.').waitFor();
    const stored = await getJson<UnitResult>(
      page.request,
      `/api/frameworks/${framework2024.id}/results/${laiVungId}`,
    );
    expect(stored.entries.find((entry) => entry.nodeCode === '3.3.1')?.appraisedScore).toBe(2.95);
  });
});

/** Mã → điểm bị trừ as the page's gap table shows them, in display order. */
async function readLostPoints(): Promise<Map<string, number>> {
  const rows = page.getByTestId('gap-table').locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  const lost = new Map<string, number>();
  for (const cells of await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  ))
    lost.set(cells[0]!, parseVi(cells[4]!));
  return lost;
}
