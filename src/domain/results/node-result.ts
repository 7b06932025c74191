/**
 * Kết quả chấm điểm của một tiêu chí (a leaf) for one unit and year: the unit's own score (tự
 * chấm), the appraisal (thẩm định; some provinces hold a second round), the survey score (điều tra
 * xã hội học), or "not applicable" (không áp dụng). Nulls are accepted as "not given", as they
 * come from a database.
 */
export interface NodeResult {
  nodeCode: string;
  selfScore?: number | null;
  appraisedScore?: number | null;
  appraisedScore2?: number | null;
  surveyScore?: number | null;
  notApplicable?: boolean;
  note?: string;
}

/**
 * Điểm chính thức của tiêu chí: the score that counts, by precedence appraisedScore2 ??
 * appraisedScore ?? surveyScore ?? selfScore — the latest appraisal round wins; a survey-scored
 * leaf carries only its survey score; the self score counts only until the leaf is appraised.
 * Null when nothing is given.
 */
export function effectiveScore(result: NodeResult): number | null {
  return (
    result.appraisedScore2 ??
    result.appraisedScore ??
    result.surveyScore ??
    result.selfScore ??
    null
  );
}

/** Tên các loại điểm, as Vietnamese messages name them. */
export const SCORE_FIELD_LABELS = {
  selfScore: 'tự chấm',
  appraisedScore: 'thẩm định',
  appraisedScore2: 'thẩm định lần 2',
  surveyScore: 'điều tra xã hội học',
} as const;

/** Loại điểm: one of the four score fields of a NodeResult. */
export type ScoreField = keyof typeof SCORE_FIELD_LABELS;
