/** Kỳ báo cáo as text: the data window "01/03/2024–31/03/2024" and the due date, with its weekday when it falls on a weekend. */
import type { ReportingPeriodDto } from '@contract/reports';
import { formatViDate } from '@contract/vi-format';

/** Thời gian lấy số liệu: "dd/mm/yyyy–dd/mm/yyyy". */
export function formatDataWindow(period: Pick<ReportingPeriodDto, 'from' | 'to'>): string {
  return `${formatViDate(period.from)}–${formatViDate(period.to)}`;
}

/** Hạn nộp: the date, and the weekday ("Thứ Bảy") only when the due day is a Saturday or Sunday. */
export function describeDue(
  period: Pick<ReportingPeriodDto, 'due' | 'dueWeekday' | 'dueIsWeekend'>,
) {
  return {
    date: formatViDate(period.due),
    weekday: period.dueIsWeekend ? period.dueWeekday : null,
  };
}
