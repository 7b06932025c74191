// Turns an uploaded .xlsx or .csv into a SheetTable. Runs inside the reader's worker thread (see
// spreadsheet-reader.ts), so it imports nothing from the HTTP layer and refuses with
// SpreadsheetRefusal; every limit is counted while reading, before anything grows.
import Papa from 'papaparse';
import {
  SPREADSHEET_LIMITS,
  SpreadsheetRefusal,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type SheetCell,
  type SheetRow,
  type SheetTable,
} from './spreadsheet-table';
import { scanFirstSheet } from './xlsx-sheet-scan';

const notUtf8 = (detail = '') =>
  new SpreadsheetRefusal(`Tệp CSV phải được lưu với bảng mã UTF-8${detail}.`);

/** True when NUL fills a quarter or more of the first 1,000 characters (UTF-16 read as UTF-8). */
function looksLikeUtf16(text: string): boolean {
  const head = text.slice(0, 1000);
  let nul = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nul++;
  return head.length > 0 && nul * 4 >= head.length;
}

/** CSV text → rows of trimmed cells keyed by row number, refusing other encodings and oversize files. */
function readCsvRows(buffer: Buffer): Map<number, { texts: string[]; typed: SheetCell[] }> {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
    throw notUtf8(' (tệp này là UTF-16)');
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw notUtf8();
  // UTF-16 without its mark: NUL between most letters. A stray NUL or U+FFFF in one cell is left to
  // the importers' cell rule (sheet-text.ts), which names its row and column.
  if (looksLikeUtf16(text)) throw notUtf8(' (tệp này là UTF-16)');
  const rows = new Map<number, { texts: string[]; typed: SheetCell[] }>();
  let rowNumber = 0;
  let cells = 0;
  let refusal: SpreadsheetRefusal | null = null;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, parser) => {
      rowNumber++;
      const row = result.data;
      if (row.length > SPREADSHEET_LIMITS.maxColumns) refusal = tooManyColumns();
      else if ((cells += row.length) > SPREADSHEET_LIMITS.maxCells) refusal = tooManyCells();
      else if (rows.size >= SPREADSHEET_LIMITS.maxRows) refusal = tooManyRows();
      if (refusal) return parser.abort();
      const texts = row.map((cell) => String(cell ?? '').trim());
      if (texts.some((cell) => cell !== '')) rows.set(rowNumber, { texts, typed: texts });
      else if (rowNumber === 1) rows.set(1, { texts, typed: texts });
    },
  });
  if (refusal) throw refusal;
  return rows;
}

/** Starts like a zip archive (PK\3\4): an .xlsx, or something pretending to be one. */
const isZip = (buffer: Buffer) =>
  buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** Reads the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon), by content. */
export async function parseSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  let rows: Map<number, { texts: string[]; typed: SheetCell[] }>;
  let merged: Pick<SheetTable, 'mergedCells' | 'mergedCellCount'> = {
    mergedCells: [],
    mergedCellCount: 0,
  };
  if (isZip(buffer)) {
    const sheet = await scanFirstSheet(buffer);
    rows = sheet.rows;
    merged = sheet;
  } else if (/\.csv$/i.test(fileName) || !buffer.subarray(0, 512).includes(0)) {
    rows = readCsvRows(buffer);
  } else throw new SpreadsheetRefusal('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).');
  const headers = rows.get(1)?.texts ?? [];
  const dataRows: SheetRow[] = [...rows.keys()]
    .filter((rowNumber) => rowNumber > 1)
    .sort((a, b) => a - b)
    .map((rowNumber) => {
      const row = rows.get(rowNumber)!;
      return { rowNumber, values: row.texts, cells: row.typed };
    })
    .filter((row) => row.values.some((value) => value !== ''));
  return {
    headers,
    rows: dataRows,
    mergedCells: merged.mergedCells,
    mergedCellCount: merged.mergedCellCount,
  };
}
