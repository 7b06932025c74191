/**
 * Loại minh chứng (tài liệu kiểm chứng): an uploaded file, an issued document (số, ngày, cơ quan
 * ban hành, trang/mục), a task's output carried from this year's plan, or an accepted report's
 * evidence file (the bytes stay the report's).
 */
export const ASSESSMENT_EVIDENCE_KINDS = [
  'file',
  'document',
  'task_output',
  'report_evidence',
] as const;

/** One of ASSESSMENT_EVIDENCE_KINDS. */
export type AssessmentEvidenceKind = (typeof ASSESSMENT_EVIDENCE_KINDS)[number];

/** Văn bản làm minh chứng: number and symbol, ISO date, issuer, where in it (trang/mục), what it says. */
export interface EvidenceDocument {
  number: string;
  date: string | null;
  issuer: string;
  pointer: string;
  summary: string;
}
