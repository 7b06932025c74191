// SQL for scoring rounds (đợt đánh giá) and their taking-part units.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { assessmentRounds, assessmentUnits, frameworks, organisations } from '../db/schema';

/** A round row. */
export type RoundRow = typeof assessmentRounds.$inferSelect;
/** The columns a new round needs. */
export type NewRoundRow = Omit<
  typeof assessmentRounds.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'state' | 'appraisalStage'
>;
/** A taking-part unit row with its organisation's code, name and type, and its parent's (document headers). */
export type RoundUnitRow = typeof assessmentUnits.$inferSelect & {
  code: string;
  name: string;
  type: string;
  parent: { name: string; type: string } | null;
};
/** A round row with its framework and owner for lists and the detail. */
export type RoundWithNamesRow = RoundRow & {
  frameworkCode: string;
  frameworkName: string;
  indexKind: string;
  ownerName: string;
};

const roundColumns = {
  round: assessmentRounds,
  frameworkCode: frameworks.code,
  frameworkName: frameworks.name,
  indexKind: frameworks.indexKind,
  ownerName: organisations.name,
};

const withNames = (row: {
  round: RoundRow;
  frameworkCode: string;
  frameworkName: string;
  indexKind: string;
  ownerName: string;
}): RoundWithNamesRow => ({
  ...row.round,
  frameworkCode: row.frameworkCode,
  frameworkName: row.frameworkName,
  indexKind: row.indexKind,
  ownerName: row.ownerName,
});

const frameworkOfRound = and(
  eq(frameworks.tenantId, assessmentRounds.tenantId),
  eq(frameworks.id, assessmentRounds.frameworkId),
);

/**
 * The tenant's rounds matching `condition`, with their framework's and owner's names and their
 * unit and submitted counts, newest year first (one place for the joins).
 */
async function listRoundsWithNames(
  db: Database,
  tenantId: string,
  condition: SQL | undefined,
): Promise<(RoundWithNamesRow & { unitCount: number; submittedCount: number })[]> {
  const rows = await db
    .select({
      ...roundColumns,
      unitCount: sql<number>`(SELECT count(*)::int FROM assessment_units u
        WHERE u.tenant_id = ${assessmentRounds.tenantId} AND u.round_id = ${assessmentRounds.id})`,
      submittedCount: sql<number>`(SELECT count(*)::int FROM assessment_units u
        WHERE u.tenant_id = ${assessmentRounds.tenantId} AND u.round_id = ${assessmentRounds.id}
          AND u.status = 'submitted')`,
    })
    .from(assessmentRounds)
    .innerJoin(frameworks, frameworkOfRound)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, assessmentRounds.tenantId),
        eq(organisations.id, assessmentRounds.ownerOrganisationId),
      ),
    )
    .where(and(eq(assessmentRounds.tenantId, tenantId), condition))
    .orderBy(sql`${assessmentRounds.year} DESC`, asc(assessmentRounds.name));
  return rows.map((row) => ({
    ...withNames(row),
    unitCount: row.unitCount,
    submittedCount: row.submittedCount,
  }));
}

/** A round of the tenant with its framework's and owner's names, or null. */
export async function findRound(
  db: Database,
  tenantId: string,
  id: string,
): Promise<RoundWithNamesRow | null> {
  const [row] = await listRoundsWithNames(db, tenantId, eq(assessmentRounds.id, id));
  return row ?? null;
}

/** A round row with its framework's identity, year and nodes (the tree the unit scores). */
export type RoundWithFrameworkRow = RoundRow & {
  framework: {
    id: string;
    code: string;
    name: string;
    indexKind: string;
    year: number;
    nodes: unknown;
  };
};

/** A round of the tenant with its framework (nodes included), or null. */
export async function findRoundWithFramework(
  db: Database,
  tenantId: string,
  id: string,
): Promise<RoundWithFrameworkRow | null> {
  const [row] = await db
    .select({
      round: assessmentRounds,
      framework: {
        id: frameworks.id,
        code: frameworks.code,
        name: frameworks.name,
        indexKind: frameworks.indexKind,
        year: frameworks.year,
        nodes: frameworks.nodes,
      },
    })
    .from(assessmentRounds)
    .innerJoin(frameworks, frameworkOfRound)
    .where(and(eq(assessmentRounds.tenantId, tenantId), eq(assessmentRounds.id, id)));
  return row ? { ...row.round, framework: row.framework } : null;
}

/** Locks the round row for the rest of the transaction (finalise, publish, imports). */
export async function lockRound(db: Database, tenantId: string, roundId: string): Promise<void> {
  await db.execute(
    sql`SELECT 1 FROM assessment_rounds WHERE tenant_id = ${tenantId} AND id = ${roundId} FOR UPDATE`,
  );
}

export async function findRoundByFramework(
  db: Database,
  tenantId: string,
  frameworkId: string,
): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(assessmentRounds)
    .where(
      and(eq(assessmentRounds.tenantId, tenantId), eq(assessmentRounds.frameworkId, frameworkId)),
    );
  return row ?? null;
}

