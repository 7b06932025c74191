// Thông báo khi ban hành kế hoạch: the units a plan gives tasks to hear when it is issued; when
// an amendment is issued, the units of both versions hear of it, and each unit that became the
// lead of a task (a new task, or a task whose lead changed) hears of that task. A draft's tasks
// notify nobody: a draft binds no unit, and everything it assigns is told at issue.
import type { PlanRef } from '@domain/notifications/notice-events';
import type { ServiceContext } from '../http/service-context';
import { findOrganisation } from '../organisations/organisation.repository';
import { notifyEvent } from '../notifications/event-notices';
import type { PlanRow } from './plan.repository';
import * as tasksRepo from './task.repository';

type TaskUnits = Pick<
  tasksRepo.TaskRow,
  'id' | 'lineageId' | 'content' | 'leadOrganisationId' | 'coordinating'
>;

/** Chủ trì and phối hợp units of the tasks, each once. */
function unitsOf(tasks: readonly TaskUnits[]): string[] {
  const units = new Set<string>();
  for (const task of tasks) {
    if (task.leadOrganisationId) units.add(task.leadOrganisationId);
    for (const unit of task.coordinating) units.add(unit.id);
  }
  return [...units];
}

/** Records the notices of issuing `plan` (with its `tasks`), which replaces `replacedPlanId` when an amendment. */
export async function notifyPlanIssued(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  input: { plan: PlanRow; tasks: readonly TaskUnits[]; replacedPlanId: string | null },
): Promise<void> {
  const { db, actor } = ctx;
  const { plan, tasks, replacedPlanId } = input;
  const issuer = await findOrganisation(db, actor.tenantId, plan.organisationId);
  const ref: PlanRef = {
    id: plan.id,
    title: plan.content.title,
    number: plan.content.number,
    issuedOn: plan.content.issuedOn,
    issuingUnitName: issuer?.name ?? '',
  };
  if (replacedPlanId === null) {
    await notifyEvent(ctx, { kind: 'plan_issued', plan: ref, unitIds: unitsOf(tasks) });
    return;
  }
  const previous = await tasksRepo.listPlanTasks(db, actor.tenantId, replacedPlanId);
  await notifyEvent(ctx, {
    kind: 'plan_amended',
    plan: ref,
    unitIds: [...new Set([...unitsOf(tasks), ...unitsOf(previous)])],
  });
  const previousLead = new Map(previous.map((task) => [task.lineageId, task.leadOrganisationId]));
  for (const task of tasks) {
    const lead = task.leadOrganisationId;
    if (!lead || previousLead.get(task.lineageId) === lead) continue;
    await notifyEvent(ctx, {
      kind: 'task_assigned',
      plan: ref,
      task: { id: task.id, content: task.content },
      unitId: lead,
    });
  }
}
