// SQL of the KPI pages: rollup sums (one statement per request: the counts arrays summed element
// by element over the unit rows and months asked for) and the raw dossiers behind a count.
import { sql, type SQL } from 'drizzle-orm';
import { DOSSIER_COUNTERS, type DossierCounter } from '@domain/kpis/dossier-counters';
import type { Database } from '../db/client';

/**
 * `ARRAY[sum(counts[1]), …]` in counter bit order: the element-wise sum of the counts arrays.
 * Each element is summed as integer (one unit, field and month never holds 2³¹ dossiers), whose
 * sum is a bigint: summing bigints goes through numeric, 2× slower over a province's year.
 */
const SUMMED_COUNTS = sql.raw(
  `ARRAY[${DOSSIER_COUNTERS.map((_, bit) => `coalesce(sum(r.counts[${bit + 1}]::integer), 0)`).join(', ')}]::bigint[]`,
);

/** The units under (and including) `rootIds`, closed ones too (their dossiers still count). */
const unitsUnder = (tenantId: string, rootIds: string[]) => sql`
  WITH RECURSIVE down AS (
    SELECT id, parent_id, code, name, type, valid_to
    FROM organisations WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param(rootIds)}::uuid[])
    UNION
    SELECT c.id, c.parent_id, c.code, c.name, c.type, c.valid_to
    FROM organisations c JOIN down ON c.tenant_id = ${tenantId} AND c.parent_id = down.id
  )`;

/** A unit with the counts of its own dossiers (not its subtree's) in bit order; null when none. */
export interface UnitCountsRow {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  type: string;
  validTo: string | null;
  counts: number[] | null;
}

const toNumbers = (counts: (string | number)[] | null) => counts?.map(Number) ?? null;

/**
 * The units under `rootIds` with their own rollup counts summed over the months `fromDay` ..
 * `toDay` (first days of months, both included), parents before children — one statement.
 */
export async function listUnitCounts(
  db: Database,
  tenantId: string,
  rootIds: string[],
  fromDay: string,
  toDay: string,
): Promise<UnitCountsRow[]> {
  if (rootIds.length === 0) return [];
  const result = await db.execute<Omit<UnitCountsRow, 'counts'> & { counts: string[] | null }>(sql`
    ${unitsUnder(tenantId, rootIds)},
    -- Summed per unit first, then joined to the listed units: filtering the rollups by the
    -- recursive CTE made the planner loop over the CTE for every rollup row (it cannot estimate
    -- a CTE's size), 150 ms for 9,600 rows. The tenant's period rows are read either way.
    own AS (
      SELECT r.organisation_id, ${SUMMED_COUNTS} AS counts
      FROM dossier_rollups r
      WHERE r.tenant_id = ${tenantId} AND r.month BETWEEN ${fromDay}::date AND ${toDay}::date
      GROUP BY r.organisation_id
    )
    SELECT d.id, d.parent_id AS "parentId", d.code, d.name, d.type, d.valid_to AS "validTo",
           own.counts
    FROM down d LEFT JOIN own ON own.organisation_id = d.id
    ORDER BY d.name, d.code`);
  return result.rows.map((row) => ({ ...row, counts: toNumbers(row.counts) }));
}

/** Counts of a unit's subtree for one month and procedure field. */
export interface MonthFieldCountsRow {
  month: string;
  field: string;
  counts: number[];
}

/** The subtree of `organisationId` summed per (month, field) over a year's months — one statement. */
export async function listMonthFieldCounts(
  db: Database,
  tenantId: string,
  organisationId: string,
  fromDay: string,
  toDay: string,
): Promise<MonthFieldCountsRow[]> {
  const result = await db.execute<{ month: string; field: string; counts: string[] }>(sql`
    ${unitsUnder(tenantId, [organisationId])}
    SELECT to_char(r.month, 'YYYY-MM') AS month, r.field, ${SUMMED_COUNTS} AS counts
    FROM dossier_rollups r
    WHERE r.tenant_id = ${tenantId} AND r.month BETWEEN ${fromDay}::date AND ${toDay}::date
      AND r.organisation_id = ANY(ARRAY(SELECT id FROM down))
    GROUP BY r.month, r.field
    ORDER BY r.month, r.field`);
  return result.rows.map((row) => ({ ...row, counts: row.counts.map(Number) }));
}

