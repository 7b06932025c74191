// SQL of "Dùng minh chứng từ nhiệm vụ": the unit's tasks of the round's year linked to criteria,
// their accepted report entries (documents cited) and the files of those accepted reports, and
// the frameworks the links point at (to map an earlier year's codes).
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import {
  evidenceFiles,
  frameworks,
  planTasks,
  plans,
  reportEntries,
  reportSubmissions,
} from '../db/schema';

/** Tasks the unit leads (its own row of a group lead included) in plans of `year` not in draft, with node links. */
export async function listLinkedTasks(
  db: Database,
  tenantId: string,
  organisationId: string,
  year: number,
) {
  return db
    .select({
      id: planTasks.id,
      planId: planTasks.planId,
      content: planTasks.content,
      status: planTasks.status,
      nodeLinks: planTasks.nodeLinks,
      planTitle: sql<string>`coalesce(${plans.content}->>'title', '')`,
    })
    .from(planTasks)
    .innerJoin(plans, and(eq(plans.tenantId, planTasks.tenantId), eq(plans.id, planTasks.planId)))
    .where(
      and(
        eq(planTasks.tenantId, tenantId),
        eq(planTasks.leadOrganisationId, organisationId),
        eq(plans.year, year),
        ne(plans.status, 'draft'),
        sql`jsonb_array_length(${planTasks.nodeLinks}) > 0`,
      ),
    )
    .orderBy(asc(planTasks.position));
}

/** Joins a row holding a submission id to that submission, when it is the unit's and accepted. */
const acceptedSubmissionOf = (
  row: { tenantId: AnyPgColumn; submissionId: AnyPgColumn },
  organisationId: string,
) =>
  and(
    eq(reportSubmissions.tenantId, row.tenantId),
    eq(reportSubmissions.id, row.submissionId),
    eq(reportSubmissions.organisationId, organisationId),
    eq(reportSubmissions.status, 'accepted'),
  );

/** The unit's ACCEPTED report entries of these tasks, oldest period first. */
export async function listAcceptedEntries(
  db: Database,
  tenantId: string,
  organisationId: string,
  taskIds: string[],
) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      taskId: reportEntries.taskId,
      submissionId: reportSubmissions.id,
      periodKey: reportSubmissions.periodKey,
      documentRefs: reportEntries.documentRefs,
    })
    .from(reportEntries)
    .innerJoin(reportSubmissions, acceptedSubmissionOf(reportEntries, organisationId))
    .where(and(eq(reportEntries.tenantId, tenantId), inArray(reportEntries.taskId, taskIds)))
    .orderBy(asc(reportSubmissions.periodKey));
}

/** The evidence files of the unit's ACCEPTED reports for these tasks, oldest period first. */
export async function listAcceptedFiles(
  db: Database,
  tenantId: string,
  organisationId: string,
  taskIds: string[],
) {
  if (taskIds.length === 0) return [];
  return db
    .select({
      id: evidenceFiles.id,
      taskId: evidenceFiles.taskId,
      fileName: evidenceFiles.fileName,
      submissionId: reportSubmissions.id,
      periodKey: reportSubmissions.periodKey,
    })
    .from(evidenceFiles)
    .innerJoin(reportSubmissions, acceptedSubmissionOf(evidenceFiles, organisationId))
    .where(and(eq(evidenceFiles.tenantId, tenantId), inArray(evidenceFiles.taskId, taskIds)))
    .orderBy(asc(reportSubmissions.periodKey), asc(evidenceFiles.createdAt));
}

/** Frameworks by id with what mapping their codes forward needs. */
export async function listFrameworkLineage(db: Database, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: frameworks.id,
      indexKind: frameworks.indexKind,
      year: frameworks.year,
      copiedFromId: frameworks.copiedFromId,
      codeMapping: frameworks.codeMapping,
    })
    .from(frameworks)
    .where(and(eq(frameworks.tenantId, tenantId), inArray(frameworks.id, ids)));
}
