// Reads an uploaded .xlsx or .csv into rows of trimmed strings, refusing hostile files (zip bombs,
// oversized sheets, formulas without a cached value) before anything is inflated or written.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { validationError } from '../http/app-error';
import { assertSafeZip, type ZipLimits } from './zip-guard';

/** A cell as typed in the file: numbers stay numbers (so 2.125 is never read as 2 125), the rest is trimmed text. */
export type SheetCell = string | number;

/** A data row as the spreadsheet numbers it (header = row 1). */
export interface SheetRow {
  rowNumber: number;
  values: string[];
  /** The same cells, with numeric .xlsx cells (and formulas' numeric results) kept as numbers. */
  cells: SheetCell[];
}

/** A cell covered by a merged range (gộp ô): it repeats the value of the range's first cell. */
export interface MergedCell {
  rowNumber: number;
  /** e.g. "C3" */
  address: string;
  /** e.g. "B3" */
  masterAddress: string;
}

/** The header cells and the non-empty data rows of the first sheet. */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
  /** Cells merged into another (.xlsx only), for imports that must refuse merged cells. */
  mergedCells: MergedCell[];
}

/** Limits that keep one upload from exhausting the server. */
export const SPREADSHEET_LIMITS = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  maxRows: 200_000,
  maxColumns: 1_000,
};

const tooLarge = () =>
  validationError(
    'Tệp Excel khi giải nén quá lớn (trên 50 MB): có thể là tệp độc hại, hệ thống từ chối.',
  );

/** The spreadsheet reader's zip limits and messages. */
const XLSX_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: SPREADSHEET_LIMITS.maxUncompressedBytes,
  maxEntries: SPREADSHEET_LIMITS.maxEntries,
  errors: {
    corrupt: () => validationError('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.'),
    tooLarge,
    tooManyEntries: () => validationError('Tệp Excel có quá nhiều thành phần.'),
  },
};

const cellError = (rowNumber: number, column: number, message: string) =>
  validationError(`Dòng ${rowNumber}, cột ${column}: ${message}`, [
    {
      row: rowNumber,
      field: `column ${column}`,
      message: `Dòng ${rowNumber}, cột ${column}: ${message}`,
    },
  ]);

/** The cell's number when the file stores one (directly or as a formula's cached result). */
function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return typeof result === 'number' && Number.isFinite(result) ? result : null;
  }
  return null;
}

function cellText(value: ExcelJS.CellValue, rowNumber: number, column: number): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null || typeof result === 'object') {
        throw cellError(
          rowNumber,
          column,
          'ô chứa công thức không có giá trị; hãy dán giá trị (Paste Values) rồi nhập lại.',
        );
      }
      return String(result).trim();
    }
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) throw cellError(rowNumber, column, `ô bị lỗi (${value.error}).`);
    return '';
  }
  return String(value).trim();
}

interface Cells {
  texts: string[][];
  typed: SheetCell[][];
  mergedCells: MergedCell[];
}

async function readXlsx(buffer: Buffer): Promise<Cells> {
  await assertSafeZip(buffer, XLSX_ZIP_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw validationError('Không đọc được tệp Excel (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw validationError('Tệp Excel không có trang tính nào.');
  if (sheet.rowCount > SPREADSHEET_LIMITS.maxRows) throw validationError('Tệp có quá nhiều dòng.');
  if (sheet.columnCount > SPREADSHEET_LIMITS.maxColumns)
    throw validationError('Tệp có quá nhiều cột.');
  const texts: string[][] = [];
  const typed: SheetCell[][] = [];
  const mergedCells: MergedCell[] = [];
  // exceljs computes columnCount (and rowCount) by walking every row: read them once, not per cell.
  const { rowCount, columnCount } = sheet;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const values: string[] = [];
    const cells: SheetCell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      const text = cellText(cell.value, r, c);
      values.push(text);
      cells.push(cellNumber(cell.value) ?? text);
      if (cell.isMerged && cell.master.address !== cell.address)
        mergedCells.push({
          rowNumber: r,
          address: cell.address,
          masterAddress: cell.master.address,
        });
    }
    texts.push(values);
    typed.push(cells);
  }
  return { texts, typed, mergedCells };
}

function readCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw validationError('Tệp CSV phải được lưu với bảng mã UTF-8.');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  if (parsed.data.length > SPREADSHEET_LIMITS.maxRows)
    throw validationError('Tệp có quá nhiều dòng.');
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
}

/** Reads the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon), by content type. */
export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  const isZip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  let cells: Cells;
  if (isZip) cells = await readXlsx(buffer);
  else if (/\.csv$/i.test(fileName) || !buffer.subarray(0, 512).includes(0)) {
    const texts = readCsv(buffer);
    cells = { texts, typed: texts, mergedCells: [] };
  } else throw validationError('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).');
  const [headers = [], ...data] = cells.texts;
  const rows = data
    .map((values, index) => ({ rowNumber: index + 2, values, cells: cells.typed[index + 1]! }))
    .filter((row) => row.values.some((value) => value !== ''));
  return { headers, rows, mergedCells: cells.mergedCells };
}

/** Refuses a sheet with merged cells (gộp ô), which repeat one value over several cells, naming each row. */
export function assertNoMergedCells(table: SheetTable): void {
  if (table.mergedCells.length === 0) return;
  const details = table.mergedCells.map((cell) => ({
    row: cell.rowNumber,
    field: cell.address,
    message: `Dòng ${cell.rowNumber}: ô ${cell.address} được gộp với ô ${cell.masterAddress}; hãy bỏ gộp ô (Unmerge) rồi nhập lại.`,
  }));
  throw validationError(
    `Tệp có ${details.length} ô bị gộp; chưa có dữ liệu nào được ghi. Hãy bỏ gộp ô rồi nhập lại.`,
    details,
  );
}
