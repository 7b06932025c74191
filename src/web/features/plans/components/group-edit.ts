/**
 * Sửa nhiệm vụ theo nhóm: an edit on a group lead's row goes to every obligation of the group; an
 * obligation that already shows the change (the server may spread it across the group) is skipped.
 */
import type { EndpointBody } from '@contract/endpoint';
import type { PlanTaskDto, updateTask } from '@contract/plans';

/** One inline edit of a task. */
export type TaskPatch = EndpointBody<typeof updateTask>;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Whether the task already holds every field of the patch (so sending it would change nothing). */
export function isPatchApplied(task: PlanTaskDto, patch: TaskPatch): boolean {
  return Object.entries(patch).every(([field, value]) => {
    switch (field) {
      case 'leadOrganisationId':
        return (task.lead?.id ?? null) === value;
      case 'coordinatingOrganisationIds':
        return sameIds(
          task.coordinating.map((unit) => unit.id),
          value as string[],
        );
      case 'nodeLinks':
        return sameIds(
          task.nodeLinks.map((link) => `${link.frameworkId}|${link.code}`),
          (value as { frameworkId: string; code: string }[]).map(
            (link) => `${link.frameworkId}|${link.code}`,
          ),
        );
      case 'leadGroup':
        return JSON.stringify(task.leadGroup) === JSON.stringify(value);
      default:
        return task[field as keyof PlanTaskDto] === value;
    }
  });
}
