// The top of page 1 of a plan .docx: the borderless two-column header table (issuing body and
// number on the left, national motto and place/date on the right), then "KẾ HOẠCH" and its title.
// Reports (report-docx.ts) share it.
import {
  AlignmentType,
  BorderStyle,
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
  | 'draftMark'
  | 'parentBody'
  | 'issuingBodyLines'
  | 'numberLine'
  | 'nationalMotto'
  | 'nationalSlogan'
  | 'placeDateLine'
>;
import {
  BLACK,
  PORTRAIT_TEXT_WIDTH,
  SIZE,
  STACKED_SPACING,
  TITLE_SPACING,
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

/** Width of the DỰ THẢO frame: the word in 13 pt bold with a little room either side. */
const DRAFT_MARK_WIDTH = mm(32);

/**
 * Dấu dự thảo: "DỰ THẢO" in bold capitals inside a box at the top right of page 1, above the
 * header, as drafts circulated for comment are printed; none once the plan is issued. A bordered
 * paragraph narrowed by its left indent, so Word and LibreOffice draw the same box.
 */
export function draftMarkParagraphs(model: Pick<DocumentHeaderLines, 'draftMark'>): Paragraph[] {
  if (!model.draftMark) return [];
  const side = { style: BorderStyle.SINGLE, size: 8, color: BLACK, space: 2 };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // The right indent keeps the frame, drawn outside the text, inside the margin.
      indent: { left: PORTRAIT_TEXT_WIDTH - DRAFT_MARK_WIDTH, right: 80 },
      spacing: { ...STACKED_SPACING, after: 120 },
      border: { top: side, bottom: side, left: side, right: side },
      children: [run(model.draftMark, { bold: true, size: SIZE.header })],
    }),
  ];
}

/** "KẾ HOẠCH" (or "BÁO CÁO"), the title under it in bold, and a short rule, centred above the body. */
export function titleParagraphs(
  model: Pick<PlanDocumentModel, 'documentType' | 'title'>,
): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...TITLE_SPACING, before: 360 },
      children: [run(model.documentType, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: TITLE_SPACING,
      children: [run(model.title, { bold: true })],
    }),
    shortRule(PORTRAIT_TEXT_WIDTH, mm(35), 240),
  ];
}
