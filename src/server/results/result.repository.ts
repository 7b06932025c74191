// SQL for unit results (kết quả chấm điểm) and their per-node scores.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { assessmentRounds, organisations, unitResultNodes, unitResults } from '../db/schema';

/** A unit result row. */
export type UnitResultRow = typeof unitResults.$inferSelect;
/** A node score row. */
export type ResultNodeRow = typeof unitResultNodes.$inferSelect;
/** A node's scores as written (the result id and tenant are added here). */
export type ResultNodeValues = Omit<ResultNodeRow, 'tenantId' | 'resultId'>;
/** The columns of a unit that results are shown with. */
export interface ResultUnitRow {
  id: string;
  code: string;
  name: string;
  type: string;
}

export async function findUnitResult(
  db: Database,
  tenantId: string,
  frameworkId: string,
  organisationId: string,
): Promise<UnitResultRow | null> {
  const [row] = await db
    .select()
    .from(unitResults)
    .where(
      and(
        eq(unitResults.tenantId, tenantId),
        eq(unitResults.frameworkId, frameworkId),
        eq(unitResults.organisationId, organisationId),
      ),
    );
  return row ?? null;
}

/** The node scores of some results, in code order. */
export async function listResultNodes(
  db: Database,
  tenantId: string,
  resultIds: string[],
): Promise<ResultNodeRow[]> {
  if (resultIds.length === 0) return [];
  return db
    .select()
    .from(unitResultNodes)
    .where(
      and(eq(unitResultNodes.tenantId, tenantId), inArray(unitResultNodes.resultId, resultIds)),
    )
    .orderBy(asc(unitResultNodes.resultId), asc(unitResultNodes.nodeCode));
}

/** The results on a framework of every unit of one type, with the unit's code and name. */
export async function listFrameworkResultsOfType(
  db: Database,
  tenantId: string,
  frameworkId: string,
  unitType: string,
): Promise<{ result: UnitResultRow; unit: ResultUnitRow }[]> {
  return db
    .select({
      result: unitResults,
      unit: {
        id: organisations.id,
        code: organisations.code,
        name: organisations.name,
        type: organisations.type,
      },
    })
    .from(unitResults)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, unitResults.tenantId),
        eq(organisations.id, unitResults.organisationId),
      ),
    )
    .where(
      and(
        eq(unitResults.tenantId, tenantId),
        eq(unitResults.frameworkId, frameworkId),
        eq(organisations.type, unitType),
      ),
    );
}

/**
 * The units of one type a ranking lists: those open on `today` and any closed one that has a
 * result on the framework (a commune merged away after its year was scored still ranks).
 */
export async function listUnitsToRank(
  db: Database,
  tenantId: string,
  frameworkId: string,
  unitType: string,
  today: string,
): Promise<ResultUnitRow[]> {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      type: organisations.type,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.type, unitType),
        sql`(${organisations.validTo} IS NULL OR ${organisations.validTo} >= ${today}::date
             OR EXISTS (SELECT 1 FROM unit_results r
                        WHERE r.tenant_id = ${organisations.tenantId}
                          AND r.organisation_id = ${organisations.id}
                          AND r.framework_id = ${frameworkId}))`,
      ),
    )
    .orderBy(asc(organisations.name), asc(organisations.code));
}

export async function insertUnitResult(
  db: Database,
  row: Omit<typeof unitResults.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<UnitResultRow> {
  const [created] = await db.insert(unitResults).values(row).returning();
  if (!created) throw new Error('insert unit result returned nothing');
  return created;
}

/** Raises the version and sets the given columns when `version` still matches; null on a clash. */
export async function updateUnitResultIfVersion(
  db: Database,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<Pick<UnitResultRow, 'source' | 'givenTotals'>>,
): Promise<UnitResultRow | null> {
  const [row] = await db
    .update(unitResults)
    .set({ ...changes, version: sql`${unitResults.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(unitResults.tenantId, tenantId),
        eq(unitResults.id, id),
        eq(unitResults.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

/** Replaces every node score of a result. */
export async function replaceResultNodes(
  db: Database,
  tenantId: string,
  resultId: string,
  nodes: ResultNodeValues[],
): Promise<void> {
  await db
    .delete(unitResultNodes)
    .where(and(eq(unitResultNodes.tenantId, tenantId), eq(unitResultNodes.resultId, resultId)));
  if (nodes.length === 0) return;
  // One statement over column arrays: building a 90-row VALUES list through the query builder
  // cost more than the database work (bench/results-import.ts).
  const column = <K extends keyof ResultNodeValues>(key: K) =>
    sql.param(nodes.map((node) => node[key] ?? null));
  await db.execute(sql`
    INSERT INTO unit_result_nodes
      (tenant_id, result_id, node_code, self_score, appraised_score, appraised_score_2, survey_score, not_applicable, note)
    SELECT ${tenantId}::uuid, ${resultId}::uuid, n.*
    FROM unnest(
      ${column('nodeCode')}::text[], ${column('selfScore')}::numeric[], ${column('appraisedScore')}::numeric[],
      ${column('appraisedScore2')}::numeric[], ${column('surveyScore')}::numeric[],
      ${column('notApplicable')}::boolean[], ${column('note')}::text[]
    ) AS n`);
}

/** Every unit of the tenant, for matching an import's units by code or name. */
export async function listTenantUnits(db: Database, tenantId: string): Promise<ResultUnitRow[]> {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      type: organisations.type,
    })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId));
}

/**
 * The decision that published the framework's scoring round ({decisionNumber, decisionDate,
 * issuer}), or null when the framework has no published round.
 */
export async function findPublishedRoundDecision(
  db: Database,
  tenantId: string,
  frameworkId: string,
): Promise<{ decisionNumber: string; decisionDate: string | null; issuer: string } | null> {
  const [row] = await db
    .select({ publication: assessmentRounds.publication })
    .from(assessmentRounds)
    .where(
      and(
        eq(assessmentRounds.tenantId, tenantId),
        eq(assessmentRounds.frameworkId, frameworkId),
        eq(assessmentRounds.state, 'published'),
      ),
    )
    .limit(1);
  const publication = row?.publication as {
    decisionNumber?: string;
    decisionDate?: string | null;
    issuer?: string;
  } | null;
  if (!publication) return null;
  return {
    decisionNumber: publication.decisionNumber ?? '',
    decisionDate: publication.decisionDate ?? null,
    issuer: publication.issuer ?? '',
  };
}
