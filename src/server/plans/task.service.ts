// Nhiệm vụ: add, edit, remove and bulk-assign a draft's tasks (the plan's managers), update a
// task's status (its lead and coordinating units), and "Nhiệm vụ của đơn vị tôi".
import type { z } from 'zod';
import type * as contract from '@contract/plans';
import type { PlanTaskDto } from '@contract/plans';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation.repository';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import { assertDraft, getPlanRow, planSummaries } from './plan.service';
import { toDomainTask, toTaskDto } from './plan-presenter';
import { loadPlanFrameworks } from './plan-frameworks';
import { expandLead, resolveNodeLinks, type Obligation } from './task-rows';

type TaskInput = z.output<typeof contract.taskInputSchema>;
type TaskPatch = z.output<typeof contract.taskPatchSchema>;

/**
 * Lead and coordinating units must be units of this tenant that existed during the plan's year;
 * the lead may not also coordinate.
 */
async function assertUnits(
  db: Database,
  tenantId: string,
  leadOrganisationId: string | null | undefined,
  coordinatingIds: readonly string[] | undefined,
  year: number,
): Promise<void> {
  const wanted = [...(leadOrganisationId ? [leadOrganisationId] : []), ...(coordinatingIds ?? [])];
  const open = await tasksRepo.findOrganisationsValidInYear(db, tenantId, wanted, year);
  const details = [];
  if (leadOrganisationId && !open.has(leadOrganisationId)) {
    details.push({
      field: 'leadOrganisationId',
      message: 'Cơ quan chủ trì không tồn tại trong năm của kế hoạch.',
    });
  }
  if ((coordinatingIds ?? []).some((id) => !open.has(id))) {
    details.push({
      field: 'coordinatingOrganisationIds',
      message: 'Có cơ quan phối hợp không tồn tại trong năm của kế hoạch.',
    });
  }
  if (leadOrganisationId && coordinatingIds?.includes(leadOrganisationId)) {
    details.push({
      field: 'coordinatingOrganisationIds',
      message: 'Cơ quan chủ trì không đồng thời là cơ quan phối hợp.',
    });
  }
  if (details.length > 0) throw validationError('Đơn vị được giao không hợp lệ.', details);
}

async function taskOf(db: Database, tenantId: string, planId: string, taskId: string) {
  const task = await tasksRepo.findTask(db, tenantId, taskId);
  if (!task || task.planId !== planId) throw notFound('Không tìm thấy nhiệm vụ.');
  return task;
}

async function presentTask(
  db: Database,
  tenantId: string,
  taskId: string,
  year: number,
  today: string,
) {
  const row = await tasksRepo.findTask(db, tenantId, taskId);
  if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
  return toTaskDto(row, year, today);
}

/** The section a task is put under must be one of the plan's. */
function assertSection(content: { sections: readonly { id: string }[] }, sectionId: string | null) {
  if (sectionId !== null && !content.sections.some((section) => section.id === sectionId)) {
    throw validationError('Mục được chọn không có trong kế hoạch.', [
      { field: 'sectionId', message: 'Chọn một mục của kế hoạch (hoặc để trống: nhiệm vụ chung).' },
    ]);
  }
}

/** Coordinating units of one obligation: never its own lead. */
function coordinatorsFor(obligation: Obligation, coordinatingIds: readonly string[]): string[] {
  return coordinatingIds.filter((id) => id !== obligation.leadOrganisationId);
}

/**
 * Thêm nhiệm vụ at the end of a draft. A group lead ("Các xã, phường") adds one row per unit,
 * sharing a group id; the answer is the first of them.
 */