/**
 * The rounds a reader whose grants sit at `rootIds` may see: owned by a unit in (or below) a
 * root, or with a taking-part unit there; newest year first. With unit and submitted counts.
 */
export async function listRoundsReadableFrom(
  db: Database,
  tenantId: string,
  rootIds: string[],
  filter: { year?: number },
): Promise<(RoundWithNamesRow & { unitCount: number; submittedCount: number })[]> {
  if (rootIds.length === 0) return [];
  const readable = sql`(
    WITH RECURSIVE down AS (
      SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param(rootIds)}::uuid[])
      UNION
      SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
    ) SELECT id FROM down)`;
  return listRoundsWithNames(
    db,
    tenantId,
    and(
      filter.year === undefined ? undefined : eq(assessmentRounds.year, filter.year),
      sql`(${assessmentRounds.ownerOrganisationId} IN ${readable}
        OR EXISTS (SELECT 1 FROM assessment_units u
          WHERE u.tenant_id = ${assessmentRounds.tenantId} AND u.round_id = ${assessmentRounds.id}
            AND u.organisation_id IN ${readable}))`,
    ),
  );
}

/**
 * Which organisation of a round a reader reaches from `rootIds`: the owner when it lies in (or
 * below) a root, else the first taking-part unit that does (by code), else the owner (the
 * permission check then refuses). Null when the round is not in the tenant.
 */
export async function findRoundOrganisationReachedFrom(
  db: Database,
  tenantId: string,
  roundId: string,
  rootIds: string[],
): Promise<string | null> {
  const result = await db.execute<{ organisationId: string }>(sql`
    WITH RECURSIVE down AS (
      SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param(rootIds)}::uuid[])
      UNION
      SELECT c.id FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
    ),
    candidates AS (
      SELECT r.owner_organisation_id AS organisation_id, 0 AS rank, '' AS code
      FROM assessment_rounds r WHERE r.tenant_id = ${tenantId} AND r.id = ${roundId}
      UNION ALL
      SELECT u.organisation_id, 1, o.code
      FROM assessment_units u
      JOIN organisations o ON o.tenant_id = u.tenant_id AND o.id = u.organisation_id
      WHERE u.tenant_id = ${tenantId} AND u.round_id = ${roundId}
    )
    SELECT organisation_id AS "organisationId" FROM candidates
    ORDER BY (organisation_id IN (SELECT id FROM down)) DESC, rank, code
    LIMIT 1`);
  return result.rows[0]?.organisationId ?? null;
}

const parents = alias(organisations, 'parents');

const roundUnitColumns = {
  unit: assessmentUnits,
  code: organisations.code,
  name: organisations.name,
  type: organisations.type,
  parent: { name: parents.name, type: parents.type },
};

function selectRoundUnits(db: Database) {
  return db
    .select(roundUnitColumns)
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
    );
}

const toRoundUnitRow = (row: {
  unit: typeof assessmentUnits.$inferSelect;
  code: string;
  name: string;
  type: string;
  parent: { name: string; type: string } | null;
}): RoundUnitRow => ({
  ...row.unit,
  code: row.code,
  name: row.name,
  type: row.type,
  parent: row.parent,
});

/** Which taking-part unit: tenant, round, organisation. */
export interface UnitKey {
  tenantId: string;
  roundId: string;
  organisationId: string;
}

/**
 * The round's taking-part units (all, or only `organisationId`), by organisation name (lists,
 * documents) or by code (completion, appraisal, board).
 */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
  options: { organisationId?: string; orderBy?: 'name' | 'code' } = {},
): Promise<RoundUnitRow[]> {
  const rows = await selectRoundUnits(db)
    .where(
      and(
        eq(assessmentUnits.tenantId, tenantId),
        eq(assessmentUnits.roundId, roundId),
        options.organisationId
          ? eq(assessmentUnits.organisationId, options.organisationId)
          : undefined,
      ),
    )
    .orderBy(
      ...(options.orderBy === 'code'
        ? [asc(organisations.code)]
        : [asc(organisations.name), asc(organisations.code)]),
    );
  return rows.map(toRoundUnitRow);
}

/** One taking-part unit with its organisation, or null when it does not take part. */
export async function findRoundUnit(db: Database, key: UnitKey): Promise<RoundUnitRow | null> {
  const [unit] = await listRoundUnits(db, key.tenantId, key.roundId, {
    organisationId: key.organisationId,
  });
  return unit ?? null;
}

