/**
 * What the import page shows of a job: whether it still runs (and is polled), its counts and rate
 * Vietnamese style, and the ETA when the server knows it (a streamed file's total is only known
 * at its end, so while running the ETA is usually unknown).
 */
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { formatViNumber } from '@contract/vi-format';

/** True while the job is queued or running (the page polls it and offers cancel). */
export function isDossierImportRunning(job: Pick<DossierImportJobDto, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** The figures of the progress card, formatted (1.234; 5.678 dòng/giây). */
export interface DossierImportFigures {
  read: string;
  written: string;
  rejected: string;
  /** "12.345" rows a second, or null before the job started. */
  rate: string | null;
  /** Seconds left rounded up, or null when unknown. */
  etaSeconds: number | null;
}

/** Counts of the job as the card shows them; written = inserted + updated + unchanged. */
export function dossierImportFigures(job: DossierImportJobDto): DossierImportFigures {
  return {
    read: formatViNumber(job.rowsRead),
    written: formatViNumber(job.rowsInserted + job.rowsUpdated + job.rowsUnchanged),
    rejected: formatViNumber(job.rowsRejected),
    rate: job.rowsPerSecond === null ? null : formatViNumber(job.rowsPerSecond, 0),
    etaSeconds:
      job.etaSeconds === null || !isDossierImportRunning(job) ? null : Math.ceil(job.etaSeconds),
  };
}

/**
 * The bar's state: a streamed file's total is unknown until its end, so while the job runs the
 * bar is full and animated (activity, with the counts beside it), then shows how it ended.
 */
export function dossierImportBarStatus(
  job: Pick<DossierImportJobDto, 'status'>,
): 'active' | 'success' | 'exception' | 'normal' {
  if (isDossierImportRunning(job)) return 'active';
  if (job.status === 'succeeded') return 'success';
  return job.status === 'failed' ? 'exception' : 'normal';
}
