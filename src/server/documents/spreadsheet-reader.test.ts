// The spreadsheet reader against hostile files: work bounded by the cells a file holds (never by
// the area it claims), limits refused with the limit named, and the worker's heap bound answered
// in Vietnamese while the next file is still read.
import { afterEach, describe, expect, it } from 'vitest';
import {
  readerStats,
  readSpreadsheet,
  READER_LIMITS,
  stopIdleSpreadsheetWorkers,
} from './spreadsheet-reader';
import { scanFirstSheet } from './xlsx-sheet-scan';
import { minimalXlsx, sheetXml, sparseFarAwayXlsx, textCell } from '../../../test/xlsx-fixtures';

describe('a sheet holding only ALL1 and A200000 (claiming 200 million cells)', () => {
  it('allocates the cells of its two rows only: 1,000 for the header, 1 for row 200000', async () => {
    const sheet = await scanFirstSheet(await sparseFarAwayXlsx());
    expect(sheet.cellsAllocated).toBe(1_001);
    expect([...sheet.rows.keys()]).toEqual([1, 200_000]);
  });

  it('is read through the worker as its two cells', async () => {
    const table = await readSpreadsheet(await sparseFarAwayXlsx(), 'thua.xlsx');
    expect(table.headers).toHaveLength(1_000);
    expect(table.headers[999]).toBe('x');
    expect(table.rows).toEqual([{ rowNumber: 200_000, values: ['y'], cells: ['y'] }]);
  });
});

describe('limits counted while reading', () => {
  it('refuses the 200,001st filled row, naming the limit', async () => {
    const rows: Record<number, string[]> = {};
    for (let row = 1; row <= 200_001; row++) rows[row * 5] = [`<c r="A${row * 5}"><v>1</v></c>`];
    await expect(readSpreadsheet(await minimalXlsx(sheetXml(rows)), 'dai.xlsx')).rejects.toThrow(
      'Tệp có quá nhiều dòng (tối đa 200.000 dòng có dữ liệu)',
    );
  });

  it('refuses a cell past column ALL, and a CSV row past 1,000 cells', async () => {
    const wide = await minimalXlsx(sheetXml({ 1: [textCell('ALM1', 'x')] }));
    await expect(readSpreadsheet(wide, 'rong.xlsx')).rejects.toThrow('tối đa 1.000 cột');
    await expect(readSpreadsheet(Buffer.from(','.repeat(1_000)), 'rong.csv')).rejects.toThrow(
      'tối đa 1.000 cột',
    );
  });

  it('refuses 2,000 rows each reaching column ALL: 2 million cells allocated is the cap', async () => {
    const rows: Record<number, string[]> = {};
    for (let row = 1; row <= 2_001; row++) rows[row] = [textCell(`ALL${row}`, 'x')];
    await expect(readSpreadsheet(await minimalXlsx(sheetXml(rows)), 'o.xlsx')).rejects.toThrow(
      'tối đa 2.000.000 ô',
    );
  });

  it('counts a merge over the whole sheet without walking it, listing at most 1,000 cells', async () => {
    const xlsx = await minimalXlsx(
      sheetXml(
        { 1: [textCell('A1', 'a'), textCell('ALL1', 'b')], 300: [textCell('A300', 'c')] },
        { after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' },
      ),
    );
    const table = await readSpreadsheet(xlsx, 'gop.xlsx');
    expect(table.mergedCellCount).toBe(300 * 1_000 - 1);
    expect(table.mergedCells).toHaveLength(1_000);
  });

  it('refuses a UTF-16 CSV and a Windows-1258 one as not UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã,Tên\n', 'utf16le')]);
    await expect(readSpreadsheet(utf16, 'a.csv')).rejects.toThrow('UTF-8 (tệp này là UTF-16)');
    const unmarked = Buffer.from('Ma,Ten\nX1,Phong Mot\n', 'utf16le');
    await expect(readSpreadsheet(unmarked, 'c.csv')).rejects.toThrow('UTF-8 (tệp này là UTF-16)');
    await expect(readSpreadsheet(Buffer.from('M\xe3,T\xean\n', 'latin1'), 'b.csv')).rejects.toThrow(
      'UTF-8',
    );
  });
});

describe('the worker bounds', () => {
  const normal = { ...READER_LIMITS };
  afterEach(async () => {
    Object.assign(READER_LIMITS, normal);
    await stopIdleSpreadsheetWorkers();
  });

  it('answers a file that exhausts the worker heap in Vietnamese, then reads the next file', async () => {
    await stopIdleSpreadsheetWorkers();
    READER_LIMITS.workerHeapMb = 16;
    const crashesBefore = readerStats.crashes;
    const heavy = Buffer.from('abcdefghij,'.repeat(99) + 'x\n')
      .toString()
      .repeat(8_000);
    await expect(readSpreadsheet(Buffer.from(heavy), 'nang.csv')).rejects.toThrow(
      'vượt 16 MB bộ nhớ',
    );
    expect(readerStats.crashes).toBe(crashesBefore + 1);
    Object.assign(READER_LIMITS, normal);
    const table = await readSpreadsheet(Buffer.from('Mã,Tên\nX1,Xã Một\n'), 'nhe.csv');
    expect(table.rows).toEqual([
      { rowNumber: 2, values: ['X1', 'Xã Một'], cells: ['X1', 'Xã Một'] },
    ]);
  });
});
