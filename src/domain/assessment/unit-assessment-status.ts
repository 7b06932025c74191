/** Trạng thái tự đánh giá của một đơn vị: chưa bắt đầu, đang thực hiện, đã gửi. */
export const UNIT_ASSESSMENT_STATUSES = ['not_started', 'in_progress', 'submitted'] as const;

/** One of UNIT_ASSESSMENT_STATUSES. */
export type UnitAssessmentStatus = (typeof UNIT_ASSESSMENT_STATUSES)[number];

/** Tên trạng thái tự đánh giá, as screens show it. */
export const UNIT_ASSESSMENT_STATUS_LABELS: Record<UnitAssessmentStatus, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang tự đánh giá',
  submitted: 'Đã gửi',
};
