// SQL of the dossier import pipeline: COPY valid rows into the job's staging, find codes repeated
// in the file, upsert the staging into "dossiers" in the caller's transaction, recompute the
// rollups of the (unit, month) pairs the upsert touched, and drop the job's staging.
import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DOSSIER_COUNTERS } from '@domain/kpis/dossier-counters';
import type { Database } from '../db/client';

/** Staging columns in COPY order (the line written by `stagingLine` follows it). */
export const STAGING_COLUMNS = [
  'tenant_id',
  'job_id',
  'line',
  'received_year',
  'code',
  'organisation_id',
  'procedure_code',
  'procedure_name',
  'field',
  'received_at',
  'promised_at',
  'finished_at',
  'status',
  'channel',
  'online_level',
  'paid_online',
  'has_fee',
  'supplement_requests',
  'paused_days',
  'digitised_file',
  'digitised_result',
  'electronic_result',
  'satisfaction',
  'complaint',
  'counters',
] as const;

/** The dossier columns an export can change (compared to tell an update from an unchanged row). */
const DATA_COLUMNS = STAGING_COLUMNS.slice(5);

/** Opens `COPY dossier_import_rows FROM STDIN` (text format) on a client of its own. */
export function openStagingCopy(client: pg.PoolClient): Writable {
  return client.query(
    copyFrom(`COPY dossier_import_rows (${STAGING_COLUMNS.join(', ')}) FROM STDIN`),
  );
}

/** A later line repeating an earlier line's dossier code. */
export interface RepeatedCode {
  line: number;
  code: string;
  firstLine: number;
}

/**
 * Codes staged more than once by this job: every line after a code's first, the first `limit`
 * by line, and how many there are. With `remove`, those later lines leave the staging.
 */
export async function findRepeatedCodes(
  db: Database,
  tenantId: string,
  jobId: string,
  options: { limit: number; remove: boolean },
): Promise<{ count: number; first: RepeatedCode[] }> {
  // One pass with a window, no self-join: the staging table has no statistics when this runs
  // (the app role may not ANALYZE), and the self-join was planned as a nested loop re-running the
  // grouped subquery per row — 163 s for 20,000 rows.
  const repeated = sql`
    SELECT line, code, first_line FROM (
      SELECT line, code, min(line) OVER (PARTITION BY code) AS first_line
      FROM dossier_import_rows WHERE tenant_id = ${tenantId} AND job_id = ${jobId}
    ) s WHERE line > first_line`;
  const first = await db.execute<{ line: string; code: string; first_line: string }>(
    sql`${repeated} ORDER BY s.line LIMIT ${options.limit}`,
  );
  let count = first.rows.length;
  if (count === options.limit || options.remove) {
    const counted = await db.execute<{ count: string }>(
      sql`SELECT count(*) AS count FROM (${repeated}) x`,
    );
    count = Number(counted.rows[0]!.count);
  }
  if (options.remove && count > 0)
    await db.execute(sql`
      DELETE FROM dossier_import_rows d USING (${repeated}) x
      WHERE d.tenant_id = ${tenantId} AND d.job_id = ${jobId} AND d.line = x.line`);
  return {
    count,
    first: first.rows.map((row) => ({
      line: Number(row.line),
      code: row.code,
      firstLine: Number(row.first_line),
    })),
  };
}

/** A unit and month (first day, Vietnam time) whose rollups an import must recompute. */
export interface TouchedMonth {
  organisationId: string;
  month: string;
}

