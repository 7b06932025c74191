// Nhiệm vụ đến hạn kỳ này: which of a unit's tasks a report of one period must speak to — those
// whose deadline or checkpoint falls in the period, those still overdue when it starts, and work
// with no single deadline ("Thường xuyên") that is reported every period.
import type { TaskStatus } from '../plans/plan';
import type { Timeframe } from '../plans/timeframe';
import { timeframeCheckpoints } from '../plans/timeframe-checkpoints';
import { isTaskOverdue } from '../plans/task-overdue';

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
 * Đến hạn kỳ này: why a task is due in the period `from`–`to` (the data window) reported by
 * `due`, or null. A checkpoint counts from the window's first day up to the later of its last day
 * and the due date (a deadline of 15/3 belongs to the Q1 report due 15/3 even with a window ending
 * 14/3); a checkpoint after that is the next report's. A task overdue on the window's first day
 * ("Trước 15/01" still not done in Q2) is owed too. Ongoing and open-ended work running in the
 * period is reported every period; event-driven, external, unstated and unreadable timeframes never
 * fall due by the calendar.
 */
export function dueInPeriod(
  timeframe: Timeframe,
  status: TaskStatus,
  period: { from: string; to: string; due: string },
): DueInPeriodReason | null {
  const end = period.due > period.to ? period.due : period.to;
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
