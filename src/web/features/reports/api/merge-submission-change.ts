/**
 * A save or a submit answers only what it changed (SubmissionChangeDto); this puts that into the
 * report the page holds. The merge is exact: what the answer leaves out (plan, period, tasks,
 * evidence, coordinators' parts) is what a save or a submit never changes, and every entry a save
 * stored comes back with its "đến hạn kỳ này" as its new status makes it.
 */
import type { SubmissionChangeDto, SubmissionDto } from '@contract/reports';

/** The report with the change applied. */
export function mergeSubmissionChange(
  submission: SubmissionDto,
  change: SubmissionChangeDto,
): SubmissionDto {
  const { entries: changedEntries, ...fields } = change;
  const byTask = new Map(changedEntries.map((entry) => [entry.taskId, entry]));
  return {
    ...submission,
    ...fields,
    entries: submission.entries.map((entry) => {
      const changed = byTask.get(entry.task.id);
      if (!changed) return entry;
      const { taskId: _taskId, dueInPeriod, ...values } = changed;
      return { ...entry, ...values, task: { ...entry.task, dueInPeriod } };
    }),
  };
}
