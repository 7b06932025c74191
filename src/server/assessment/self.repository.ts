// SQL of the self-assessment (tự đánh giá): a taking-part unit with its round and framework, its
// entries (one row per node once saved, versioned), and its evidence (tài liệu kiểm chứng).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import {
  assessmentEvidence,
  assessmentRounds,
  assessmentUnits,
  evidenceFiles,
  frameworks,
  organisations,
  planTasks,
} from '../db/schema';

/** An entry row (entries are read and written through entry.repository). */
export type { EntryRow } from './entry.repository';
/** An evidence row, with the stored file of an accepted report's evidence and the source task's text. */
export type EvidenceRow = typeof assessmentEvidence.$inferSelect & {
  reportFile: {
    fileName: string;
    contentType: string;
    sizeBytes: number;
    storageKey: string;
  } | null;
  sourceTaskContent: string | null;
};
/** A taking-part unit with its round, organisation and framework. */
export type UnitInRound = NonNullable<Awaited<ReturnType<typeof findUnitInRound>>>;

/** The unit's place in the round, or null when it does not take part (or belongs to another tenant). */
export async function findUnitInRound(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      round: assessmentRounds,
      unit: assessmentUnits,
      organisation: {
        id: organisations.id,
        code: organisations.code,
        name: organisations.name,
        type: organisations.type,
      },
      framework: {
        id: frameworks.id,
        code: frameworks.code,
        name: frameworks.name,
        indexKind: frameworks.indexKind,
        year: frameworks.year,
        nodes: frameworks.nodes,
      },
    })
    .from(assessmentUnits)
    .innerJoin(
      assessmentRounds,
      and(
        eq(assessmentRounds.tenantId, assessmentUnits.tenantId),
        eq(assessmentRounds.id, assessmentUnits.roundId),
      ),
    )
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, assessmentUnits.tenantId),
        eq(organisations.id, assessmentUnits.organisationId),
      ),
    )
    .innerJoin(
      frameworks,
      and(
        eq(frameworks.tenantId, assessmentRounds.tenantId),
        eq(frameworks.id, assessmentRounds.frameworkId),
      ),
    )
    .where(
      and(
        eq(assessmentUnits.tenantId, tenantId),
        eq(assessmentUnits.roundId, roundId),
        eq(assessmentUnits.organisationId, organisationId),
      ),
    );
  // Locks the unit's row: entry writes, evidence and submission of one unit take turns.
  const [row] = options.lock ? await query.for('update', { of: assessmentUnits }) : await query;
  return row ?? null;
}

/** Marks the unit as started (not_started → in_progress) on its first write. */
export async function markUnitStarted(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
): Promise<void> {
  await db
    .update(assessmentUnits)
    .set({ status: 'in_progress', version: sql`${assessmentUnits.version} + 1` })
    .where(
      and(
        eq(assessmentUnits.tenantId, tenantId),
        eq(assessmentUnits.roundId, roundId),
        eq(assessmentUnits.organisationId, organisationId),
        eq(assessmentUnits.status, 'not_started'),
      ),
    );
}

export { updateUnitIfVersion } from './round.repository';

const evidenceColumns = {
  row: assessmentEvidence,
  reportFileName: evidenceFiles.fileName,
  reportContentType: evidenceFiles.contentType,
  reportSizeBytes: evidenceFiles.sizeBytes,
  reportStorageKey: evidenceFiles.storageKey,
  sourceTaskContent: planTasks.content,
};

function evidenceQuery(db: Database) {
  return db
    .select(evidenceColumns)
    .from(assessmentEvidence)
    .leftJoin(
      evidenceFiles,
      and(
        eq(evidenceFiles.tenantId, assessmentEvidence.tenantId),
        eq(evidenceFiles.id, assessmentEvidence.sourceEvidenceFileId),
      ),
    )
    .leftJoin(
      planTasks,
      and(
        eq(planTasks.tenantId, assessmentEvidence.tenantId),
        eq(planTasks.id, assessmentEvidence.sourceTaskId),
      ),
    );
}

type EvidenceQueryRow = Awaited<ReturnType<ReturnType<typeof evidenceQuery>['execute']>>[number];

function toEvidenceRow(row: EvidenceQueryRow): EvidenceRow {
  return {
    ...row.row,
    reportFile:
      row.reportStorageKey !== null
        ? {
            fileName: row.reportFileName!,
            contentType: row.reportContentType!,
            sizeBytes: row.reportSizeBytes!,
            storageKey: row.reportStorageKey,
          }
        : null,
    sourceTaskContent: row.sourceTaskContent,
  };
}

/** The unit's evidence, oldest first, for one node or all. */
export async function listEvidence(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId: string,
  nodeCode?: string,
): Promise<EvidenceRow[]> {
  const rows = await evidenceQuery(db)
    .where(
      and(
        eq(assessmentEvidence.tenantId, tenantId),
        eq(assessmentEvidence.roundId, roundId),
        eq(assessmentEvidence.organisationId, organisationId),
        nodeCode ? eq(assessmentEvidence.nodeCode, nodeCode) : undefined,
      ),
    )
    .orderBy(asc(assessmentEvidence.createdAt), asc(assessmentEvidence.id));
  return rows.map(toEvidenceRow);
}

/** How many evidence items each node has, of every unit of the round or one: "orgId|code" → count. */
export async function countEvidenceByNode(
  db: Database,
  tenantId: string,
  roundId: string,
  organisationId?: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({
      organisationId: assessmentEvidence.organisationId,
      nodeCode: assessmentEvidence.nodeCode,
      count: count(),
    })
    .from(assessmentEvidence)
    .where(
      and(
        eq(assessmentEvidence.tenantId, tenantId),
        eq(assessmentEvidence.roundId, roundId),
        organisationId ? eq(assessmentEvidence.organisationId, organisationId) : undefined,
      ),
    )
    .groupBy(assessmentEvidence.organisationId, assessmentEvidence.nodeCode);
  return new Map(rows.map((row) => [`${row.organisationId}|${row.nodeCode}`, row.count]));
}

/** One evidence item by id, or null (unknown here or another tenant's). */
export async function findEvidence(
  db: Database,
  tenantId: string,
  id: string,
): Promise<EvidenceRow | null> {
  const [row] = await evidenceQuery(db).where(
    and(eq(assessmentEvidence.tenantId, tenantId), eq(assessmentEvidence.id, id)),
  );
  return row ? toEvidenceRow(row) : null;
}

/** Stores one evidence item. */
export async function insertEvidence(
  db: Database,
  values: typeof assessmentEvidence.$inferInsert,
): Promise<typeof assessmentEvidence.$inferSelect> {
  const [row] = await db.insert(assessmentEvidence).values(values).returning();
  return row!;
}

/** Removes one evidence item; false when it was already gone. */
export async function deleteEvidence(db: Database, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(assessmentEvidence)
    .where(and(eq(assessmentEvidence.tenantId, tenantId), eq(assessmentEvidence.id, id)))
    .returning({ id: assessmentEvidence.id });
  return rows.length > 0;
}
