// SQL of the search box: each kind filtered by the units the actor reads (the subtrees under its
// grant roots, as the list endpoints do) and by every folded word of the query occurring in the
// row's folded text. Plain LIKE on folded columns (no pg_trgm or unaccent: neither is promised
// on every PostgreSQL the app runs on); at tenant scale a scan with a limit is fast enough.
// Measured on 10,052 tasks, 201 plans and 508 units of one tenant, on a loaded 2-core machine:
// plans, units and reports 4–11 ms each; tasks 12–20 ms for a word few rows hold and 105–165 ms
// when all four words of "thu tuc hanh chinh" occur in every task (the scan's LIKEs dominate); a
// trigram index (pg_trgm) would speed the selective case only and is left until a tenant needs it.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';

/** LIKE pattern "contains word": the word's own %, _ and \ taken literally. */
export const containsPattern = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/** `text` contains every word (already folded). */
function containsAll(text: SQL, words: readonly string[]): SQL {
  return sql.join(
    words.map((word) => sql`${text} LIKE ${containsPattern(word)}`),
    sql` AND `,
  );
}

/** The ids of the units under (and including) the roots, as a recursive CTE named `readable`. */
function readableUnits(tenantId: string, rootIds: readonly string[]): SQL {
  return sql`readable AS (
    SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...rootIds])}::uuid[])
    UNION
    SELECT c.id FROM organisations c JOIN readable r ON c.tenant_id = ${tenantId} AND c.parent_id = r.id
  )`;
}

/** What every search query takes: the tenant, the grant roots, the folded words and the row limit. */
export interface SearchScope {
  tenantId: string;
  rootIds: readonly string[];
  words: readonly string[];
  limit: number;
}

/** A plan found, as a row. */
export type PlanHitRow = {
  id: string;
  number: string | null;
  symbol: string;
  title: string;
  year: number;
  status: string;
  organisationId: string;
  organisationName: string;
};

/** Plans of readable units whose number, symbol or title hold every word; newest first. */
export async function searchPlans(db: Database, scope: SearchScope): Promise<PlanHitRow[]> {
  if (scope.rootIds.length === 0) return [];
  const result = await db.execute<PlanHitRow>(sql`
    WITH RECURSIVE ${readableUnits(scope.tenantId, scope.rootIds)}
    SELECT p.id, p.content->>'number' AS number, p.content->>'symbol' AS symbol,
           p.content->>'title' AS title, p.year, p.status,
           p.organisation_id AS "organisationId", o.name AS "organisationName"
    FROM plans p JOIN organisations o ON o.tenant_id = p.tenant_id AND o.id = p.organisation_id
    WHERE p.tenant_id = ${scope.tenantId}
      AND p.organisation_id IN (SELECT id FROM readable)
      AND ${containsAll(sql`p.search_text`, scope.words)}
    ORDER BY p.year DESC, p.updated_at DESC, p.id
    LIMIT ${scope.limit}`);
  return result.rows;
}

/** A task found, as a row. */
export type TaskHitRow = {
  id: string;
  content: string;
  outputDescription: string;
  planId: string;
  number: string | null;
  symbol: string;
  title: string;
  leadId: string | null;
  leadName: string | null;
  planReadable: boolean;
  unitId: string | null;
};

/**
 * Tasks whose content, solution or output hold every word, of plans the actor reads, or of
 * issued plans where a readable unit leads or coordinates the task (as "Nhiệm vụ của đơn vị
 * tôi" shows them); newest plan first, then in the plan's order.
 */
