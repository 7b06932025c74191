// Renders a plan laid out by buildPlanDocument as a .docx in the state format (Nghị định
// 30/2020, document-format.md). It only places the model's strings: wording belongs to the domain.
// renderStateDocx is the part reports (report-docx.ts) share.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { BodyBlock, PlanDocumentModel } from '@domain/plans/plan-document';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { appendixSection } from './plan-docx-appendix';
import { draftMarkParagraphs, headerTable, titleParagraphs } from './plan-docx-header';
import {
  A4,
  BLACK,
  BODY_SPACING,
  FIRST_LINE_INDENT,
  FONT,
  PORTRAIT_MARGIN,
  PORTRAIT_TEXT_WIDTH,
  SIZE,
  TIGHT_SPACING,
  centredLine,
  run,
  type RunStyle,
} from './plan-docx-style';

/** The MIME type of a .docx document. */
export const DOCX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * How each kind of body paragraph is set: I. and top section headings bold, the level below bold
 * italic, deeper headings (1.1., a) under 1.) italic, the rest plain.
 */
const BLOCK_STYLES: Record<BodyBlock['kind'], RunStyle> = {
  heading1: { bold: true },
  heading2: { bold: true },
  heading3: { bold: true, italics: true },
  heading4: { italics: true },
  paragraph: {},
  bullet: {},
  subbullet: {},
};

/** Writes the plan as .docx bytes: the portrait plan, then the landscape appendix if it has tasks. */
export function renderPlanDocx(model: PlanDocumentModel): Promise<Buffer> {
  return renderStateDocx(model, (pageHeader) => appendixSection(model, pageHeader));
}

/** The portrait pages of a state-format document (a plan, a report): everything but its appendix. */
export type StateDocumentPages = Omit<PlanDocumentModel, 'appendix'>;

/**
 * Writes a state-format document as .docx bytes: header table, document type and title, body,
 * recipients and signature on portrait A4 numbered from page 2, then the section `appendix`
 * builds (given the page-number headers) when it returns one. Plans and reports share it; a
 * document whose body holds tables (the self-assessment report) passes its own `bodyElements`.
 */
export async function renderStateDocx(
  model: StateDocumentPages,
  appendix: (pageHeader: NonNullable<ISectionOptions['headers']>) => ISectionOptions | null,
  bodyElements?: (Paragraph | Table)[],
): Promise<Buffer> {
  const pageHeader = pageNumberHeaders();
  const pages: ISectionOptions = {
    properties: {
      page: { size: { width: A4.width, height: A4.height }, margin: PORTRAIT_MARGIN },
      // Page 1 takes the empty "first" header: numbers start on page 2.
      titlePage: true,
    },
    headers: { ...pageHeader, first: new Header({ children: [new Paragraph({})] }) },
    children: [
      ...draftMarkParagraphs(model),
      headerTable(model),
      ...titleParagraphs(model),
      ...(bodyElements ?? model.body.map(bodyParagraph)),
      recipientsAndSignature(model),
    ],
  };
  const appendixPages = appendix(pageHeader);
  const document = new Document({
    creator: 'parplan',
    title: stripForbiddenCharacters(`${model.documentType} ${model.title}`),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: BLACK },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: appendixPages ? [pages, appendixPages] : [pages],
  });
  return Packer.toBuffer(document);
}

/** Số trang: the current page number centred in the top margin, 14 pt. */
export function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  const number = new TextRun({
    children: [PageNumber.CURRENT],
    font: FONT,
    color: BLACK,
    size: SIZE.body,
  });
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })],
    }),
  };
}

/** A body paragraph in its kind's style: justified, first line indented, headings kept with what follows. */
export function bodyParagraph(block: BodyBlock): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    // A heading stays on the page of the paragraph it introduces.
    keepNext: block.kind.startsWith('heading'),
    children: [run(block.text, BLOCK_STYLES[block.kind])],
  });
}

/** Nơi nhận on the left, the signature block on the right, as one borderless table. */
function recipientsAndSignature(model: StateDocumentPages): Table {
  const leftWidth = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
  const rightWidth = PORTRAIT_TEXT_WIDTH - leftWidth;
  const recipients = [
    leftLine(model.recipientsHeading, { bold: true, italics: true, size: SIZE.recipientsHeading }),
    ...model.recipientLines.map((line) => leftLine(line, { size: SIZE.recipient })),
  ];
  const signature = [
    ...model.signatureLines.map((line) => centredLine(line, { bold: true })),
    // About 3.5 cm left blank for the signature and seal.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...TIGHT_SPACING, before: 2000 },
      children: [run(model.signerName, { bold: true })],
    }),
  ];
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        // A signature is never separated from the recipients it sits beside.
        cantSplit: true,
        children: [signatureCell(recipients, leftWidth), signatureCell(signature, rightWidth)],
      }),
    ],
  });
}

/** 12 pt above both columns so the block stands apart from the last body paragraph. */
function signatureCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 240 },
    children,
  });
}

function leftLine(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: TIGHT_SPACING,
    children: [run(text, style)],
  });
}
