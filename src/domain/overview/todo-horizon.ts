// Việc cần làm: how far ahead the home page looks and how urgent a report or a task is on a day.
import { addDays } from '../reports/iso-weeks';
import { daysLate } from '../reports/calendar-days';
import type { PeriodCellStatus } from '../reports/submission';
import type { TaskStatus } from '../plans/plan';
import type { Timeframe } from '../plans/timeframe';
import { dueDatesOf } from '../plans/timeframe';
import { isTaskOverdue, nextDueDate } from '../plans/task-overdue';

/** Báo cáo sắp đến hạn: a report is listed from 7 days before its due date (today included). */
export const REPORT_HORIZON_DAYS = 7;

/** Nhiệm vụ sắp đến hạn: a task is listed from 14 days before its next due date. */
export const TASK_HORIZON_DAYS = 14;

/** Mức khẩn: overdue by some days, or due in some days (0 = today). */
export type Urgency =
  { kind: 'overdue'; daysLate: number } | { kind: 'due_soon'; daysLeft: number };

/**
 * Báo cáo cần nộp: a period not yet submitted (nothing, a draft) is overdue after its due day and
 * "due soon" within REPORT_HORIZON_DAYS of it; submitted, accepted and returned ones are not
 * (a returned report is listed apart, with the reviewer's comment).
 */
export function reportUrgency(
  status: PeriodCellStatus,
  due: string,
  today: string,
): Urgency | null {
  if (status === 'missing') return { kind: 'overdue', daysLate: daysLate(due, today) };
  if (status !== 'not_due' && status !== 'in_progress') return null;
  if (due > addDays(today, REPORT_HORIZON_DAYS)) return null;
  return { kind: 'due_soon', daysLeft: daysLate(today, due) };
}

/**
 * Nhiệm vụ cần làm: overdue as the plans count it (isTaskOverdue), else due soon when its next
 * due date falls within TASK_HORIZON_DAYS; a finished task, or one with no due date, is not listed.
 */
export function taskUrgency(
  timeframe: Timeframe,
  status: TaskStatus,
  today: string,
): (Urgency & { due: string | null }) | null {
  if (status === 'done' || status === 'cannot_do') return null;
  if (isTaskOverdue(timeframe, status, today)) {
    // The earliest due date passed: how long the task has been behind.
    const passed = dueDatesOf(timeframe)
      .filter((due) => due < today)
      .sort()[0];
    return passed
      ? { kind: 'overdue', daysLate: daysLate(passed, today), due: passed }
      : { kind: 'overdue', daysLate: 0, due: null };
  }
  const next = nextDueDate(timeframe, today);
  if (next === null || next < today || next > addDays(today, TASK_HORIZON_DAYS)) return null;
  return { kind: 'due_soon', daysLeft: daysLate(today, next), due: next };
}
