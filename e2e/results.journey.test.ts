// Journey of the province's PAR focal: the district PAR framework from its template (through the
// API), copied to 2024 on the framework screen; 2023 results imported through
// the API, 2024 results imported through the results screen (dry run, then write) for three
// districts; the ranking; Lấp Vò's gap analysis with its charts (rank history included) and a table
// sorted by points lost; the table exported to .xlsx holding the same numbers as the page; one
// score typed "2,95" and saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import type { FrameworkDto, FrameworkNodeDto } from '../src/contract/frameworks';
import { baseUrl, csrfOf, launchBrowser, loginAs } from './browser';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Framework = FrameworkDto;
type FrameworkNode = FrameworkNodeDto;

let browser: Browser;
let page: Page;
let leaves: FrameworkNode[];
let framework2024: Framework;

async function postJson<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(`${baseUrl()}${path}`, {
    data,
    headers: { 'x-csrf-token': await csrfOf(request) },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** A share of each leaf's maximum per unit; every third leaf full, so units differ by area. */
const SHARES: Record<string, number> = { 'DT.LV': 0.82, 'DT.LAIVUNG': 0.9, 'DT.CAOLANH': 0.75 };
const scoreOf = (unit: string, leaf: FrameworkNode, index: number, year: number) =>
  index % 3 === 0
    ? leaf.maxPoints
    : Math.round(leaf.maxPoints * (SHARES[unit]! + (year === 2023 ? 0.05 : 0)) * 100) / 100;

/** The wide layout: mã tiêu chí | điểm tối đa | one column per district, scores typed "2,95". */
async function resultsWorkbook(year: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  const units = Object.keys(SHARES);
  sheet.addRow(['Mã tiêu chí', 'Điểm tối đa', ...units]);
  leaves.forEach((leaf, index) =>
    sheet.addRow([
      leaf.code,
      leaf.maxPoints,
      ...units.map((unit) => String(scoreOf(unit, leaf, index, year)).replace('.', ',')),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const parseVi = (text: string) => Number(text.trim().replace(/\./g, '').replace(',', '.'));

beforeAll(async () => {
  browser = await launchBrowser();
  // Two more districts beside Lấp Vò, so there is a ranking; only an administrator adds units.
  const admin = await loginAs(browser, 'dongthap.admin');
  const units = (await (await admin.request.get(`${baseUrl()}/api/organisations`)).json()) as {
    items: { id: string; code: string }[];
  };
  const province = units.items.find((unit) => unit.code === 'DT')!;
  for (const [code, name] of [
    ['DT.LAIVUNG', 'Huyện Lai Vung'],
    ['DT.CAOLANH', 'Huyện Cao Lãnh'],
  ] as const) {
    await postJson(admin.request, '/api/organisations', {
      parentId: province.id,
      code,
      name,
      type: 'district',
      validFrom: '2004-01-01',
    });
  }
  await admin.context().close();
  page = await loginAs(browser, 'dongthap.noivu');
});
afterAll(() => browser.close());

describe('the PAR focal ranks the districts and reads a gap analysis', () => {
  it('creates the district framework from its template (API) and copies it to 2024 on the screen', async () => {
    const framework2023 = await postJson<Framework>(page.request, '/api/frameworks/from-template', {
      templateKey: 'par-index-district-2023',
    });
    const parents = new Set(framework2023.nodes.map((node) => node.parentCode));
    leaves = framework2023.nodes.filter((node) => !parents.has(node.code) && !node.isBonus);
    expect(leaves.length).toBeGreaterThan(10);

    await page.goto(`${baseUrl()}/frameworks?framework=${framework2023.id}`);
    await page.getByTestId('framework-copy').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('framework-copy-year').inputValue()).toBe('2024');
    await dialog.getByTestId('framework-copy-code').fill('PAR-HUYEN-2024');
    await dialog.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => page.getByTestId('framework-title').innerText()).toContain('2024');
    const copiedId = new URL(page.url()).searchParams.get('framework');
    expect(copiedId).not.toBe(framework2023.id);
    framework2024 = (await (
      await page.request.get(`${baseUrl()}/api/frameworks/${copiedId}`)
    ).json()) as Framework;
    expect(framework2024.code).toBe('PAR-HUYEN-2024');
    expect(framework2024.year).toBe(2024);

    const imported = await page.request.post(
      `${baseUrl()}/api/frameworks/${framework2023.id}/results/import`,
      {
        headers: { 'x-csrf-token': await csrfOf(page.request) },
        multipart: {
          file: {
            name: 'ket-qua-2023.xlsx',
            mimeType: XLSX_TYPE,
            buffer: await resultsWorkbook(2023),
          },
        },
      },
    );
    expect(imported.status(), await imported.text()).toBe(200);
  });

  it('imports the 2024 results: previews three districts, then writes them', async () => {
    await page.getByRole('menuitem', { name: 'Kết quả đánh giá' }).click();
    await page.getByTestId('results-framework').click();
    await page.locator('.ant-select-item-option', { hasText: framework2024.code }).click();
    await page.getByTestId('ranking-table').waitFor();
    await page.getByTestId('results-import').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'ket-qua-2024.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await resultsWorkbook(2024),
    });
    const preview = page.getByTestId('results-import-preview');
    await preview.waitFor();
    for (const name of ['Huyện Lấp Vò', 'Huyện Lai Vung', 'Huyện Cao Lãnh'])
      expect(await preview.innerText()).toContain(name);
    await page.getByTestId('results-import-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('ranks the districts: Lai Vung 1/3, Lấp Vò 2/3, Cao Lãnh 3/3, with the change since 2023', async () => {
    const table = page.getByTestId('ranking-table');
    await expect.poll(() => table.innerText()).toContain('1/3');
    const rows = await table.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows[0]).toContain('Huyện Lai Vung');
    expect(rows[1]).toContain('2/3');
    expect(rows[1]).toContain('Huyện Lấp Vò');
    expect(rows[2]).toContain('Huyện Cao Lãnh');
    expect(rows[1]).toContain('giữ nguyên thứ hạng');
  });

  it("opens Lấp Vò's gap analysis: a chart, and the table sorted by points lost", async () => {
    await page.getByTestId('ranking-unit-DT.LV').click();
    const analysis = page.getByTestId('gap-analysis');
    await analysis.waitFor();
    expect(await analysis.innerText()).toContain('2/3');
    await page.getByTestId('gap-chart-lost').locator('canvas').first().waitFor();
    expect(await page.getByTestId('gap-chart-radar').locator('canvas').count()).toBeGreaterThan(0);
    // 2023 and 2024 results: the rank history has both years, so no "no previous year" note.
    const rankHistory = page.getByTestId('gap-chart-rank-history');
    expect(await rankHistory.locator('canvas').count()).toBeGreaterThan(0);
    expect(await analysis.innerText()).not.toContain('Chưa có kết quả năm trước');
    const lost = await readLostPoints();
    expect(lost.size).toBeGreaterThan(10);
    expect([...lost.values()]).toEqual([...lost.values()].sort((a, b) => b - a));
  });

  it('exports the gap table to .xlsx with the same numbers as the page', async () => {
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
    await page.getByTestId('results-back').click();
    await page.getByTestId('ranking-entry-DT.LAIVUNG').click();
    const index = leaves.findIndex((leaf) => leaf.code === '3.3.1');
    const before = scoreOf('DT.LAIVUNG', leaves[index]!, index, 2024);
    const total = page.getByTestId('entry-total');
    await total.waitFor();
    const readTotal = async () => parseVi(/: ([\d.,]+) \//.exec(await total.innerText())![1]!);
    const start = await readTotal();
    const input = page.getByTestId('entry-appraisedScore-3.3.1');
    await input.fill('2,95');
    await expect.poll(readTotal).toBeCloseTo(start - before + 2.95, 2);
    await page.getByTestId('entry-save').click();
    await page.getByText('Đã lưu kết quả.').waitFor();
    const units = (await (await page.request.get(`${baseUrl()}/api/organisations`)).json()) as {
      items: { id: string; code: string }[];
    };
    const laiVung = units.items.find((unit) => unit.code === 'DT.LAIVUNG')!;
    const stored = (await (
      await page.request.get(
        `${baseUrl()}/api/frameworks/${framework2024.id}/results/${laiVung.id}`,
      )
    ).json()) as { entries: { nodeCode: string; appraisedScore: number | null }[] };
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
