// SQL of a round's entries (one row per unit × node once saved, versioned): the one place the
// self-assessment, appraisal, explanation and survey parts read and write them.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { assessmentEntries } from '../db/schema';
import type { UnitKey } from './round.repository';

/** An entry row. */
export type EntryRow = typeof assessmentEntries.$inferSelect;
/** Which entry: tenant, round, unit and node. */
export type EntryKey = UnitKey & { nodeCode: string };
/** The columns an entry write may set (each part sets its own). */
export type EntryChanges = Partial<
  Omit<
    typeof assessmentEntries.$inferInsert,
    'tenantId' | 'roundId' | 'organisationId' | 'nodeCode' | 'version' | 'updatedAt'
  >
>;

const keyOf = (key: EntryKey) =>
  and(
    eq(assessmentEntries.tenantId, key.tenantId),
    eq(assessmentEntries.roundId, key.roundId),
    eq(assessmentEntries.organisationId, key.organisationId),
    eq(assessmentEntries.nodeCode, key.nodeCode),
  );

/** The entries of one unit (all nodes saved so far), or of every unit of the round; by unit and node. */
export async function listEntries(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId?: string,
): Promise<EntryRow[]> {
  return db
    .select()
    .from(assessmentEntries)
    .where(
      and(
        eq(assessmentEntries.tenantId, tenantId),
        eq(assessmentEntries.roundId, roundId),
        organisationId ? eq(assessmentEntries.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(assessmentEntries.organisationId), asc(assessmentEntries.nodeCode));
}

/** One entry, or null when the node has not been saved yet (its version is then 0). */
export async function findEntry(db: Database, key: EntryKey): Promise<EntryRow | null> {
  const [row] = await db.select().from(assessmentEntries).where(keyOf(key));
  return row ?? null;
}

/**
 * Writes `changes` on the entry if it is still at `version` (0: inserts it with version 1, if
 * nobody did first); the row written, or null when another writer got there first (→ 412).
 */
export async function writeEntryIfVersion(
  db: Database,
  key: EntryKey,
  version: number,
  changes: EntryChanges,
): Promise<EntryRow | null> {
  if (version === 0) {
    const [row] = await db
      .insert(assessmentEntries)
      .values({ ...key, ...changes, version: 1 })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(assessmentEntries)
    .set({ ...changes, version: sql`${assessmentEntries.version} + 1`, updatedAt: sql`now()` })
    .where(and(keyOf(key), eq(assessmentEntries.version, version)))
    .returning();
  return row ?? null;
}
