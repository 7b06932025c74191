// Writes a plan's tasks as an .xlsx sheet (one row per task, names already resolved) for units
// that track the plan in Excel: bold frozen header with filters, as xlsx-writer.ts lays tables out.
// It streams with exceljs's WorkbookWriter instead of using writeXlsxTable: a province-wide list
// of 10,000 tasks streams in about two thirds of the in-memory time (0.8–1.3 s against 1.5–2.6 s
// interleaved on this 2-core machine; bench/docx.ts) and never builds the whole workbook model.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatViDate } from '@domain/shared/vi-format';
import { stripForbiddenCharacters } from '@contract/text-safety';
import type { XlsxColumn } from './xlsx-writer';

/** One task as the sheet shows it: plain texts and numbers, organisations already named. */
export interface PlanTaskSheetRow {
  /** STT as the appendix numbers it ("1", or "I.1" when the caller wants the group in it). */
  stt: string;
  /** Mục: the section's printed label and heading ("1.1. Tham gia của người dân…"); empty for a general task. */
  section: string;
  area: string;
  content: string;
  solution: string;
  output: string;
  timeframe: string;
  /** Hạn: ISO dates (YYYY-MM-DD) the timeframe resolves to; empty for "Thường xuyên". */
  dueDates: readonly string[];
  lead: string;
  coordinating: string;
  /** Tiêu chí: the framework node codes the task serves ("2.1.3; 5.2"). */
  criteria: string;
  /** Điểm có thể lấy lại: points at stake, or null when the task serves no scored node. */
  pointsAtStake: number | null;
  /** Loại: "Giao" or "Đề nghị". */
  kind: string;
  status: string;
  note: string;
}

const COLUMNS: XlsxColumn<PlanTaskSheetRow>[] = [
  { header: 'STT', kind: 'text', width: 6, value: (row) => row.stt },
  { header: 'Mục', kind: 'text', width: 30, value: (row) => row.section },
  { header: 'Lĩnh vực', kind: 'text', width: 24, value: (row) => row.area },
  { header: 'Nội dung', kind: 'text', width: 50, value: (row) => row.content },
  { header: 'Giải pháp', kind: 'text', width: 36, value: (row) => row.solution },
  { header: 'Kết quả/sản phẩm', kind: 'text', width: 22, value: (row) => row.output },
  { header: 'Thời gian thực hiện', kind: 'text', width: 22, value: (row) => row.timeframe },
  {
    header: 'Hạn',
    kind: 'text',
    width: 24,
    value: (row) => row.dueDates.map(formatViDate).join('; '),
  },
  { header: 'Loại', kind: 'text', width: 10, value: (row) => row.kind },
  { header: 'Cơ quan chủ trì', kind: 'text', width: 24, value: (row) => row.lead },
  { header: 'Cơ quan phối hợp', kind: 'text', width: 28, value: (row) => row.coordinating },
  { header: 'Tiêu chí', kind: 'text', width: 16, value: (row) => row.criteria },
  // A number cell with #,##0.00: Excel and LibreOffice show 0,75 in a Vietnamese locale.
  { header: 'Điểm có thể lấy lại', kind: 'number', width: 14, value: (row) => row.pointsAtStake },
  { header: 'Trạng thái', kind: 'text', width: 18, value: (row) => row.status },
  { header: 'Ghi chú', kind: 'text', width: 30, value: (row) => row.note },
];

/** Writes the tasks as a one-sheet workbook ("Nhiệm vụ") and returns its bytes. */
export async function writePlanTasksWorkbook(rows: readonly PlanTaskSheetRow[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'parplan';
  // Views and columns go into the sheet's opening XML, so they are set before the first row.
  const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    width: column.width,
    style: column.kind === 'number' ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const header = sheet.addRow(COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const row of rows) sheet.addRow(COLUMNS.map((column) => cellValue(column, row))).commit();
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

function cellValue(column: XlsxColumn<PlanTaskSheetRow>, row: PlanTaskSheetRow) {
  const value = column.value(row);
  // An empty text is an empty cell, so Excel's filters list it as (Blanks).
  // Text stored before the API refused characters XML cannot carry would make the file unreadable.
  if (column.kind === 'text')
    return value === undefined || value === null || value === ''
      ? null
      : stripForbiddenCharacters(String(value));
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
