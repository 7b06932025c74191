// Nhập hồ sơ TTHC: the pipeline of one import job. Rows stream from the reader; each valid row's
// unit code is resolved to the tenant's unit and the row is COPYed into the job's staging in big
// chunks (backpressure respected); refused rows are counted by error code, the first 1,000 kept
// with their lines. Then one transaction upserts the staging into "dossiers" and recomputes the
// rollups of the (unit, month) pairs it touched — or, with errors in all_or_nothing mode, writes
// nothing. The staging of the job is dropped at the end whatever happened, so a killed or
// cancelled import leaves no partial rows in "dossiers" (the upsert is one transaction).
import { once } from 'node:events';
import type pg from 'pg';
import type { DossierColumnMapping } from '@domain/kpis/dossier-columns';
import { DOSSIER_COLUMN_LABELS } from '@domain/kpis/dossier-columns';
import { counterMask } from '@domain/kpis/dossier-counters';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';
import type { Database } from '../db/client';
import {
  finishDossierImportJob,
  saveSourceMapping,
  writeDossierImportProgress,
  type DossierImportMode,
  type DossierImportOutcome,
  type DossierImportRowError,
} from './dossier-import-job.repository';
import {
  analyzeStaging,
  deleteStagingRows,
  findRepeatedCodes,
  loadUnitCodes,
  openStagingCopy,
  recomputeRollups,
  upsertStagedDossiers,
} from './dossier-staging.repository';
import { stagingLine, stagingPrefix } from './dossier-staging-line';

/** Row errors kept with their line numbers; the rest are only counted per code. */
export const KEPT_ROW_ERRORS = 1000;

/** What the pipeline runs with: the database, a pool for the COPY connection, the clock. */
export interface DossierImportContext {
  db: Database;
  pool: pg.Pool;
  now: () => Date;
  /** Rows between progress writes (and cancel checks); 50,000 unless a test asks for fewer. */
  progressEvery?: number;
  /** Staged rows per COPY write (one chunk of text); 5,000 unless set. */
  chunkRows?: number;
  /** Told when each phase ends (the bench prints where the time goes). */
  trace?: (phase: 'staged' | 'checked' | 'upserted' | 'rolled_up' | 'cleaned') => void;
}

/** One import to run: the job (already running), its rows, the mapping it reads with. */
export interface DossierImportInput {
  tenantId: string;
  jobId: string;
  source: string;
  mode: DossierImportMode;
  /** Row results in file order, one by one or in batches (the reader's `batches`: one await each). */
  rows: AsyncIterable<DossierRowResult | readonly DossierRowResult[]>;
  /** Bytes of the file the reader has consumed (stored with the progress for the ETA). */
  bytesRead?: () => number;
  /** The column mapping the reader used (saved for the source when the import succeeds). */
  mapping: DossierColumnMapping;
}

/** Counts and first errors as a job gathers them while reading. */
class RowErrorLog {
  readonly first: DossierImportRowError[] = [];
  readonly counts: Record<string, number> = {};
  rejected = 0;

  /** One refused row: every error of it kept (within the limit), each code counted once. */
  reject(line: number, errors: readonly { code: string; column?: string; message: string }[]) {
    this.rejected += 1;
    const seen = new Set<string>();
    for (const error of errors) {
      if (!seen.has(error.code)) {
        seen.add(error.code);
        this.counts[error.code] = (this.counts[error.code] ?? 0) + 1;
      }
      if (this.first.length < KEPT_ROW_ERRORS) this.first.push({ line, ...error });
    }
  }
}

const unknownUnitMessage = (code: string) => `Mã đơn vị «${code}» không có trong cây đơn vị.`;
const repeatedCodeMessage = (code: string, firstLine: number) =>
  `Mã hồ sơ «${code}» lặp lại: đã có ở dòng ${firstLine} của tệp.`;

/** Why an all_or_nothing import wrote nothing. */
export const NOTHING_WRITTEN = (rejected: number) =>
  `Có ${rejected.toLocaleString('vi-VN')} dòng lỗi: chế độ «tất cả hoặc không» nên không ghi dòng nào. Hãy sửa tệp hoặc chọn chế độ «chỉ ghi dòng hợp lệ».`;

