/** English strings of the scoring round's document downloads (same keys as assessment-documents.vi.ts). */
import type { assessmentDocumentsVi } from './assessment-documents.vi';

export const assessmentDocumentsEn: typeof assessmentDocumentsVi = {
  selfReport: 'Download the self-assessment report (.docx)',
  selfReportHint:
    'The self-assessment report in the state document format; a draft until the unit submits it.',
  publicationDocx: 'Download the ranking appendix (.docx)',
  publicationXlsx: 'Export the ranking (.xlsx)',
  publicationNotReady: 'The ranking appendix is available once the round has final results.',
};
