// Reads a results workbook into (unit, node, value) cells, in either layout, told apart by the
// headers: long — "Mã đơn vị | Mã tiêu chí | Điểm", one row per score; wide — first column the
// node code, then one column per unit headed by its code or name ("Tên tiêu chí" and "Điểm tối
// đa" columns are skipped). Numbers may be typed as numbers or as text either way ("88,09",
// "88.09"); "KAD" / "Không áp dụng" marks a node not applicable. Units and node codes are
// resolved later against the tenant and the framework.
import type { ErrorDetail } from '@contract/common';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
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
  value: number | 'not_applicable';
}

/** The cells of a results workbook and the problems found reading them. */
export interface ImportedWorkbook {
  format: 'wide' | 'long';
  rowCount: number;
  cells: ImportedCell[];
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

/** "A", …, "Z", "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const placeOf = (rowNumber: number, index: number) =>
  `Dòng ${rowNumber}, cột ${columnLetter(index)}`;

type Parsed = number | 'not_applicable' | null | { error: string };

/** A score cell: a number, "not applicable", empty (null), or why it is neither. */
function parseScore(cell: SheetCell | undefined): Parsed {
  if (typeof cell === 'number') return cell;
  const text = (cell ?? '').trim();
  if (text === '') return null;
  if (NOT_APPLICABLE.has(foldKey(text))) return 'not_applicable';
  return parseViNumber(text) ?? { error: `«${text}» không phải là số.` };
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
  return readWide(table, folded);
}

function readLong(
  table: SheetTable,
  column: { unit: number; node: number; score: number },
): ImportedWorkbook {
  const cells: ImportedCell[] = [];
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
    const value = parseScore(row.cells[column.score]);
    if (value !== null && typeof value === 'object') {
      errors.push({ row: row.rowNumber, field: 'score', message: `${place}: ${value.error}` });
      continue;
    }
    if (value === null || unitText === '' || nodeText === '') continue;
    cells.push({
      rowNumber: row.rowNumber,
      place,
      unitText,
      unitPlace: `Dòng ${row.rowNumber}`,
      unitRow: row.rowNumber,
      nodeText,
      value,
    });
  }
  return { format: 'long', rowCount: table.rows.length, cells, errors };
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
      if (value !== null && typeof value === 'object') {
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
        value,
      });
    }
  }
  return { format: 'wide', rowCount: table.rows.length, cells, errors };
}
