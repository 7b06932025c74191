// Nhiệm vụ đến hạn kỳ này: which of a unit's tasks a report of one period must speak to — those
// whose deadline or checkpoint falls in the period, those still overdue when it starts, and work
// with no single deadline ("Thường xuyên") that is reported every period.
import type { TaskStatus } from '../plans/plan';
import type { Timeframe } from '../plans/timeframe';
import { timeframeCheckpoints } from '../plans/timeframe-checkpoints';
import { isTaskOverdue } from '../plans/task-overdue';
import { lastDayOfMonth } from '../plans/timeframe-calendar';

/** Vì sao nhiệm vụ đến hạn kỳ này: a checkpoint in the period, overdue from before it, or reported every period. */
export const DUE_IN_PERIOD_REASONS = ['due', 'overdue', 'every_period'] as const;

/** Vì sao nhiệm vụ đến hạn kỳ này: one of DUE_IN_PERIOD_REASONS. */
export type DueInPeriodReason = (typeof DUE_IN_PERIOD_REASONS)[number];

/** Tên lý do đến hạn, as the report form tags a task. */
export const DUE_IN_PERIOD_LABELS: Record<DueInPeriodReason, string> = {
  due: 'Đến hạn kỳ này',
  overdue: 'Quá hạn từ kỳ trước',
  every_period: 'Báo cáo hằng kỳ',
};

/**
 * Đến hạn kỳ này: why a task is due in the period (data window `from`–`to`, reported by `due`), or
 * null. A checkpoint counts from the window's first day to the last day of the month the window
 * ends in, or the due date if later: the quarterly report of sample 000 covers 15/03–14/06 and is
 * due 15/06, yet a "Quý II" task (due 30/06) is what its reader expects in it. Weekly and ad-hoc
 * reports keep their own window. A task overdue on the window's first day ("Trước 15/01" still not
 * done in Q2) is owed too. Ongoing and open-ended work running in the period is reported every
 * period; event-driven, external, unstated and unreadable timeframes never fall due by the calendar.
 */
export function dueInPeriod(
  timeframe: Timeframe,
  status: TaskStatus,
  period: { kind: string; from: string; to: string; due: string },
): DueInPeriodReason | null {
  const end = [
    period.due,
    period.kind === 'week' || period.kind === 'custom' ? period.to : monthEnd(period.to),
  ].reduce((a, b) => (a > b ? a : b), period.to);
  if (timeframe.kind === 'ongoing' || timeframe.kind === 'open_ended') {
    const running =
      timeframe.kind === 'ongoing'
        ? timeframe.year === undefined ||
          (String(timeframe.year) >= period.from.slice(0, 4) &&
            String(timeframe.year) <= end.slice(0, 4))
        : timeframe.from <= end && (timeframe.to === undefined || timeframe.to >= period.from);
    return running ? 'every_period' : null;
  }
  if (timeframeCheckpoints(timeframe, { from: period.from, to: end }).length > 0) return 'due';
  if (isTaskOverdue(timeframe, status, period.from)) return 'overdue';
  return null;
}

/** The last day of the month of an ISO day. */
function monthEnd(day: string): string {
  return lastDayOfMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
}
