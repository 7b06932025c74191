/**
 * Trạng thái đợt đánh giá: draft (dự thảo) → self_assessment (tự đánh giá) → appraisal (thẩm
 * định; lần 1, then lần 2 after the explanations) → explanation (giải trình) → final (kết quả
 * chính thức, written as the year's results) → published (đã công bố).
 */
export const ROUND_STATES = [
  'draft',
  'self_assessment',
  'appraisal',
  'explanation',
  'final',
  'published',
] as const;

/** One of ROUND_STATES. */
export type RoundState = (typeof ROUND_STATES)[number];

/** Tên trạng thái đợt đánh giá, as screens show it. */
export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  draft: 'Dự thảo',
  self_assessment: 'Tự đánh giá',
  appraisal: 'Thẩm định',
  explanation: 'Giải trình',
  final: 'Đã có kết quả',
  published: 'Đã công bố',
};

/** Lần thẩm định: 1 (thẩm định lần 1) or 2 (after the explanations). */
export type AppraisalStage = 1 | 2;

/** Cửa sổ thời gian (ngày dân sự ở Việt Nam, ISO, both ends included); null ends are not set yet. */
export interface RoundWindow {
  opensOn: string | null;
  closesOn: string | null;
}

/** Các cửa sổ của đợt: tự đánh giá, thẩm định, giải trình. */
export interface RoundWindows {
  selfAssessment: RoundWindow;
  appraisal: RoundWindow;
  explanation: RoundWindow;
}