export async function addTask(
  ctx: ServiceContext,
  input: { planId: string; task: TaskInput },
): Promise<PlanTaskDto> {
  const { db, actor, audit, today } = ctx;
  const { planId, task } = input;
  const plan = await plansRepo.findPlan(db, actor.tenantId, planId, { lock: true });
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  assertDraft(plan);
  assertSection(plan.content, task.sectionId);
  await assertUnits(
    db,
    actor.tenantId,
    task.leadGroup ? null : task.leadOrganisationId,
    task.coordinatingOrganisationIds,
    plan.year,
  );
  const frameworks = await loadPlanFrameworks(db, actor.tenantId, plan.content.frameworkIds);
  const nodeLinks = resolveNodeLinks(frameworks, task.nodeLinks);
  const obligations = await expandLead(db, {
    tenantId: actor.tenantId,
    year: plan.year,
    leadOrganisationId: task.leadOrganisationId,
    leadGroup: task.leadGroup,
  });
  const existing = await tasksRepo.listPlanTasks(db, actor.tenantId, planId);
  const start = Math.max(0, ...existing.map((each) => each.position));
  const ids = await tasksRepo.insertTasks(
    db,
    actor.tenantId,
    planId,
    obligations.map((obligation, index) => ({
      ...task,
      ...obligation,
      coordinatingOrganisationIds: coordinatorsFor(obligation, task.coordinatingOrganisationIds),
      nodeLinks,
      status: 'not_started' as const,
      position: start + index + 1,
    })),
  );
  await plansRepo.touchPlan(db, actor.tenantId, planId);
  const created = await presentTask(db, actor.tenantId, ids[0] ?? '', plan.year, today);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan_task',
    objectId: created.id,
    after: { ...created, obligations: ids.length },
  });
  return created;
}

/**
 * Sửa nhiệm vụ of a draft: the given fields, when If-Match (the task's version) still matches.
 * A row of a group carries the edit to every row of the group (one written task); a new lead or
 * group re-expands it — the edited row stays (as the first obligation), the others are replaced.
 */
export async function updateTask(
  ctx: ServiceContext,
  input: { planId: string; taskId: string; version: number; patch: TaskPatch },
): Promise<PlanTaskDto> {
  const { db, actor, audit, today } = ctx;
  const { planId, taskId, version, patch } = input;
  const plan = await plansRepo.findPlan(db, actor.tenantId, planId, { lock: true });
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  assertDraft(plan);
  const current = await taskOf(db, actor.tenantId, planId, taskId);
  if (current.version !== version) throw versionMismatch(current.version);
  if (patch.sectionId !== undefined) assertSection(plan.content, patch.sectionId);
  const { coordinatingOrganisationIds, leadGroup, leadOrganisationId, nodeLinks, ...fields } =
    patch;
  const coordinating = coordinatingOrganisationIds ?? current.coordinating.map((unit) => unit.id);
  const leadChanged = leadGroup !== undefined || leadOrganisationId !== undefined;
  const group = current.groupId
    ? (await tasksRepo.listPlanTasks(db, actor.tenantId, planId)).filter(
        (row) => row.groupId === current.groupId,
      )
    : [current];
  let obligations: Obligation[] = group.map((row) => ({
    leadOrganisationId: row.leadOrganisationId,
    leadGroup: row.leadGroup,
    groupId: row.groupId,
  }));
  if (leadChanged) {
    const wantedGroup =
      leadGroup !== undefined
        ? leadGroup
        : leadOrganisationId !== undefined
          ? null
          : current.leadGroup;
    const wantedLead =
      leadOrganisationId !== undefined ? leadOrganisationId : current.leadOrganisationId;
    await assertUnits(db, actor.tenantId, wantedGroup ? null : wantedLead, coordinating, plan.year);
    obligations = await expandLead(db, {
      tenantId: actor.tenantId,
      year: plan.year,
      leadOrganisationId: wantedLead,
      leadGroup: wantedGroup,
    });
  } else if (coordinatingOrganisationIds) {
    await assertUnits(
      db,
      actor.tenantId,
      current.groupId ? null : current.leadOrganisationId,
      coordinating,
      plan.year,
    );
  }
  const changes = {
    ...fields,
    ...(nodeLinks
      ? {
          nodeLinks: resolveNodeLinks(
            await loadPlanFrameworks(db, actor.tenantId, plan.content.frameworkIds),
            nodeLinks,
            current.nodeLinks,
          ),
        }
      : {}),
  };
  const [first, ...rest] = obligations;
  const updated = await tasksRepo.updateTaskIfVersion(db, actor.tenantId, taskId, version, {
    ...changes,
    ...(first ?? {}),
  });
  if (!updated) throw versionMismatch(current.version + 1);
  if (coordinatingOrganisationIds || leadChanged) {
    await tasksRepo.replaceCoordinators(
      db,
      actor.tenantId,
      taskId,
      coordinatorsFor(first!, coordinating),
    );
  }
  const others = group.filter((row) => row.id !== taskId);
  if (leadChanged) {
    for (const row of others)
      await tasksRepo.deleteTaskIfVersion(db, actor.tenantId, row.id, row.version);
    if (rest.length > 0) {
      const merged = { ...toDomainTask(current), ...changes };
      await tasksRepo.shiftTaskPositions(
        db,
        actor.tenantId,
        planId,
        current.position + 1,
        rest.length,
      );
      await tasksRepo.insertTasks(
        db,
        actor.tenantId,
        planId,
        rest.map((obligation, index) => ({
          ...merged,
          ...obligation,
          coordinatingOrganisationIds: coordinatorsFor(obligation, coordinating),
          position: current.position + index + 1,
        })),
      );
    }
  } else {
    for (const row of others) {
      await tasksRepo.updateTaskIfVersion(db, actor.tenantId, row.id, row.version, changes);
      if (coordinatingOrganisationIds) {
        await tasksRepo.replaceCoordinators(
          db,
          actor.tenantId,
          row.id,
          coordinating.filter((id) => id !== row.leadOrganisationId),
        );
      }
    }
  }
  await plansRepo.touchPlan(db, actor.tenantId, planId);
  const after = await presentTask(db, actor.tenantId, taskId, plan.year, today);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan_task',
    objectId: taskId,
    before: toTaskDto(current, plan.year, today),
    after: { ...after, obligations: leadChanged ? obligations.length : group.length },
  });
  return after;
}

