// Reads a results workbook into (unit, node, value) cells, in any of three layouts, told apart by
// the headers: long — "Mã đơn vị | Mã tiêu chí | Điểm", one row per score; unit rows — the
// downloadable template (result-template.ts): "Mã đơn vị | Tên đơn vị | <mã tiêu chí> <tên> … |
// Tổng điểm", one row per unit, a "Điểm tối đa" row skipped; wide — first column the node code,
// then one column per unit headed by its code or name ("Tên tiêu chí" and "Điểm tối đa" columns
// are skipped). Numbers may be typed as numbers or as text either way ("88,09", "88.09"), and
// keep how many decimals they print (for the total check); "KAD" / "Không áp dụng" marks a node
// not applicable. Every unit the file names is listed even when all its cells are empty (a unit
// with no score is refused, not skipped). Units and node codes are resolved later against the
// tenant and the framework.
import type { ErrorDetail } from '@contract/common';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { decimalsOf, printedDecimals } from '@domain/results/printed-totals';
import { parseViNumber } from '@domain/shared/vi-format';
import type { SheetCell, SheetTable } from '../documents/spreadsheet-reader';

/** One value of the file, with where it sits for messages. */
export interface ImportedCell {
  rowNumber: number;
  /** "Dòng 5, cột D" */
  place: string;
  unitText: string;
  /** Where the unit is named: the column header (wide) or the cell's own row (long). */
  unitPlace: string;
  unitRow: number;
  nodeText: string;
  /** Where the node is named: "Dòng 5" (wide, long) or "Dòng 1, cột C" (unit rows). */
  nodePlace: string;
  value: number | 'not_applicable';
  /** How many decimals the file prints for the value ("88,10": 2), for the total check. */
  decimals: number;
}

/** A unit the file names (a column header, or a row), with where, whether or not it has scores. */
export interface NamedUnit {
  unitText: string;
  unitPlace: string;
  unitRow: number;
}

/** The cells of a results workbook and the problems found reading them. */
export interface ImportedWorkbook {
  format: 'wide' | 'long' | 'unit_rows';
  rowCount: number;
  cells: ImportedCell[];
  namedUnits: NamedUnit[];
  errors: ErrorDetail[];
}

/** Folds a header or keyword: no accents, no case, no punctuation ("Chỉ số (%)" → "chi so"). */
export const foldKey = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const LONG_HEADERS = {
  unit: ['ma don vi', 'don vi', 'ten don vi', 'unit', 'unit code'],
  node: ['ma tieu chi', 'tieu chi', 'ma', 'node', 'node code'],
  score: ['diem', 'diem dat', 'diem so', 'score', 'gia tri'],
};
const WIDE_SKIPPED = new Set([
  'ten tieu chi',
  'ten',
  'noi dung',
  'tieu chi',
  'diem toi da',
  'toi da',
  'ghi chu',
  'stt',
]);
const NOT_APPLICABLE = new Set(['kad', 'khong ap dung', 'n a', 'na']);

/** Rows (wide) or columns (unit rows) that give the printed total score. */
export const TOTAL_SCORE_KEYS = new Set([
  'tong',
  'tong cong',
  'tong diem',
  'tong so',
  'cong',
  'total',
]);
/** Rows (wide) or columns (unit rows) that give the printed index %. */
export const TOTAL_INDEX_KEYS = new Set(['chi so', 'chi so cchc', 'index']);

/** Unit rows: the header of the unit column, and columns beside it that hold no score. */
const UNIT_ROW_UNIT_HEADERS = ['ma don vi', 'don vi', 'ten don vi', 'unit', 'unit code'];
const UNIT_ROW_SKIPPED = new Set(['ten don vi', 'ten', 'stt', 'ghi chu', 'loai don vi']);
/** Unit rows: the template's second header row, holding each node's max. */
const MAX_ROW_KEYS = new Set(['diem toi da', 'toi da', 'max', 'max points']);

