// Đọc văn bản lớn ở chế độ nền: a file over PLAN_IMPORT_INLINE_MAX_BYTES is stored with status
// "reading" and read here, by pg-boss's queue "plan-import" (or in the server's own process when
// jobs are off), moving `progress` as the stages pass so the review screen shows a bar; a
// failure is stored as status "failed" with a Vietnamese message, never thrown at the queue.
import type PgBoss from 'pg-boss';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { findPlanImport, updatePlanImport } from './plan-import.repository';
import { loadImportContext, readImportedPlan, UnreadableResultError } from './plan-import-reading';

/** pg-boss queue of the plan readings. */
export const PLAN_IMPORT_QUEUE = 'plan-import';

/** One reading to do. */
export interface PlanImportJob {
  tenantId: string;
  importId: string;
}

/** Where an upload hands a large file's reading. */
export interface PlanImportQueue {
  enqueue(job: PlanImportJob): Promise<void>;
}

/** What a run did: read, failed (stored as such), or nothing (unknown or no longer reading). */
export type PlanImportJobOutcome = 'ready' | 'failed' | 'skipped';

type Log = { error(error: unknown): void };

/** Tiến độ: after the source is loaded, after the units and frameworks are loaded, after the reading. */
export const PLAN_IMPORT_PROGRESS = { loaded: 10, context: 30, read: 90, done: 100 } as const;

/** Reads one stored import (status "reading"), step by step; the outcome is in the row. */
export async function runPlanImportJob(
  db: Database,
  clock: Clock,
  job: PlanImportJob,
): Promise<PlanImportJobOutcome> {
  const row = await findPlanImport(db, job.tenantId, job.importId);
  if (!row || row.status !== 'reading') return 'skipped';
  const step = (progress: number) =>
    updatePlanImport(db, job.tenantId, job.importId, { progress }, 'reading');
  try {
    await step(PLAN_IMPORT_PROGRESS.loaded);
    const context = await loadImportContext(db, {
      tenantId: row.tenantId,
      organisationId: row.organisationId,
      year: row.year,
      overrides: row.overrides,
    });
    await step(PLAN_IMPORT_PROGRESS.context);
    const result = readImportedPlan(row.source, context, clock.today());
    await step(PLAN_IMPORT_PROGRESS.read);
    await updatePlanImport(
      db,
      job.tenantId,
      job.importId,
      { status: 'ready', progress: PLAN_IMPORT_PROGRESS.done, result, error: null },
      'reading',
    );
    return 'ready';
  } catch (error) {
    const reason =
      error instanceof UnreadableResultError ? error.message : 'lỗi khi phân tích nội dung';
    await updatePlanImport(
      db,
      job.tenantId,
      job.importId,
      {
        status: 'failed',
        error: `Không đọc được văn bản: ${reason}. Hãy thử lại hoặc tải lên tệp khác.`,
      },
      'reading',
    );
    if (!(error instanceof UnreadableResultError)) throw error;
    return 'failed';
  }
}

/** Creates the queue and works it with `runPlanImportJob` (one job at a time per worker). */
export async function workPlanImports(
  boss: PgBoss,
  options: {
    db: Database;
    clock: Clock;
    log: Log;
    onRun?: (outcome: PlanImportJobOutcome) => void;
  },
): Promise<void> {
  if (!(await boss.getQueue(PLAN_IMPORT_QUEUE))) await boss.createQueue(PLAN_IMPORT_QUEUE);
  await boss.work<PlanImportJob>(
    PLAN_IMPORT_QUEUE,
    { pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return;
      const outcome = await runPlanImportJob(options.db, options.clock, job.data).catch(
        (error: unknown) => {
          // Already stored as failed; logged here, not retried (the same bytes fail the same way).
          options.log.error(error);
          return 'failed' as const;
        },
      );
      options.onRun?.(outcome);
    },
  );
}

/** The queue as pg-boss: the job survives a restart of the server. */
export function pgBossPlanImportQueue(boss: PgBoss): PlanImportQueue {
  return {
    enqueue: async (job) => {
      await boss.send(PLAN_IMPORT_QUEUE, job);
    },
  };
}

/** Without the job runner (PARPLAN_JOBS=false, tests): read in the server's own process, after the answer. */
export function inProcessPlanImportQueue(db: Database, clock: Clock, log: Log): PlanImportQueue {
  return {
    enqueue: async (job) => {
      setImmediate(() => void runPlanImportJob(db, clock, job).catch(log.error));
    },
  };
}
