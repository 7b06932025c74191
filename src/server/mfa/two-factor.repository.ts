// SQL for two-factor sign-in: the user's sealed TOTP secret and their recovery codes (hashes).
import { and, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { recoveryCodes, userTwoFactor } from '../db/schema';

const ofUser = (tenantId: string, userId: string) =>
  and(eq(userTwoFactor.tenantId, tenantId), eq(userTwoFactor.userId, userId));

/** The user's two-factor row (confirmed or waiting for its first code), or null. */
export async function findTwoFactor(db: Database, tenantId: string, userId: string) {
  const [row] = await db.select().from(userTwoFactor).where(ofUser(tenantId, userId));
  return row ?? null;
}

/** Whether the user has confirmed two-factor sign-in (the password step then asks for a code). */
export async function hasConfirmedTwoFactor(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ userId: userTwoFactor.userId })
    .from(userTwoFactor)
    .where(and(ofUser(tenantId, userId), isNotNull(userTwoFactor.confirmedAt)));
  return row !== undefined;
}

/**
 * Of these users, those who have confirmed two-factor sign-in: one query for a whole list (the
 * users screen's tag and reset button), never one per user.
 */
export async function listUsersWithConfirmedTwoFactor(
  db: Database,
  tenantId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: userTwoFactor.userId })
    .from(userTwoFactor)
    .where(
      and(
        eq(userTwoFactor.tenantId, tenantId),
        inArray(userTwoFactor.userId, [...userIds]),
        isNotNull(userTwoFactor.confirmedAt),
      ),
    );
  return new Set(rows.map((row) => row.userId));
}

/** Stores a new secret waiting for its first code, replacing an unconfirmed one. */
export async function saveUnconfirmedSecret(
  db: Database,
  row: { tenantId: string; userId: string; secretEncrypted: string },
): Promise<void> {
  await db
    .insert(userTwoFactor)
    .values(row)
    .onConflictDoUpdate({
      target: [userTwoFactor.tenantId, userTwoFactor.userId],
      set: { secretEncrypted: row.secretEncrypted, confirmedAt: null, lastUsedStep: null },
      // Never over a confirmed secret: the service refuses that first, this is the second wall.
      setWhere: isNull(userTwoFactor.confirmedAt),
    });
}

/**
 * Records `step` as used, only if it is later than the last one (under the row's own check, so
 * two requests with the same code cannot both pass); `confirm` also turns two-factor on.
 * Returns false when the step was already used.
 */
export async function useTotpStep(
  db: Database,
  tenantId: string,
  userId: string,
  step: number,
  options: { confirmedAt?: Date } = {},
): Promise<boolean> {
  const rows = await db
    .update(userTwoFactor)
    .set({
      lastUsedStep: step,
      ...(options.confirmedAt ? { confirmedAt: options.confirmedAt } : {}),
    })
    .where(
      and(
        ofUser(tenantId, userId),
        sql`(${userTwoFactor.lastUsedStep} IS NULL OR ${userTwoFactor.lastUsedStep} < ${step})`,
      ),
    )
    .returning({ userId: userTwoFactor.userId });
  return rows.length === 1;
}

/** Removes the user's secret and recovery codes (disable, or an administrator's reset). */
export async function deleteTwoFactor(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<boolean> {
  await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.tenantId, tenantId), eq(recoveryCodes.userId, userId)));
  const rows = await db
    .delete(userTwoFactor)
    .where(ofUser(tenantId, userId))
    .returning({ userId: userTwoFactor.userId });
  return rows.length === 1;
}

/** Replaces the user's recovery codes by these hashes. */
export async function replaceRecoveryCodes(
  db: Database,
  tenantId: string,
  userId: string,
  codeHashes: string[],
): Promise<void> {
  await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.tenantId, tenantId), eq(recoveryCodes.userId, userId)));
  await db
    .insert(recoveryCodes)
    .values(codeHashes.map((codeHash) => ({ tenantId, userId, codeHash })));
}

/** Spends one unused recovery code; false when it is unknown or already used. */
export async function useRecoveryCode(
  db: Database,
  tenantId: string,
  userId: string,
  codeHash: string,
  usedAt: Date,
): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt })
    .where(
      and(
        eq(recoveryCodes.tenantId, tenantId),
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  return rows.length === 1;
}

/** Unused recovery codes of the user. */
export async function countUnusedRecoveryCodes(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.tenantId, tenantId),
        eq(recoveryCodes.userId, userId),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return row?.n ?? 0;
}
