// SQL of the results part of a scoring round: its taking-part units shaped for the results, and
// the previous year's framework. The round and entries are the rounds and entry repositories'.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { assessmentRounds, assessmentUnits, frameworks } from '../db/schema';
import type { FrameworkRow } from '../frameworks/framework.repository';
import { findRound, listRoundUnits as listUnits } from './round.repository';

/** An assessment round row. */
export type RoundRow = typeof assessmentRounds.$inferSelect;
export type { EntryRow } from './entry.repository';

/** A taking-part unit with what the results show of its organisation. */
export interface RoundUnitRow {
  unit: typeof assessmentUnits.$inferSelect;
  organisation: { id: string; code: string; name: string; type: string };
}

// The round, its units and entries come from the rounds and entry repositories (one query each).
export { findRound, lockRound, updateRoundIfVersion } from './round.repository';
export { listEntries as listRoundEntries } from './entry.repository';

/** The taking-part units, by organisation name, with their organisation apart from the unit row. */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<RoundUnitRow[]> {
  const rows = await listUnits(db, tenantId, roundId);
  return rows.map(({ code, name, type, parent: _parent, ...unit }) => ({
    unit,
    organisation: { id: unit.organisationId, code, name, type },
  }));
}

/** The owner organisation of a round of the tenant, or null (unknown id, another tenant). */
export async function findRoundOwner(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<string | null> {
  const round = await findRound(db, tenantId, roundId);
  return round?.ownerOrganisationId ?? null;
}

/**
 * Khung năm trước: the framework this one was copied from, else the latest of the year before
 * of the same index kind that scores the unit type (another province's are never seen).
 */
export async function findPreviousYearFramework(
  db: Database,
  tenantId: string,
  framework: FrameworkRow,
  unitType: string,
): Promise<FrameworkRow | null> {
  if (framework.copiedFromId) {
    const [copied] = await db
      .select()
      .from(frameworks)
      .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.id, framework.copiedFromId)));
    if (copied) return copied;
  }
  const [row] = await db
    .select()
    .from(frameworks)
    .where(
      and(
        eq(frameworks.tenantId, tenantId),
        ne(frameworks.id, framework.id),
        eq(frameworks.indexKind, framework.indexKind),
        eq(frameworks.year, framework.year - 1),
        sql`${unitType} = ANY(${frameworks.unitTypes})`,
      ),
    )
    .orderBy(desc(frameworks.updatedAt))
    .limit(1);
  return row ?? null;
}
