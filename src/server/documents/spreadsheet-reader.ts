// Reads an uploaded .xlsx or .csv into rows of trimmed strings off the main thread: a small pool of
// worker threads parses (spreadsheet-parse.ts), each bounded in heap and time, so one hostile or
// huge file neither blocks other users' requests nor takes the server down with it.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES } from '@contract/common';
import { AppError, validationError } from '../http/app-error';
import type { SheetTable } from './spreadsheet-table';
import type { SpreadsheetAnswer, SpreadsheetJob } from './spreadsheet-worker';

export type { MergedCell, SheetCell, SheetRow, SheetTable } from './spreadsheet-table';
export { SPREADSHEET_LIMITS } from './spreadsheet-table';

/**
 * Bounds of the parsing workers. 512 MB of heap holds the largest file the limits allow (50 MB of
 * sheet XML and 2 million cells) with room to spare; a legitimate 99,000-row file parses in about
 * a second, so 30 s only ever stops a pathological one. Two workers: the machine has two cores.
 */
export const READER_LIMITS = {
  workerHeapMb: 512,
  timeoutMs: 30_000,
  workers: 2,
  /** Files waiting for a worker; past this the server is busy and says so. */
  maxQueued: 20,
};

/** What the pool has done, for the fuzz script and benches. */
export const readerStats = { parsed: 0, timeouts: 0, crashes: 0, maxWorkerHeapBytes: 0 };

const thisFile = new URL(import.meta.url);
const isTypeScript = thisFile.pathname.endsWith('.ts');
const workerUrl = new URL(
  isTypeScript ? './spreadsheet-worker.ts' : './spreadsheet-worker.js',
  thisFile,
);

/**
 * How the worker starts. From compiled .js, directly. From .ts (npm start under tsx, vitest), the
 * worker registers tsx itself before importing the worker module: on Node 20 neither inheriting
 * the parent's `--import tsx` nor passing it in `execArgv` makes a worker load .ts (measured:
 * ERR_UNKNOWN_FILE_EXTENSION both ways), while tsx's `register()` inside the worker does.
 */
function workerSource(): { source: string | URL; eval: boolean } {
  if (!isTypeScript) return { source: workerUrl, eval: false };
  const tsxRegister = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const source = `import(${JSON.stringify(pathToFileURL(tsxRegister).href)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return { source, eval: true };
}

const unreadable = () =>
  validationError('Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Excel (.xlsx) / CSV.');
const tooComplex = () =>
  validationError(
    `Tệp quá phức tạp để đọc (vượt ${READER_LIMITS.workerHeapMb} MB bộ nhớ khi đọc); hãy chia thành nhiều tệp nhỏ hơn.`,
  );
const tooSlow = () =>
  validationError(
    `Đọc tệp quá lâu (quá ${READER_LIMITS.timeoutMs / 1000} giây); hãy chia thành nhiều tệp nhỏ hơn.`,
  );
const busy = () =>
  new AppError(
    429,
    ERROR_CODES.tooManyRequests,
    'Hệ thống đang đọc nhiều tệp cùng lúc; hãy thử lại sau ít phút.',
  );

interface PendingJob {
  job: SpreadsheetJob;
  resolve(table: SheetTable): void;
  reject(error: Error): void;
}

const idle: Worker[] = [];
let running = 0;
const queue: PendingJob[] = [];

function startWorker(): Worker {
  const { source, eval: isEval } = workerSource();
  const worker = new Worker(source, {
    eval: isEval,
    resourceLimits: { maxOldGenerationSizeMb: READER_LIMITS.workerHeapMb },
  });
  // Always listened to, so a worker dying between jobs never becomes an uncaught error here.
  worker.on('error', () => {});
  worker.on('exit', () => {
    const index = idle.indexOf(worker);
    if (index >= 0) idle.splice(index, 1);
  });
  return worker;
}

/** Runs one job on `worker`; settles once, whatever the worker does (answers, dies, hangs). */
function runOn(worker: Worker, pending: PendingJob): void {
  running++;
  worker.ref();
  let settled = false;
  const finish = (outcome: () => void, reusable: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    running--;
    if (reusable) {
      worker.unref(); // an idle worker must not keep the process (or a test run) alive
      idle.push(worker);
    } else void worker.terminate();
    outcome();
    const next = queue.shift();
    if (next) runOn(idle.pop() ?? startWorker(), next);
  };
  const timer = setTimeout(() => {
    readerStats.timeouts++;
    finish(() => pending.reject(tooSlow()), false);
  }, READER_LIMITS.timeoutMs);
  const onMessage = (answer: SpreadsheetAnswer) => {
    readerStats.parsed++;
    readerStats.maxWorkerHeapBytes = Math.max(readerStats.maxWorkerHeapBytes, answer.heapUsedBytes);
    finish(() => {
      if (answer.ok) pending.resolve(answer.table);
      else if ('refusal' in answer)
        pending.reject(validationError(answer.refusal.message, answer.refusal.details));
      else pending.reject(unreadable());
    }, true);
  };
  const onError = (error: Error & { code?: string }) => {
    readerStats.crashes++;
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    finish(() => pending.reject(outOfMemory ? tooComplex() : unreadable()), false);
  };
  const onExit = () => {
    readerStats.crashes++;
    finish(() => pending.reject(unreadable()), false);
  };
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  worker.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]); // a copy of our own: moved, not cloned
}

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon), by content; refuses
 * hostile or oversized files with a Vietnamese 400 naming the limit.
 */
export function readSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  return new Promise((resolve, reject) => {
    const pending = { job: { bytes: new Uint8Array(buffer), fileName }, resolve, reject };
    if (running < READER_LIMITS.workers) runOn(idle.pop() ?? startWorker(), pending);
    else if (queue.length < READER_LIMITS.maxQueued) queue.push(pending);
    else reject(busy());
  });
}

/** Refuses a sheet with merged cells (gộp ô), which repeat one value over several cells, naming each row. */
export function assertNoMergedCells(table: SheetTable): void {
  if (table.mergedCellCount === 0) return;
  const details = table.mergedCells.map((cell) => ({
    row: cell.rowNumber,
    field: cell.address,
    message: `Dòng ${cell.rowNumber}: ô ${cell.address} được gộp với ô ${cell.masterAddress}; hãy bỏ gộp ô (Unmerge) rồi nhập lại.`,
  }));
  throw validationError(
    `Tệp có ${table.mergedCellCount} ô bị gộp; chưa có dữ liệu nào được ghi. Hãy bỏ gộp ô rồi nhập lại.`,
    details,
  );
}

/** Ends the idle workers (they are unref'd, so this is for tests that change READER_LIMITS). */
export async function stopIdleSpreadsheetWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}
