/**
 * What the import page shows of a job: whether it still runs (and is polled), its counts and rate
 * Vietnamese style, and the ETA the server computes from the bytes read (null before the first
 * progress write), worded in minutes or seconds.
 */
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { formatViNumber } from '@contract/vi-format';

/** True while the job is queued or running (the page polls it and offers cancel). */
export function isDossierImportRunning(job: Pick<DossierImportJobDto, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** The ETA in whole minutes or seconds. */
export type DossierImportEta = { unit: 'minutes' | 'seconds'; value: number };

/**
 * Seconds left as they read: whole minutes from 90 s on (never «1 phút» for 89 s), else whole
 * seconds; both rounded up, so the wait is not promised shorter than it is.
 */
export function etaOf(seconds: number): DossierImportEta {
  if (seconds >= 90) return { unit: 'minutes', value: Math.ceil(seconds / 60) };
  return { unit: 'seconds', value: Math.ceil(seconds) };
}

/** The figures of the progress card, formatted (1.234; 5.678 dòng/giây). */
export interface DossierImportFigures {
  read: string;
  written: string;
  rejected: string;
  /** "12.345" rows a second, or null before the job started. */
  rate: string | null;
  /** Time left as it reads («Còn khoảng N phút/giây»), or null when unknown or ended. */
  eta: DossierImportEta | null;
}

/** Counts of the job as the card shows them; written = inserted + updated + unchanged. */
export function dossierImportFigures(job: DossierImportJobDto): DossierImportFigures {
  return {
    read: formatViNumber(job.rowsRead),
    written: formatViNumber(job.rowsInserted + job.rowsUpdated + job.rowsUnchanged),
    rejected: formatViNumber(job.rowsRejected),
    rate: job.rowsPerSecond === null ? null : formatViNumber(job.rowsPerSecond, 0),
    eta: job.etaSeconds === null || !isDossierImportRunning(job) ? null : etaOf(job.etaSeconds),
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