/** Runs the pipeline of one job to its end and stores the outcome in the job; answers it. */
export async function importDossiers(
  ctx: DossierImportContext,
  input: DossierImportInput,
): Promise<DossierImportOutcome> {
  const { db, now } = ctx;
  const { tenantId, jobId } = input;
  const progressEvery = ctx.progressEvery ?? 50_000;
  const chunkRows = ctx.chunkRows ?? 5_000;
  const log = new RowErrorLog();
  const unitHeader = input.mapping.unitCode ?? DOSSIER_COLUMN_LABELS.unitCode;
  const codeHeader = input.mapping.code ?? DOSSIER_COLUMN_LABELS.code;
  let read = 0;
  let staged = 0;
  let cancelled = false;

  try {
    const units = await loadUnitCodes(db, tenantId);
    const prefix = stagingPrefix(tenantId, jobId);
    const client = await ctx.pool.connect();
    try {
      const copy = openStagingCopy(client);
      const finished = once(copy, 'finish');
      // A COPY error surfaces on the next write or at 'finish'; keep it from being unhandled.
      finished.catch(() => {});
      let chunk = '';
      let inChunk = 0;
      const flush = async () => {
        if (inChunk === 0) return;
        const more = copy.write(chunk);
        chunk = '';
        inChunk = 0;
        if (!more) await Promise.race([once(copy, 'drain'), finished]);
      };
      reading: for await (const item of input.rows) {
        const batch: readonly DossierRowResult[] = 'line' in item ? [item] : item;
        for (const row of batch) {
          read += 1;
          if ('errors' in row) {
            log.reject(row.line, row.errors);
          } else {
            const organisationId = units.get(row.dossier.unitCode.toLowerCase());
            if (organisationId === undefined) {
              log.reject(row.line, [
                {
                  code: 'unknown_unit',
                  column: unitHeader,
                  message: unknownUnitMessage(row.dossier.unitCode),
                },
              ]);
            } else if (input.mode === 'valid_rows' || log.rejected === 0) {
              // all_or_nothing stops staging at the first refused row: nothing will be written,
              // but reading goes on so the report lists every bad row.
              chunk += stagingLine(
                prefix,
                row.line,
                row.dossier,
                organisationId,
                counterMask(row.dossier),
              );
              inChunk += 1;
              staged += 1;
              if (inChunk >= chunkRows) await flush();
            }
          }
          if (read % progressEvery === 0) {
            const status = await writeDossierImportProgress(db, tenantId, jobId, {
              rowsRead: read,
              rowsValid: staged,
              rowsRejected: log.rejected,
              bytesRead: input.bytesRead?.() ?? 0,
              now: now(),
            });
            if (status === 'cancelled') {
              cancelled = true;
              break reading;
            }
          }
        }
      }
      await flush();
      copy.end();
      await finished;
    } finally {
      client.release();
    }

    ctx.trace?.('staged');
    if (cancelled) return await endJob(ctx, input, outcomeOf('cancelled', null));
    await analyzeStaging(db);

    const repeated = await findRepeatedCodes(db, tenantId, jobId, {
      limit: KEPT_ROW_ERRORS,
      remove: true,
    });
    if (repeated.count > 0) {
      log.rejected += repeated.count;
      log.counts.duplicate_code = (log.counts.duplicate_code ?? 0) + repeated.count;
      const merged = [
        ...log.first,
        ...repeated.first.map((r) => ({
          line: r.line,
          code: 'duplicate_code',
          column: codeHeader,
          message: repeatedCodeMessage(r.code, r.firstLine),
        })),
      ].sort((a, b) => a.line - b.line);
      log.first.splice(0, log.first.length, ...merged.slice(0, KEPT_ROW_ERRORS));
      staged -= repeated.count;
    }

    ctx.trace?.('checked');
    if (log.rejected > 0 && input.mode === 'all_or_nothing')
      return await endJob(ctx, input, outcomeOf('failed', NOTHING_WRITTEN(log.rejected)));

    const written = await db.transaction(async (tx) => {
      const result = await upsertStagedDossiers(tx, tenantId, jobId, input.source);
      ctx.trace?.('upserted');
      await recomputeRollups(tx, tenantId, result.touched);
      ctx.trace?.('rolled_up');
      const outcome = outcomeOf('succeeded', null, result);
      await saveSourceMapping(tx, tenantId, input.source, input.mapping, now());
      await finishDossierImportJob(tx, tenantId, jobId, outcome, now());
      return outcome;
    });
    await deleteStagingRows(db, tenantId, jobId);
    ctx.trace?.('cleaned');
    return written;
  } catch (error) {
    await endJob(
      ctx,
      input,
      outcomeOf('failed', 'Lỗi khi ghi dữ liệu: không có dòng nào được ghi.'),
    );
    throw error;
  }

  function outcomeOf(
    status: DossierImportOutcome['status'],
    failure: string | null,
    written: { inserted: number; updated: number } = { inserted: 0, updated: 0 },
  ): DossierImportOutcome {
    const valid = read - log.rejected;
    return {
      status,
      rowsRead: read,
      rowsValid: valid,
      rowsRejected: log.rejected,
      rowsInserted: written.inserted,
      rowsUpdated: written.updated,
      rowsUnchanged: status === 'succeeded' ? staged - written.inserted - written.updated : 0,
      errors: log.first,
      errorCounts: log.counts,
      failure,
      mapping: input.mapping,
    };
  }
}

/** Drops the staging and stores an outcome that wrote nothing. */
async function endJob(
  ctx: DossierImportContext,
  input: DossierImportInput,
  outcome: DossierImportOutcome,
): Promise<DossierImportOutcome> {
  await deleteStagingRows(ctx.db, input.tenantId, input.jobId);
  await finishDossierImportJob(ctx.db, input.tenantId, input.jobId, outcome, ctx.now());
  return outcome;
}
