// Writes one-table .xlsx workbooks with exceljs: optional title lines, a bold Vietnamese header
// row (frozen, with filters), then one row per item. Numbers are written as numbers (never as
// "88,09" text) with a `#,##0.00` style, which Excel shows with the reader's own separators.
import ExcelJS from 'exceljs';
import { stripForbiddenCharacters } from '@contract/text-safety';

/** The MIME type of an .xlsx workbook. */
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How a column's values are written: text, decimals (#,##0.00), whole numbers, or a percent given
 * as 0–100 (97.25) and stored as the fraction Excel's 0.00% format expects (0.9725 → "97,25%").
 */
export type XlsxColumnKind = 'text' | 'number' | 'integer' | 'percent';

/** One column: its header, width in characters, kind and how to read it from an item. */
export interface XlsxColumn<Item> {
  header: string;
  kind: XlsxColumnKind;
  width?: number;
  value: (item: Item) => string | number | null | undefined;
}

/** A sheet to write: title lines above the table (none for files meant to be imported back). */
export interface XlsxTable<Item> {
  sheetName: string;
  title?: string[];
  columns: XlsxColumn<Item>[];
  items: readonly Item[];
}

const NUMBER_FORMATS: Record<XlsxColumnKind, string | undefined> = {
  text: undefined,
  number: '#,##0.00',
  integer: '0',
  percent: '0.00%',
};

/** Writes the table as a workbook and returns its bytes. */
export function writeXlsxTable<Item>(table: XlsxTable<Item>): Promise<Buffer> {
  return writeXlsxTables(table);
}

/** Writes several tables, one sheet each in order, as one workbook. */
export async function writeXlsxTables<Items extends unknown[]>(
  ...tables: { [K in keyof Items]: XlsxTable<Items[K]> }
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'parplan';
  for (const table of tables) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet<Item>(workbook: ExcelJS.Workbook, table: XlsxTable<Item>): void {
  const sheet = workbook.addWorksheet(stripForbiddenCharacters(table.sheetName).slice(0, 31));
  for (const line of table.title ?? [])
    sheet.addRow([stripForbiddenCharacters(line)]).font = { bold: true, size: 13 };
  if (table.title?.length) sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width ?? (column.kind === 'text' ? 30 : 14);
  });
  for (const item of table.items) {
    const row = sheet.addRow(table.columns.map((column) => toCellValue(column, item)));
    table.columns.forEach((column, index) => {
      const format = NUMBER_FORMATS[column.kind];
      if (format) row.getCell(index + 1).numFmt = format;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: table.columns.length },
  };
}

function toCellValue<Item>(column: XlsxColumn<Item>, item: Item): string | number | null {
  const value = column.value(item);
  if (value === undefined || value === null) return null;
  // Text stored before the API refused characters XML cannot carry would make the file unreadable.
  if (column.kind === 'text') return stripForbiddenCharacters(String(value));
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return column.kind === 'percent' ? value / 100 : value;
}