/** The unit's code, name and type (within the tenant), or undefined. */
export async function findUnit(db: Database, tenantId: string, organisationId: string) {
  const result = await db.execute<{ id: string; code: string; name: string; type: string }>(sql`
    SELECT id, code, name, type FROM organisations
    WHERE tenant_id = ${tenantId} AND id = ${organisationId}`);
  return result.rows[0];
}

/** Which dossiers a drill-down lists: the month's instants and a counter filter. */
export interface DossierFilter {
  /** [start, end) of the month in Vietnam time, as ISO instants. */
  start: string;
  end: string;
  /** Receive years whose partitions can hold the month (Vietnam and UTC year may differ). */
  years: number[];
  counter: DossierCounter;
  has: boolean;
  among: DossierCounter | null;
  limit: number;
  offset: number;
}

const bitOf = (counter: DossierCounter) => 1 << DOSSIER_COUNTERS.indexOf(counter);

function dossierConditions(tenantId: string, filter: DossierFilter): SQL {
  const conditions = [
    sql`x.tenant_id = ${tenantId}`,
    sql`x.received_year = ANY(${sql.param(filter.years)}::smallint[])`,
    sql`x.received_at >= ${filter.start}::timestamptz AND x.received_at < ${filter.end}::timestamptz`,
    sql`x.organisation_id IN (SELECT id FROM down)`,
    filter.has
      ? sql`(x.counters & ${bitOf(filter.counter)}) <> 0`
      : sql`(x.counters & ${bitOf(filter.counter)}) = 0`,
  ];
  if (filter.among) conditions.push(sql`(x.counters & ${bitOf(filter.among)}) <> 0`);
  return sql.join(conditions, sql` AND `);
}

/** A dossier row of the drill-down. */
export type DossierListRow = {
  source: string;
  code: string;
  unitCode: string;
  unitName: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  receivedAt: string;
  promisedAt: string | null;
  finishedAt: string | null;
  status: string;
  channel: string;
  onlineLevel: string | null;
  supplementRequests: number;
  pausedDays: number;
  satisfaction: number | null;
  complaint: boolean;
};

const instant = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

/** One page of the subtree's dossiers matching `filter`, newest received first (then by code). */
export async function listDossiers(
  db: Database,
  tenantId: string,
  organisationId: string,
  filter: DossierFilter,
): Promise<DossierListRow[]> {
  const result = await db.execute<DossierListRow>(sql`
    ${unitsUnder(tenantId, [organisationId])}
    SELECT x.source, x.code, o.code AS "unitCode", o.name AS "unitName",
           x.procedure_code AS "procedureCode", x.procedure_name AS "procedureName", x.field,
           ${instant('x.received_at')} AS "receivedAt", ${instant('x.promised_at')} AS "promisedAt",
           ${instant('x.finished_at')} AS "finishedAt", x.status, x.channel,
           x.online_level AS "onlineLevel", x.supplement_requests AS "supplementRequests",
           x.paused_days AS "pausedDays", x.satisfaction, x.complaint
    FROM dossiers x JOIN down o ON o.id = x.organisation_id
    WHERE ${dossierConditions(tenantId, filter)}
    ORDER BY x.received_at DESC, x.source, x.code
    LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  return result.rows;
}

/** How many of the subtree's dossiers match `filter`. */
export async function countDossiers(
  db: Database,
  tenantId: string,
  organisationId: string,
  filter: DossierFilter,
): Promise<number> {
  const result = await db.execute<{ total: string }>(sql`
    ${unitsUnder(tenantId, [organisationId])}
    SELECT count(*) AS total FROM dossiers x WHERE ${dossierConditions(tenantId, filter)}`);
  return Number(result.rows[0]?.total ?? 0);
}
