// The PAR focal imports results through the template, and a wrong total cannot slip through: the
// template is downloaded from the import dialog (one row per district, one column per criterion,
// "Tổng điểm", instructions), filled for three districts with Lai Vung's printed total 10 points
// short; the preview names Lai Vung's error in Vietnamese and "Nhập" stays disabled; the
// corrected file previews clean, imports, and the ranking shows the three districts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { XLSX_TYPE } from './api';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  waitForText,
} from './browser';
import {
  createDistrictFramework2023,
  ensureRankedDistricts,
  scoredLeaves,
  scoreOf,
} from './results-fixtures';

const DISTRICTS = ['DT.LV', 'DT.LAIVUNG', 'DT.CAOLANH'];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await ensureRankedDistricts(browser);
  page = await loginAs(browser, 'dongthap.noivu');
});
afterAll(async () => {
  await page.context().close();
  await browser.close();
});

/** "80,45": the total as a decision prints it. */
const viText = (value: number) => value.toFixed(2).replace('.', ',');

/**
 * Fills the downloaded template: the three districts' scores typed with a decimal comma and
 * their totals (Lai Vung's short by `laiVungShortBy`); other units' rows removed, as the
 * instructions say for units without a result.
 */
async function fillTemplate(
  template: Buffer,
  leafCodes: Map<string, { index: number; leaf: Parameters<typeof scoreOf>[1] }>,
  laiVungShortBy: number,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Kết quả')!;
  const headers = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], (value) =>
    String(value ?? ''),
  );
  for (let number = sheet.rowCount; number > 2; number--) {
    const row = sheet.getRow(number);
    const unit = String(row.getCell(1).value ?? '');
    if (!DISTRICTS.includes(unit)) {
      sheet.spliceRows(number, 1);
      continue;
    }
    let total = 0;
    headers.forEach((header, column) => {
      const planned = leafCodes.get(header.split(' ')[0] ?? '');
      if (!planned) return;
      const score = scoreOf(unit, planned.leaf, planned.index, 2023);
      total += score;
      row.getCell(column).value = viText(score);
    });
    const shortBy = unit === 'DT.LAIVUNG' ? laiVungShortBy : 0;
    row.getCell(headers.indexOf('Tổng điểm')).value = viText(total - shortBy);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the PAR focal imports the districts’ results through the template', () => {
  it('downloads the template, is stopped by a wrong total, imports the corrected file and sees the ranking', async () => {
    const framework = await createDistrictFramework2023(page.request);
    const leaves = scoredLeaves(framework);
    const leafCodes = new Map(leaves.map((leaf, index) => [leaf.code, { index, leaf }]));

    await page.goto(`${baseUrl()}/results?framework=${framework.id}`);
    await page.getByTestId('ranking-table').waitFor();
    await page.getByTestId('results-import').click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('results-import-template').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`mau-nhap-ket-qua-${framework.code}.xlsx`);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(await download.path());
    expect(template.worksheets.map((sheet) => sheet.name)).toEqual(['Kết quả', 'Hướng dẫn']);
    const header = Array.from(
      template.getWorksheet('Kết quả')!.getRow(1).values as ExcelJS.CellValue[],
      (value) => String(value ?? ''),
    );
    expect(header.slice(1, 3)).toEqual(['Mã đơn vị', 'Tên đơn vị']);
    expect(header.at(-1)).toBe('Tổng điểm');
    expect(header.filter((text) => leafCodes.has(text.split(' ')[0] ?? ''))).toHaveLength(
      leaves.length,
    );
    const templateBytes = Buffer.from(await template.xlsx.writeBuffer());

    // Lai Vung's printed total is 10 points short of what its scores add up to.
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ket-qua-sai-tong.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await fillTemplate(templateBytes, leafCodes, 10),
    });
    const laiVungError = dialog.getByTestId('results-import-error-DT.LAIVUNG');
    const message = await waitForText(laiVungError, 'khác tổng trong tệp');
    expect(message).toMatch(
      /^Tổng điểm tính được (\d+,\d{2}) khác tổng trong tệp \d+,\d{2} \(chênh 10,00\)\.$/,
    );
    await waitForText(dialog.getByTestId('results-import-status'), '1 đơn vị có lỗi về tổng điểm');
    expect(await dialog.getByTestId('results-import-error-DT.LV').count()).toBe(0);
    expect(await dialog.getByTestId('results-import-submit').isDisabled()).toBe(true);
    await saveScreenshot(page, 'results-import-blocked');

    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ket-qua.xlsx',
      mimeType: XLSX_TYPE,
      buffer: await fillTemplate(templateBytes, leafCodes, 0),
    });
    await waitForText(dialog.getByTestId('results-import-status'), 'Tệp hợp lệ');
    const preview = dialog.getByTestId('results-import-preview');
    for (const name of ['Huyện Lấp Vò', 'Huyện Lai Vung', 'Huyện Cao Lãnh'])
      await waitForText(preview, name);
    expect(await preview.innerText()).not.toContain('khác tổng trong tệp');
    expect(await dialog.getByTestId('results-import-submit').isEnabled()).toBe(true);
    await saveScreenshot(page, 'results-import-ready');
    await clickAndCheck(
      page,
      dialog.getByTestId('results-import-submit'),
      'POST',
      '/results/import',
    );
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByTestId('ranking-table');
    await waitForText(table, '3/3');
    const rows = await table.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows[0]).toContain('Huyện Lai Vung');
    expect(rows[0]).toContain('1/3');
    expect(rows[1]).toContain('Huyện Lấp Vò');
    expect(rows[2]).toContain('Huyện Cao Lãnh');
  });
});
