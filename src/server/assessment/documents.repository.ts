// SQL the round's documents read: the round, a taking-part unit with its organisation and parent,
// the unit's entries, and its evidence with the name of a report evidence file it points at.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import {
  assessmentEntries,
  assessmentEvidence,
  assessmentRounds,
  assessmentUnits,
  evidenceFiles,
  organisations,
} from '../db/schema';

/** A round row. */
export type DocumentRoundRow = typeof assessmentRounds.$inferSelect;

/** A taking-part unit with its organisation's name and kind, and its parent's (for the header). */
export interface DocumentUnitRow {
  unit: typeof assessmentUnits.$inferSelect;
  organisation: { id: string; code: string; name: string; type: string };
  parent: { name: string; type: string } | null;
}

export async function findRound(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<DocumentRoundRow | null> {
  const [row] = await db
    .select()
    .from(assessmentRounds)
    .where(and(eq(assessmentRounds.tenantId, tenantId), eq(assessmentRounds.id, roundId)));
  return row ?? null;
}

const parents = alias(organisations, 'parents');

/** The round's taking-part units (all, or the one given), each with its organisation and parent, by name. */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId?: string,
): Promise<DocumentUnitRow[]> {
  return db
    .select({
      unit: assessmentUnits,
      organisation: {
        id: organisations.id,
        code: organisations.code,
        name: organisations.name,
        type: organisations.type,
      },
      parent: { name: parents.name, type: parents.type },
    })
    .from(assessmentUnits)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, assessmentUnits.tenantId),
        eq(organisations.id, assessmentUnits.organisationId),
      ),
    )
    .leftJoin(
      parents,
      and(eq(parents.tenantId, organisations.tenantId), eq(parents.id, organisations.parentId)),
    )
    .where(
      and(
        eq(assessmentUnits.tenantId, tenantId),
        eq(assessmentUnits.roundId, roundId),
        ...(organisationId ? [eq(assessmentUnits.organisationId, organisationId)] : []),
      ),
    )
    .orderBy(asc(organisations.name));
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

/** The unit's entries in the round. */
export async function listUnitEntries(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
) {
  return db
    .select({
      nodeCode: assessmentEntries.nodeCode,
      selfScore: assessmentEntries.selfScore,
      notApplicable: assessmentEntries.notApplicable,
      selfExplanation: assessmentEntries.selfExplanation,
    })
    .from(assessmentEntries)
    .where(
      and(
        eq(assessmentEntries.tenantId, tenantId),
        eq(assessmentEntries.roundId, roundId),
        eq(assessmentEntries.organisationId, organisationId),
      ),
    );
}

/** The unit's evidence in the order it was added, with the file name of a carried report evidence file. */
export async function listUnitEvidence(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
) {
  return db
    .select({
      nodeCode: assessmentEvidence.nodeCode,
      kind: assessmentEvidence.kind,
      fileName: assessmentEvidence.fileName,
      reportFileName: evidenceFiles.fileName,
      document: assessmentEvidence.document,
      note: assessmentEvidence.note,
    })
    .from(assessmentEvidence)
    .leftJoin(
      evidenceFiles,
      and(
        eq(evidenceFiles.tenantId, assessmentEvidence.tenantId),
        eq(evidenceFiles.id, assessmentEvidence.sourceEvidenceFileId),
      ),
    )
    .where(
      and(
        eq(assessmentEvidence.tenantId, tenantId),
        eq(assessmentEvidence.roundId, roundId),
        eq(assessmentEvidence.organisationId, organisationId),
      ),
    )
    .orderBy(asc(assessmentEvidence.createdAt), asc(assessmentEvidence.id));
}
