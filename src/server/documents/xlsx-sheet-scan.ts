// Reads the first sheet of an .xlsx by visiting only the cells its XML holds. The whole-workbook
// reader of exceljs walked rows × columns of the area a sheet claims (cells ALL1 and A200000 made
// it loop over 200 million empty cells and run out of memory); here a far-away cell costs what
// it holds, the claimed `<dimension>` is never read, and the limits are counted as cells arrive.
import type JSZip from 'jszip';
import {
  columnLetters,
  decodeXmlText,
  excelDateText,
  parseCellAddress,
  readAttributes,
  readDateStyles,
  readRunText,
  readSharedStrings,
} from './ooxml-text';
import {
  cellRefusal,
  SPREADSHEET_LIMITS,
  SpreadsheetRefusal,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type MergedCell,
  type SheetCell,
} from './spreadsheet-table';
import { openSafeZip, type ZipLimits } from './zip-guard';

/** Excel's last row: a higher number is not a spreadsheet Excel wrote. */
const EXCEL_MAX_ROW = 1_048_576;

const corrupt = () => new SpreadsheetRefusal('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.');

const XLSX_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: SPREADSHEET_LIMITS.maxUncompressedBytes,
  maxEntries: SPREADSHEET_LIMITS.maxEntries,
  errors: {
    corrupt,
    tooLarge: () =>
      new SpreadsheetRefusal(
        'Tệp Excel khi giải nén quá lớn (trên 50 MB): có thể là tệp độc hại, hệ thống từ chối.',
      ),
    tooManyEntries: () => new SpreadsheetRefusal('Tệp Excel có quá nhiều thành phần.'),
  },
};

/** The filled cells of a sheet by row number, each row as long as its last filled cell. */
export interface ScannedSheet {
  rows: Map<number, { texts: string[]; typed: SheetCell[] }>;
  mergedCells: MergedCell[];
  mergedCellCount: number;
  /** Cells allocated (filled ones and the gaps before them in their row): the work done. */
  cellsAllocated: number;
}

/** How the cells of this workbook are to be read. */
interface SheetContext {
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path.replace(/^\//, ''));
  return entry ? entry.async('string') : null;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (absolute targets too). */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** Relationship id → { type, resolved target } of a part's .rels. */
async function readRelationships(zip: JSZip, part: string) {
  const relsPath = resolveTarget(part, `_rels/${part.split('/').pop()}.rels`);
  const xml = (await readPart(zip, relsPath)) ?? '';
  const relationships = new Map<string, { type: string; target: string }>();
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attributes = readAttributes(match[1]!);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id && target)
      relationships.set(id, {
        type: attributes.get('Type') ?? '',
        target: resolveTarget(part, target),
      });
  }
  return relationships;
}

/** The first sheet's part and how its cells are to be read, from the workbook's own pointers. */
async function locateFirstSheet(zip: JSZip): Promise<{ sheetPath: string; context: SheetContext }> {
  const packageRels = await readRelationships(zip, '');
  const workbookPath =
    [...packageRels.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.target ??
    'xl/workbook.xml';
  const workbook = await readPart(zip, workbookPath);
  if (workbook === null) throw corrupt();
  const firstSheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
  if (!firstSheet) throw new SpreadsheetRefusal('Tệp Excel không có trang tính nào.');
  const relationships = await readRelationships(zip, workbookPath);
  const sheetPath = relationships.get(readAttributes(firstSheet[1]!).get('id') ?? '')?.target;
  if (!sheetPath) throw corrupt();
  const partOfType = (suffix: string) =>
    [...relationships.values()].find((rel) => rel.type.endsWith(suffix))?.target;
  const sharedStringsXml = await readPart(
    zip,
    partOfType('/sharedStrings') ?? 'xl/sharedStrings.xml',
  );
  const stylesXml = await readPart(zip, partOfType('/styles') ?? 'xl/styles.xml');
  const workbookPr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const date1904 = workbookPr
    ? /^(1|true)$/.test(readAttributes(workbookPr[1]!).get('date1904') ?? '')
    : false;
  return {
    sheetPath,
    context: {
      sharedStrings: sharedStringsXml ? readSharedStrings(sharedStringsXml) : [],
      dateStyles: stylesXml ? readDateStyles(stylesXml) : new Set(),
      date1904,
    },
  };
}

const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b/;
const INLINE_STRING = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/** One cell's text and typed value, as exceljs gave them before (dates as "2025-07-01"). */
function readCell(
  attributes: Map<string, string>,
  inner: string,
  context: SheetContext,
  row: number,
  column: number,
): { text: string; typed: SheetCell } | null {
  const type = attributes.get('t') ?? 'n';
  const raw = VALUE.exec(inner)?.[1];
  const value = raw === undefined ? undefined : decodeXmlText(raw);
  if (type === 'inlineStr') {
    const text = readRunText(INLINE_STRING.exec(inner)?.[1] ?? '').trim();
    return { text, typed: text };
  }
  if (value === undefined) {
    if (FORMULA.test(inner))
      throw cellRefusal(
        row,
        column,
        'ô chứa công thức không có giá trị; hãy dán giá trị (Paste Values) rồi nhập lại.',
      );
    return null; // a styled empty cell
  }
  if (type === 'e') throw cellRefusal(row, column, `ô bị lỗi (${value.trim()}).`);
  if (type === 's') {
    const text = (context.sharedStrings[Number(value)] ?? '').trim();
    return { text, typed: text };
  }
  if (type === 'b') {
    const text = value.trim() === '1' ? 'true' : 'false';
    return { text, typed: text };
  }
  if (type === 'str' || type === 'd') {
    const text = type === 'd' ? value.trim().slice(0, 10) : value.trim();
    return { text, typed: text };
  }
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number))
    return { text: value.trim(), typed: value.trim() };
  if (context.dateStyles.has(Number(attributes.get('s') ?? 0))) {
    const date = excelDateText(number, context.date1904);
    if (date) return { text: date, typed: date };
  }
  return { text: String(number), typed: number };
}

