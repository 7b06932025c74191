/**
 * Nhiệm vụ theo mục của kế hoạch: the report's task rows under the headings the plan prints them
 * under, in plan order, each with its place in the form's list; the filter "Đến hạn kỳ này" keeps
 * the tasks the period's report must speak to.
 */
import type { SubmissionDto } from '@contract/reports';

type ReportEntry = SubmissionDto['entries'][number];

/** Bộ lọc nhiệm vụ: every task, or those due in the period (by the server's dueInPeriod). */
export type TaskFilter = 'all' | 'due';

/** One heading and its tasks; `index` is the entry's place in `submission.entries` (the form list). */
export interface ReportTaskGroup {
  key: string;
  /** The plan's printed heading ("I. Cải cách thể chế"); "" for the general list. */
  title: string;
  items: { entry: ReportEntry; index: number }[];
}

/** True when the filter keeps the entry. */
export function isShown(entry: ReportEntry, filter: TaskFilter): boolean {
  return filter === 'all' || entry.task.dueInPeriod !== null;
}

/**
 * The entries grouped by heading in order of first appearance (the server sends them in plan
 * order), every entry kept — the form holds them all — with `visible` telling which the filter
 * shows; a heading with none shown is `visible: false` too.
 */
export function groupReportTasks(
  entries: readonly ReportEntry[],
  filter: TaskFilter,
): (ReportTaskGroup & { visible: boolean; visibleIds: Set<string> })[] {
  const groups = new Map<string, ReportTaskGroup>();
  entries.forEach((entry, index) => {
    const group = groups.get(entry.task.groupKey) ?? {
      key: entry.task.groupKey,
      title: entry.task.groupTitle,
      items: [],
    };
    group.items.push({ entry, index });
    groups.set(entry.task.groupKey, group);
  });
  return [...groups.values()].map((group) => {
    const visibleIds = new Set(
      group.items.filter((item) => isShown(item.entry, filter)).map((item) => item.entry.task.id),
    );
    return { ...group, visible: visibleIds.size > 0, visibleIds };
  });
}