/** "A", …, "Z", "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const placeOf = (rowNumber: number, index: number) =>
  `Dòng ${rowNumber}, cột ${columnLetter(index)}`;

type Parsed =
  | { value: number; decimals: number }
  | { value: 'not_applicable'; decimals: 0 }
  | null
  | { error: string };

/** A score cell: a number with its printed decimals, "not applicable", empty (null), or why it is neither. */
function parseScore(cell: SheetCell | undefined): Parsed {
  if (typeof cell === 'number') return { value: cell, decimals: decimalsOf(cell) };
  const text = (cell ?? '').trim();
  if (text === '') return null;
  if (NOT_APPLICABLE.has(foldKey(text))) return { value: 'not_applicable', decimals: 0 };
  const value = parseViNumber(text);
  if (value === null) return { error: `«${text}» không phải là số.` };
  return { value, decimals: printedDecimals(text, value) };
}

/** Reads the cells of either layout. */
export function readResultsWorkbook(table: SheetTable): ImportedWorkbook {
  const folded = table.headers.map(foldKey);
  const find = (names: string[]) => folded.findIndex((header) => names.includes(header));
  const long = {
    unit: find(LONG_HEADERS.unit),
    node: find(LONG_HEADERS.node),
    score: find(LONG_HEADERS.score),
  };
  if (long.unit >= 0 && long.node >= 0 && long.score >= 0) return readLong(table, long);
  if (UNIT_ROW_UNIT_HEADERS.includes(folded[0] ?? '')) return readUnitRows(table, folded);
  return readWide(table, folded);
}

/** "1.1 Xây dựng kế hoạch" → "1.1"; a total's header ("Tổng điểm") is kept whole. */
function nodeTextOfHeader(header: string): string {
  const key = foldKey(header);
  if (TOTAL_SCORE_KEYS.has(key) || TOTAL_INDEX_KEYS.has(key)) return header;
  return (header.split(/\s+/)[0] ?? '').replace(/[.:–-]+$/, '');
}

/** The template's layout: one row per unit, one column per node, then the total. */
function readUnitRows(table: SheetTable, folded: string[]): ImportedWorkbook {
  const cells: ImportedCell[] = [];
  const namedUnits: NamedUnit[] = [];
  const errors: ErrorDetail[] = [];
  const codeColumn = folded.findIndex((header) => header === 'ma don vi' || header === 'unit code');
  const unitColumn = codeColumn >= 0 ? codeColumn : 0;
  const nodeColumns: { index: number; nodeText: string }[] = [];
  for (let index = 0; index < table.headers.length; index++) {
    if (index === unitColumn || UNIT_ROW_SKIPPED.has(folded[index] ?? '')) continue;
    const header = (table.headers[index] ?? '').trim();
    if (header === '') {
      if (table.rows.some((row) => (row.values[index] ?? '') !== '')) {
        const message = `${placeOf(1, index)}: cột có điểm nhưng chưa có tiêu đề (mã tiêu chí).`;
        errors.push({ row: 1, field: columnLetter(index), message });
      }
      continue;
    }
    nodeColumns.push({ index, nodeText: nodeTextOfHeader(header) });
  }
  let rowCount = 0;
  for (const row of table.rows) {
    const unitText = (row.values[unitColumn] ?? '').trim();
    if (MAX_ROW_KEYS.has(foldKey(unitText))) continue;
    rowCount++;
    const values = nodeColumns.map((column) => ({
      column,
      value: parseScore(row.cells[column.index]),
    }));
    if (unitText === '') {
      if (values.some(({ value }) => value !== null))
        errors.push({
          row: row.rowNumber,
          field: null,
          message: `Dòng ${row.rowNumber}: có điểm nhưng chưa có mã đơn vị ở cột ${columnLetter(unitColumn)}.`,
        });
      continue;
    }
    const unitPlace = `Dòng ${row.rowNumber}`;
    namedUnits.push({ unitText, unitPlace, unitRow: row.rowNumber });
    for (const { column, value } of values) {
      const place = placeOf(row.rowNumber, column.index);
      if (value !== null && 'error' in value) {
        errors.push({
          row: row.rowNumber,
          field: unitText,
          message: `${place} (${unitText}): ${value.error}`,
        });
        continue;
      }
      if (value === null) continue;
      cells.push({
        rowNumber: row.rowNumber,
        place,
        unitText,
        unitPlace,
        unitRow: row.rowNumber,
        nodeText: column.nodeText,
        nodePlace: placeOf(1, column.index),
        ...value,
      });
    }
  }
  return { format: 'unit_rows', rowCount, cells, namedUnits, errors };
}

