// SQL for dossier import jobs (lần nhập hồ sơ) and the column mapping saved per source system.
// The tables are plain SQL (migration 0015), so rows are mapped here by hand.
import { sql } from 'drizzle-orm';
import type { DossierColumnMapping } from '@domain/kpis/dossier-columns';
import type { Database } from '../db/client';

/** Chế độ nhập: stop with nothing written at the first bad row, or write the valid rows only. */
export type DossierImportMode = 'all_or_nothing' | 'valid_rows';
/** Where a job stands. */
export type DossierImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** One refused row as the job keeps it (the first 1,000 by line). */
export interface DossierImportRowError {
  line: number;
  code: string;
  column?: string;
  message: string;
}

/** A job row. Counts are numbers (bigint read as text, well below 2^53). */
export type DossierImportJobRow = {
  tenantId: string;
  id: string;
  source: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  mode: DossierImportMode;
  status: DossierImportStatus;
  sizeBytes: number;
  /** Bytes of the file the reader had consumed at the last progress write. */
  bytesRead: number;
  filePath: string | null;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  errors: DossierImportRowError[];
  errorCounts: Record<string, number>;
  failure: string | null;
  mapping: DossierColumnMapping;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
};

const JOB_COLUMNS = sql.raw(`tenant_id AS "tenantId", id, source, file_name AS "fileName", format,
  mode, status, size_bytes::float8 AS "sizeBytes",
  bytes_read::float8 AS "bytesRead", file_path AS "filePath",
  rows_read::float8 AS "rowsRead", rows_valid::float8 AS "rowsValid",
  rows_rejected::float8 AS "rowsRejected", rows_inserted::float8 AS "rowsInserted",
  rows_updated::float8 AS "rowsUpdated", rows_unchanged::float8 AS "rowsUnchanged", errors,
  error_counts AS "errorCounts", failure, mapping, created_by AS "createdBy",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt",
  to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "finishedAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`);

/** What a new job needs. */
export interface NewDossierImportJob {
  tenantId: string;
  source: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  mode: DossierImportMode;
  sizeBytes: number;
  filePath: string | null;
  createdBy: string | null;
  now: Date;
}

export async function insertDossierImportJob(
  db: Database,
  job: NewDossierImportJob,
): Promise<DossierImportJobRow> {
  const result = await db.execute<DossierImportJobRow>(sql`
    INSERT INTO dossier_import_jobs
      (tenant_id, source, file_name, format, mode, size_bytes, file_path, created_by, created_at, updated_at)
    VALUES (${job.tenantId}, ${job.source}, ${job.fileName}, ${job.format}, ${job.mode},
      ${job.sizeBytes}, ${job.filePath}, ${job.createdBy}, ${job.now.toISOString()}, ${job.now.toISOString()})
    RETURNING ${JOB_COLUMNS}`);
  return result.rows[0]!;
}

/** The job, or null (another tenant's id too). */
export async function findDossierImportJob(
  db: Database,
  tenantId: string,
  id: string,
): Promise<DossierImportJobRow | null> {
  const result = await db.execute<DossierImportJobRow>(
    sql`SELECT ${JOB_COLUMNS} FROM dossier_import_jobs WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  return result.rows[0] ?? null;
}

/** Progress while reading; answers the status, so the pipeline sees a cancel between chunks. */
export async function writeDossierImportProgress(
  db: Database,
  tenantId: string,
  id: string,
  progress: {
    rowsRead: number;
    rowsValid: number;
    rowsRejected: number;
    /** Bytes of the file consumed so far. */
    bytesRead: number;
    now: Date;
  },
): Promise<DossierImportStatus | null> {
  const result = await db.execute<{ status: DossierImportStatus }>(sql`
    UPDATE dossier_import_jobs SET rows_read = ${progress.rowsRead}, rows_valid = ${progress.rowsValid},
      rows_rejected = ${progress.rowsRejected}, bytes_read = ${progress.bytesRead},
      updated_at = ${progress.now.toISOString()}
    WHERE tenant_id = ${tenantId} AND id = ${id} RETURNING status`);
  return result.rows[0]?.status ?? null;
}

/** Moves a queued job to running; false when it is no longer queued (cancelled, already run). */
export async function startDossierImportJob(
  db: Database,
  tenantId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE dossier_import_jobs SET status = 'running', started_at = ${now.toISOString()},
      updated_at = ${now.toISOString()}
    WHERE tenant_id = ${tenantId} AND id = ${id} AND status = 'queued'`);
  return (result.rowCount ?? 0) > 0;
}

/** Cancels a queued or running job; false when it had already ended. */
export async function cancelDossierImportJob(
  db: Database,
  tenantId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE dossier_import_jobs SET status = 'cancelled', finished_at = ${now.toISOString()},
      updated_at = ${now.toISOString()}
    WHERE tenant_id = ${tenantId} AND id = ${id} AND status IN ('queued', 'running')`);
  return (result.rowCount ?? 0) > 0;
}

/** The outcome of a job that ran to its end (succeeded or failed). */
export interface DossierImportOutcome {
  status: 'succeeded' | 'failed' | 'cancelled';
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  errors: DossierImportRowError[];
  errorCounts: Record<string, number>;
  failure: string | null;
  mapping: DossierColumnMapping;
}

/** Stores the outcome; a job cancelled meanwhile stays cancelled (only its counts are written). */
export async function finishDossierImportJob(
  db: Database,
  tenantId: string,
  id: string,
  outcome: DossierImportOutcome,
  now: Date,
): Promise<void> {
  await db.execute(sql`
    UPDATE dossier_import_jobs SET
      status = CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE ${outcome.status} END,
      rows_read = ${outcome.rowsRead}, rows_valid = ${outcome.rowsValid},
      rows_rejected = ${outcome.rowsRejected}, rows_inserted = ${outcome.rowsInserted},
      rows_updated = ${outcome.rowsUpdated}, rows_unchanged = ${outcome.rowsUnchanged},
      errors = ${JSON.stringify(outcome.errors)}::jsonb,
      error_counts = ${JSON.stringify(outcome.errorCounts)}::jsonb,
      failure = ${outcome.failure}, mapping = ${JSON.stringify(outcome.mapping)}::jsonb,
      file_path = NULL, finished_at = ${now.toISOString()}, updated_at = ${now.toISOString()}
    WHERE tenant_id = ${tenantId} AND id = ${id}`);
}

/** The mapping saved for a source, or null. */
export async function findSourceMapping(
  db: Database,
  tenantId: string,
  source: string,
): Promise<DossierColumnMapping | null> {
  const result = await db.execute<{ mapping: DossierColumnMapping }>(
    sql`SELECT mapping FROM dossier_source_mappings WHERE tenant_id = ${tenantId} AND source = ${source}`,
  );
  return result.rows[0]?.mapping ?? null;
}

/** Saves (replaces) the mapping of a source. */
export async function saveSourceMapping(
  db: Database,
  tenantId: string,
  source: string,
  mapping: DossierColumnMapping,
  now: Date,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO dossier_source_mappings (tenant_id, source, mapping, updated_at)
    VALUES (${tenantId}, ${source}, ${JSON.stringify(mapping)}::jsonb, ${now.toISOString()})
    ON CONFLICT (tenant_id, source) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`);
}
