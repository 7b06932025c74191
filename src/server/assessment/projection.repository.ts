// SQL for the projection (dự báo điểm): this year's framework of an index, and the year's inputs of
// many units at once — one query per kind of input (tasks, KPI figures, self-assessment), never one
// per unit, so the overview and the peers' ranks stay cheap.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { findFramework, type FrameworkRow } from '../frameworks/framework.repository';

const ids = (values: readonly string[]) => sql.param([...values]);

/**
 * Bộ chỉ số của năm: the copy of `from` made for `year`, else the newest framework of the same
 * index for the unit type and year (frameworks_kind_year_idx), or null.
 */
export async function findFrameworkOfYear(
  db: Database,
  tenantId: string,
  from: Pick<FrameworkRow, 'id' | 'indexKind'>,
  year: number,
  unitType: string,
): Promise<FrameworkRow | null> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT id FROM frameworks
    WHERE tenant_id = ${tenantId} AND year = ${year}
      AND (copied_from_id = ${from.id}
        OR (index_kind = ${from.indexKind} AND ${unitType} = ANY(unit_types)))
    ORDER BY (copied_from_id IS NOT DISTINCT FROM ${from.id}) DESC, created_at DESC
    LIMIT 1`);
  const id = result.rows[0]?.id;
  return id ? findFramework(db, tenantId, id) : null;
}

/** Kết quả gần nhất: the framework of the unit's latest result no later than `year`, or null. */
export async function findLatestResultFrameworkId(
  db: Database,
  tenantId: string,
  organisationId: string,
  year: number,
): Promise<string | null> {
  const result = await db.execute<{ frameworkId: string }>(sql`
    SELECT framework_id AS "frameworkId" FROM unit_results
    WHERE tenant_id = ${tenantId} AND organisation_id = ${organisationId} AND year <= ${year}
    ORDER BY year DESC, updated_at DESC
    LIMIT 1`);
  return result.rows[0]?.frameworkId ?? null;
}

/** A task of the year's plans with its node links and, if any, the latest accepted report showing it done. */
export type ProjectionTaskRow = {
  organisationId: string;
  id: string;
  content: string;
  status: string;
  nodeLinks: { frameworkId: string; code: string; pointsAtStake: number }[];
  planId: string;
  planYear: number;
  reportingRule: unknown;
  /** Kỳ của báo cáo được chấp nhận ghi "hoàn thành" (latest), null when none. */
  acceptedPeriodKey: string | null;
};

/**
 * Nhiệm vụ liên kết tiêu chí of these units' plans of `year` (draft or issued, not superseded),
 * each with the latest accepted report whose entry for it says "hoàn thành" (report_entries_task_idx).
 */
export async function listYearTasks(
  db: Database,
  tenantId: string,
  organisationIds: readonly string[],
  year: number,
): Promise<ProjectionTaskRow[]> {
  if (organisationIds.length === 0) return [];
  const result = await db.execute<ProjectionTaskRow>(sql`
    SELECT p.organisation_id AS "organisationId", t.id, t.content, t.status,
           t.node_links AS "nodeLinks", p.id AS "planId", p.year AS "planYear",
           p.reporting_rule AS "reportingRule", accepted.period_key AS "acceptedPeriodKey"
    FROM plans p
    JOIN plan_tasks t ON t.tenant_id = p.tenant_id AND t.plan_id = p.id
    LEFT JOIN LATERAL (
      SELECT s.period_key FROM report_entries e
      JOIN report_submissions s ON s.tenant_id = e.tenant_id AND s.id = e.submission_id
      WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id
        AND e.status = 'done' AND s.status = 'accepted'
      ORDER BY s.reviewed_at DESC NULLS LAST, s.period_key DESC
      LIMIT 1
    ) accepted ON true
    WHERE p.tenant_id = ${tenantId}
      AND p.organisation_id = ANY(${ids(organisationIds)}::uuid[])
      AND p.year = ${year}
      AND p.status <> 'superseded'
      AND jsonb_array_length(t.node_links) > 0`);
  return result.rows;
}

/** A KPI figure of an accepted report, with the plan target it measures. */
export type ProjectionKpiRow = {
  organisationId: string;
  planYear: number;
  reportingRule: unknown;
  periodKey: string;
  value: number;
  target: {
    frameworkId?: string | null;
    nodeCode?: string | null;
    kind?: string;
    unit?: string;
    metric?: string;
  } | null;
};

/**
 * Số liệu chỉ tiêu: for each target of these units' plans of `year`, the figure of the latest
 * ACCEPTED report that gives one (newest first), with the target as the plan holds it.
 */
export async function listAcceptedKpiValues(
  db: Database,
  tenantId: string,
  organisationIds: readonly string[],
  year: number,
): Promise<ProjectionKpiRow[]> {
  if (organisationIds.length === 0) return [];
  const result = await db.execute<ProjectionKpiRow & { reviewedAt: string | null }>(sql`
    SELECT * FROM (
      SELECT DISTINCT ON (p.id, (kv->>'targetIndex')::int)
             p.organisation_id AS "organisationId", p.year AS "planYear",
             p.reporting_rule AS "reportingRule", s.period_key AS "periodKey",
             (kv->>'value')::float8 AS value,
             p.content->'targets'->((kv->>'targetIndex')::int) AS target,
             s.reviewed_at AS "reviewedAt"
      FROM report_submissions s
      JOIN plans p ON p.tenant_id = s.tenant_id AND p.id = s.plan_id
      CROSS JOIN LATERAL jsonb_array_elements(s.kpi_values) kv
      WHERE s.tenant_id = ${tenantId}
        AND s.status = 'accepted'
        AND p.organisation_id = ANY(${ids(organisationIds)}::uuid[])
        AND p.year = ${year}
        AND p.status <> 'superseded'
        AND jsonb_typeof(kv->'value') = 'number'
      ORDER BY p.id, (kv->>'targetIndex')::int, s.reviewed_at DESC NULLS LAST, s.period_key DESC
    ) latest
    ORDER BY "reviewedAt" DESC NULLS LAST, "periodKey" DESC`);
  return result.rows;
}

/** An entry of a self-assessment under way (round past draft) and whether evidence backs it. */
export type ProjectionSelfRow = {
  organisationId: string;
  nodeCode: string;
  selfScore: number | null;
  appraisedScore: number | null;
  notApplicable: boolean;
  evidenceCount: number;
};

/**
 * Tự đánh giá năm nay: the entries of these units in the rounds on `frameworkId` that have left
 * the draft state, with the appraised score when there is one and how much evidence each has.
 */
export async function listSelfAssessmentEntries(
  db: Database,
  tenantId: string,
  organisationIds: readonly string[],
  frameworkId: string,
): Promise<{ startedUnitIds: string[]; entries: ProjectionSelfRow[] }> {
  if (organisationIds.length === 0) return { startedUnitIds: [], entries: [] };
  const started = await db.execute<{ organisationId: string }>(sql`
    SELECT DISTINCT u.organisation_id AS "organisationId"
    FROM assessment_rounds r
    JOIN assessment_units u ON u.tenant_id = r.tenant_id AND u.round_id = r.id
    WHERE r.tenant_id = ${tenantId} AND r.framework_id = ${frameworkId} AND r.state <> 'draft'
      AND u.organisation_id = ANY(${ids(organisationIds)}::uuid[])`);
  const entries = await db.execute<ProjectionSelfRow>(sql`
    SELECT e.organisation_id AS "organisationId", e.node_code AS "nodeCode",
           e.self_score::float8 AS "selfScore",
           coalesce(e.appraised_score_2, e.appraised_score_1)::float8 AS "appraisedScore",
           e.not_applicable AS "notApplicable",
           (SELECT count(*)::int FROM assessment_evidence v
            WHERE v.tenant_id = e.tenant_id AND v.round_id = e.round_id
              AND v.organisation_id = e.organisation_id AND v.node_code = e.node_code) AS "evidenceCount"
    FROM assessment_rounds r
    JOIN assessment_entries e ON e.tenant_id = r.tenant_id AND e.round_id = r.id
    WHERE r.tenant_id = ${tenantId} AND r.framework_id = ${frameworkId} AND r.state <> 'draft'
      AND e.organisation_id = ANY(${ids(organisationIds)}::uuid[])`);
  return {
    startedUnitIds: started.rows.map((row) => row.organisationId),
    entries: entries.rows,
  };
}
