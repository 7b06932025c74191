import type { Timeframe } from './timeframe';
import { dueDatesOf } from './timeframe';
import type { TaskStatus } from './plan';

/**
 * Quá hạn: a task is overdue on `today` (ISO) when one of its due dates has passed (the due day
 * itself is still in time) and it is neither "hoàn thành" nor "không thực hiện được". Ongoing,
 * event-driven, external and unknown timeframes have no due date here: they are judged per
 * reporting period.
 */
export function isTaskOverdue(timeframe: Timeframe, status: TaskStatus, today: string): boolean {
  if (status === 'done' || status === 'cannot_do') return false;
  return dueDatesOf(timeframe).some((due) => due < today);
}

/** Hạn gần nhất: the first due date on or after `today`, else the last one passed, else null. */
export function nextDueDate(timeframe: Timeframe, today: string): string | null {
  const dates = dueDatesOf(timeframe).sort();
  return dates.find((due) => due >= today) ?? dates.at(-1) ?? null;
}
