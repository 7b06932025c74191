/** Bộ lọc bảng nhiệm vụ: by area, by lead unit (or none yet), overdue only; and the choices the filters offer. */
import type { PlanTaskDto } from '@contract/plans';

/** Marks "no lead unit yet" in the lead filter (ids are UUIDs, so it cannot clash). */
export const NO_LEAD = 'none';

/** The task table's filters as the page holds them. */
export interface TaskFilters {
  area?: string;
  /** A unit id, or NO_LEAD for tasks nobody leads yet. */
  leadId?: string;
  onlyOverdue: boolean;
}

type FilterableTask = Pick<PlanTaskDto, 'area' | 'lead' | 'isOverdue'>;

/** The tasks that pass every filter set, in their original order. */
export function filterTasks<T extends FilterableTask>(
  tasks: readonly T[],
  filters: TaskFilters,
): T[] {
  return tasks.filter(
    (task) =>
      (filters.area === undefined || task.area === filters.area) &&
      (filters.leadId === undefined ||
        (filters.leadId === NO_LEAD ? task.lead === null : task.lead?.id === filters.leadId)) &&
      (!filters.onlyOverdue || task.isOverdue),
  );
}

/** The distinct non-empty areas, in the order they first appear (the plan's order). */
export function listAreas(tasks: readonly Pick<PlanTaskDto, 'area'>[]): string[] {
  return [...new Set(tasks.map((task) => task.area.trim()).filter((area) => area !== ''))];
}

/** The distinct lead units, sorted by name the Vietnamese way. */
export function listLeads(
  tasks: readonly Pick<PlanTaskDto, 'lead'>[],
): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const task of tasks) if (task.lead) byId.set(task.lead.id, task.lead.name);
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
