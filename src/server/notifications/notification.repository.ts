// SQL for a user's own notifications and e-mail preferences.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { notificationPreferences, notifications } from '../db/schema';

/** The newest notices first (at most `limit`), optionally only the unread ones. */
export async function listUserNotifications(
  db: Database,
  tenantId: string,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      subject: notifications.subject,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function countUnread(db: Database, tenantId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return row?.count ?? 0;
}

/** Marks the user's unread notices read (only `ids`, or all); returns the ids it changed. */
export async function markRead(
  db: Database,
  tenantId: string,
  userId: string,
  ids: readonly string[] | null,
): Promise<string[]> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === null ? undefined : inArray(notifications.id, [...ids]),
      ),
    )
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}

export interface PreferencesRow {
  emailKinds: string[];
  dailyDigest: boolean;
  version: number;
}

/** The user's saved preferences (locked for update inside a transaction when `forUpdate`), or null. */
export async function findPreferences(
  db: Database,
  tenantId: string,
  userId: string,
  forUpdate = false,
): Promise<PreferencesRow | null> {
  const query = db
    .select({
      emailKinds: notificationPreferences.emailKinds,
      dailyDigest: notificationPreferences.dailyDigest,
      version: notificationPreferences.version,
    })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.tenantId, tenantId),
        eq(notificationPreferences.userId, userId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Creates the row at version 1; null when another request created it first. */
export async function insertPreferences(
  db: Database,
  tenantId: string,
  userId: string,
  values: { emailKinds: string[]; dailyDigest: boolean },
): Promise<PreferencesRow | null> {
  const [row] = await db
    .insert(notificationPreferences)
    .values({ tenantId, userId, ...values, version: 1 })
    .onConflictDoNothing()
    .returning({
      emailKinds: notificationPreferences.emailKinds,
      dailyDigest: notificationPreferences.dailyDigest,
      version: notificationPreferences.version,
    });
  return row ?? null;
}

/** Saves over version `expected`; null when the row is at another version. */
export async function updatePreferences(
  db: Database,
  tenantId: string,
  userId: string,
  expected: number,
  values: { emailKinds: string[]; dailyDigest: boolean },
): Promise<PreferencesRow | null> {
  const [row] = await db
    .update(notificationPreferences)
    .set({ ...values, version: sql`${notificationPreferences.version} + 1` })
    .where(
      and(
        eq(notificationPreferences.tenantId, tenantId),
        eq(notificationPreferences.userId, userId),
        eq(notificationPreferences.version, expected),
      ),
    )
    .returning({
      emailKinds: notificationPreferences.emailKinds,
      dailyDigest: notificationPreferences.dailyDigest,
      version: notificationPreferences.version,
    });
  return row ?? null;
}
