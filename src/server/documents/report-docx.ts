// Renders the consolidated report laid out by buildConsolidatedDocument as a .docx in the state
// format (Nghị định 30/2020, document-format.md): the plan renderer's portrait pages (header
// table, "BÁO CÁO" and title, body, recipients and signature) and its landscape appendix with
// the report's own columns. It only places the model's strings: wording belongs to the domain.
import { AlignmentType } from 'docx';
import {
  REPORT_APPENDIX_COLUMNS,
  type ConsolidatedDocumentModel,
} from '@domain/reports/consolidated-report';
import {
  appendixTable,
  landscapeAppendixSection,
  type AppendixColumn,
  type AppendixTableRow,
} from './plan-docx-appendix';
import { renderStateDocx } from './plan-docx';

/**
 * Column widths in twips, in REPORT_APPENDIX_COLUMNS order (Nội dung takes what the others
 * leave, about 6.5 cm of the 25.7 cm landscape width); texts read left, numbers and statuses centred.
 */
const REPORT_COLUMNS: AppendixColumn[] = [
  { width: 700, alignment: AlignmentType.CENTER },
  { width: 0, alignment: AlignmentType.JUSTIFIED },
  { width: 1900, alignment: AlignmentType.CENTER },
  // "Đang thực hiện" in 12 pt stays on one line.
  { width: 1800, alignment: AlignmentType.CENTER },
  { width: 1000, alignment: AlignmentType.CENTER },
  { width: 3100, alignment: AlignmentType.LEFT },
  { width: 2400, alignment: AlignmentType.LEFT },
].map((column, index) => ({ ...column, title: REPORT_APPENDIX_COLUMNS[index] ?? '' }));

/** Writes the report as .docx bytes: the portrait report, then the landscape task appendix if any. */
export function renderReportDocx(model: ConsolidatedDocumentModel): Promise<Buffer> {
  return renderStateDocx(model, (pageHeader) => {
    const appendix = model.appendix;
    if (!appendix) return null;
    const rows = appendix.rows.map((row): AppendixTableRow =>
      row.kind === 'area'
        ? row
        : {
            kind: 'task',
            cells: [row.stt, row.content, row.lead, row.status, row.progress, row.result, row.note],
          },
    );
    return landscapeAppendixSection(appendix, appendixTable(REPORT_COLUMNS, rows), pageHeader);
  });
}
