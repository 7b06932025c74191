// Writes the consolidated report's task list as an .xlsx sheet (one row per task with its status,
// progress and result for the period) through writeXlsxTable: bold frozen header with filters,
// numbers written as numbers. A report's few hundred tasks need no streaming (plan-tasks-xlsx.ts).
import type { ReportTaskRow } from '@domain/reports/consolidated-report';
import { writeXlsxTable, type XlsxColumn } from './xlsx-writer';

const COLUMNS: XlsxColumn<ReportTaskRow>[] = [
  { header: 'STT', kind: 'text', width: 7, value: (row) => row.stt },
  { header: 'Lĩnh vực', kind: 'text', width: 24, value: (row) => row.area },
  { header: 'Nội dung', kind: 'text', width: 50, value: (row) => row.content },
  { header: 'Chủ trì', kind: 'text', width: 24, value: (row) => row.lead },
  { header: 'Phối hợp', kind: 'text', width: 28, value: (row) => row.coordinating },
  { header: 'Thời gian', kind: 'text', width: 20, value: (row) => row.timeframe },
  { header: 'Trạng thái', kind: 'text', width: 18, value: (row) => row.status },
  { header: 'Tiến độ (%)', kind: 'integer', width: 11, value: (row) => row.progress },
  { header: 'Kết quả', kind: 'text', width: 50, value: (row) => row.result },
  { header: 'Số minh chứng', kind: 'integer', width: 12, value: (row) => row.evidenceCount },
  // A number cell with #,##0.00: Excel and LibreOffice show 0,75 in a Vietnamese locale.
  { header: 'Điểm có thể lấy lại', kind: 'number', width: 14, value: (row) => row.pointsAtStake },
  { header: 'Quá hạn', kind: 'text', width: 10, value: (row) => (row.overdue ? 'Có' : 'Không') },
];

/** Writes the tasks as a one-sheet workbook ("Nhiệm vụ") and returns its bytes. */
export function writeReportTasksWorkbook(rows: readonly ReportTaskRow[]): Promise<Buffer> {
  // Empty texts are written as empty cells, so Excel's filters list them as (Blanks).
  return writeXlsxTable({
    sheetName: 'Nhiệm vụ',
    columns: COLUMNS.map((column) => ({
      ...column,
      value: (row: ReportTaskRow) => {
        const value = column.value(row);
        return value === '' ? null : value;
      },
    })),
    items: rows,
  });
}
