// SQL of the to-do home: reports waiting for review under the actor's units, draft plans, results
// of the actor's units, and role grants held on closed units (with their successors). Each is one
// tenant-scoped query on indexed keys (organisations by parent, plans by unit, report_submissions
// by plan, unit_results by unit, role_grants by organisation).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** Units below (and including) the roots, as a recursive CTE's body (organisations_parent_idx). */
const subtreeOf = (tenantId: string, rootIds: readonly string[]) => sql`
  WITH RECURSIVE down AS (
    SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...rootIds])}::uuid[])
    UNION
    SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
  )`;

/** A submitted report waiting for review, with its plan and unit. */
export type ReviewRow = {
  submissionId: string;
  planId: string;
  planTitle: string;
  planYear: number;
  periodKey: string;
  organisationId: string;
  organisationName: string;
  daysLate: number | null;
};

/** Reports submitted (not yet accepted or returned) on the plans of units under `rootIds`. */
export async function listReportsToReview(
  db: Database,
  tenantId: string,
  rootIds: readonly string[],
): Promise<ReviewRow[]> {
  if (rootIds.length === 0) return [];
  const result = await db.execute<ReviewRow>(sql`
    ${subtreeOf(tenantId, rootIds)}
    SELECT s.id AS "submissionId", p.id AS "planId", p.content->>'title' AS "planTitle",
           p.year AS "planYear", s.period_key AS "periodKey", s.organisation_id AS "organisationId",
           o.name AS "organisationName", s.days_late AS "daysLate"
    FROM plans p
    JOIN report_submissions s ON s.tenant_id = p.tenant_id AND s.plan_id = p.id
    JOIN organisations o ON o.tenant_id = s.tenant_id AND o.id = s.organisation_id
    WHERE p.tenant_id = ${tenantId} AND p.status = 'issued'
      AND p.organisation_id IN (SELECT id FROM down)
      AND s.status = 'submitted'
    ORDER BY s.submitted_at, o.name
    LIMIT 200`);
  return result.rows;
}

/** A draft plan the actor may issue. */
export type DraftPlanRow = {
  id: string;
  title: string;
  year: number;
  organisationId: string;
  organisationName: string;
  taskCount: number;
};

/** Draft plans of units under `rootIds`, most recently edited first (plans_organisation_year_idx). */
export async function listDraftPlans(
  db: Database,
  tenantId: string,
  rootIds: readonly string[],
): Promise<DraftPlanRow[]> {
  if (rootIds.length === 0) return [];
  const result = await db.execute<DraftPlanRow>(sql`
    ${subtreeOf(tenantId, rootIds)}
    SELECT p.id, p.content->>'title' AS title, p.year, p.organisation_id AS "organisationId",
           o.name AS "organisationName",
           (SELECT count(*)::int FROM plan_tasks t WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id) AS "taskCount"
    FROM plans p JOIN organisations o ON o.tenant_id = p.tenant_id AND o.id = p.organisation_id
    WHERE p.tenant_id = ${tenantId} AND p.status = 'draft'
      AND p.organisation_id IN (SELECT id FROM down)
    ORDER BY p.updated_at DESC
    LIMIT 100`);
  return result.rows;
}

/** A unit's result on a framework of the latest year it has results for. */
export type LatestResultRow = {
  frameworkId: string;
  organisationId: string;
  year: number;
};

/**
 * The results of each unit in its latest year with results, not after `maxYear`
 * (unit_results_organisation_idx): the index card shows "this year's" result as the newest one.
 */
export async function listLatestResults(
  db: Database,
  tenantId: string,
  organisationIds: readonly string[],
  maxYear: number,
): Promise<LatestResultRow[]> {
  if (organisationIds.length === 0) return [];
  const result = await db.execute<LatestResultRow>(sql`
    SELECT r.framework_id AS "frameworkId", r.organisation_id AS "organisationId", r.year
    FROM unit_results r
    WHERE r.tenant_id = ${tenantId}
      AND r.organisation_id = ANY(${sql.param([...organisationIds])}::uuid[])
      AND r.year = (SELECT max(l.year) FROM unit_results l
                    WHERE l.tenant_id = r.tenant_id AND l.organisation_id = r.organisation_id
                      AND l.year <= ${maxYear})
    ORDER BY r.organisation_id, r.framework_id`);
  return result.rows;
}

