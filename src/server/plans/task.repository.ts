// SQL for plan tasks (nhiệm vụ) and their coordinating units (cơ quan phối hợp).
import { and, eq, sql } from 'drizzle-orm';
import type {
  LeadGroup,
  OutputKind,
  PlanTask,
  TaskKind,
  TaskNodeLink,
  TaskStatus,
} from '@domain/plans/plan';
import type { Database } from '../db/client';
import { planTaskCoordinators, planTasks } from '../db/schema';

/** A task with its lead's name and its coordinating units (in the order given), as lists show it. */
export type TaskRow = {
  id: string;
  planId: string;
  lineageId: string;
  parentTaskId: string | null;
  position: number;
  area: string;
  sectionId: string | null;
  kind: TaskKind;
  leadGroup: LeadGroup | null;
  groupId: string | null;
  content: string;
  solution: string;
  nodeLinks: TaskNodeLink[];
  leadOrganisationId: string | null;
  leadName: string | null;
  leadSuggestion: string;
  coordinating: { id: string; name: string }[];
  coordinatingNote: string;
  outputKind: OutputKind;
  outputDescription: string;
  timeframeText: string;
  note: string;
  status: TaskStatus;
  statusNote: string;
  version: number;
};

/** A task to insert: the domain task plus where it sits and where it comes from. */
export interface NewTask extends PlanTask {
  position: number;
  lineageId?: string;
  parentTaskId?: string | null;
  statusNote?: string;
}

/** The columns of a TaskRow (over TASK_FROM), for statements that read tasks with other rows. */
export const TASK_COLUMNS = sql`
  t.id, t.plan_id AS "planId", t.lineage_id AS "lineageId", t.parent_task_id AS "parentTaskId",
  t.position, t.area, t.section_id AS "sectionId", t.kind, t.lead_group AS "leadGroup",
  t.group_id AS "groupId", t.content, t.solution, t.node_links AS "nodeLinks",
  t.lead_organisation_id AS "leadOrganisationId", lead.name AS "leadName",
  t.lead_suggestion AS "leadSuggestion", t.coordinating_note AS "coordinatingNote",
  t.output_kind AS "outputKind", t.output_description AS "outputDescription",
  t.timeframe_text AS "timeframeText", t.note, t.status, t.status_note AS "statusNote", t.version,
  COALESCE((
    SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY c.position)
    FROM plan_task_coordinators c JOIN organisations o ON o.tenant_id = c.tenant_id AND o.id = c.organisation_id
    WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id
  ), '[]'::json) AS coordinating`;

/** plan_tasks t with its lead unit, the FROM of TASK_COLUMNS. */
export const TASK_FROM = sql`plan_tasks t
  LEFT JOIN organisations lead ON lead.tenant_id = t.tenant_id AND lead.id = t.lead_organisation_id`;

/** The tasks of a plan in appendix order. */
export async function listPlanTasks(
  db: Database,
  tenantId: string,
  planId: string,
): Promise<TaskRow[]> {
  const result = await db.execute<TaskRow>(sql`
    SELECT ${TASK_COLUMNS} FROM ${TASK_FROM}
    WHERE t.tenant_id = ${tenantId} AND t.plan_id = ${planId}
    ORDER BY t.position, t.created_at, t.id`);
  return result.rows;
}

export async function findTask(
  db: Database,
  tenantId: string,
  taskId: string,
): Promise<TaskRow | null> {
  const result = await db.execute<TaskRow>(sql`
    SELECT ${TASK_COLUMNS} FROM ${TASK_FROM} WHERE t.tenant_id = ${tenantId} AND t.id = ${taskId}`);
  return result.rows[0] ?? null;
}

/** Inserts tasks and their coordinating units; returns the new ids in order. */
export async function insertTasks(
  db: Database,
  tenantId: string,
  planId: string,
  tasks: readonly NewTask[],
): Promise<string[]> {
  if (tasks.length === 0) return [];
  const inserted = await db
    .insert(planTasks)
    .values(
      tasks.map((task) => ({
        tenantId,
        planId,
        ...(task.lineageId ? { lineageId: task.lineageId } : {}),
        parentTaskId: task.parentTaskId ?? null,
        position: task.position,
        area: task.area,
        sectionId: task.sectionId,
        kind: task.kind,
        leadGroup: task.leadGroup,
        groupId: task.groupId,
        content: task.content,
        solution: task.solution,
        nodeLinks: task.nodeLinks,
        leadOrganisationId: task.leadOrganisationId,
        leadSuggestion: task.leadSuggestion,
        coordinatingNote: task.coordinatingNote,
        outputKind: task.outputKind,
        outputDescription: task.outputDescription,
        timeframeText: task.timeframeText,
        note: task.note,
        status: task.status,
        statusNote: task.statusNote ?? '',
      })),
    )
    .returning({ id: planTasks.id });
  const coordinators = tasks.flatMap((task, index) =>
    task.coordinatingOrganisationIds.map((organisationId, position) => ({
      tenantId,
      taskId: inserted[index]?.id ?? '',
      organisationId,
      position,
    })),
  );
  if (coordinators.length > 0) await db.insert(planTaskCoordinators).values(coordinators);
  return inserted.map((row) => row.id);
}

