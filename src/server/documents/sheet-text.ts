// Imported files are a way in for text too: a .csv or .xlsx cell (or header) holding a character
// XML 1.0 cannot carry (U+0000, U+FFFE, …) is refused with the cells named, as the API refuses it
// in a request (http/route.ts), so no import stores what would later break a .docx or .xlsx.
// Refused rather than stripped: an official name must be stored as the file wrote it or not at all.
import { findForbiddenCharacter } from '@contract/text-safety';
import { validationError } from '../http/app-error';
import type { SheetTable } from './spreadsheet-reader';

/** At most this many cells are listed; the message gives the total. */
const LISTED_CELLS = 20;

/** "A", …, "Z", "AA" for a 0-based column index. */
function columnName(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Throws a 400 listing the cells of `table` that hold a forbidden character; nothing is written. */
export function refuseForbiddenCells(table: SheetTable): void {
  const found: { row: number; column: string; character: string }[] = [];
  const check = (row: number, values: readonly (string | number)[]) =>
    values.forEach((value, index) => {
      const character = typeof value === 'string' ? findForbiddenCharacter(value) : null;
      if (character) found.push({ row, column: columnName(index), character });
    });
  check(1, table.headers);
  for (const row of table.rows) check(row.rowNumber, row.values);
  if (found.length === 0) return;
  throw validationError(
    `Tệp có ${found.length} ô chứa ký tự điều khiển không được phép; chưa có dòng nào được ghi. Hãy xóa các ký tự đó rồi nhập lại.`,
    found.slice(0, LISTED_CELLS).map(({ row, column, character }) => ({
      row,
      field: column,
      message: `Dòng ${row}, cột ${column}: có ký tự điều khiển không được phép (${character}).`,
    })),
  );
}
