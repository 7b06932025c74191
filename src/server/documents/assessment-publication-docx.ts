// Renders the ranking appendix laid out by buildPublicationDocument as a .docx: one landscape A4
// section (nine columns do not fit a portrait page) with "PHỤ LỤC", its title and the "Kèm theo
// Quyết định …" line centred above the bordered table whose header row repeats on every page;
// page numbers from page 2. It only places the model's strings.
import { Document, Header, Packer, Paragraph } from 'docx';
import type { PublicationDocumentModel } from '@domain/assessment/publication-document';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { appendixColumnsOf } from './assessment-docx-table';
import {
  LANDSCAPE_TEXT_WIDTH,
  appendixTable,
  landscapeAppendixSection,
  type AppendixTableRow,
} from './plan-docx-appendix';
import { pageNumberHeaders } from './plan-docx';
import { BLACK, BODY_SPACING, FONT, SIZE } from './plan-docx-style';

/** Writes the ranking appendix as .docx bytes. */
export function renderPublicationDocx(model: PublicationDocumentModel): Promise<Buffer> {
  const pageHeader = pageNumberHeaders();
  const rows = model.rows.map((row): AppendixTableRow =>
    row.kind === 'area' ? row : { kind: 'task', cells: row.cells },
  );
  const section = landscapeAppendixSection(
    model,
    appendixTable(appendixColumnsOf(model.columns, LANDSCAPE_TEXT_WIDTH), rows),
    pageHeader,
  );
  const document = new Document({
    creator: 'parplan',
    title: stripForbiddenCharacters(`${model.heading} ${model.title}`),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: BLACK },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        ...section,
        // Page 1 takes an empty header: numbers start on page 2, as in the state format.
        properties: { ...section.properties, titlePage: true },
        headers: { ...pageHeader, first: new Header({ children: [new Paragraph({})] }) },
      },
    ],
  });
  return Packer.toBuffer(document);
}
