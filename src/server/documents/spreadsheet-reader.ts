// Reads an uploaded .xlsx or .csv into rows of trimmed strings, refusing hostile files (zip bombs,
// oversized sheets, formulas without a cached value) before anything is inflated or written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Readable } from 'node:stream';
import { validationError } from '../http/app-error';

/** A data row as the spreadsheet numbers it (header = row 1). */
export interface SheetRow {
  rowNumber: number;
  values: string[];
}

/** The header cells and the non-empty data rows of the first sheet. */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
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

/** Inflates one entry chunk by chunk, stopping as soon as the running total passes `budget`. */
function inflateWithin(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as Readable;
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.destroy();
          reject(tooLarge());
        }
      })
      .on('error', () => reject(validationError('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.')))
      .on('end', () => resolve(size));
  });
}

/**
 * Zip-bomb guard: the sizes a zip declares can lie, so every entry is really inflated (in
 * chunks, nothing kept) against a shared budget before exceljs sees the file.
 */
async function assertSafeZip(buffer: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer); // reads the central directory only
  } catch {
    throw validationError('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.');
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > SPREADSHEET_LIMITS.maxEntries)
    throw validationError('Tệp Excel có quá nhiều thành phần.');
  let remaining = SPREADSHEET_LIMITS.maxUncompressedBytes;
  for (const entry of entries) remaining -= await inflateWithin(entry, remaining);
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
        throw validationError(
          `Dòng ${rowNumber}, cột ${column}: ô chứa công thức không có giá trị; hãy dán giá trị (Paste Values) rồi nhập lại.`,
        );
      }
      return String(result).trim();
    }
    if ('text' in value) return String(value.text).trim();
    if ('error' in value)
      throw validationError(`Dòng ${rowNumber}, cột ${column}: ô bị lỗi (${value.error}).`);
    return '';
  }
  return String(value).trim();
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  await assertSafeZip(buffer);
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
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value, r, c));
    rows.push(values);
  }
  return rows;
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
  let cells: string[][];
  if (isZip) cells = await readXlsx(buffer);
  else if (/\.csv$/i.test(fileName) || !buffer.subarray(0, 512).includes(0))
    cells = readCsv(buffer);
  else throw validationError('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).');
  const [headers = [], ...data] = cells;
  const rows = data
    .map((values, index) => ({ rowNumber: index + 2, values }))
    .filter((row) => row.values.some((value) => value !== ''));
  return { headers, rows };
}
