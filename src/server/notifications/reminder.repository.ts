// SQL for the reminder job: the issued plans and report submissions deadlines come from, who
// holds which role where, and the notices recorded (one per user and notice key).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** An issued plan as the reminder job needs it. */
export type IssuedPlanRow = {
  id: string;
  organisationId: string;
  year: number;
  title: string;
  reportingRule: unknown;
  /** Ngày ban hành (ISO): reports due before it are not owed. */
  issuedOn: string | null;
};

/** Every tenant's id (the job runs for each). */
export async function listTenantIds(db: Database): Promise<string[]> {
  const result = await db.execute<{ id: string }>(
    sql`SELECT id FROM tenants ORDER BY created_at, id`,
  );
  return result.rows.map((row) => row.id);
}

/** The tenant's issued plans (drafts and superseded versions have no live deadlines). */
export async function listIssuedPlans(db: Database, tenantId: string): Promise<IssuedPlanRow[]> {
  const result = await db.execute<IssuedPlanRow>(sql`
    SELECT id, organisation_id AS "organisationId", year,
           COALESCE(content->>'title', '') AS title, reporting_rule AS "reportingRule",
           content->>'issuedOn' AS "issuedOn"
    FROM plans
    WHERE tenant_id = ${tenantId} AND status = 'issued'
    ORDER BY year, created_at, id`);
  return result.rows;
}

/** A role grant of an active user of the tenant, with the user's e-mail address. */
export type GrantHolderRow = {
  userId: string;
  organisationId: string;
  role: string;
  email: string | null;
};

export async function listActiveGrantHolders(
  db: Database,
  tenantId: string,
): Promise<GrantHolderRow[]> {
  const result = await db.execute<GrantHolderRow>(sql`
    SELECT g.user_id AS "userId", g.organisation_id AS "organisationId", g.role, u.email
    FROM role_grants g
    JOIN users u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
    WHERE g.tenant_id = ${tenantId} AND u.is_active
    ORDER BY u.created_at, u.id`);
  return result.rows;
}

/** Each organisation's parent, for walking up the tree. */
export async function listOrganisationParents(
  db: Database,
  tenantId: string,
): Promise<Map<string, string | null>> {
  const result = await db.execute<{ id: string; parentId: string | null }>(sql`
    SELECT id, parent_id AS "parentId" FROM organisations WHERE tenant_id = ${tenantId}`);
  return new Map(result.rows.map((row) => [row.id, row.parentId]));
}

/** The e-mail preferences of the tenant's users who saved any. */
export async function listEmailPreferences(
  db: Database,
  tenantId: string,
): Promise<Map<string, { emailKinds: string[]; dailyDigest: boolean }>> {
  const result = await db.execute<{ userId: string; emailKinds: string[]; dailyDigest: boolean }>(
    sql`
    SELECT user_id AS "userId", email_kinds AS "emailKinds", daily_digest AS "dailyDigest"
    FROM notification_preferences WHERE tenant_id = ${tenantId}`,
  );
  return new Map(result.rows.map((row) => [row.userId, row]));
}

/** A notice to record for one user. */
export interface NewNotification {
  tenantId: string;
  userId: string;
  noticeKey: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
}

/** Records the notice unless the user already has one with that key; returns the new id or null. */
export async function insertNotificationOnce(
  db: Database,
  notice: NewNotification,
): Promise<string | null> {
  const result = await db.execute<{ id: string }>(sql`
    INSERT INTO notifications (tenant_id, user_id, notice_key, kind, subject, body, link)
    VALUES (${notice.tenantId}, ${notice.userId}, ${notice.noticeKey}, ${notice.kind},
            ${notice.subject}, ${notice.body}, ${notice.link})
    ON CONFLICT (tenant_id, user_id, notice_key) DO NOTHING
    RETURNING id`);
  return result.rows[0]?.id ?? null;
}

export async function markEmailed(db: Database, tenantId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    UPDATE notifications SET emailed_at = now()
    WHERE tenant_id = ${tenantId} AND id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
}
