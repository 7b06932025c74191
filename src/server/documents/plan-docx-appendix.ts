// The appendix (Phụ lục) of a plan .docx: its own landscape section with the heading lines and
// the bordered task table whose header row repeats on every page.
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
import {
  APPENDIX_COLUMNS,
  type AppendixRow,
  type PlanDocumentModel,
} from '@domain/plans/plan-document';
import { A4, SIZE, TIGHT_SPACING, centredLine, mm, run, type RunStyle } from './plan-docx-style';

/**
 * Landscape margins: the portrait ones turned with the sheet, so the 30 mm binding edge (left in
 * portrait) is the top when the bound document is turned to read the table, and the 15 mm edge
 * the bottom; the two 20 mm edges become left and right.
 */
const LANDSCAPE_MARGIN = { top: mm(30), bottom: mm(15), left: mm(20), right: mm(20) };
const TABLE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Column widths in twips, in APPENDIX_COLUMNS order; Nội dung takes what the others leave. */
const FIXED_WIDTHS = [700, 0, 2200, 1900, 1800, 1800, 1100];
const COLUMN_WIDTHS = FIXED_WIDTHS.map((width) =>
  width === 0 ? TABLE_WIDTH - FIXED_WIDTHS.reduce((sum, each) => sum + each, 0) : width,
);

/** Cells read left (content, notes) or centred (numbers, dates, units), as in sample 004. */
const COLUMN_ALIGNMENT = [
  AlignmentType.CENTER,
  AlignmentType.JUSTIFIED,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
  AlignmentType.CENTER,
  AlignmentType.LEFT,
];

/** The appendix as a section of its own, or null when the plan has no tasks. */
export function appendixSection(
  model: PlanDocumentModel,
  pageHeader: NonNullable<ISectionOptions['headers']>,
): ISectionOptions | null {
  const appendix = model.appendix;
  if (!appendix) return null;
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
      centredLine(appendix.heading, { bold: true }),
      centredLine(appendix.title, { bold: true }),
      centredLine(appendix.subtitle, { italics: true }, 240),
      appendixTable(appendix.rows),
    ],
  };
}

function appendixTable(rows: readonly AppendixRow[]): Table {
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    // Cell padding set once on the table rather than on each of the ~1,400 cells of 200 tasks.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [headerRow(), ...rows.map(bodyRow)],
  });
}

/** Marked as a table header so Word and LibreOffice repeat it at the top of every page. */
function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: APPENDIX_COLUMNS.map((title, index) =>
      cell(title, index, { bold: true }, AlignmentType.CENTER),
    ),
  });
}

function bodyRow(row: AppendixRow): TableRow {
  if (row.kind === 'area') {
    return new TableRow({
      cantSplit: true,
      // A group heading never ends a page apart from its first task.
      keepNext: true,
      children: [
        cell(row.numeral, 0, { bold: true }),
        cell(row.text, 1, { bold: true }, AlignmentType.LEFT, APPENDIX_COLUMNS.length - 1),
      ],
    });
  }
  const texts = [
    row.stt,
    row.content,
    row.output,
    row.timeframe,
    row.lead,
    row.coordinating,
    row.note,
  ];
  // A task row stays whole on one page, so a reader never has to join a cell across pages.
  return new TableRow({
    cantSplit: true,
    children: texts.map((text, index) => cell(text, index, {})),
  });
}

function cell(
  text: string,
  column: number,
  style: RunStyle,
  alignment = COLUMN_ALIGNMENT[column],
  columnSpan = 1,
): TableCell {
  const width = COLUMN_WIDTHS.slice(column, column + columnSpan).reduce((sum, w) => sum + w, 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment,
        spacing: TIGHT_SPACING,
        children: [run(text, { size: SIZE.table, ...style })],
      }),
    ],
  });
}
