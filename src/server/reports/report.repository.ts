// SQL for periodic reports (báo cáo định kỳ): submissions, their task entries, evidence files.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { LegalReference, TaskStatus } from '@domain/plans/plan';
import type { SubmissionStatus } from '@domain/reports/submission';
import type { Database } from '../db/client';
import { rowFromJson } from '../db/json-row';
import { evidenceFiles, reportEntries, reportSubmissions } from '../db/schema';

/** A submission row. */
export type SubmissionRow = Omit<typeof reportSubmissions.$inferSelect, 'status' | 'kpiValues'> & {
  status: SubmissionStatus;
  kpiValues: StoredKpiValue[];
};

/**
 * Số liệu chỉ tiêu as stored in kpi_values: the figure reported and, for a kpi target, the figure
 * computed from dossier data when it was saved and the reason the unit gave for differing.
 */
export interface StoredKpiValue {
  targetIndex: number;
  value: number | null;
  computedValue?: number | null;
  overrideReason?: string | null;
}

/** An entry row. */
export type EntryRow = Omit<typeof reportEntries.$inferSelect, 'status' | 'documentRefs'> & {
  status: TaskStatus;
  documentRefs: LegalReference[];
};

/** An evidence file row. */
export type EvidenceRow = typeof evidenceFiles.$inferSelect;

const key = (tenantId: string, planId: string, periodKey: string, organisationId: string) =>
  and(
    eq(reportSubmissions.tenantId, tenantId),
    eq(reportSubmissions.planId, planId),
    eq(reportSubmissions.periodKey, periodKey),
    eq(reportSubmissions.organisationId, organisationId),
  );

/** The unit's submission for the period, or null; `lock` holds the row for the transaction. */
export async function findSubmission(
  db: Database,
  tenantId: string,
  planId: string,
  periodKey: string,
  organisationId: string,
  options: { lock?: boolean } = {},
): Promise<SubmissionRow | null> {
  const query = db
    .select()
    .from(reportSubmissions)
    .where(key(tenantId, planId, periodKey, organisationId));
  const [row] = options.lock ? await query.for('update') : await query;
  return (row as SubmissionRow | undefined) ?? null;
}

/** Creates the draft row of a unit's report, or returns null when one appeared meanwhile. */
export async function insertSubmission(
  db: Database,
  row: { tenantId: string; planId: string; periodKey: string; organisationId: string },
): Promise<SubmissionRow | null> {
  const [created] = await db
    .insert(reportSubmissions)
    .values(row)
    .onConflictDoNothing()
    .returning();
  return (created as SubmissionRow | undefined) ?? null;
}

