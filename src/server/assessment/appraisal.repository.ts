// SQL of the appraisal (thẩm định): the unit's evidence, filling untouched scores, the unit's
// confirmation, the council's sign-off, and where an appraiser belongs (home unit and other roles,
// with paths). The round, its units and its entries are read through round.repository and
// entry.repository.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { assessmentEntries, assessmentEvidence, roleGrants, users } from '../db/schema';
import {
  findRoundWithFramework,
  listRoundUnits as listUnits,
  updateRoundIfVersion,
  updateUnitIfVersion,
  type RoundUnitRow,
  type RoundWithFrameworkRow,
  type UnitKey,
} from './round.repository';

/** A round row with its framework's identity and nodes. */
export type AppraisalRoundRow = RoundWithFrameworkRow;
/** An evidence row. */
export type EvidenceRow = typeof assessmentEvidence.$inferSelect;
export type { EntryRow } from './entry.repository';
export type { RoundUnitRow, UnitKey } from './round.repository';

/** The round with its framework (the rounds repository's query; the board reads it from here). */
export const findRound = findRoundWithFramework;

/** Every unit taking part, in code order (the rounds repository's query). */
export async function listRoundUnits(
  db: Database,
  tenantId: string,
  roundId: string,
): Promise<RoundUnitRow[]> {
  return listUnits(db, tenantId, roundId, { orderBy: 'code' });
}

export async function listEvidence(db: Database, key: UnitKey): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(assessmentEvidence)
    .where(
      and(
        eq(assessmentEvidence.tenantId, key.tenantId),
        eq(assessmentEvidence.roundId, key.roundId),
        eq(assessmentEvidence.organisationId, key.organisationId),
      ),
    )
    .orderBy(asc(assessmentEvidence.createdAt));
}

/** The appraisal columns an entry write may set. */
export type EntryChanges = Partial<
  Pick<
    typeof assessmentEntries.$inferInsert,
    | 'appraisedScore1'
    | 'appraisalComment1'
    | 'appraisedBy1'
    | 'appraisedAt1'
    | 'appraisedScore2'
    | 'appraisalComment2'
    | 'appraisedBy2'
    | 'appraisedAt2'
    | 'explanationRequest'
    | 'explanationRequestedBy'
    | 'explanation'
    | 'explainedAt'
    | 'updatedBy'
  >
>;

/** Sets an appraised score without a version check (confirming fills untouched criteria in its own guarded transaction). */
export async function fillAppraisedScore(
  db: Database,
  key: UnitKey,
  nodeCode: string,
  stage: 1 | 2,
  score: number,
  by: string,
  at: Date,
): Promise<void> {
  const values =
    stage === 1
      ? { appraisedScore1: score, appraisedBy1: by, appraisedAt1: at }
      : { appraisedScore2: score, appraisedBy2: by, appraisedAt2: at };
  await db
    .insert(assessmentEntries)
    .values({ ...key, nodeCode, ...values, updatedBy: by })
    .onConflictDoUpdate({
      target: [
        assessmentEntries.tenantId,
        assessmentEntries.roundId,
        assessmentEntries.organisationId,
        assessmentEntries.nodeCode,
      ],
      set: { ...values, updatedBy: by, version: sql`${assessmentEntries.version} + 1` },
    });
}

/** Marks the unit's appraisal of `stage` confirmed if the unit is still at `version`. */
export async function confirmUnitIfVersion(
  db: Database,
  key: UnitKey,
  stage: 1 | 2,
  version: number,
  by: string,
  at: Date,
): Promise<boolean> {
  const values =
    stage === 1
      ? { appraisal1DoneAt: at, appraisal1DoneBy: by }
      : { appraisal2DoneAt: at, appraisal2DoneBy: by };
  return (await updateUnitIfVersion(db, key, version, values)) !== null;
}

/** Stamps the council's sign-off if the round is still at `version`; the new version, or null. */
export async function signOffIfVersion(
  db: Database,
  tenantId: string,
  roundId: string,
  version: number,
  by: string,
  at: Date,
): Promise<number | null> {
  const row = await updateRoundIfVersion(db, tenantId, roundId, version, {
    signedOffAt: at,
    signedOffBy: by,
  });
  return row?.version ?? null;
}

/** Đơn vị và vai trò của người dùng: the path of the home unit and each grant's role and unit path. */
export async function findMembership(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<{ homePath: string[] | null; grants: { role: string; organisationPath: string[] }[] }> {
  const [user] = await db
    .select({ home: users.homeOrganisationId })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  const grants = await db
    .select({ role: roleGrants.role, organisationId: roleGrants.organisationId })
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.userId, userId)));
  const ids = [...new Set([user?.home, ...grants.map((grant) => grant.organisationId)])].filter(
    (id): id is string => typeof id === 'string',
  );
  const paths = await organisationPaths(db, tenantId, ids);
  return {
    homePath: user ? (paths.get(user.home) ?? null) : null,
    grants: grants.map((grant) => ({
      role: grant.role,
      organisationPath: paths.get(grant.organisationId) ?? [grant.organisationId],
    })),
  };
}

/** The root-down id paths of some units of a tenant, in one recursive query. */
export async function organisationPaths(
  db: Database,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; path: string[] }>(sql`
    WITH RECURSIVE up AS (
      SELECT o.id AS start, o.parent_id, ARRAY[o.id]::uuid[] AS path, 0 AS depth
      FROM organisations o
      WHERE o.tenant_id = ${tenantId} AND o.id = ANY(${`{${ids.join(',')}}`}::uuid[])
      UNION ALL
      SELECT up.start, o.parent_id, o.id || up.path, up.depth + 1
      FROM organisations o JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 64
    )
    SELECT start AS id, path::text[] AS path FROM up WHERE parent_id IS NULL`);
  return new Map(result.rows.map((row) => [row.id, row.path]));
}