/** Xóa nhiệm vụ of a draft (If-Match); a row of a group removes the whole written task. */
export async function deleteTask(
  ctx: ServiceContext,
  input: { planId: string; taskId: string; version: number },
): Promise<{ ok: true }> {
  const { db, actor, audit, today } = ctx;
  const { planId, taskId, version } = input;
  const plan = await getPlanRow(db, actor.tenantId, planId);
  assertDraft(plan);
  const current = await taskOf(db, actor.tenantId, planId, taskId);
  if (current.version !== version) throw versionMismatch(current.version);
  if (!(await tasksRepo.deleteTaskIfVersion(db, actor.tenantId, taskId, version))) {
    throw versionMismatch(current.version + 1);
  }
  const removedWithGroup = current.groupId
    ? await tasksRepo.deleteTaskGroup(db, actor.tenantId, current.groupId)
    : 0;
  await plansRepo.touchPlan(db, actor.tenantId, planId);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan_task',
    objectId: taskId,
    before: { ...toTaskDto(current, plan.year, today), obligations: removedWithGroup + 1 },
  });
  return { ok: true };
}

/**
 * Giao hàng loạt: sets the lead and/or adds coordinating units to many tasks of a draft at once.
 * All or nothing: one task of another plan refuses the whole request.
 */
