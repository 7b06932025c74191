// Renders the self-assessment report laid out by buildSelfAssessmentDocument as a .docx in the
// state format: the plan renderer's portrait pages (header, "BÁO CÁO" and title, recipients and
// signature) with the report's body tables placed between its paragraphs, then the landscape
// evidence appendix. It only places the model's strings: wording belongs to the domain.
import { Paragraph, type Table } from 'docx';
import type { SelfAssessmentDocumentModel } from '@domain/assessment/self-assessment-document';
import { appendixColumnsOf, bodyTable } from './assessment-docx-table';
import {
  LANDSCAPE_TEXT_WIDTH,
  appendixTable,
  landscapeAppendixSection,
  type AppendixTableRow,
} from './plan-docx-appendix';
import { bodyParagraph, renderStateDocx } from './plan-docx';

/** Writes the report as .docx bytes: the portrait report, then the evidence list if there is any. */
export function renderSelfAssessmentDocx(model: SelfAssessmentDocumentModel): Promise<Buffer> {
  const elements: (Paragraph | Table)[] = [];
  for (const item of model.body) {
    if (item.kind !== 'table') {
      elements.push(bodyParagraph(item));
      continue;
    }
    elements.push(bodyTable(item.table));
    // A little air between a table and the heading that follows it.
    elements.push(new Paragraph({ spacing: { before: 0, after: 0 } }));
  }
  return renderStateDocx(
    { ...model, body: [] },
    (pageHeader) => {
      const { appendix } = model;
      if (appendix.rows.length === 0) return null;
      const rows = appendix.rows.map((row): AppendixTableRow =>
        row.kind === 'area' ? row : { kind: 'task', cells: row.cells },
      );
      const columns = appendixColumnsOf(appendix.columns, LANDSCAPE_TEXT_WIDTH);
      return landscapeAppendixSection(appendix, appendixTable(columns, rows), pageHeader);
    },
    elements,
  );
}