/** The content fields a task edit may change. */
export type TaskChanges = Partial<
  Pick<
    PlanTask,
    | 'area'
    | 'sectionId'
    | 'kind'
    | 'leadSuggestion'
    | 'nodeLinks'
    | 'content'
    | 'solution'
    | 'leadOrganisationId'
    | 'coordinatingNote'
    | 'outputKind'
    | 'outputDescription'
    | 'timeframeText'
    | 'note'
    | 'status'
  > & { statusNote: string; position: number }
>;

/** Applies `changes` when `version` still matches, raising the version; false on a clash. */
export async function updateTaskIfVersion(
  db: Database,
  tenantId: string,
  taskId: string,
  version: number,
  changes: TaskChanges,
): Promise<boolean> {
  const rows = await db
    .update(planTasks)
    .set({ ...changes, version: sql`${planTasks.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(planTasks.tenantId, tenantId),
        eq(planTasks.id, taskId),
        eq(planTasks.version, version),
      ),
    )
    .returning({ id: planTasks.id });
  return rows.length > 0;
}

/** Replaces the coordinating units of a task (order kept). */
export async function replaceCoordinators(
  db: Database,
  tenantId: string,
  taskId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await db
    .delete(planTaskCoordinators)
    .where(
      and(eq(planTaskCoordinators.tenantId, tenantId), eq(planTaskCoordinators.taskId, taskId)),
    );
  if (organisationIds.length === 0) return;
  await db.insert(planTaskCoordinators).values(
    organisationIds.map((organisationId, position) => ({
      tenantId,
      taskId,
      organisationId,
      position,
    })),
  );
}

/** Deletes a task when `version` still matches; false on a clash. */
export async function deleteTaskIfVersion(
  db: Database,
  tenantId: string,
  taskId: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(planTasks)
    .where(
      and(
        eq(planTasks.tenantId, tenantId),
        eq(planTasks.id, taskId),
        eq(planTasks.version, version),
      ),
    )
    .returning({ id: planTasks.id });
  return rows.length > 0;
}

/** A child unit's task carrying out a parent task, with its plan's unit and status. */
export type DerivedTaskRow = {
  parentTaskId: string;
  taskId: string;
  planId: string;
  organisationId: string;
  organisationName: string;
  planStatus: string;
  status: TaskStatus;
  timeframeText: string;
  planYear: number;
};

/** Tasks of other plans that carry out one of `parentTaskIds` (superseded versions left out). */
export async function listDerivedTasks(
  db: Database,
  tenantId: string,
  parentTaskIds: readonly string[],
): Promise<DerivedTaskRow[]> {
  if (parentTaskIds.length === 0) return [];
  const result = await db.execute<DerivedTaskRow>(sql`
    SELECT t.parent_task_id AS "parentTaskId", t.id AS "taskId", t.plan_id AS "planId",
           p.organisation_id AS "organisationId", o.name AS "organisationName", p.status AS "planStatus",
           t.status, t.timeframe_text AS "timeframeText", p.year AS "planYear"
    FROM plan_tasks t
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    JOIN organisations o ON o.tenant_id = p.tenant_id AND o.id = p.organisation_id
    WHERE t.tenant_id = ${tenantId} AND t.parent_task_id = ANY(${sql.param([...parentTaskIds])}::uuid[])
      AND p.status <> 'superseded'
    ORDER BY o.name, t.position`);
  return result.rows;
}

/** A task with the id of its plan, for "my unit's tasks". */
export type UnitTaskRow = TaskRow & { role: 'lead' | 'coordinator' };

/** Tasks of issued plans that `organisationId` leads or coordinates, across every plan of the tenant. */
export async function listTasksOfUnit(
  db: Database,
  tenantId: string,
  organisationId: string,
): Promise<UnitTaskRow[]> {
  const result = await db.execute<UnitTaskRow>(sql`
    SELECT ${TASK_COLUMNS},
           CASE WHEN t.lead_organisation_id = ${organisationId} THEN 'lead' ELSE 'coordinator' END AS role
    FROM ${TASK_FROM}
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id AND p.status = 'issued'
    WHERE t.tenant_id = ${tenantId}
      AND (t.lead_organisation_id = ${organisationId}
           OR EXISTS (SELECT 1 FROM plan_task_coordinators c
                      WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id AND c.organisation_id = ${organisationId}))
    ORDER BY p.year DESC, p.id, t.position`);
  return result.rows;
}

/**
 * The organisations of this tenant among `ids` that existed during the plan's year (the domain's
 * existedInYear, as SQL): a 2024 plan of the former huyện Lấp Vò may still assign its offices,
 * closed since the 2025 merger.
 */
export async function findOrganisationsValidInYear(
  db: Database,
  tenantId: string,
  ids: readonly string[],
  year: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.execute<{ id: string }>(sql`
    SELECT id FROM organisations
    WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...new Set(ids)])}::uuid[])
      AND valid_from <= ${`${year}-12-31`}::date
      AND (valid_to IS NULL OR valid_to >= ${`${year}-01-01`}::date)`);
  return new Set(result.rows.map((row) => row.id));
}

/** Timeframe and status of every task of these plans (for overdue counts). */
export async function listTaskTimeframes(
  db: Database,
  tenantId: string,
  planIds: readonly string[],
): Promise<{ planId: string; timeframeText: string; status: TaskStatus }[]> {
  if (planIds.length === 0) return [];
  const result = await db.execute<{
    planId: string;
    timeframeText: string;
    status: TaskStatus;
  }>(sql`
    SELECT plan_id AS "planId", timeframe_text AS "timeframeText", status FROM plan_tasks
    WHERE tenant_id = ${tenantId} AND plan_id = ANY(${sql.param([...planIds])}::uuid[])`);
  return result.rows;
}

/** The unit and every unit below it (closed ones included: old tasks may name them). */
export async function listOrganisationIdsUnder(
  db: Database,
  tenantId: string,
  organisationId: string,
): Promise<Set<string>> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE down AS (
      SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ${organisationId}
      UNION
      SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
    ) SELECT id FROM down`);
  return new Set(result.rows.map((row) => row.id));
}

