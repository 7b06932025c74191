// The bordered 12 pt tables of the scoring round's documents: a portrait body table (the
// self-assessment report's score summary and explanations) and the conversion of the domain's
// columns (width as a share of the text width) to the landscape appendix table's columns.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { DocumentTable, DocumentTableColumn } from '@domain/assessment/document-table';
import type { AppendixColumn } from './plan-docx-appendix';
import { PORTRAIT_TEXT_WIDTH, SIZE, TIGHT_SPACING, run } from './plan-docx-style';

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Widths in twips of columns given as shares of `textWidth`; a 0 share takes what the others leave. */
function columnWidths(columns: readonly DocumentTableColumn[], textWidth: number): number[] {
  const fixed = columns.map((column) => Math.round((textWidth * column.widthPercent) / 100));
  const rest = textWidth - fixed.reduce((sum, width) => sum + width, 0);
  return columns.map((column, index) => (column.widthPercent === 0 ? rest : fixed[index]!));
}

/** The domain's columns as the landscape appendix table takes them (twips and alignment). */
export function appendixColumnsOf(
  columns: readonly DocumentTableColumn[],
  textWidth: number,
): AppendixColumn[] {
  const widths = columnWidths(columns, textWidth);
  return columns.map((column, index) => ({
    title: column.title,
    // appendixTable gives the 0-width column what the others leave.
    width: column.widthPercent === 0 ? 0 : widths[index]!,
    alignment: ALIGNMENTS[column.align],
  }));
}

/**
 * Bảng trong thân báo cáo: the full portrait text width, header row bold and repeated on every
 * page, a lĩnh vực or Tổng cộng row bold, rows never split across pages.
 */
export function bodyTable(table: DocumentTable): Table {
  const widths = columnWidths(table.columns, PORTRAIT_TEXT_WIDTH);
  const cell = (text: string, index: number, bold: boolean, header = false) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : ALIGNMENTS[table.columns[index]!.align],
            spacing: TIGHT_SPACING,
            children: [run(line, { size: SIZE.table, bold })],
          }),
      ),
    });
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column, index) => cell(column.title, index, true, true)),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((text, index) => cell(text, index, row.style !== 'plain')),
          }),
      ),
    ],
  });
}
