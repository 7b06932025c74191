// Nhập hồ sơ ở chế độ nền: an uploaded export lies on disk and its job row is "queued"; pg-boss's
// queue "dossier-import" (or the server's own process when jobs are off, and the CLI directly)
// runs it here: open the file with the source's saved mapping, run the pipeline, store the
// outcome, delete the file. A file that cannot be read fails the job with a Vietnamese message.
import { rm } from 'node:fs/promises';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import { DOSSIER_COLUMN_LABELS, type DossierColumnMapping } from '@domain/kpis/dossier-columns';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import {
  findDossierImportJob,
  findSourceMapping,
  finishDossierImportJob,
  startDossierImportJob,
  type DossierImportOutcome,
} from './dossier-import-job.repository';
import { DossierFileError, openDossierFile } from './dossier-file-reader';
import { importDossiers, type DossierImportContext } from './dossier-import.service';
import { deleteStagingRows } from './dossier-staging.repository';

/** pg-boss queue of the dossier imports. */
export const DOSSIER_IMPORT_QUEUE = 'dossier-import';

/**
 * Rows between progress writes of a queued import: often enough that the page's bar and ETA move
 * every second or so (one UPDATE per 10,000 rows costs nothing beside them).
 */
const PROGRESS_EVERY_ROWS = 10_000;

/** One import to run. */
export interface DossierImportJob {
  tenantId: string;
  jobId: string;
  /** A mapping the user set for this upload (over the saved one). */
  mappingOverride?: DossierColumnMapping;
  /** The file is the user's own (CLI): leave it where it is. Uploads are deleted after the run. */
  keepFile?: boolean;
}

/** Where an upload hands its import. */
export interface DossierImportQueue {
  enqueue(job: DossierImportJob): Promise<void>;
}

/** What the runner needs: the database, a pool for COPY, the clock. */
export interface DossierImportRunner {
  db: Database;
  pool: pg.Pool;
  clock: Clock;
  progressEvery?: number;
  trace?: DossierImportContext['trace'];
}

const emptyOutcome = (failure: string, mapping: DossierColumnMapping): DossierImportOutcome => ({
  status: 'failed',
  rowsRead: 0,
  rowsValid: 0,
  rowsRejected: 0,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  errors: [],
  errorCounts: {},
  failure,
  mapping,
});

/** Runs one queued job to its end; null when it is no longer queued (cancelled, already run). */
export async function runDossierImportJob(
  runner: DossierImportRunner,
  job: DossierImportJob,
): Promise<DossierImportOutcome | null> {
  const { db, clock } = runner;
  const row = await findDossierImportJob(db, job.tenantId, job.jobId);
  if (!row || !(await startDossierImportJob(db, job.tenantId, job.jobId, clock.now()))) return null;
  try {
    if (row.filePath === null) throw new DossierFileError('Không còn tệp để nhập.');
    const saved = (await findSourceMapping(db, job.tenantId, row.source)) ?? {};
    const reading = await openDossierFile(row.filePath, {
      savedMapping: { ...saved, ...job.mappingOverride },
      fileName: row.fileName,
    });
    if (reading.columns.missing.length > 0) {
      const names = reading.columns.missing.map((field) => `«${DOSSIER_COLUMN_LABELS[field]}»`);
      throw new DossierFileError(
        `Không tìm thấy cột ${names.join(', ')}. Hãy chọn cột tương ứng (ánh xạ cột) rồi nhập lại.`,
      );
    }
    return await importDossiers(
      {
        db,
        pool: runner.pool,
        now: () => clock.now(),
        progressEvery: runner.progressEvery ?? PROGRESS_EVERY_ROWS,
        ...(runner.trace ? { trace: runner.trace } : {}),
      },
      {
        tenantId: job.tenantId,
        jobId: job.jobId,
        source: row.source,
        mode: row.mode,
        rows: reading.batches,
        bytesRead: reading.bytesRead,
        mapping: reading.columns.mapping,
      },
    );
  } catch (error) {
    if (!(error instanceof DossierFileError)) throw error;
    const outcome = emptyOutcome(error.message, {});
    await deleteStagingRows(db, job.tenantId, job.jobId);
    await finishDossierImportJob(db, job.tenantId, job.jobId, outcome, clock.now());
    return outcome;
  } finally {
    if (row.filePath !== null && !job.keepFile) await rm(row.filePath, { force: true });
  }
}

type Log = { error(error: unknown): void };

/** Creates the queue and works it with `runDossierImportJob` (one import at a time per worker). */
export async function workDossierImports(
  boss: PgBoss,
  options: DossierImportRunner & {
    log: Log;
    onRun?: (outcome: DossierImportOutcome | null) => void;
  },
): Promise<void> {
  if (!(await boss.getQueue(DOSSIER_IMPORT_QUEUE))) await boss.createQueue(DOSSIER_IMPORT_QUEUE);
  await boss.work<DossierImportJob>(
    DOSSIER_IMPORT_QUEUE,
    { pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return;
      // Stored as failed by the pipeline; logged here, not retried (the same file fails the same way).
      const outcome = await runDossierImportJob(options, job.data).catch((error: unknown) => {
        options.log.error(error);
        return null;
      });
      options.onRun?.(outcome);
    },
  );
}

/** The queue as pg-boss: the job survives a restart of the server. */
export function pgBossDossierImportQueue(boss: PgBoss): DossierImportQueue {
  return {
    enqueue: async (job) => {
      await boss.send(DOSSIER_IMPORT_QUEUE, job);
    },
  };
}

/** Without the job runner (PARPLAN_JOBS=false, tests): run in the server's own process. */
export function inProcessDossierImportQueue(
  runner: DossierImportRunner,
  log: Log,
): DossierImportQueue {
  return {
    enqueue: async (job) => {
      setImmediate(() => void runDossierImportJob(runner, job).catch(log.error));
    },
  };
}
