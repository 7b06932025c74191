/** Cascade roll-up: the child units' tasks carrying out each task of a plan, grouped by the parent task. */
import type { PlanDetail } from '@contract/plans';

/** One child unit's task carrying out a task of this plan. */
export type DerivedTask = PlanDetail['derivedTasks'][number];

/** Derived tasks grouped by parent task id, each group sorted by unit name. */
export function groupDerivedTasks(derived: readonly DerivedTask[]): Map<string, DerivedTask[]> {
  const groups = new Map<string, DerivedTask[]>();
  for (const task of derived) {
    const group = groups.get(task.parentTaskId) ?? [];
    group.push(task);
    groups.set(task.parentTaskId, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'vi'));
  }
  return groups;
}

/** How many child units finished their task, out of how many carry it. */
export function countDerivedDone(group: readonly DerivedTask[]): { done: number; total: number } {
  return { done: group.filter((task) => task.status === 'done').length, total: group.length };
}
