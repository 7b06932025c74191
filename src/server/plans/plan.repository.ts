// SQL for plans (kế hoạch): rows, version-checked updates, lists under grant roots, history.
import { and, eq, sql } from 'drizzle-orm';
import type { PlanContent } from '@domain/plans/plan';
import type { Database } from '../db/client';
import { plans } from '../db/schema';

/** A plan row; `content` is the domain's PlanContent. */
export type PlanRow = Omit<typeof plans.$inferSelect, 'content'> & { content: PlanContent };

/** The columns a new plan needs. */
export type NewPlanRow = Omit<
  typeof plans.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'content'
> & { content: PlanContent };

/** A plan in a list, with its unit's name and task counts (overdue is computed by the service). */
export type PlanListRow = PlanRow & {
  organisationName: string;
  taskCount: number;
  doneCount: number;
};

export async function insertPlan(db: Database, row: NewPlanRow): Promise<PlanRow> {
  const [created] = await db.insert(plans).values(row).returning();
  if (!created) throw new Error('insert plan returned nothing');
  return created as PlanRow;
}

/** The plan, or null; `lock` holds its row for the rest of the transaction (issue, amend and task edits serialise on it). */
export async function findPlan(
  db: Database,
  tenantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PlanRow | null> {
  const query = db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return (row as PlanRow | undefined) ?? null;
}

/** Applies `changes` when `version` still matches, raising the version; null on a clash. */
export async function updatePlanIfVersion(
  db: Database,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<Pick<PlanRow, 'content' | 'status' | 'issuedAt' | 'year' | 'reportingRule'>>,
): Promise<PlanRow | null> {
  const [row] = await db
    .update(plans)
    .set({ ...changes, version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id), eq(plans.version, version)))
    .returning();
  return (row as PlanRow | undefined) ?? null;
}

/** Raises the plan's version (a task was added, edited or removed: the plan as a whole changed). */
export async function touchPlan(db: Database, tenantId: string, id: string): Promise<void> {
  await db
    .update(plans)
    .set({ version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id)));
}

/** Marks an issued plan superseded by its amendment. */
export async function supersedePlan(db: Database, tenantId: string, id: string): Promise<void> {
  await db
    .update(plans)
    .set({ status: 'superseded', version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id), eq(plans.status, 'issued')));
}

/** Filters of the plans list. */
export interface PlanFilter {
  organisationId?: string;
  year?: number;
  status?: string;
  /** Only plans with these ids (history, parents). */
  ids?: string[];
}

/** Plans of units under (and including) `rootIds`, newest year first, with task counts. */
export async function listPlansUnder(
  db: Database,
  tenantId: string,
  rootIds: readonly string[] | 'all',
  filter: PlanFilter,
): Promise<PlanListRow[]> {
  if (rootIds !== 'all' && rootIds.length === 0) return [];
  const scope =
    rootIds === 'all'
      ? sql`TRUE`
      : sql`p.organisation_id IN (
          WITH RECURSIVE down AS (
            SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...rootIds])}::uuid[])
            UNION
            SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
          ) SELECT id FROM down)`;
  const conditions = [sql`p.tenant_id = ${tenantId}`, scope];
  if (filter.organisationId) conditions.push(sql`p.organisation_id = ${filter.organisationId}`);
  if (filter.year !== undefined) conditions.push(sql`p.year = ${filter.year}`);
  if (filter.status) conditions.push(sql`p.status = ${filter.status}`);
  if (filter.ids) conditions.push(sql`p.id = ANY(${sql.param(filter.ids)}::uuid[])`);
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT p.tenant_id AS "tenantId", p.id, p.organisation_id AS "organisationId", p.year, p.status,
           p.content, p.implements_plan_id AS "implementsPlanId", p.amends_plan_id AS "amendsPlanId",
           p.source_framework_id AS "sourceFrameworkId", p.created_by AS "createdBy",
           p.reporting_rule AS "reportingRule",
           p.issued_at AS "issuedAt", p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
           o.name AS "organisationName",
           (SELECT count(*)::int FROM plan_tasks t WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id) AS "taskCount",
           (SELECT count(*)::int FROM plan_tasks t WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id AND t.status = 'done') AS "doneCount"
    FROM plans p JOIN organisations o ON o.tenant_id = p.tenant_id AND o.id = p.organisation_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY p.year DESC, p.updated_at DESC`);
  return result.rows.map((row) => ({
    ...(row as unknown as PlanListRow),
    issuedAt: row.issuedAt ? new Date(row.issuedAt as string) : null,
    createdAt: new Date(row.createdAt as string),
    updatedAt: new Date(row.updatedAt as string),
  }));
}

/** Every version of a plan: the chain of amendments it belongs to, oldest first. */
export async function listPlanVersionIds(
  db: Database,
  tenantId: string,
  id: string,
): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, amends_plan_id, 0 AS depth FROM plans WHERE tenant_id = ${tenantId} AND id = ${id}
      UNION ALL
      SELECT p.id, p.amends_plan_id, up.depth + 1 FROM plans p
      JOIN up ON p.tenant_id = ${tenantId} AND p.id = up.amends_plan_id WHERE up.depth < 100
    ), root AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),
    down AS (
      SELECT id, 0 AS depth FROM root
      UNION ALL
      SELECT p.id, down.depth + 1 FROM plans p
      JOIN down ON p.tenant_id = ${tenantId} AND p.amends_plan_id = down.id WHERE down.depth < 100
    )
    SELECT id FROM down ORDER BY depth`);
  return result.rows.map((row) => row.id);
}
