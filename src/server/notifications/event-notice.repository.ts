// SQL for event notices: who holds a role on the units an event concerns, who wants which kind by
// e-mail, the notice rows (one per user and event key) and the e-mail queue over them.
import { sql } from 'drizzle-orm';
import { DEFAULT_EMAIL_KINDS } from '@contract/reports';
import type { Role } from '@domain/permissions/role';
import type { Database } from '../db/client';

/** A grant of an active user on one of `unitIds`, or any grant of one of `userIds`. */
export async function listGrantHoldersOn(
  db: Database,
  tenantId: string,
  unitIds: readonly string[],
  userIds: readonly string[],
): Promise<{ userId: string; organisationId: string; role: Role }[]> {
  if (unitIds.length === 0 && userIds.length === 0) return [];
  const result = await db.execute<{ userId: string; organisationId: string; role: Role }>(sql`
    SELECT g.user_id AS "userId", g.organisation_id AS "organisationId", g.role
    FROM role_grants g
    JOIN users u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
    WHERE g.tenant_id = ${tenantId} AND u.is_active
      AND (g.organisation_id = ANY(${sql.param([...unitIds])}::uuid[])
           OR g.user_id = ANY(${sql.param([...userIds])}::uuid[]))
    ORDER BY u.created_at, u.id, g.organisation_id`);
  return result.rows;
}

/** An event's notice, the same for each of its recipients. */
export interface EventNotice {
  tenantId: string;
  noticeKey: string;
  kind: string;
  subject: string;
  body: string;
  link: string;
}

/**
 * Writes the notice once for each of `userIds` (a user who already has this key gets nothing new)
 * in one statement, queuing its e-mail for those with an address whose preferences include the
 * kind (a user who never saved preferences: whether it is one of the default e-mail kinds).
 * Returns how many users were newly notified.
 */
export async function insertEventNotifications(
  db: Database,
  notice: EventNotice,
  userIds: readonly string[],
): Promise<number> {
  if (userIds.length === 0) return 0;
  const result = await db.execute<{ id: string }>(sql`
    INSERT INTO notifications (tenant_id, user_id, notice_key, kind, subject, body, link, email_pending)
    SELECT u.tenant_id, u.id, ${notice.noticeKey}, ${notice.kind}, ${notice.subject}, ${notice.body},
           ${notice.link},
           ${notice.kind} = ANY(COALESCE(p.email_kinds, ${sql.param([...DEFAULT_EMAIL_KINDS])}::text[]))
             AND COALESCE(u.email, '') <> ''
    FROM users u
    LEFT JOIN notification_preferences p ON p.tenant_id = u.tenant_id AND p.user_id = u.id
    WHERE u.tenant_id = ${notice.tenantId} AND u.id = ANY(${sql.param([...userIds])}::uuid[])
    ORDER BY array_position(${sql.param([...userIds])}::uuid[], u.id)
    ON CONFLICT (tenant_id, user_id, notice_key) DO NOTHING
    RETURNING id`);
  return result.rows.length;
}

/** A queued e-mail a sender has claimed. */
export type ClaimedEmail = {
  tenantId: string;
  id: string;
  email: string | null;
  subject: string;
  body: string;
  attempts: number;
};

/**
 * Takes up to `limit` queued e-mails, oldest first, off the queue (email_pending → false, one
 * more attempt) and returns them with the address: a row claimed here is invisible to any
 * other sender (SKIP LOCKED), so no two senders mail it.
 */
export async function claimPendingEmails(db: Database, limit: number): Promise<ClaimedEmail[]> {
  const result = await db.execute<ClaimedEmail>(sql`
    WITH claimed AS (
      UPDATE notifications n
      SET email_pending = false, email_attempts = n.email_attempts + 1
      WHERE (n.tenant_id, n.id) IN (
        SELECT tenant_id, id FROM notifications
        WHERE email_pending
        ORDER BY created_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING n.tenant_id, n.id, n.user_id, n.subject, n.body, n.email_attempts)
    SELECT c.tenant_id AS "tenantId", c.id, u.email, c.subject, c.body,
           c.email_attempts AS attempts
    FROM claimed c
    JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.user_id`);
  return result.rows;
}

/** Stamps the notice as e-mailed. */
export async function markEventEmailed(db: Database, tenantId: string, id: string): Promise<void> {
  await db.execute(sql`
    UPDATE notifications SET emailed_at = now() WHERE tenant_id = ${tenantId} AND id = ${id}`);
}

/** Puts a notice whose e-mail failed back in the queue (the next sweep tries again). */
export async function requeueEmail(db: Database, tenantId: string, id: string): Promise<void> {
  await db.execute(sql`
    UPDATE notifications SET email_pending = true WHERE tenant_id = ${tenantId} AND id = ${id}`);
}
