import type { Timeframe } from './timeframe';
import { dueDatesOf } from './timeframe';
import type { TaskStatus } from './plan';

/** Bằng chứng theo kỳ: what is known of a recurring task's periods beyond its one status. */
export interface PeriodEvidence {
  /** Mốc đánh giá (ISO, as timeframeCheckpoints gives them) whose period was reported done. */
  doneCheckpoints?: readonly string[];
}

/**
 * Quá hạn: a task is overdue on `today` (ISO) when one of its due dates has passed (the due day
 * itself is still in time) and it is neither "hoàn thành" nor "không thực hiện được". A recurring
 * task ("Hằng tháng") has a due date per period and is overdue once a period's checkpoint passed
 * without that period being done — known from `evidence.doneCheckpoints`, or from the task being
 * finished altogether. Without per-period evidence, a recurring task that is under way ("đang
 * thực hiện") is not called overdue: its status cannot say which periods were done, and calling
 * every "Hằng tháng" task overdue from February on would bury the ones really behind; one never
 * started is. Ongoing, open-ended, event-driven, external, unstated and unknown timeframes have
 * no due date here: they are judged per reporting period.
 */
export function isTaskOverdue(
  timeframe: Timeframe,
  status: TaskStatus,
  today: string,
  evidence: PeriodEvidence = {},
): boolean {
  if (status === 'done' || status === 'cannot_do') return false;
  if (timeframe.kind === 'recurring' && !evidence.doneCheckpoints && status !== 'not_started') {
    return false;
  }
  const done = new Set(evidence.doneCheckpoints ?? []);
  return dueDatesOf(timeframe).some((due) => due < today && !done.has(due));
}

/** Hạn gần nhất: the first due date on or after `today`, else the last one passed, else null. */
export function nextDueDate(timeframe: Timeframe, today: string): string | null {
  const dates = dueDatesOf(timeframe).sort();
  return dates.find((due) => due >= today) ?? dates.at(-1) ?? null;
}
