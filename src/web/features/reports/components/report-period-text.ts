/** How a reporting period and a report's state read on screen: data window, due date with weekday, status colours. */
import type { ReportingPeriodDto } from '@contract/reports';
import type { PeriodCellStatus, SubmissionStatus } from '@contract/report-labels';
import { formatViDate } from '@contract/vi-format';

/** Thời gian lấy số liệu: "15/12/2023 – 14/03/2024". */
export function formatDataWindow(period: Pick<ReportingPeriodDto, 'from' | 'to'>): string {
  return `${formatViDate(period.from)} – ${formatViDate(period.to)}`;
}

/** Hạn nộp: "15/03/2024", or "20/04/2024 (Thứ Bảy)" when it falls on a weekend. */
export function formatDueDate(
  period: Pick<ReportingPeriodDto, 'due' | 'dueWeekday' | 'dueIsWeekend'>,
): string {
  const date = formatViDate(period.due);
  return period.dueIsWeekend ? `${date} (${period.dueWeekday})` : date;
}

/** Colour of a period's status tag, as the heatmap uses them. */
export const PERIOD_CELL_STATUS_COLOURS: Record<PeriodCellStatus, string> = {
  not_due: 'default',
  in_progress: 'blue',
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  returned: 'volcano',
  accepted: 'cyan',
};

/** Colour of a report's own status (a coordinating unit's part). */
export const SUBMISSION_STATUS_COLOURS: Record<SubmissionStatus, string> = {
  draft: 'blue',
  submitted: 'green',
  returned: 'volcano',
  accepted: 'cyan',
};
