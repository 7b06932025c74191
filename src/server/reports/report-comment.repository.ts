// SQL for a report's thread (report_comments), keyed like the report: plan, period, unit.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** Which report a thread belongs to. */
export interface ReportKey {
  tenantId: string;
  planId: string;
  periodKey: string;
  organisationId: string;
}

/** A comment with its author's name and home unit. */
export type ReportCommentRow = {
  id: string;
  kind: 'comment' | 'explanation_request' | 'return';
  body: string;
  authorId: string;
  authorName: string;
  authorOrganisationId: string;
  authorOrganisationName: string;
  authorSide: 'unit' | 'reviewer';
  createdAt: Date;
};

/** The thread, oldest first. */
export async function listReportComments(
  db: Database,
  key: ReportKey,
): Promise<ReportCommentRow[]> {
  const result = await db.execute<ReportCommentRow>(sql`
    SELECT c.id, c.kind, c.body, c.author_id AS "authorId", u.full_name AS "authorName",
           c.author_organisation_id AS "authorOrganisationId", o.name AS "authorOrganisationName",
           c.author_side AS "authorSide", c.created_at AS "createdAt"
    FROM report_comments c
    JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.author_id
    JOIN organisations o ON o.tenant_id = c.tenant_id AND o.id = c.author_organisation_id
    WHERE c.tenant_id = ${key.tenantId} AND c.plan_id = ${key.planId}
      AND c.period_key = ${key.periodKey} AND c.organisation_id = ${key.organisationId}
    ORDER BY c.created_at, c.id`);
  return result.rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}

/**
 * Adds a comment by `authorId` (their home unit recorded beside it), stamped `createdAt` (the
 * request's instant, so a thread written in one test or one transaction keeps its order).
 */
export async function insertReportComment(
  db: Database,
  key: ReportKey,
  comment: {
    kind: ReportCommentRow['kind'];
    body: string;
    authorId: string;
    authorSide: ReportCommentRow['authorSide'];
    createdAt: Date;
  },
): Promise<string> {
  const result = await db.execute<{ id: string }>(sql`
    INSERT INTO report_comments (tenant_id, plan_id, period_key, organisation_id, kind, body,
                                 author_id, author_organisation_id, author_side, created_at)
    SELECT ${key.tenantId}, ${key.planId}, ${key.periodKey}, ${key.organisationId}, ${comment.kind},
           ${comment.body}, u.id, u.home_organisation_id, ${comment.authorSide},
           ${comment.createdAt.toISOString()}::timestamptz
    FROM users u WHERE u.tenant_id = ${key.tenantId} AND u.id = ${comment.authorId}
    RETURNING id`);
  const id = result.rows[0]?.id;
  if (!id) throw new Error(`author ${comment.authorId} not found in tenant ${key.tenantId}`);
  return id;
}
