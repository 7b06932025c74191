/**
 * Sao chép từ kỳ trước: fills the report form from the unit's previous report of the same plan —
 * per task its status, %, result and reason — only where the unit has not written a result yet
 * and the earlier report said something (a task left not started and blank gives nothing);
 * what it typed is kept. KPI figures are not copied (each period is measured anew): the form
 * shows the previous figure beside the box instead.
 */
import type { PreviousReportDto } from '@contract/reports';
import type { ReportFormValues } from './report-form-values';

/** What a copy did: the new values and how many tasks were filled or kept as typed. */
export interface CopyOutcome {
  values: ReportFormValues;
  copied: number;
  kept: number;
}

/** The form's values with the previous report's entries filled into tasks without a result. */
export function copyFromPrevious(
  values: ReportFormValues,
  previous: PreviousReportDto,
): CopyOutcome {
  const earlier = new Map(previous.entries.map((entry) => [entry.taskId, entry]));
  let copied = 0;
  let kept = 0;
  const entries = values.entries.map((entry) => {
    const source = earlier.get(entry.taskId);
    // A task the previous report left untouched (not started, nothing written) has nothing to give.
    if (!source || isBlank(source)) return entry;
    if ((entry.result ?? '').trim() !== '') {
      kept += 1;
      return entry;
    }
    copied += 1;
    return {
      ...entry,
      status: source.status,
      // "Hoàn thành" is 100 % whatever an older report stored.
      progress: source.status === 'done' ? 100 : source.progress,
      result: source.result,
      reason: source.reason,
    };
  });
  return { values: { ...values, entries }, copied, kept };
}

function isBlank(entry: PreviousReportDto['entries'][number]): boolean {
  return (
    entry.status === 'not_started' &&
    entry.progress === 0 &&
    entry.result.trim() === '' &&
    entry.reason.trim() === ''
  );
}