export async function assignTasks(
  ctx: ServiceContext,
  input: { planId: string; assignment: z.output<(typeof contract.assignTasks)['body']> },
): Promise<{ updated: number }> {
  const { db, actor, audit } = ctx;
  const { planId, assignment: body } = input;
  const plan = await plansRepo.findPlan(db, actor.tenantId, planId, { lock: true });
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  assertDraft(plan);
  await assertUnits(
    db,
    actor.tenantId,
    body.leadOrganisationId,
    body.addCoordinatingOrganisationIds,
    plan.year,
  );
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, planId);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const missing = body.taskIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw notFound('Có nhiệm vụ không thuộc kế hoạch này.');
  for (const taskId of new Set(body.taskIds)) {
    const task = byId.get(taskId);
    if (!task) continue;
    const lead = body.leadOrganisationId ?? task.leadOrganisationId;
    const coordinating = [
      ...new Set([
        ...task.coordinating.map((unit) => unit.id),
        ...body.addCoordinatingOrganisationIds,
      ]),
    ].filter((id) => id !== lead);
    await tasksRepo.updateTaskIfVersion(db, actor.tenantId, taskId, task.version, {
      leadOrganisationId: lead,
    });
    await tasksRepo.replaceCoordinators(db, actor.tenantId, taskId, coordinating);
  }
  await plansRepo.touchPlan(db, actor.tenantId, planId);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: planId,
    after: {
      assigned: body.taskIds,
      leadOrganisationId: body.leadOrganisationId ?? null,
      addCoordinatingOrganisationIds: body.addCoordinatingOrganisationIds,
    },
  });
  return { updated: new Set(body.taskIds).size };
}

/**
 * Cập nhật tình hình: a lead or coordinating unit (authorised by the route on one of them) sets
 * the status of a task of an issued plan; a draft's tasks have no status to report yet.
 */
export async function updateTaskStatus(
  ctx: ServiceContext,
  input: {
    /** The lead or coordinating unit the status is set for (the route's authorised resource). */
    actingOrganisationId: string;
    taskId: string;
    version: number;
    status: PlanTaskDto['status'];
    statusNote: string;
  },
): Promise<PlanTaskDto> {
  const { db, actor, audit, today } = ctx;
  const { actingOrganisationId, taskId, version, ...body } = input;
  const current = await tasksRepo.findTask(db, actor.tenantId, taskId);
  if (!current) throw notFound('Không tìm thấy nhiệm vụ.');
  const plan = await getPlanRow(db, actor.tenantId, current.planId);
  if (plan.status !== 'issued') {
    throw conflict(
      'Chỉ cập nhật tình hình thực hiện nhiệm vụ của kế hoạch đang có hiệu lực (đã ban hành).',
    );
  }
  if (current.version !== version) throw versionMismatch(current.version);
  if (!(await tasksRepo.updateTaskIfVersion(db, actor.tenantId, taskId, version, body))) {
    throw versionMismatch(current.version + 1);
  }
  const after = await presentTask(db, actor.tenantId, taskId, plan.year, today);
  await audit({
    organisationId: actingOrganisationId,
    action: 'task.update',
    objectType: 'plan_task',
    objectId: taskId,
    before: { status: current.status, statusNote: current.statusNote },
    after: { status: after.status, statusNote: after.statusNote },
  });
  return after;
}

/** Nhiệm vụ của đơn vị tôi: tasks of issued plans the unit leads, and those it coordinates. */
export async function listMyTasks(
  ctx: ServiceContext,
  input: { organisationId: string },
): Promise<z.output<(typeof contract.listMyTasks)['response']>> {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { organisationId } = input;
  const unit = await findOrganisation(db, tenantId, organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const rows = await tasksRepo.listTasksOfUnit(db, tenantId, organisationId);
  const planRows = await plansRepo.listPlansUnder(db, tenantId, 'all', {
    ids: [...new Set(rows.map((row) => row.planId))],
  });
  const plans = new Map(
    (await planSummaries(ctx, planRows)).map((summary) => [summary.id, summary]),
  );
  const present = (row: tasksRepo.UnitTaskRow) => {
    const plan = plans.get(row.planId);
    if (!plan) throw new Error(`plan ${row.planId} of task ${row.id} not found`);
    return { ...toTaskDto(row, plan.year, today), plan };
  };
  return {
    organisation: { id: unit.id, name: unit.name },
    asLead: rows.filter((row) => row.role === 'lead').map(present),
    asCoordinator: rows.filter((row) => row.role === 'coordinator').map(present),
  };
}
