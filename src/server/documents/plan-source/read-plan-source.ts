// Reads an uploaded plan document (.docx, .pdf with a text layer, .txt/.md) into the domain's
// SourceDocument on a worker thread bounded in heap and time: a PDF that makes pdfjs loop or a
// .docx nested a thousand deep costs that worker, never the server. Refusals are Vietnamese 400s.
import { ERROR_CODES } from '@contract/common';
import type { SourceDocument } from '@domain/plans/import/source-document';
import { AppError, validationError } from '../../http/app-error';
import { createWorkerPool, workerModuleUrl, type WorkerPoolStats } from '../worker-pool';
import { PLAN_SOURCE_LIMITS, refusals } from './plan-source-limits';
import type { PlanSourceAnswer, PlanSourceJob } from './plan-source-worker';

export { PLAN_SOURCE_LIMITS } from './plan-source-limits';

/**
 * Bounds of the reading workers. A .docx of 2,000 appendix tasks (6 MB of XML) reads in ~0,7 s and
 * a 30-page PDF in ~0,7 s, using ~130 MB of heap (bench/plan-source.ts); 30 s only stops a
 * pathological file, 512 MB leaves room for a 10 MB PDF's fonts and page structures.
 */
export const PLAN_SOURCE_READER_LIMITS = {
  workerHeapMb: 512,
  timeoutMs: 30_000,
  workers: 2,
  maxQueued: 20,
};

/** What the pool has done, for benches. */
export const planSourceReaderStats: WorkerPoolStats = {
  parsed: 0,
  timeouts: 0,
  crashes: 0,
  maxWorkerHeapBytes: 0,
};

const unreadable = () =>
  validationError(
    'Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Word (.docx), PDF, văn bản (.txt, .md).',
  );

const pool = createWorkerPool<PlanSourceJob, PlanSourceAnswer>({
  workerUrl: workerModuleUrl(import.meta.url, 'plan-source-worker'),
  limits: PLAN_SOURCE_READER_LIMITS,
  stats: planSourceReaderStats,
  errors: {
    unreadable,
    tooComplex: () =>
      validationError(
        `Tệp quá phức tạp để đọc (vượt ${PLAN_SOURCE_READER_LIMITS.workerHeapMb} MB bộ nhớ khi đọc); hãy chia văn bản thành nhiều tệp.`,
      ),
    tooSlow: () =>
      validationError(
        `Đọc tệp quá lâu (quá ${PLAN_SOURCE_READER_LIMITS.timeoutMs / 1000} giây); tệp có thể bị hỏng, hãy lưu lại hoặc in lại ra PDF rồi tải lên.`,
      ),
    busy: () =>
      new AppError(
        429,
        ERROR_CODES.tooManyRequests,
        'Hệ thống đang đọc nhiều tệp cùng lúc; hãy thử lại sau ít phút.',
      ),
  },
});

/**
 * Văn bản nguồn of an upload: its format decided by its bytes (never by the name alone), read into
 * lines and tables; refuses empty, oversized, hostile and non-plan files with a Vietnamese 400.
 */
export async function readPlanSource(buffer: Buffer, fileName: string): Promise<SourceDocument> {
  // The two checks that need no parsing are made here, before the bytes are copied to a worker.
  if (buffer.length === 0) throw validationError(refusals.empty().message);
  if (buffer.length > PLAN_SOURCE_LIMITS.maxBytes)
    throw validationError(refusals.tooLarge().message);
  const answer = await pool.run({ bytes: new Uint8Array(buffer), fileName });
  if (answer.ok) return answer.document;
  if ('refusal' in answer) throw validationError(answer.refusal);
  throw unreadable();
}

/** Ends the idle workers (they are unref'd, so this is for tests that change the limits). */
export function stopIdlePlanSourceWorkers(): Promise<void> {
  return pool.stopIdle();
}
