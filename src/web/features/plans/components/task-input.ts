/**
 * Một lần sửa nhiệm vụ as a full task input: the contract's patch schema fills every field left
 * out with its default (area '', no lead…), so an edit of one field sends all the others as they are.
 */
import type { EndpointBody } from '@contract/endpoint';
import type { PlanTaskDto, updateTask } from '@contract/plans';

type TaskPatch = EndpointBody<typeof updateTask>;

/** The task's editable fields as the API takes them. */
export function toTaskInput(task: PlanTaskDto): Required<TaskPatch> {
  return {
    area: task.area,
    content: task.content,
    solution: task.solution,
    leadOrganisationId: task.lead?.id ?? null,
    coordinatingOrganisationIds: task.coordinating.map((unit) => unit.id),
    coordinatingNote: task.coordinatingNote,
    outputKind: task.outputKind,
    outputDescription: task.outputDescription,
    timeframeText: task.timeframeText,
    note: task.note,
  };
}

/** The body of an edit: the task as it is, with the changed fields. */
export function withTaskChange(task: PlanTaskDto, change: TaskPatch): TaskPatch {
  return { ...toTaskInput(task), ...change };
}