/** A role grant on a unit closed before `today`, with the units that succeeded it. */
export type ClosedUnitGrantRow = {
  grantId: string;
  role: string;
  userId: string;
  login: string;
  fullName: string;
  organisationId: string;
  organisationName: string;
  organisationType: string;
  validTo: string;
  successors: { id: string; name: string }[];
};

/** Grants held on units under `rootIds` that closed before `today` (valid_to < today). */
export async function listClosedUnitGrants(
  db: Database,
  tenantId: string,
  rootIds: readonly string[],
  today: string,
): Promise<ClosedUnitGrantRow[]> {
  if (rootIds.length === 0) return [];
  const result = await db.execute<ClosedUnitGrantRow>(sql`
    ${subtreeOf(tenantId, rootIds)}
    SELECT g.id AS "grantId", g.role, u.id AS "userId", u.login, u.full_name AS "fullName",
           o.id AS "organisationId", o.name AS "organisationName", o.type AS "organisationType",
           o.valid_to::text AS "validTo",
           COALESCE((SELECT json_agg(json_build_object('id', n.id, 'name', n.name) ORDER BY n.name)
                     FROM organisation_successions s
                     JOIN organisations n ON n.tenant_id = s.tenant_id AND n.id = s.successor_id
                     WHERE s.tenant_id = o.tenant_id AND s.predecessor_id = o.id
                       AND (n.valid_to IS NULL OR n.valid_to >= ${today}::date)), '[]'::json) AS successors
    FROM organisations o
    JOIN role_grants g ON g.tenant_id = o.tenant_id AND g.organisation_id = o.id
    JOIN users u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
    WHERE o.tenant_id = ${tenantId} AND o.id IN (SELECT id FROM down)
      AND o.valid_to IS NOT NULL AND o.valid_to < ${today}::date
      AND u.is_active
    ORDER BY o.name, u.full_name, g.role`);
  return result.rows;
}

/** A role grant with the organisation it sits in (null when not in the tenant). */
export async function findGrant(
  db: Database,
  tenantId: string,
  grantId: string,
): Promise<{ id: string; userId: string; organisationId: string; role: string } | null> {
  const result = await db.execute<{
    id: string;
    userId: string;
    organisationId: string;
    role: string;
  }>(sql`
    SELECT id, user_id AS "userId", organisation_id AS "organisationId", role
    FROM role_grants WHERE tenant_id = ${tenantId} AND id = ${grantId}`);
  return result.rows[0] ?? null;
}

/** True when `successorId` succeeded `predecessorId` (organisation_successions' key). */
export async function isSuccessor(
  db: Database,
  tenantId: string,
  predecessorId: string,
  successorId: string,
): Promise<boolean> {
  const result = await db.execute(sql`
    SELECT 1 FROM organisation_successions
    WHERE tenant_id = ${tenantId} AND predecessor_id = ${predecessorId} AND successor_id = ${successorId}`);
  return result.rows.length > 0;
}

/**
 * Moves the grant: the same role for the same user at `successorId` (kept as it is when the user
 * already holds it there), and the grant on the closed unit removed. Returns the grant now held.
 */
export async function moveGrant(
  db: Database,
  tenantId: string,
  grant: { id: string; userId: string; role: string },
  successorId: string,
): Promise<string | null> {
  const inserted = await db.execute<{ id: string }>(sql`
    INSERT INTO role_grants (tenant_id, user_id, organisation_id, role)
    VALUES (${tenantId}, ${grant.userId}, ${successorId}, ${grant.role})
    ON CONFLICT (tenant_id, user_id, organisation_id, role) DO NOTHING
    RETURNING id`);
  const held =
    inserted.rows[0] ??
    (
      await db.execute<{ id: string }>(sql`
        SELECT id FROM role_grants
        WHERE tenant_id = ${tenantId} AND user_id = ${grant.userId}
          AND organisation_id = ${successorId} AND role = ${grant.role}`)
    ).rows[0]!;
  const removed = await db.execute(
    sql`DELETE FROM role_grants WHERE tenant_id = ${tenantId} AND id = ${grant.id} RETURNING id`,
  );
  // Another request moved or revoked it first: nothing to answer but "not found".
  if (removed.rows.length === 0) return null;
  return held.id;
}

/** The names of these units of the tenant, by id (primary key). */
export async function listUnitNames(
  db: Database,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; name: string }>(sql`
    SELECT id, name FROM organisations
    WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...ids])}::uuid[])`);
  return new Map(result.rows.map((row) => [row.id, row.name]));
}
