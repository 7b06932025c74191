// SQL the round's documents read: the taking-part units shaped with their organisation and parent,
// and the owner with its parent. The round, entries and evidence are the rounds, entry and
// self-assessment repositories' queries.
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { assessmentRounds, assessmentUnits, organisations } from '../db/schema';
import { listRoundUnits as listUnits } from './round.repository';

/** A round row. */
export type DocumentRoundRow = typeof assessmentRounds.$inferSelect;

/** A taking-part unit with its organisation's name and kind, and its parent's (for the header). */
export interface DocumentUnitRow {
  unit: typeof assessmentUnits.$inferSelect;
  organisation: { id: string; code: string; name: string; type: string };
  parent: { name: string; type: string } | null;
}

// The round and the unit's entries are the rounds and entry repositories' queries.
export { findRound } from './round.repository';
export { listEntries as listUnitEntries } from './entry.repository';

const parents = alias(organisations, 'parents');

/** The round's taking-part units (all, or the one given), each with its organisation and parent, by name. */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId?: string,
): Promise<DocumentUnitRow[]> {
  const rows = await listUnits(db, tenantId, roundId, { organisationId });
  return rows.map(({ code, name, type, parent, ...unit }) => ({
    unit,
    organisation: { id: unit.organisationId, code, name, type },
    parent,
  }));
}

/** An organisation with its parent's name and kind (the round's owner, for the recipients). */
export async function findOrganisationWithParent(
  db: Database,
  tenantId: string,
  organisationId: string,
): Promise<{ name: string; type: string; parent: { name: string; type: string } | null } | null> {
  const [row] = await db
    .select({
      name: organisations.name,
      type: organisations.type,
      parent: { name: parents.name, type: parents.type },
    })
    .from(organisations)
    .leftJoin(
      parents,
      and(eq(parents.tenantId, organisations.tenantId), eq(parents.id, organisations.parentId)),
    )
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, organisationId)));
  return row ?? null;
}

/** The unit's evidence in the order it was added (the self-assessment's query, with a carried report file). */
export { listEvidence as listUnitEvidence } from './self.repository';
