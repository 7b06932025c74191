// Plumbing: signed-in requests reuse the session (with its user's grants) read from the database
// for a few seconds (SESSION_CACHE_SECONDS) instead of two queries per request. Anything that
// ends a session or changes who a user is — sign-out, password change or reset, deactivation,
// a role granted, revoked or moved, "sign out elsewhere" — calls `revokeSessions` (which also
// deletes the rows) or `forgetSessionsOfUser`, and the next request reads the database again.
//
// Why a "no cache" window after a revocation: a request that read the old rows just before the
// revoking transaction committed must not put them back. For REVOCATION_WINDOW_MS after a
// revocation no session of that user is stored, so every read in that time hits the database,
// which by then answers with the committed change (a transaction lasting longer than the window
// is the one case this does not cover). The cache is per process: with several server
// processes, a revocation made in one reaches the others after at most SESSION_CACHE_SECONDS.
import { LRUCache } from 'lru-cache';
import type { Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import * as sessions from './session.repository';

/** A session as the request hook needs it: who acts, and the two instants its expiry reads. */
export interface CachedSession {
  actor: Actor;
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Signed in (null), or waiting for the second step of two-factor sign-in. */
  secondStep: 'verify' | 'enrol' | null;
}

/** Longer than the largest SESSION_CACHE_SECONDS (60) and than any request's transaction. */
const REVOCATION_WINDOW_MS = 120_000;

const cache = new LRUCache<string, CachedSession>({ max: 100_000, ttlAutopurge: false });
/**
 * Users (`tenant.user`) and single sessions (`tenant.tokenHash`) revoked within the window: their
 * sessions are not stored meanwhile.
 */
const recentlyRevoked = new LRUCache<string, true>({
  max: 100_000,
  ttl: REVOCATION_WINDOW_MS,
});

const sessionKey = (tenantId: string, tokenHash: string) => `${tenantId}.${tokenHash}`;
const userKey = (tenantId: string, userId: string) => `${tenantId}.${userId}`;

/** The cached session for this cookie's tenant and token hash, if still fresh. */
export function cachedSession(tenantId: string, tokenHash: string): CachedSession | undefined {
  return cache.get(sessionKey(tenantId, tokenHash));
}

/** Keeps a session read from the database for `seconds` (unless its user was just revoked). */
export function rememberSession(tenantId: string, session: CachedSession, seconds: number): void {
  if (seconds <= 0) return;
  const key = sessionKey(tenantId, session.tokenHash);
  if (recentlyRevoked.has(key) || recentlyRevoked.has(userKey(tenantId, session.actor.userId)))
    return;
  cache.set(key, session, { ttl: seconds * 1000 });
}

/** Drops one session's entry (it expired, or its activity time was rewritten). */
export function forgetSession(tenantId: string, tokenHash: string): void {
  cache.delete(sessionKey(tenantId, tokenHash));
}

/**
 * Drops every cached session of a user, keeping none (or all but `exceptTokenHash`), and stops
 * caching them for the revocation window: for a change of grants or of the account, whose
 * sessions stay valid but must be read again.
 */
export function forgetSessionsOfUser(
  tenantId: string,
  userId: string,
  exceptTokenHash: string | null = null,
): void {
  recentlyRevoked.set(userKey(tenantId, userId), true);
  for (const [key, session] of cache.entries()) {
    if (
      session.actor.tenantId === tenantId &&
      session.actor.userId === userId &&
      session.tokenHash !== exceptTokenHash
    )
      cache.delete(key);
  }
}

/** Which sessions of a user `revokeSessions` ends. */
export type SessionsToRevoke =
  /** Sign-out, expiry, the password step giving way to the signed-in session: this one. */
  | { tokenHash: string }
  /** One session ended from the sessions list (its public id). */
  | { id: string }
  /** Password change, "sign out elsewhere": all but the current one. */
  | { exceptTokenHash: string }
  /** Password reset by an administrator, deactivation, two-factor reset: all. */
  | { all: true };

/**
 * Kết thúc phiên — the ONE place sessions end: deletes their rows (in `db`, the request's
 * transaction) and drops them from the cache, so the very next request with such a cookie gets
 * 401. Returns the token hashes of the sessions ended.
 */
export async function revokeSessions(
  db: Database,
  user: { tenantId: string; userId: string },
  which: SessionsToRevoke,
): Promise<string[]> {
  const { tenantId, userId } = user;
  const ended = await sessions.deleteSessions(db, {
    tenantId,
    userId,
    ...('tokenHash' in which ? { tokenHash: which.tokenHash } : {}),
    ...('id' in which ? { id: which.id } : {}),
    ...('exceptTokenHash' in which ? { exceptTokenHash: which.exceptTokenHash } : {}),
  });
  for (const tokenHash of ended) recentlyRevoked.set(sessionKey(tenantId, tokenHash), true);
  if ('tokenHash' in which || 'id' in which)
    for (const tokenHash of ended) forgetSession(tenantId, tokenHash);
  else
    forgetSessionsOfUser(
      tenantId,
      userId,
      'exceptTokenHash' in which ? which.exceptTokenHash : null,
    );
  return ended;
}

/** Empties the cache (tests that rewrite session rows behind the app's back, as time passing would). */
export function clearSessionCache(): void {
  cache.clear();
  recentlyRevoked.clear();
}
