// Bảng thật (.docx): a task table with its cells — header row(s) mapped to column kinds in any
// order (two-row headers: "Đơn vị thực hiện" over "Chủ trì | Phối hợp"), group rows (a merged
// cell across the row, or a Roman/letter STT with only the content) giving the area of the tasks
// under them, and vertically merged cells (the same lead or timeframe for several rows) carried
// down. A table whose header is not a task table (a score table "TT | Nội dung | Điểm tối đa |
// Điểm thẩm định") gives nothing.
import type { TaskRowCells } from './appendix-task';
import { cellText } from './appendix-task';
import { isChildLabel, readRowLabel, type RowLabel } from './row-label';
import type { SourceTable } from './source-document';
import { columnKindOf, isTaskTable, type ColumnKind } from './table-columns';

const MAX_HEADER_ROWS = 3;

interface GridCell {
  text: string;
  mergedFromAbove: boolean;
  /** The cell continues one to its left (a horizontal span). */
  spanned: boolean;
  /** Grid columns the cell covers. */
  width: number;
}

function gridOf(table: SourceTable): GridCell[][] {
  return table.rows.map((row) =>
    row.cells.flatMap((cell) =>
      Array.from({ length: Math.max(1, cell.span) }, (_, at) => ({
        text: cellText(cell.text),
        mergedFromAbove: cell.mergedFromAbove,
        spanned: at > 0,
        width: Math.max(1, cell.span),
      })),
    ),
  );
}

// "(1) (2) (3)…" or "1 2 3…" under the header: column numbers, not a row.
function isColumnNumbers(cells: readonly GridCell[]): boolean {
  const texts = cells.filter((cell) => !cell.spanned && cell.text !== '').map((cell) => cell.text);
  return (
    texts.length >= 3 && texts.every((text, at) => text.replace(/[()]/g, '') === String(at + 1))
  );
}

/** Một dòng tiêu đề: every filled cell names a column (or is the "Đơn vị thực hiện" over two). */
function isHeaderRow(cells: readonly GridCell[]): boolean {
  const texts = cells.filter((cell) => !cell.spanned && cell.text !== '' && !cell.mergedFromAbove);
  return texts.length > 0 && texts.every((cell) => columnKindOf(cell.text) !== null);
}

// The label of a row whose one cell spans it ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH").
function wideLabel(cells: readonly GridCell[], values: readonly string[]): RowLabel | null {
  const filled = values.filter((value) => value !== '');
  if (filled.length !== 1 || cells.filter((cell) => !cell.spanned).length > 1) return null;
  return readRowLabel(filled[0]!)?.label ?? null;
}

/** Đọc bảng thật: the task rows of a .docx table, or null when it is no task table. */
export function readRealTable(table: SourceTable): {
  kinds: ColumnKind[];
  rows: (TaskRowCells & { group: boolean; label: RowLabel | null })[];
} | null {
  const grid = gridOf(table);
  let headerRows = 0;
  while (headerRows < Math.min(MAX_HEADER_ROWS, grid.length) && isHeaderRow(grid[headerRows]!))
    headerRows += 1;
  if (headerRows === 0) return null;
  const width = Math.max(...grid.map((cells) => cells.length));
  const kinds: ColumnKind[] = Array.from({ length: width }, (_, column) => {
    let parent = false;
    for (let row = headerRows - 1; row >= 0; row -= 1) {
      const kind = columnKindOf(grid[row]![column]?.text ?? '');
      if (kind === 'parent') parent = true;
      else if (kind) return kind;
    }
    return parent ? 'lead' : 'other';
  });
  if (!isTaskTable(kinds)) return null;

  const rows: (TaskRowCells & { group: boolean; label: RowLabel | null })[] = [];
  const carried = new Map<number, string>();
  const dataRows = table.rows
    .slice(headerRows)
    .map((row, at) => ({ row, cells: grid[headerRows + at]! }));
  for (const { row, cells } of dataRows) {
    if (isColumnNumbers(cells)) continue;
    const values = cells.map((cell, column) => {
      if (cell.spanned) return '';
      if (cell.mergedFromAbove)
        return kinds[column] === 'number' ? '' : (carried.get(column) ?? '');
      return cell.text;
    });
    values.forEach((value, column) => {
      if (!cells[column]!.spanned) carried.set(column, value);
    });
    const filled = values
      .map((value, column) => ({ value, column }))
      .filter((item) => item.value !== '');
    if (filled.length === 0) continue;
    const numberColumn = kinds.indexOf('number');
    const label =
      numberColumn >= 0 && values[numberColumn]
        ? (readRowLabel(values[numberColumn]!)?.label ?? null)
        : wideLabel(cells, values);
    const byKind: Partial<Record<ColumnKind, string>> = {};
    values.forEach((value, column) => {
      const kind = kinds[column]!;
      if (value !== '') byKind[kind] = byKind[kind] ? `${byKind[kind]}\n${value}` : value;
    });
    const wide = filled.length === 1 && cells[filled[0]!.column]!.width * 2 >= width;
    const onlyContent = filled.every(
      (item) => kinds[item.column] === 'content' || kinds[item.column] === 'number',
    );
    rows.push({
      key: '',
      area: '',
      // "I. CẢI CÁCH THỂ CHẾ" across the row: its label is numbering, not part of the area.
      cells: wide ? { content: readRowLabel(filled[0]!.value)?.rest || filled[0]!.value } : byKind,
      source: [{ from: row.line, to: row.line }],
      confidence: 0.95,
      splitGuess: false,
      group: wide || (onlyContent && (label?.style === 'roman' || label?.style === 'upper')),
      label,
    });
    // A number row with only its content is a group when the next row sits under it ("1" → "1.1").
    const previous = rows.at(-2);
    if (
      previous &&
      !previous.group &&
      previous.label &&
      label &&
      isChildLabel(previous.label, label)
    ) {
      const previousOnlyContent = Object.keys(previous.cells).every(
        (kind) => kind === 'content' || kind === 'number',
      );
      if (previousOnlyContent) previous.group = true;
    }
  }
  return { kinds, rows };
}