/** Sets a task's status from an accepted report (raising its version: open edit forms see a 412). */
export async function setTaskStatus(
  db: Database,
  tenantId: string,
  taskId: string,
  status: TaskStatus,
  statusNote: string,
): Promise<void> {
  await db
    .update(planTasks)
    .set({ status, statusNote, version: sql`${planTasks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(planTasks.tenantId, tenantId), eq(planTasks.id, taskId)));
}

/** The tasks of one plan that `organisationId` leads or coordinates, in appendix order. */
export async function listUnitTasksOfPlan(
  db: Database,
  tenantId: string,
  planId: string,
  organisationId: string,
): Promise<TaskRow[]> {
  const result = await db.execute<TaskRow>(sql`
    SELECT ${TASK_COLUMNS} FROM ${TASK_FROM}
    WHERE t.tenant_id = ${tenantId} AND t.plan_id = ${planId}
      AND (t.lead_organisation_id = ${organisationId}
           OR EXISTS (SELECT 1 FROM plan_task_coordinators c
                      WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id AND c.organisation_id = ${organisationId}))
    ORDER BY t.position, t.created_at, t.id`);
  return result.rows;
}

/** Moves tasks of a plan: each to its section and position (one statement; versions raised). */
export async function placeTasks(
  db: Database,
  tenantId: string,
  planId: string,
  places: readonly { id: string; sectionId: string | null; position: number }[],
): Promise<void> {
  if (places.length === 0) return;
  await db.execute(sql`
    UPDATE plan_tasks t SET section_id = p.section_id, position = p.position,
           version = t.version + 1, updated_at = now()
    FROM unnest(${sql.param(places.map((place) => place.id))}::uuid[],
                ${sql.param(places.map((place) => place.sectionId))}::text[],
                ${sql.param(places.map((place) => place.position))}::int[])
         AS p(id, section_id, position)
    WHERE t.tenant_id = ${tenantId} AND t.plan_id = ${planId} AND t.id = p.id`);
}

/**
 * Đơn vị loại K thuộc U: the units of `type` at or below `underOrganisationId` that existed in the
 * plan's year, by name — the obligations a lead like "Các xã, phường" expands into.
 */
export async function listUnitsOfTypeUnder(
  db: Database,
  tenantId: string,
  underOrganisationId: string,
  type: string,
  year: number,
): Promise<{ id: string; name: string }[]> {
  const result = await db.execute<{ id: string; name: string }>(sql`
    WITH RECURSIVE down AS (
      SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ${underOrganisationId}
      UNION
      SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
    )
    SELECT o.id, o.name FROM organisations o JOIN down ON down.id = o.id
    WHERE o.tenant_id = ${tenantId} AND o.type = ${type}
      AND o.valid_from <= ${`${year}-12-31`}::date
      AND (o.valid_to IS NULL OR o.valid_to >= ${`${year}-01-01`}::date)
    ORDER BY o.name, o.id`);
  return result.rows;
}

/** Deletes every row of an obligation group (the rows one written task expanded into). */
export async function deleteTaskGroup(
  db: Database,
  tenantId: string,
  groupId: string,
): Promise<number> {
  const rows = await db
    .delete(planTasks)
    .where(and(eq(planTasks.tenantId, tenantId), eq(planTasks.groupId, groupId)))
    .returning({ id: planTasks.id });
  return rows.length;
}

/** Shifts the positions of a plan's tasks at or after `from` by `by` (room for a group's rows). */
export async function shiftTaskPositions(
  db: Database,
  tenantId: string,
  planId: string,
  from: number,
  by: number,
): Promise<void> {
  await db.execute(sql`
    UPDATE plan_tasks SET position = position + ${by}
    WHERE tenant_id = ${tenantId} AND plan_id = ${planId} AND position >= ${from}`);
}
