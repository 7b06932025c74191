import type { NodeResult } from '../results/node-result';

/**
 * Nguồn số liệu of a ratio input: its two counts were taken from the unit's dossier data
 * («Đề xuất từ dữ liệu hồ sơ») for KPI `kpiKey` over the months `from`..`to` ('yyyy-mm'). Absent
 * when the unit typed them; the web drops it as soon as either count is changed by hand.
 */
export interface SelfInputSource {
  kind: 'dossier_data';
  kpiKey: string;
  from: string;
  to: string;
}

/**
 * Dữ liệu tự chấm: the scoring rule's inputs as the unit gives them; the score is computed from
 * them, never typed, except `points` (a node without a rule, or a bonus). A ratio is given as its
 * two numbers (tử số / mẫu số, e.g. dossiers on time / dossiers handled), never as a typed %.
 */
export type SelfScoringInput =
  | { type: 'binary'; achieved: boolean }
  | { type: 'tiered'; tier: string }
  | { type: 'ratio'; numerator: number; denominator: number; source?: SelfInputSource }
  | { type: 'deduction'; events: number }
  | { type: 'points'; points: number };

/** Điểm của một tiêu chí trong đợt đánh giá (one unit, one node): self, appraisal 1 and 2, survey. */
export interface AssessmentEntry {
  nodeCode: string;
  selfInput: SelfScoringInput | null;
  selfScore: number | null;
  notApplicable: boolean;
  selfExplanation: string;
  appraisedScore1: number | null;
  appraisalComment1: string;
  explanationRequest: string;
  explanation: string;
  appraisedScore2: number | null;
  appraisalComment2: string;
  surveyScore: number | null;
}

/** Kết quả từng tiêu chí: the entry as the results model holds it (finalising writes exactly this). */
export function entryToNodeResult(entry: AssessmentEntry): NodeResult {
  return {
    nodeCode: entry.nodeCode,
    selfScore: entry.selfScore,
    appraisedScore: entry.appraisedScore1,
    appraisedScore2: entry.appraisedScore2,
    surveyScore: entry.surveyScore,
    notApplicable: entry.notApplicable,
  };
}