export async function searchTasks(db: Database, scope: SearchScope): Promise<TaskHitRow[]> {
  if (scope.rootIds.length === 0) return [];
  // Which rows to show is decided first and limited; whose they are (planReadable, unitId) is
  // worked out for those few rows only (per matching row it cost 150 ms on 10,000 tasks).
  const result = await db.execute<TaskHitRow>(sql`
    WITH RECURSIVE ${readableUnits(scope.tenantId, scope.rootIds)},
    found AS (
      SELECT t.id, t.plan_id, t.lead_organisation_id, p.organisation_id AS plan_organisation_id,
             p.year, t.position
      FROM plan_tasks t
      JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE t.tenant_id = ${scope.tenantId} AND ${containsAll(sql`t.search_text`, scope.words)}
        AND (p.organisation_id IN (SELECT id FROM readable)
             OR (p.status = 'issued'
                 AND (t.lead_organisation_id IN (SELECT id FROM readable)
                      OR EXISTS (SELECT 1 FROM plan_task_coordinators c
                                 WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id
                                   AND c.organisation_id IN (SELECT id FROM readable)))))
      ORDER BY p.year DESC, t.plan_id, t.position, t.id
      LIMIT ${scope.limit}
    )
    SELECT t.id, t.content, t.output_description AS "outputDescription", t.plan_id AS "planId",
           p.content->>'number' AS number, p.content->>'symbol' AS symbol,
           p.content->>'title' AS title, t.lead_organisation_id AS "leadId", lead.name AS "leadName",
           found.plan_organisation_id IN (SELECT id FROM readable) AS "planReadable",
           CASE WHEN t.lead_organisation_id IN (SELECT id FROM readable) THEN t.lead_organisation_id
                ELSE (SELECT c.organisation_id FROM plan_task_coordinators c
                      WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id
                        AND c.organisation_id IN (SELECT id FROM readable)
                      ORDER BY c.position LIMIT 1)
           END AS "unitId"
    FROM found
    JOIN plan_tasks t ON t.tenant_id = ${scope.tenantId} AND t.id = found.id
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    LEFT JOIN organisations lead ON lead.tenant_id = t.tenant_id AND lead.id = t.lead_organisation_id
    ORDER BY found.year DESC, found.plan_id, found.position, found.id`);
  return result.rows;
}

/** A unit found, as a row. */
export type UnitHitRow = {
  id: string;
  code: string;
  name: string;
  type: string;
  validTo: string | null;
};

/** Readable units whose code or name hold every word, closed ones included (open first). */
export async function searchUnits(
  db: Database,
  scope: SearchScope & { today: string },
): Promise<UnitHitRow[]> {
  if (scope.rootIds.length === 0) return [];
  const result = await db.execute<UnitHitRow>(sql`
    WITH RECURSIVE ${readableUnits(scope.tenantId, scope.rootIds)}
    SELECT o.id, o.code, o.name, o.type, o.valid_to AS "validTo"
    FROM organisations o
    WHERE o.tenant_id = ${scope.tenantId}
      AND o.id IN (SELECT id FROM readable)
      AND ${containsAll(sql`o.search_text`, scope.words)}
    ORDER BY (o.valid_to IS NOT NULL AND o.valid_to < ${scope.today}::date), o.name, o.code
    LIMIT ${scope.limit}`);
  return result.rows;
}

/** A report found, as a row (with the plan's fields its period label needs). */
export type ReportHitRow = {
  id: string;
  planId: string;
  periodKey: string;
  status: string;
  organisationId: string;
  organisationName: string;
  number: string | null;
  symbol: string;
  title: string;
  year: number;
  reportingRule: unknown;
  issuedOn: string | null;
};

/**
 * Reports of readable units (a report is read on its unit, as GET …/reports/:periodKey/:unit
 * authorises it) where every word occurs in the unit's name or code, the plan's number or title,
 * or the period key ("2024-q1"); latest changed first.
 */
export async function searchReports(db: Database, scope: SearchScope): Promise<ReportHitRow[]> {
  if (scope.rootIds.length === 0) return [];
  const text = sql`(o.search_text || ' ' || p.search_text || ' ' || lower(s.period_key))`;
  const result = await db.execute<ReportHitRow>(sql`
    WITH RECURSIVE ${readableUnits(scope.tenantId, scope.rootIds)}
    SELECT s.id, s.plan_id AS "planId", s.period_key AS "periodKey", s.status,
           s.organisation_id AS "organisationId", o.name AS "organisationName",
           p.content->>'number' AS number, p.content->>'symbol' AS symbol,
           p.content->>'title' AS title, p.year, p.reporting_rule AS "reportingRule",
           p.content->>'issuedOn' AS "issuedOn"
    FROM report_submissions s
    JOIN plans p ON p.tenant_id = s.tenant_id AND p.id = s.plan_id
    JOIN organisations o ON o.tenant_id = s.tenant_id AND o.id = s.organisation_id
    WHERE s.tenant_id = ${scope.tenantId}
      AND s.organisation_id IN (SELECT id FROM readable)
      AND ${containsAll(text, scope.words)}
    ORDER BY s.updated_at DESC, s.id
    LIMIT ${scope.limit}`);
  return result.rows;
}