const MONTH_OF = (column: string) =>
  `date_trunc('month', ${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * Upserts the job's staging into "dossiers" by (tenant, received year, source, code). An existing
 * row is rewritten only when a column differs (so re-importing a file changes nothing); inserted
 * and updated rows are told apart by the `old` CTE (the rows as they were: every CTE of the
 * statement shares one snapshot) — not by `RETURNING old.*` (PG 18 only) nor xmax (a system
 * column RETURNING cannot read from a partitioned table). Answers the counts and the (unit, month) pairs whose rollups changed:
 * the new place of every written row and the old place of every updated one.
 */
export async function upsertStagedDossiers(
  tx: Database,
  tenantId: string,
  jobId: string,
  source: string,
): Promise<{ inserted: number; updated: number; touched: TouchedMonth[] }> {
  const dataList = DATA_COLUMNS.join(', ');
  const changed = `(${DATA_COLUMNS.map((c) => `dossiers.${c}`).join(', ')}) IS DISTINCT FROM (${DATA_COLUMNS.map((c) => `excluded.${c}`).join(', ')})`;
  const result = await tx.execute<{
    inserted: string;
    updated: string;
    units: string[] | null;
    months: string[] | null;
  }>(sql`
    WITH old AS (
      SELECT d.received_year, d.code, d.organisation_id, d.received_at
      FROM dossiers d JOIN dossier_import_rows s
        ON d.tenant_id = s.tenant_id AND d.received_year = s.received_year AND d.code = s.code
      WHERE s.tenant_id = ${tenantId} AND s.job_id = ${jobId} AND d.source = ${source}
    ), up AS (
      INSERT INTO dossiers (tenant_id, received_year, source, code, ${sql.raw(dataList)}, updated_at)
      SELECT tenant_id, received_year, ${source}, code, ${sql.raw(dataList)}, now()
      FROM dossier_import_rows WHERE tenant_id = ${tenantId} AND job_id = ${jobId}
      ON CONFLICT (tenant_id, received_year, source, code) DO UPDATE SET
        ${sql.raw(DATA_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '))}, updated_at = now()
        WHERE ${sql.raw(changed)}
      RETURNING received_year, code, organisation_id, received_at
    ), written AS (
      SELECT u.*, o.code IS NULL AS inserted, o.organisation_id AS old_unit, o.received_at AS old_received_at
      FROM up u LEFT JOIN old o ON o.received_year = u.received_year AND o.code = u.code
    ), pairs AS (
      SELECT organisation_id, ${sql.raw(MONTH_OF('received_at'))} AS month FROM written
      UNION
      SELECT old_unit, ${sql.raw(MONTH_OF('old_received_at'))} FROM written WHERE NOT inserted
    )
    SELECT (SELECT count(*) FILTER (WHERE inserted) FROM written) AS inserted,
           (SELECT count(*) FILTER (WHERE NOT inserted) FROM written) AS updated,
           (SELECT array_agg(organisation_id::text ORDER BY organisation_id, month) FROM pairs) AS units,
           (SELECT array_agg(month::text ORDER BY organisation_id, month) FROM pairs) AS months`);
  const row = result.rows[0]!;
  const units = row.units ?? [];
  const months = row.months ?? [];
  return {
    inserted: Number(row.inserted),
    updated: Number(row.updated),
    touched: units.map((organisationId, index) => ({ organisationId, month: months[index]! })),
  };
}

/** `{a,b}` for a uuid[] / date[] parameter (the values are uuids and ISO dates: no quoting needed). */
const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

/** The counts array, bit by bit in DOSSIER_COUNTERS order, summed over `d.counters`. */
const COUNT_SUMS = `ARRAY[${DOSSIER_COUNTERS.map((_, bit) => `sum((d.counters >> ${bit}) & 1)`).join(', ')}]::bigint[]`;

/**
 * Recomputes the rollups of the touched (unit, month) pairs from the raw rows, every field and
 * source: delete those rows, insert the sums again (a pair with no dossiers left keeps no row).
 */
export async function recomputeRollups(
  tx: Database,
  tenantId: string,
  touched: readonly TouchedMonth[],
): Promise<void> {
  if (touched.length === 0) return;
  const units = arrayLiteral(touched.map((pair) => pair.organisationId));
  const months = arrayLiteral(touched.map((pair) => pair.month));
  await tx.execute(sql`
    DELETE FROM dossier_rollups r
    USING unnest(${units}::uuid[], ${months}::date[]) AS p(organisation_id, month)
    WHERE r.tenant_id = ${tenantId} AND r.organisation_id = p.organisation_id AND r.month = p.month`);
  await tx.execute(sql`
    INSERT INTO dossier_rollups (tenant_id, organisation_id, field, month, counts)
    SELECT ${tenantId}::uuid, d.organisation_id, d.field, p.month, ${sql.raw(COUNT_SUMS)}
    FROM unnest(${units}::uuid[], ${months}::date[]) AS p(organisation_id, month)
    JOIN dossiers d ON d.tenant_id = ${tenantId} AND d.organisation_id = p.organisation_id
      AND d.received_at >= (p.month::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
      AND d.received_at < ((p.month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
    GROUP BY d.organisation_id, d.field, p.month`);
}

/**
 * Gives the planner the staging's statistics once a job's rows are in: without them the joins
 * below are planned as nested loops over the staging (quadratic: 20,000 rows never finished).
 */
export async function analyzeStaging(db: Database): Promise<void> {
  await db.execute(sql`SELECT analyze_dossier_import_rows()`);
}

/** Drops the job's staging rows (end of every job: done, failed or cancelled). */
export async function deleteStagingRows(db: Database, tenantId: string, jobId: string) {
  await db.execute(
    sql`DELETE FROM dossier_import_rows WHERE tenant_id = ${tenantId} AND job_id = ${jobId}`,
  );
}

/** The tenant's unit codes (lower-cased: imports match codes without letter case) → ids. */
export async function loadUnitCodes(db: Database, tenantId: string): Promise<Map<string, string>> {
  const result = await db.execute<{ code: string; id: string }>(
    sql`SELECT lower(code) AS code, id FROM organisations WHERE tenant_id = ${tenantId}`,
  );
  return new Map(result.rows.map((row) => [row.code, row.id]));
}
