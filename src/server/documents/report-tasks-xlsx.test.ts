import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportTaskRows, type ReportTaskRow } from '@domain/reports/consolidated-report';
import { consolidatedFixture } from '@domain/reports/consolidated-report.fixture';
import { writeReportTasksWorkbook } from './report-tasks-xlsx';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

const rows = (): ReportTaskRow[] =>
  reportTaskRows(consolidatedFixture(), (task) => task.id === 't4');

describe('writeReportTasksWorkbook', () => {
  it('writes the Vietnamese header row bold, frozen and filtered', async () => {
    const sheet = await readBack(await writeReportTasksWorkbook(rows()));
    expect(sheet.name).toBe('Nhiệm vụ');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Lĩnh vực',
      'Nội dung',
      'Chủ trì',
      'Phối hợp',
      'Thời gian',
      'Trạng thái',
      'Tiến độ (%)',
      'Kết quả',
      'Số minh chứng',
      'Điểm có thể lấy lại',
      'Quá hạn',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L1');
  });

  it('writes one row per task: numbers as numbers, blanks as empty cells, Có/Không for overdue', async () => {
    const sheet = await readBack(await writeReportTasksWorkbook(rows()));
    expect(sheet.rowCount).toBe(5);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      'I.2',
      'Cải cách thể chế',
      'Kiểm tra việc thi hành pháp luật',
      'UBND xã A',
      undefined,
      'Quý II/2024',
      'Đang thực hiện',
      60,
      'Đã kiểm tra 3/5 ấp',
      2,
      1,
      'Không',
    ]);
    const last = sheet.getRow(5);
    expect(last.getCell(1).value).toBe('II.2');
    expect(last.getCell(8).value).toBeNull();
    expect(last.getCell(9).value).toBeNull();
    expect(last.getCell(11).value).toBe(0.25);
    expect(last.getCell(11).numFmt).toBe('#,##0.00');
    expect(last.getCell(12).value).toBe('Có');
  });

  it('writes only the header for a plan without tasks', async () => {
    const sheet = await readBack(await writeReportTasksWorkbook([]));
    expect(sheet.rowCount).toBe(1);
  });
});