function readLong(
  table: SheetTable,
  column: { unit: number; node: number; score: number },
): ImportedWorkbook {
  const cells: ImportedCell[] = [];
  const namedUnits: NamedUnit[] = [];
  const errors: ErrorDetail[] = [];
  for (const row of table.rows) {
    const unitText = (row.values[column.unit] ?? '').trim();
    const nodeText = (row.values[column.node] ?? '').trim();
    const place = placeOf(row.rowNumber, column.score);
    const fail = (message: string) =>
      errors.push({
        row: row.rowNumber,
        field: null,
        message: `Dòng ${row.rowNumber}: ${message}`,
      });
    if (unitText === '') fail('chưa có mã hoặc tên đơn vị.');
    if (nodeText === '') fail('chưa có mã tiêu chí.');
    const unitPlace = `Dòng ${row.rowNumber}`;
    if (unitText !== '') namedUnits.push({ unitText, unitPlace, unitRow: row.rowNumber });
    const parsed = parseScore(row.cells[column.score]);
    if (parsed !== null && 'error' in parsed) {
      errors.push({ row: row.rowNumber, field: 'score', message: `${place}: ${parsed.error}` });
      continue;
    }
    if (parsed === null || unitText === '' || nodeText === '') continue;
    cells.push({
      rowNumber: row.rowNumber,
      place,
      unitText,
      unitPlace,
      unitRow: row.rowNumber,
      nodeText,
      nodePlace: `Dòng ${row.rowNumber}`,
      ...parsed,
    });
  }
  return { format: 'long', rowCount: table.rows.length, cells, namedUnits, errors };
}

function readWide(table: SheetTable, folded: string[]): ImportedWorkbook {
  const cells: ImportedCell[] = [];
  const errors: ErrorDetail[] = [];
  const unitColumns: { index: number; text: string }[] = [];
  for (let index = 1; index < table.headers.length; index++) {
    const header = (table.headers[index] ?? '').trim();
    if (WIDE_SKIPPED.has(folded[index] ?? '')) continue;
    if (header === '') {
      if (table.rows.some((row) => (row.values[index] ?? '') !== '')) {
        const message = `${placeOf(1, index)}: cột có điểm nhưng chưa có tiêu đề (mã hoặc tên đơn vị).`;
        errors.push({ row: 1, field: columnLetter(index), message });
      }
      continue;
    }
    unitColumns.push({ index, text: header });
  }
  if (unitColumns.length === 0) {
    errors.push({
      row: 1,
      field: null,
      message:
        'Không nhận ra cột đơn vị nào. Dùng dạng bảng (cột đầu là mã tiêu chí, mỗi cột một đơn vị có tiêu đề là mã hoặc tên đơn vị) hoặc dạng danh sách có các cột «Mã đơn vị», «Mã tiêu chí», «Điểm».',
    });
  }
  for (const row of table.rows) {
    const nodeText = (row.values[0] ?? '').trim();
    const values = unitColumns.map((column) => ({
      column,
      value: parseScore(row.cells[column.index]),
    }));
    if (nodeText === '') {
      if (values.some(({ value }) => value !== null))
        errors.push({
          row: row.rowNumber,
          field: null,
          message: `Dòng ${row.rowNumber}: có điểm nhưng chưa có mã tiêu chí ở cột A.`,
        });
      continue;
    }
    for (const { column, value } of values) {
      const place = placeOf(row.rowNumber, column.index);
      if (value !== null && 'error' in value) {
        errors.push({
          row: row.rowNumber,
          field: column.text,
          message: `${place} (${column.text}): ${value.error}`,
        });
        continue;
      }
      if (value === null) continue;
      cells.push({
        rowNumber: row.rowNumber,
        place,
        unitText: column.text,
        unitPlace: placeOf(1, column.index),
        unitRow: 1,
        nodeText,
        nodePlace: `Dòng ${row.rowNumber}`,
        ...value,
      });
    }
  }
  const namedUnits = unitColumns.map((column) => ({
    unitText: column.text,
    unitPlace: placeOf(1, column.index),
    unitRow: 1,
  }));
  return { format: 'wide', rowCount: table.rows.length, cells, namedUnits, errors };
}
