// The appendix (Phụ lục) of a plan .docx: its own landscape section with the heading lines and
// the bordered task table whose header row repeats on every page. The section and the table are
// shared with the consolidated report's appendix (report-docx.ts), which has other columns.
import {
  AlignmentType,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type {
  AppendixColumnTitle,
  AppendixRow,
  PlanDocumentModel,
} from '@domain/plans/plan-document';
import { A4, SIZE, TIGHT_SPACING, centredLine, mm, run, type RunStyle } from './plan-docx-style';

/**
 * Landscape margins: the portrait ones turned with the sheet, so the 30 mm binding edge (left in
 * portrait) is the top when the bound document is turned to read the table, and the 15 mm edge
 * the bottom; the two 20 mm edges become left and right.
 */
const LANDSCAPE_MARGIN = { top: mm(30), bottom: mm(15), left: mm(20), right: mm(20) };
const TABLE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Text width of a landscape appendix page, which its table fills. */
export const LANDSCAPE_TEXT_WIDTH = TABLE_WIDTH;

/**
 * Column widths in twips and cell alignment by title; Nội dung takes what the others leave. With
 * "Giải pháp" (a drafted plan's suggested solutions) content and solution share the width about
 * equally, ~5.8 cm each on A4 landscape; without it the content has ~8.9 cm, as before.
 */
const COLUMN_LAYOUT: Record<
  AppendixColumnTitle,
  { width: number; solutionWidth: number; alignment: AppendixColumn['alignment'] }
> = {
  STT: { width: 700, solutionWidth: 600, alignment: AlignmentType.CENTER },
  'Nội dung': { width: 0, solutionWidth: 0, alignment: AlignmentType.JUSTIFIED },
  'Giải pháp': { width: 0, solutionWidth: 3300, alignment: AlignmentType.JUSTIFIED },
  // Cells read left (content, notes) or centred (numbers, dates, units), as in sample 004.
  'Kết quả/sản phẩm': { width: 2200, solutionWidth: 1600, alignment: AlignmentType.CENTER },
  'Thời gian thực hiện': { width: 1900, solutionWidth: 1500, alignment: AlignmentType.CENTER },
  'Cơ quan chủ trì': { width: 1800, solutionWidth: 1700, alignment: AlignmentType.CENTER },
  'Cơ quan phối hợp': { width: 1800, solutionWidth: 1600, alignment: AlignmentType.CENTER },
  'Ghi chú': { width: 1100, solutionWidth: 1000, alignment: AlignmentType.LEFT },
};

/** The plan's appendix columns (with or without "Giải pháp"): title, width and alignment. */
function planColumns(titles: readonly AppendixColumnTitle[]): AppendixColumn[] {
  const withSolution = titles.includes('Giải pháp');
  return titles.map((title) => ({
    title,
    width: withSolution ? COLUMN_LAYOUT[title].solutionWidth : COLUMN_LAYOUT[title].width,
    alignment: COLUMN_LAYOUT[title].alignment,
  }));
}

/** A task row's text under each column title. */
function taskCell(row: Extract<AppendixRow, { kind: 'task' }>, title: AppendixColumnTitle): string {
  const cells: Record<AppendixColumnTitle, string> = {
    STT: row.stt,
    'Nội dung': row.content,
    'Giải pháp': row.solution,
    'Kết quả/sản phẩm': row.output,
    'Thời gian thực hiện': row.timeframe,
    'Cơ quan chủ trì': row.lead,
    'Cơ quan phối hợp': row.coordinating,
    'Ghi chú': row.note,
  };
  return cells[title];
}

/** The appendix as a section of its own, or null when the plan has no tasks. */
export function appendixSection(
  model: PlanDocumentModel,
  pageHeader: NonNullable<ISectionOptions['headers']>,
): ISectionOptions | null {
  const appendix = model.appendix;
  if (!appendix) return null;
  const rows = appendix.rows.map((row): AppendixTableRow =>
    row.kind === 'area'
      ? row
      : { kind: 'task', cells: appendix.columns.map((title) => taskCell(row, title)) },
  );
  return landscapeAppendixSection(
    appendix,
    appendixTable(planColumns(appendix.columns), rows),
    pageHeader,
  );
}

/** A column of an appendix table: header title, width in twips (0: the rest) and cell alignment. */
export interface AppendixColumn {
  title: string;
  width: number;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** A row of an appendix table: an area row spanning the table, or a task's cells in column order. */
export type AppendixTableRow =
  { kind: 'area'; numeral: string; text: string } | { kind: 'task'; cells: readonly string[] };

/**
 * Phụ lục: a landscape section with the heading, title and italic subtitle centred above `table`,
 * numbered in the top margin like the pages before it. Plans and reports share it.
 */
export function landscapeAppendixSection(
  lines: { heading: string; title: string; subtitle: string },
  table: Table,
  pageHeader: NonNullable<ISectionOptions['headers']>,
): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height for a landscape page: w:w 16838, w:h 11906.
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: LANDSCAPE_MARGIN,
      },
    },
    headers: pageHeader,
    children: [
      centredLine(lines.heading, { bold: true }),
      centredLine(lines.title, { bold: true }),
      centredLine(lines.subtitle, { italics: true }, 240),
      table,
    ],
  };
}

/**
 * The bordered 12 pt appendix table filling the landscape text width: a header row repeated on
 * every page, area rows (numeral, then the name across the other columns) and task rows.
 */
export function appendixTable(
  columns: readonly AppendixColumn[],
  rows: readonly AppendixTableRow[],
): Table {
  const fixed = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width === 0 ? TABLE_WIDTH - fixed : column.width));
  const cell = (
    text: string,
    column: number,
    style: RunStyle,
    alignment = columns[column]?.alignment,
    columnSpan = 1,
  ): TableCell => {
    const width = widths.slice(column, column + columnSpan).reduce((sum, w) => sum + w, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: columnSpan > 1 ? columnSpan : undefined,
      verticalAlign: VerticalAlignTable.CENTER,
      // A multi-line text (a drafted Giải pháp: the cause, then the evidence) keeps its lines.
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment,
            spacing: TIGHT_SPACING,
            children: [run(line, { size: SIZE.table, ...style })],
          }),
      ),
    });
  };
  // Marked as a table header so Word and LibreOffice repeat it at the top of every page.
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(column.title, index, { bold: true }, AlignmentType.CENTER),
    ),
  });
  const bodyRow = (row: AppendixTableRow): TableRow => {
    if (row.kind === 'area') {
      return new TableRow({
        cantSplit: true,
        // A group heading never ends a page apart from its first task.
        keepNext: true,
        children: [
          cell(row.numeral, 0, { bold: true }),
          cell(row.text, 1, { bold: true }, AlignmentType.LEFT, columns.length - 1),
        ],
      });
    }
    // A task row stays whole on one page, so a reader never has to join a cell across pages.
    return new TableRow({
      cantSplit: true,
      children: row.cells.map((text, index) => cell(text, index, {})),
    });
  };
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Cell padding set once on the table rather than on each of the ~1,400 cells of 200 tasks.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [headerRow, ...rows.map(bodyRow)],
  });
}
