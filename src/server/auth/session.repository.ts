// SQL for sessions and the data a request needs about its signed-in user.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, tenants, users } from '../db/schema';

export async function insertSession(
  db: Database,
  row: {
    tenantId: string;
    tokenHash: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The session with its user, or null. */
export async function findSessionWithUser(db: Database, tenantId: string, tokenHash: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)))
    .limit(1);
  return row ?? null;
}

export async function touchSession(
  db: Database,
  tenantId: string,
  tokenHash: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
}

export async function deleteSession(
  db: Database,
  tenantId: string,
  tokenHash: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
}

/** Ends every session of a user but `keepTokenHash` (after a password change). */
export async function deleteOtherSessionsOfUser(
  db: Database,
  tenantId: string,
  userId: string,
  keepTokenHash: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.tenantId, tenantId),
        eq(sessions.userId, userId),
        ne(sessions.tokenHash, keepTokenHash),
      ),
    );
}

/** Ends every session of a user (after a password reset or deactivation). */
export async function deleteSessionsOfUser(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}

export async function getTenant(db: Database, tenantId: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw new Error(`tenant ${tenantId} missing`);
  return row;
}