/** Writes a taking-part unit's row when its version is still `version` (raising it); null when someone wrote it since. */
export async function updateUnitIfVersion(
  db: Database,
  key: UnitKey,
  version: number,
  values: Partial<
    Omit<typeof assessmentUnits.$inferInsert, 'tenantId' | 'roundId' | 'organisationId' | 'version'>
  >,
): Promise<typeof assessmentUnits.$inferSelect | null> {
  const [row] = await db
    .update(assessmentUnits)
    .set({ ...values, version: sql`${assessmentUnits.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(assessmentUnits.tenantId, key.tenantId),
        eq(assessmentUnits.roundId, key.roundId),
        eq(assessmentUnits.organisationId, key.organisationId),
        eq(assessmentUnits.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

/** Paths (tenant root → unit) of the given units, for the actor's per-unit actions. */
export async function listOrganisationPaths(
  db: Database,
  tenantId: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; path: string[] }>(sql`
    WITH RECURSIVE up AS (
      SELECT id AS start_id, id, parent_id, 0 AS depth
      FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param(ids)}::uuid[])
      UNION ALL
      SELECT up.start_id, o.id, o.parent_id, up.depth + 1
      FROM organisations o JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 64
    )
    SELECT start_id AS id, array_agg(id::text ORDER BY depth DESC) AS path FROM up GROUP BY start_id`);
  return new Map(result.rows.map((row) => [row.id, row.path]));
}

export async function insertRound(db: Database, row: NewRoundRow): Promise<RoundRow> {
  const [created] = await db.insert(assessmentRounds).values(row).returning();
  if (!created) throw new Error('insert round returned nothing');
  return created;
}

/** Changes a round when `version` still matches (raising it); null on a version clash. */
export async function updateRoundIfVersion(
  db: Database,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<Omit<typeof assessmentRounds.$inferInsert, 'tenantId' | 'id' | 'version'>>,
): Promise<RoundRow | null> {
  const [row] = await db
    .update(assessmentRounds)
    .set({ ...changes, version: sql`${assessmentRounds.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(assessmentRounds.tenantId, tenantId),
        eq(assessmentRounds.id, id),
        eq(assessmentRounds.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

/** Writes the taking-part units of a draft round: those not listed go, listed ones are set. */
export async function replaceRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
  units: { organisationId: string; exemptNodeCodes: string[]; exemptionNote: string }[],
): Promise<void> {
  await db
    .delete(assessmentUnits)
    .where(and(eq(assessmentUnits.tenantId, tenantId), eq(assessmentUnits.roundId, roundId)));
  if (units.length === 0) return;
  await db.insert(assessmentUnits).values(units.map((unit) => ({ tenantId, roundId, ...unit })));
}

/** A taking-part unit of a running round, as its window reminders need it. */
export type RunningRoundUnitRow = {
  roundId: string;
  roundName: string;
  ownerOrganisationId: string;
  state: string;
  appraisalStage: number;
  selfClosesOn: string | null;
  appraisalClosesOn: string | null;
  explanationOpensOn: string | null;
  explanationClosesOn: string | null;
  organisationId: string;
  unitName: string;
  status: string;
  appraisalConfirmed: boolean;
  /** Đề nghị giải trình asked of the unit, and how many are still unanswered. */
  explanationRequests: number;
  unansweredRequests: number;
};

/** The units of the tenant's rounds in self-assessment, appraisal or explanation. */
export async function listRunningRoundUnits(
  db: Database,
  tenantId: string,
): Promise<RunningRoundUnitRow[]> {
  const result = await db.execute<RunningRoundUnitRow>(sql`
    SELECT r.id AS "roundId", r.name AS "roundName", r.owner_organisation_id AS "ownerOrganisationId",
           r.state, r.appraisal_stage AS "appraisalStage",
           r.self_closes_on::text AS "selfClosesOn", r.appraisal_closes_on::text AS "appraisalClosesOn",
           r.explanation_opens_on::text AS "explanationOpensOn",
           r.explanation_closes_on::text AS "explanationClosesOn",
           u.organisation_id AS "organisationId", o.name AS "unitName", u.status,
           (CASE WHEN r.appraisal_stage = 2 THEN u.appraisal_2_done_at ELSE u.appraisal_1_done_at END)
             IS NOT NULL AS "appraisalConfirmed",
           (SELECT count(*)::int FROM assessment_entries e
             WHERE e.tenant_id = u.tenant_id AND e.round_id = u.round_id
               AND e.organisation_id = u.organisation_id AND btrim(e.explanation_request) <> '')
             AS "explanationRequests",
           (SELECT count(*)::int FROM assessment_entries e
             WHERE e.tenant_id = u.tenant_id AND e.round_id = u.round_id
               AND e.organisation_id = u.organisation_id AND btrim(e.explanation_request) <> ''
               AND btrim(e.explanation) = '') AS "unansweredRequests"
    FROM assessment_rounds r
    JOIN assessment_units u ON u.tenant_id = r.tenant_id AND u.round_id = r.id
    JOIN organisations o ON o.tenant_id = u.tenant_id AND o.id = u.organisation_id
    WHERE r.tenant_id = ${tenantId} AND r.state IN ('self_assessment', 'appraisal', 'explanation')
    ORDER BY r.name, o.name, u.organisation_id`);
  return result.rows;
}
