// SQL for sessions and the data a request needs about its signed-in user.
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
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
    /** Set while the password is accepted but a second step is due ('verify' or 'enrol'). */
    secondStep?: 'verify' | 'enrol' | null;
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

/** Which sessions `deleteSessions` deletes: always one tenant's; narrowed by the other fields. */
export interface SessionSelection {
  tenantId: string;
  /** Only this user's sessions. */
  userId?: string;
  /** Only the session with this token hash (the cookie's). */
  tokenHash?: string;
  /** Only the session with this public id (the sessions list's). */
  id?: string;
  /** All but this one (the session making the request). */
  exceptTokenHash?: string;
}

/**
 * Deletes session rows; returns their token hashes. Only `session-cache.revokeSessions` calls it
 * (the one place sessions end, which also evicts them from the cache).
 */
export async function deleteSessions(db: Database, which: SessionSelection): Promise<string[]> {
  const rows = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.tenantId, which.tenantId),
        which.userId === undefined ? undefined : eq(sessions.userId, which.userId),
        which.tokenHash === undefined ? undefined : eq(sessions.tokenHash, which.tokenHash),
        which.id === undefined ? undefined : eq(sessions.id, which.id),
        which.exceptTokenHash === undefined
          ? undefined
          : ne(sessions.tokenHash, which.exceptTokenHash),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.map((row) => row.tokenHash);
}

/** Phiên đăng nhập of a user that are signed in (not waiting for a second step), newest activity first. */
export async function listSignedInSessionsOfUser(db: Database, tenantId: string, userId: string) {
  return db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.tenantId, tenantId),
        eq(sessions.userId, userId),
        isNull(sessions.secondStep),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}

export async function getTenant(db: Database, tenantId: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw new Error(`tenant ${tenantId} missing`);
  return row;
}
