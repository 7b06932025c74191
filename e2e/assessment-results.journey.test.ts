// The focal finishes a scoring round: on the round's results page it downloads the survey template,
// fills the three departments' survey scores (typed "1,84"), imports them (the preview first, then
// "Nhập"), finalises ("Chốt kết quả"), and the ranking page of "Kết quả đánh giá" shows the
// departments ranked from the round with no import. The round is set up through the rounds and
// appraisal APIs (assessment-results-fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  clickAndCheck,
  launchBrowser,
  loginAs,
  saveScreenshot,
  waitForText,
} from './browser';
import { createAppraisedRound, ROUND_DEPARTMENTS } from './assessment-results-fixtures';

let browser: Browser;
let focal: Page;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  focal = await loginAs(browser, 'dongthap.noivu');
  admin = await loginAs(browser, 'dongthap.admin');
});
afterAll(async () => {
  await focal.context().close();
  await admin.context().close();
  await browser.close();
});

/** Fills the downloaded template: each department's survey scores at its share of the max, "1,84". */
async function fillSurveyTemplate(path: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Điều tra XHH')!;
  const maxima = sheet.getRow(2);
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    const share = ROUND_DEPARTMENTS[String(row.getCell(1).value)];
    if (share === undefined) return;
    for (let column = 3; column <= sheet.columnCount; column++) {
      const max = Number(maxima.getCell(column).value);
      row.getCell(column).value = String(Math.round(max * share * 100) / 100).replace('.', ',');
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('round results', () => {
  it('imports the survey part, finalises, and the ranking shows the round’s result', async () => {
    const { roundId } = await createAppraisedRound(focal.request, admin.request);
    await focal.goto(`${baseUrl()}/assessment/${roundId}/results`);
    await focal.getByTestId('survey-table').waitFor();

    const [download] = await Promise.all([
      focal.waitForEvent('download'),
      focal.getByTestId('survey-template').click(),
    ]);
    const filled = await fillSurveyTemplate((await download.path())!);

    await focal.getByTestId('survey-import').click();
    await focal.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'dieu-tra-xa-hoi-hoc.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await waitForText(focal.getByTestId('survey-import-status'), 'Tệp hợp lệ');
    await clickAndCheck(focal, focal.getByTestId('survey-import-submit'), 'POST', '/survey-import');
    await focal.getByTestId('survey-import-submit').waitFor({ state: 'detached' });
    // Văn phòng: appraised leaves at 90 % (binary in full) plus 90 % of the 29,5 survey points.
    await waitForText(focal.getByTestId('survey-table'), '26,55');

    await focal.getByTestId('round-finalise').click();
    await clickAndCheck(
      focal,
      focal.locator('.ant-popconfirm').getByRole('button').last(),
      'POST',
      '/finalise',
    );
    await waitForText(focal.getByTestId('round-state'), 'Đã có kết quả');
    const vanPhongRank = await focal.getByTestId('round-rank-DT.VP').innerText();
    expect(vanPhongRank).toBe('1/3');
    await saveScreenshot(focal, 'assessment-results');

    await focal.getByTestId('round-ranking-link').click();
    await focal.waitForURL(/\/results\?framework=/);
    await focal.getByTestId('survey-table').waitFor({ state: 'detached' });
    const ranking = focal.getByRole('table');
    await waitForText(ranking, 'Văn phòng UBND tỉnh');
    const firstRow = focal.getByRole('row').filter({ hasText: 'Văn phòng UBND tỉnh' });
    expect(await firstRow.innerText()).toContain('1/3');
  });
});
