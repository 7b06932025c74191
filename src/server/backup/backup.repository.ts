// The SQL of backup and restore: PostgreSQL's low-level base backup API (one session from start
// to stop), the evidence files the database references, and per-table row counts and checksums.
import type pg from 'pg';

/** What pg_backup_stop() hands back: the end of the backup and the files to write beside it. */
export interface BackupStop {
  stopLsn: string;
  labelFile: string;
  tablespaceMap: string;
}

/**
 * Keeps every WAL segment from now on until this session ends (a temporary physical slot,
 * reserved at once) and starts the backup with an immediate checkpoint. Needs a superuser.
 */
export async function startBaseBackup(
  client: pg.Client,
  label: string,
): Promise<{ startLsn: string; startWalFile: string }> {
  const slot = `parplan_backup_${process.pid}`;
  await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
  const started = await client.query<{ lsn: string; file: string }>(
    'SELECT lsn::text AS lsn, pg_walfile_name(lsn) AS file FROM pg_backup_start($1, fast => true) AS lsn',
    [label],
  );
  return { startLsn: started.rows[0]!.lsn, startWalFile: started.rows[0]!.file };
}

/** Ends the backup begun on this session; the segment holding the stop point is switched out. */
export async function stopBaseBackup(
  client: pg.Client,
): Promise<BackupStop & { stopWalFile: string }> {
  const stopped = await client.query<{
    lsn: string;
    labelfile: string;
    spcmapfile: string | null;
    file: string;
  }>(
    `SELECT lsn::text AS lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS file
       FROM pg_backup_stop(wait_for_archive => false)`,
  );
  const row = stopped.rows[0]!;
  return {
    stopLsn: row.lsn,
    labelFile: row.labelfile,
    tablespaceMap: row.spcmapfile ?? '',
    stopWalFile: row.file,
  };
}

/** The server's version as a number (150004 = 15.4) and as text. */
export async function getServerVersion(
  client: pg.Client | pg.Pool,
): Promise<{ number: number; text: string }> {
  const result = await client.query<{ num: string; txt: string }>(
    `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS txt`,
  );
  return { number: Number(result.rows[0]!.num), text: result.rows[0]!.txt };
}

/**
 * Storage keys of every evidence file the database references (tệp minh chứng of reports and
 * tài liệu kiểm chứng of the scoring round); an empty list when the tables do not exist yet.
 */
export async function listEvidenceStorageKeys(client: pg.Client | pg.Pool): Promise<string[]> {
  const exists = await client.query<{ ok: boolean }>(
    `SELECT to_regclass('public.evidence_files') IS NOT NULL
        AND to_regclass('public.assessment_evidence') IS NOT NULL AS ok`,
  );
  if (!exists.rows[0]!.ok) return [];
  const result = await client.query<{ storage_key: string }>(
    `SELECT storage_key FROM evidence_files
      UNION
     SELECT storage_key FROM assessment_evidence WHERE storage_key IS NOT NULL
      ORDER BY 1`,
  );
  return result.rows.map((row) => row.storage_key);
}

/** Every ordinary table outside PostgreSQL's own schemas, as `schema.table`. */
export async function listUserTables(client: pg.Client | pg.Pool): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  return result.rows.map((row) => row.name);
}

/** Row count of each table (exact `count(*)`), keyed by `schema.table`. */
export async function countRowsPerTable(
  client: pg.Client | pg.Pool,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listUserTables(client)) {
    // `table` comes from format('%I.%I'): already quoted for SQL.
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

/**
 * Row count and an order-independent md5 of a table's rows as text, optionally only rows matching
 * `where` (SQL written by the caller's code, never by a user).
 */
export async function checksumTable(
  client: pg.Client | pg.Pool,
  table: string,
  where = 'true',
): Promise<{ rows: number; md5: string }> {
  const result = await client.query<{ n: string; md5: string }>(
    `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
       FROM ${table} t WHERE ${where}`,
  );
  return { rows: Number(result.rows[0]!.n), md5: result.rows[0]!.md5 };
}
