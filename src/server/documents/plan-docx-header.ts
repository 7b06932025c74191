// The top of page 1 of a plan .docx: the borderless two-column header table (issuing body and
// number on the left, national motto and place/date on the right), then "KẾ HOẠCH" and its title.
// Reports (report-docx.ts) share it.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PlanDocumentModel } from '@domain/plans/plan-document';

/** The header lines of a state-format document (a plan, a report): what headerTable places. */
export type DocumentHeaderLines = Pick<
  PlanDocumentModel,
  | 'parentBody'
  | 'issuingBodyLines'
  | 'numberLine'
  | 'nationalMotto'
  | 'nationalSlogan'
  | 'placeDateLine'
>;
import {
  PORTRAIT_TEXT_WIDTH,
  SIZE,
  TIGHT_SPACING,
  centredLine,
  mm,
  run,
  shortRule,
} from './plan-docx-style';

/**
 * Right column 62 % with no side padding: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold is
 * about 9.8 cm and must stay on one line (at 60 % with padding LibreOffice wrapped "NAM").
 */
const LEFT_WIDTH = Math.round(PORTRAIT_TEXT_WIDTH * 0.38);
const RIGHT_WIDTH = PORTRAIT_TEXT_WIDTH - LEFT_WIDTH;

/**
 * Two rows rather than one, so "Số: …" and the place/date line start level with each other
 * whether or not a parent body adds a line on the left.
 */
export function headerTable(model: DocumentHeaderLines): Table {
  const bodies = [
    ...(model.parentBody ? [centredLine(model.parentBody, { size: SIZE.header })] : []),
    ...model.issuingBodyLines.map((line) => centredLine(line, { bold: true, size: SIZE.header })),
    // The rule is about a third of the column, as under the issuing body in the samples.
    shortRule(LEFT_WIDTH, mm(25)),
  ];
  const motto = [
    centredLine(model.nationalMotto, { bold: true, size: SIZE.header }),
    centredLine(model.nationalSlogan, { bold: true, size: SIZE.body }),
    // As long as the slogan itself (about 6 cm at 14 pt bold).
    shortRule(RIGHT_WIDTH, mm(62)),
  ];
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(bodies, LEFT_WIDTH), cell(motto, RIGHT_WIDTH)] }),
      new TableRow({
        children: [
          cell([centredLine(model.numberLine, { size: SIZE.header }, 0)], LEFT_WIDTH),
          cell([centredLine(model.placeDateLine, { italics: true, size: SIZE.body })], RIGHT_WIDTH),
        ],
      }),
    ],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    // The second row's lines sit one blank line (about 6 pt) below the rules.
    margins: { top: 100, left: 0, right: 0 },
    children,
  });
}

/** "KẾ HOẠCH" (or "BÁO CÁO"), the title under it in bold, and a short rule, centred above the body. */
export function titleParagraphs(
  model: Pick<PlanDocumentModel, 'documentType' | 'title'>,
): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...TIGHT_SPACING, before: 360 },
      children: [run(model.documentType, { bold: true })],
    }),
    centredLine(model.title, { bold: true }),
    shortRule(PORTRAIT_TEXT_WIDTH, mm(35), 240),
  ];
}
