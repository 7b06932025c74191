// SQL for báo cáo tổng hợp kỳ: the narrative a focal unit edited over the generated consolidated
// report, one row per (plan, period), versioned for If-Match.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { consolidatedReports } from '../db/schema';

/** Key of one saved narrative: the plan and its period (periodKey as in plan-periods). */
export interface NarrativeKey {
  tenantId: string;
  planId: string;
  periodKey: string;
}

const byKey = (key: NarrativeKey) =>
  and(
    eq(consolidatedReports.tenantId, key.tenantId),
    eq(consolidatedReports.planId, key.planId),
    eq(consolidatedReports.periodKey, key.periodKey),
  );

/** The saved narrative (section key → text) and its version, or null if never saved. */
export async function findNarrative(db: Database, key: NarrativeKey) {
  const [row] = await db.select().from(consolidatedReports).where(byKey(key));
  return row ? { narrative: row.narrative as Record<string, string>, version: row.version } : null;
}

/** First save (version 1); false when another writer saved first. */
export async function insertNarrative(
  db: Database,
  key: NarrativeKey,
  narrative: Record<string, string>,
): Promise<boolean> {
  const inserted = await db
    .insert(consolidatedReports)
    .values({ ...key, narrative })
    .onConflictDoNothing()
    .returning();
  return inserted.length > 0;
}

/** Replaces the narrative if still at `version` (bumping it); false when it has moved on. */
export async function updateNarrative(
  db: Database,
  key: NarrativeKey,
  version: number,
  narrative: Record<string, string>,
): Promise<boolean> {
  const updated = await db
    .update(consolidatedReports)
    .set({ narrative, version: sql`${consolidatedReports.version} + 1`, updatedAt: sql`now()` })
    .where(and(byKey(key), eq(consolidatedReports.version, version)))
    .returning();
  return updated.length > 0;
}
