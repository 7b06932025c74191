// SQL for failed sign-ins per login text and source (the rules are domain/accounts/login-throttle.ts).
import { and, eq, lt } from 'drizzle-orm';
import type { LoginFailures } from '@domain/accounts/login-throttle';
import type { Database } from '../db/client';
import { loginFailures } from '../db/schema';

/** The failures of `login` from `source` on record, or null. */
export async function findLoginFailures(
  db: Database,
  login: string,
  source: string,
): Promise<LoginFailures | null> {
  const [row] = await db
    .select()
    .from(loginFailures)
    .where(and(eq(loginFailures.login, login), eq(loginFailures.source, source)));
  return row
    ? { count: row.count, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil }
    : null;
}

/**
 * Records one more failure, computed from the row as it is under a row lock (two wrong attempts
 * at the same moment both count), and returns the new state.
 */
export async function recordLoginFailure(
  db: Database,
  login: string,
  source: string,
  next: (previous: LoginFailures | null) => LoginFailures,
): Promise<LoginFailures> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(loginFailures)
      .where(and(eq(loginFailures.login, login), eq(loginFailures.source, source)))
      .for('update');
    const state = next(row ?? null);
    await tx
      .insert(loginFailures)
      .values({ login, source, ...state })
      .onConflictDoUpdate({ target: [loginFailures.login, loginFailures.source], set: state });
    return state;
  });
}

/** Forgets the failures of `login`: from one source (a successful sign-in) or from all (unlock, reset). */
export async function clearLoginFailures(
  db: Database,
  login: string,
  source?: string,
): Promise<number> {
  const rows = await db
    .delete(loginFailures)
    .where(
      and(
        eq(loginFailures.login, login),
        source === undefined ? undefined : eq(loginFailures.source, source),
      ),
    )
    .returning({ source: loginFailures.source });
  return rows.length;
}

/** Deletes failures last seen before `before` (forgotten by the rules: the table stays small). */
export async function deleteLoginFailuresBefore(db: Database, before: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.lastFailureAt, before));
}
