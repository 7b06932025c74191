// SQL of the results part of a scoring round: the round, its taking-part units with their
// organisation, their entries (survey scores written here), the previous year's framework.
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import {
  assessmentEntries,
  assessmentRounds,
  assessmentUnits,
  frameworks,
  organisations,
} from '../db/schema';
import type { FrameworkRow } from '../frameworks/framework.repository';

/** An assessment round row. */
export type RoundRow = typeof assessmentRounds.$inferSelect;
/** An assessment entry row. */
export type EntryRow = typeof assessmentEntries.$inferSelect;

/** A taking-part unit with what the results show of its organisation. */
export interface RoundUnitRow {
  unit: typeof assessmentUnits.$inferSelect;
  organisation: { id: string; code: string; name: string; type: string };
}

export async function findRound(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(assessmentRounds)
    .where(and(eq(assessmentRounds.tenantId, tenantId), eq(assessmentRounds.id, roundId)));
  return row ?? null;
}

/** Locks the round row for the rest of the transaction (finalise, publish, imports). */
export async function lockRound(db: Database, tenantId: string, roundId: string): Promise<void> {
  await db.execute(
    sql`SELECT 1 FROM assessment_rounds WHERE tenant_id = ${tenantId} AND id = ${roundId} FOR UPDATE`,
  );
}

/** Versioned round update: the rounds repository's one (the results service finalises and publishes with it). */
export { updateRoundIfVersion } from './round.repository';

/** The taking-part units, by organisation name. */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<RoundUnitRow[]> {
  return db
    .select({
      unit: assessmentUnits,
      organisation: {
        id: organisations.id,
        code: organisations.code,
        name: organisations.name,
        type: organisations.type,
      },
    })
    .from(assessmentUnits)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, assessmentUnits.tenantId),
        eq(organisations.id, assessmentUnits.organisationId),
      ),
    )
    .where(and(eq(assessmentUnits.tenantId, tenantId), eq(assessmentUnits.roundId, roundId)))
    .orderBy(asc(organisations.name), asc(organisations.code));
}

/** Every entry of the round. */
export async function listRoundEntries(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<EntryRow[]> {
  return db
    .select()
    .from(assessmentEntries)
    .where(and(eq(assessmentEntries.tenantId, tenantId), eq(assessmentEntries.roundId, roundId)))
    .orderBy(asc(assessmentEntries.organisationId), asc(assessmentEntries.nodeCode));
}

export async function findEntry(
  db: Database,
  tenantId: string,
  key: { roundId: string; organisationId: string; nodeCode: string },
): Promise<EntryRow | null> {
  const [row] = await db
    .select()
    .from(assessmentEntries)
    .where(
      and(
        eq(assessmentEntries.tenantId, tenantId),
        eq(assessmentEntries.roundId, key.roundId),
        eq(assessmentEntries.organisationId, key.organisationId),
        eq(assessmentEntries.nodeCode, key.nodeCode),
      ),
    );
  return row ?? null;
}

/**
 * Writes a survey score under the entry's version: version 0 inserts the entry (version 1);
 * otherwise the row is updated when its version still matches. Null on a clash.
 */
export async function writeSurveyScoreIfVersion(
  db: Database,
  tenantId: string,
  key: { roundId: string; organisationId: string; nodeCode: string },
  version: number,
  values: { surveyScore: number | null; updatedBy: string },
): Promise<EntryRow | null> {
  if (version === 0) {
    const [row] = await db
      .insert(assessmentEntries)
      .values({ tenantId, ...key, ...values })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(assessmentEntries)
    .set({ ...values, version: sql`${assessmentEntries.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(assessmentEntries.tenantId, tenantId),
        eq(assessmentEntries.roundId, key.roundId),
        eq(assessmentEntries.organisationId, key.organisationId),
        eq(assessmentEntries.nodeCode, key.nodeCode),
        eq(assessmentEntries.version, version),
      ),
    )
    .returning();
  return row ?? null;
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