/** Applies `changes` when `version` still matches, raising it; null on a clash. */
export async function updateSubmissionIfVersion(
  db: Database,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<
    Pick<
      SubmissionRow,
      | 'status'
      | 'difficulties'
      | 'proposals'
      | 'answer'
      | 'kpiValues'
      | 'returnComment'
      | 'submittedAt'
      | 'submittedBy'
      | 'daysLate'
      | 'submitKey'
      | 'reviewedAt'
      | 'reviewedBy'
    >
  >,
): Promise<SubmissionRow | null> {
  const [row] = await db
    .update(reportSubmissions)
    .set({ ...changes, version: sql`${reportSubmissions.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(reportSubmissions.tenantId, tenantId),
        eq(reportSubmissions.id, id),
        eq(reportSubmissions.version, version),
      ),
    )
    .returning();
  return (row as SubmissionRow | undefined) ?? null;
}

/** The draft a save stores: the texts, the KPI figures and one entry per task. */
export interface DraftWrite {
  difficulties: string;
  proposals: string;
  answer: string;
  kpiValues: StoredKpiValue[];
  entries: readonly Omit<EntryRow, 'tenantId' | 'submissionId'>[];
}

/**
 * Lưu nháp in one statement: the submission's texts (its version raised) and its entries replaced
 * — entries of tasks no longer sent deleted, the others upserted, so the rows deleted and the rows
 * written never clash on the key within the statement. `existing` null creates the row (the first
 * save: created and saved at once, version 2 as when the empty row was version 1). Returns the
 * row as saved, or null when the version no longer matches or another save created it meanwhile.
 */
export async function saveDraft(
  db: Database,
  tenantId: string,
  key: { planId: string; periodKey: string; organisationId: string },
  existing: { id: string; version: number } | null,
  draft: DraftWrite,
): Promise<SubmissionRow | null> {
  const kpiValues = JSON.stringify(draft.kpiValues);
  const saved = existing
    ? sql`UPDATE report_submissions
          SET difficulties = ${draft.difficulties}, proposals = ${draft.proposals},
              answer = ${draft.answer}, kpi_values = ${kpiValues}::jsonb,
              version = version + 1, updated_at = now()
          WHERE tenant_id = ${tenantId} AND id = ${existing.id} AND version = ${existing.version}
          RETURNING *`
    : sql`INSERT INTO report_submissions
            (tenant_id, plan_id, period_key, organisation_id, difficulties, proposals, answer,
             kpi_values, version)
          VALUES (${tenantId}, ${key.planId}, ${key.periodKey}, ${key.organisationId},
                  ${draft.difficulties}, ${draft.proposals}, ${draft.answer}, ${kpiValues}::jsonb, 2)
          ON CONFLICT DO NOTHING
          RETURNING *`;
  const entries = JSON.stringify(
    draft.entries.map((entry) => ({
      task_id: entry.taskId,
      status: entry.status,
      progress: entry.progress,
      result: entry.result,
      reason: entry.reason,
      document_refs: entry.documentRefs,
    })),
  );
  const result = await db.execute<{ row: Record<string, unknown> }>(sql`
    WITH saved AS (${saved}),
    sent AS (
      SELECT * FROM jsonb_to_recordset(${entries}::jsonb)
        AS e(task_id uuid, status text, progress integer, result text, reason text, document_refs jsonb)
    ),
    removed AS (
      DELETE FROM report_entries e USING saved
      WHERE e.tenant_id = ${tenantId} AND e.submission_id = saved.id
        AND e.task_id NOT IN (SELECT task_id FROM sent)
    ),
    written AS (
      INSERT INTO report_entries
        (tenant_id, submission_id, task_id, status, progress, result, reason, document_refs)
      SELECT ${tenantId}, saved.id, sent.task_id, sent.status, sent.progress, sent.result,
             sent.reason, sent.document_refs
      FROM saved, sent
      ON CONFLICT (tenant_id, submission_id, task_id) DO UPDATE
        SET status = excluded.status, progress = excluded.progress, result = excluded.result,
            reason = excluded.reason, document_refs = excluded.document_refs
    )
    SELECT to_jsonb(saved) AS row FROM saved`);
  const row = result.rows[0]?.row;
  return row ? (rowFromJson(reportSubmissions, row) as SubmissionRow) : null;
}

/** Every submission of a plan (all periods, all units). */
export async function listPlanSubmissions(
  db: Database,
  tenantId: string,
  planId: string,
): Promise<SubmissionRow[]> {
  const rows = await db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.tenantId, tenantId), eq(reportSubmissions.planId, planId)));
  return rows as SubmissionRow[];
}

/** Submissions of one unit across plans. */
export async function listUnitSubmissions(
  db: Database,
  tenantId: string,
  organisationId: string,
): Promise<SubmissionRow[]> {
  const rows = await db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.tenantId, tenantId),
        eq(reportSubmissions.organisationId, organisationId),
      ),
    );
  return rows as SubmissionRow[];
}

/** The entries of these submissions. */
export async function listEntries(
  db: Database,
  tenantId: string,
  submissionIds: readonly string[],
): Promise<EntryRow[]> {
  if (submissionIds.length === 0) return [];
  const rows = await db
    .select()
    .from(reportEntries)
    .where(
      and(
        eq(reportEntries.tenantId, tenantId),
        inArray(reportEntries.submissionId, [...submissionIds]),
      ),
    );
  return rows as EntryRow[];
}

/** Evidence files of these submissions, oldest first. */
export async function listEvidence(
  db: Database,
  tenantId: string,
  submissionIds: readonly string[],
): Promise<EvidenceRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .select()
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.tenantId, tenantId),
        inArray(evidenceFiles.submissionId, [...submissionIds]),
      ),
    )
    .orderBy(evidenceFiles.createdAt);
}

/** Records an evidence file; null when the same bytes are already attached to this task of this report. */
export async function insertEvidence(
  db: Database,
  row: Omit<EvidenceRow, 'id' | 'createdAt'>,
): Promise<EvidenceRow | null> {
  const [created] = await db.insert(evidenceFiles).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** The evidence file with this content on this task of this report. */
export async function findEvidenceByContent(
  db: Database,
  tenantId: string,
  submissionId: string,
  taskId: string,
  sha256: string,
): Promise<EvidenceRow | null> {
  const [row] = await db
    .select()
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.tenantId, tenantId),
        eq(evidenceFiles.submissionId, submissionId),
        eq(evidenceFiles.taskId, taskId),
        eq(evidenceFiles.sha256, sha256),
      ),
    );
  return row ?? null;
}

/** One evidence file with the plan and unit of its report (for authorising a download). */
export async function findEvidence(db: Database, tenantId: string, id: string) {
  const [row] = await db
    .select({
      file: evidenceFiles,
      organisationId: reportSubmissions.organisationId,
      planId: reportSubmissions.planId,
      periodKey: reportSubmissions.periodKey,
    })
    .from(evidenceFiles)
    .innerJoin(
      reportSubmissions,
      and(
        eq(reportSubmissions.tenantId, evidenceFiles.tenantId),
        eq(reportSubmissions.id, evidenceFiles.submissionId),
      ),
    )
    .where(and(eq(evidenceFiles.tenantId, tenantId), eq(evidenceFiles.id, id)));
  return row ?? null;
}

/** Removes one evidence file's row; returns it, or null when it is not (or no longer) there. */
export async function deleteEvidence(
  db: Database,
  tenantId: string,
  id: string,
): Promise<EvidenceRow | null> {
  const [row] = await db
    .delete(evidenceFiles)
    .where(and(eq(evidenceFiles.tenantId, tenantId), eq(evidenceFiles.id, id)))
    .returning();
  return row ?? null;
}

/** A coordinating unit's entry on one of `taskIds` in a non-draft report of the same plan and period. */
export type CoordinatorEntryRow = EntryRow & {
  organisationId: string;
  organisationName: string;
  submissionStatus: SubmissionStatus;
};

/** The other units' entries on `taskIds` in their submitted, returned or accepted reports of the period. */
export async function listCoordinatorEntries(
  db: Database,
  tenantId: string,
  planId: string,
  periodKey: string,
  taskIds: readonly string[],
  excludeOrganisationId: string,
): Promise<CoordinatorEntryRow[]> {
  if (taskIds.length === 0) return [];
  const result = await db.execute<CoordinatorEntryRow>(sql`
    SELECT e.tenant_id AS "tenantId", e.submission_id AS "submissionId", e.task_id AS "taskId",
           e.status, e.progress, e.result, e.reason, e.document_refs AS "documentRefs",
           s.organisation_id AS "organisationId", o.name AS "organisationName", s.status AS "submissionStatus"
    FROM report_entries e
    JOIN report_submissions s ON s.tenant_id = e.tenant_id AND s.id = e.submission_id
    JOIN organisations o ON o.tenant_id = s.tenant_id AND o.id = s.organisation_id
    WHERE e.tenant_id = ${tenantId} AND s.plan_id = ${planId} AND s.period_key = ${periodKey}
      AND s.status <> 'draft' AND s.organisation_id <> ${excludeOrganisationId}
      AND e.task_id = ANY(${sql.param([...taskIds])}::uuid[])
    ORDER BY o.name`);
  return result.rows;
}