/** Cells of a merged range within the filled area, counted without walking an enormous range. */
function collectMergedCells(
  xml: string,
  lastRow: number,
  lastColumn: number,
): { mergedCells: MergedCell[]; mergedCellCount: number } {
  const mergedCells: MergedCell[] = [];
  let mergedCellCount = 0;
  for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/g)) {
    const [from, to] = (readAttributes(match[1]!).get('ref') ?? '')
      .split(':')
      .map(parseCellAddress);
    if (!from || !to) continue;
    const masterAddress = `${columnLetters(from.column)}${from.row}`;
    const lastMergedRow = Math.min(to.row, lastRow);
    const lastMergedColumn = Math.min(to.column, lastColumn);
    if (lastMergedRow < from.row || lastMergedColumn < from.column) continue;
    const area = (lastMergedRow - from.row + 1) * (lastMergedColumn - from.column + 1);
    const coversMaster = 1; // the first cell keeps its value and is not a merged-away cell
    mergedCellCount += area - coversMaster;
    for (let row = from.row; row <= lastMergedRow; row++) {
      if (mergedCells.length >= SPREADSHEET_LIMITS.maxMergedCellsListed) break;
      for (let column = from.column; column <= lastMergedColumn; column++) {
        if (row === from.row && column === from.column) continue;
        if (mergedCells.length >= SPREADSHEET_LIMITS.maxMergedCellsListed) break;
        mergedCells.push({
          rowNumber: row,
          address: `${columnLetters(column)}${row}`,
          masterAddress,
        });
      }
    }
  }
  return { mergedCells, mergedCellCount };
}

/** Row and cell (open or self-closed) tags, whatever namespace prefix the writer used. */
const SHEET_TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)\b([^>]*?)(\/?)>/g;
const CELL_END = /<\/(?:[A-Za-z_][\w.-]*:)?c>/g;

/** Reads the first sheet of an .xlsx (checked against zip bombs first), visiting only filled cells. */
export async function scanFirstSheet(buffer: Buffer): Promise<ScannedSheet> {
  const zip = await openSafeZip(buffer, XLSX_ZIP_LIMITS);
  const { sheetPath, context } = await locateFirstSheet(zip);
  const xml = await readPart(zip, sheetPath);
  if (xml === null) throw corrupt();
  const rows: ScannedSheet['rows'] = new Map();
  let cellsAllocated = 0;
  let currentRow = 0;
  let nextColumn = 1;
  let lastRow = 0;
  let lastColumn = 0;
  SHEET_TAG.lastIndex = 0;
  for (let tag = SHEET_TAG.exec(xml); tag; tag = SHEET_TAG.exec(xml)) {
    const attributes = readAttributes(tag[2]!);
    if (tag[1] === 'row') {
      const declared = Number(attributes.get('r'));
      currentRow = attributes.has('r') ? declared : currentRow + 1;
      nextColumn = 1;
      continue;
    }
    let inner = '';
    if (tag[3] !== '/') {
      CELL_END.lastIndex = SHEET_TAG.lastIndex;
      const end = CELL_END.exec(xml);
      if (!end) throw corrupt();
      inner = xml.slice(SHEET_TAG.lastIndex, end.index);
      SHEET_TAG.lastIndex = CELL_END.lastIndex;
    }
    const address = attributes.has('r') ? parseCellAddress(attributes.get('r')!) : null;
    if (attributes.has('r') && !address) throw corrupt();
    const row = address?.row ?? currentRow;
    const column = address?.column ?? nextColumn;
    nextColumn = column + 1;
    if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROW) throw corrupt();
    if (column > SPREADSHEET_LIMITS.maxColumns) throw tooManyColumns();
    const cell = readCell(attributes, inner, context, row, column);
    if (!cell) continue;
    let stored = rows.get(row);
    if (!stored) {
      if (rows.size >= SPREADSHEET_LIMITS.maxRows) throw tooManyRows();
      stored = { texts: [], typed: [] };
      rows.set(row, stored);
    }
    if (column > stored.texts.length) {
      cellsAllocated += column - stored.texts.length;
      if (cellsAllocated > SPREADSHEET_LIMITS.maxCells) throw tooManyCells();
      for (let gap = stored.texts.length; gap < column - 1; gap++) {
        stored.texts.push('');
        stored.typed.push('');
      }
      stored.texts.push(cell.text);
      stored.typed.push(cell.typed);
    } else {
      stored.texts[column - 1] = cell.text;
      stored.typed[column - 1] = cell.typed;
    }
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }
  return { rows, cellsAllocated, ...collectMergedCells(xml, lastRow, lastColumn) };
}
