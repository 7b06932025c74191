// What the spreadsheet reader hands to importers, its limits, and the refusal it throws: plain data
// that crosses the worker-thread boundary unchanged (no classes from the HTTP layer in here).

/** A cell as typed in the file: numbers stay numbers (so 2.125 is never read as 2 125), the rest is trimmed text. */
export type SheetCell = string | number;

/** A data row as the spreadsheet numbers it (header = row 1). */
export interface SheetRow {
  rowNumber: number;
  /** Up to the row's last filled cell: a shorter row than the header means empty cells after it. */
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
  /** Cells merged into another (.xlsx only, within the filled area, at most `maxMergedCellsListed`). */
  mergedCells: MergedCell[];
  /** How many cells merged ranges cover within the filled area, listed or not. */
  mergedCellCount: number;
}

/** One issue with the file, as the importers' 400 answers carry it. */
export interface RefusalDetail {
  row?: number;
  field?: string;
  message: string;
}

/**
 * Limits that keep one upload from exhausting the server, checked while cells are read (never from
 * what the file claims, like `<dimension ref="A1:XFD1048576">`). Sized for the largest legitimate
 * import: bench/results-import.ts sends 1,100 units × 90 nodes = 99,000 rows of 3 columns per file
 * (its 297,000-row province is split in three files); the wide layout is ~100 node rows × up to
 * 1,000 unit columns = 100,000 cells. `maxCells` counts every cell a row holds up to its last
 * filled one (the gaps in between are allocated too), so 2 million is 5× the largest real file
 * and ~50 MB of strings at most in the worker.
 */
export const SPREADSHEET_LIMITS = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  /** Rows holding at least one cell (empty rows in between cost nothing). */
  maxRows: 200_000,
  /** The last column a cell may sit in (ALL). */
  maxColumns: 1_000,
  maxCells: 2_000_000,
  maxMergedCellsListed: 1_000,
};

/** A file refused for what it holds: becomes a Vietnamese 400 on the main thread. */
export class SpreadsheetRefusal extends Error {
  constructor(
    message: string,
    readonly details?: RefusalDetail[],
  ) {
    super(message);
  }
}

/** 200000 → "200.000", as Vietnamese writes numbers. */
const viCount = (count: number) => count.toLocaleString('vi-VN');

export const tooManyRows = () =>
  new SpreadsheetRefusal(
    `Tệp có quá nhiều dòng (tối đa ${viCount(SPREADSHEET_LIMITS.maxRows)} dòng có dữ liệu); hãy chia thành nhiều tệp.`,
  );
export const tooManyColumns = () =>
  new SpreadsheetRefusal(
    `Tệp có quá nhiều cột (tối đa ${viCount(SPREADSHEET_LIMITS.maxColumns)} cột, đến cột ALL).`,
  );
export const tooManyCells = () =>
  new SpreadsheetRefusal(
    `Tệp có quá nhiều ô (tối đa ${viCount(SPREADSHEET_LIMITS.maxCells)} ô, tính cả ô trống nằm giữa các ô có dữ liệu); hãy chia thành nhiều tệp.`,
  );

/** A refusal pointing at one cell, e.g. "Dòng 4, cột 2: ô bị lỗi (#DIV/0!)." */
export function cellRefusal(rowNumber: number, column: number, message: string) {
  const text = `Dòng ${rowNumber}, cột ${column}: ${message}`;
  return new SpreadsheetRefusal(text, [
    { row: rowNumber, field: `column ${column}`, message: text },
  ]);
}
