// SQL for a report's context in one statement: the plan, the ad-hoc request its period key names
// (báo cáo đột xuất, with the units asked), the reporting unit, the tasks it leads or coordinates,
// and its submission for the period — locked for the transaction when a write asks. One round
// trip instead of five: the deadline spike's saves and submits each start here.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rowFromJson } from '../db/json-row';
import { plans, reportSubmissions } from '../db/schema';
import type { PlanRow } from '../plans/plan.repository';
import { TASK_COLUMNS, TASK_FROM, type TaskRow } from '../plans/task.repository';
import { REQUEST_KEY_PREFIX } from './plan-periods';
import type { ReportRequestRow } from './report-request.repository';
import type { SubmissionRow } from './report.repository';

/** The request's fields a period is made of. */
export type ContextRequestRow = Pick<
  ReportRequestRow,
  'id' | 'title' | 'question' | 'dataFrom' | 'dataTo' | 'dueOn' | 'requestedOn' | 'units'
>;

/** What the statement returns; each part null when it is not there. */
export interface ReportContextRows {
  plan: PlanRow | null;
  /** The request named by a "YC-<id>" key of this plan; null for a rule period. */
  request: ContextRequestRow | null;
  organisation: { id: string; name: string } | null;
  /** The unit's tasks of the plan (lead or coordinator), in appendix order. */
  tasks: TaskRow[];
  submission: SubmissionRow | null;
}

/** Reads a report's context; `lock` holds the submission row (when there is one) for the transaction. */
export async function readReportContext(
  db: Database,
  tenantId: string,
  key: { planId: string; periodKey: string; organisationId: string },
  options: { lock?: boolean } = {},
): Promise<ReportContextRows> {
  const { planId, periodKey, organisationId } = key;
  const lock = options.lock ? sql`FOR UPDATE` : sql``;
  const result = await db.execute<{
    plan: Record<string, unknown> | null;
    request: ContextRequestRow | null;
    organisation: { id: string; name: string } | null;
    tasks: (TaskRow & { createdAt: string })[];
    submission: Record<string, unknown> | null;
  }>(sql`
    SELECT
      (SELECT to_jsonb(p) FROM plans p WHERE p.tenant_id = ${tenantId} AND p.id = ${planId}) AS plan,
      (SELECT json_build_object(
                'id', r.id, 'title', r.title, 'question', r.question, 'dataFrom', r.data_from,
                'dataTo', r.data_to, 'dueOn', r.due_on, 'requestedOn', r.requested_on,
                'units', COALESCE((
                  SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                  FROM report_request_units ru
                  JOIN organisations o ON o.tenant_id = ru.tenant_id AND o.id = ru.organisation_id
                  WHERE ru.tenant_id = r.tenant_id AND ru.request_id = r.id), '[]'::json))
       FROM report_requests r
       WHERE r.tenant_id = ${tenantId} AND r.plan_id = ${planId}
         AND ${REQUEST_KEY_PREFIX}::text || r.id::text = ${periodKey}) AS request,
      (SELECT json_build_object('id', o.id, 'name', o.name) FROM organisations o
       WHERE o.tenant_id = ${tenantId} AND o.id = ${organisationId}) AS organisation,
      (SELECT COALESCE(json_agg(unit_task ORDER BY unit_task.position, unit_task."createdAt", unit_task.id), '[]'::json)
       FROM (SELECT ${TASK_COLUMNS}, t.created_at AS "createdAt" FROM ${TASK_FROM}
             WHERE t.tenant_id = ${tenantId} AND t.plan_id = ${planId}
               AND (t.lead_organisation_id = ${organisationId}
                    OR EXISTS (SELECT 1 FROM plan_task_coordinators c
                               WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id
                                 AND c.organisation_id = ${organisationId}))) unit_task) AS tasks,
      (SELECT to_jsonb(s) FROM (
         SELECT * FROM report_submissions
         WHERE tenant_id = ${tenantId} AND plan_id = ${planId} AND period_key = ${periodKey}
           AND organisation_id = ${organisationId}
         ${lock}) s) AS submission`);
  const row = result.rows[0]!;
  return {
    plan: row.plan ? (rowFromJson(plans, row.plan) as PlanRow) : null,
    request: row.request,
    organisation: row.organisation,
    // The ordering column is not part of a TaskRow.
    tasks: row.tasks.map(({ createdAt: _createdAt, ...task }) => task),
    submission: row.submission
      ? (rowFromJson(reportSubmissions, row.submission) as SubmissionRow)
      : null,
  };
}
