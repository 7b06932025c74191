// Reads an uploaded .xlsx or .csv into rows of trimmed strings off the main thread: a small pool of
// worker threads parses (spreadsheet-parse.ts), each bounded in heap and time (worker-pool.ts), so
// one hostile or huge file neither blocks other users' requests nor takes the server down with it.
import { ERROR_CODES } from '@contract/common';
import { AppError, validationError } from '../http/app-error';
import type { SheetTable } from './spreadsheet-table';
import type { SpreadsheetAnswer, SpreadsheetJob } from './spreadsheet-worker';
import { createWorkerPool, workerModuleUrl, type WorkerPoolStats } from './worker-pool';

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
export const readerStats: WorkerPoolStats = {
  parsed: 0,
  timeouts: 0,
  crashes: 0,
  maxWorkerHeapBytes: 0,
};

const unreadable = () =>
  validationError('Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Excel (.xlsx) / CSV.');

const pool = createWorkerPool<SpreadsheetJob, SpreadsheetAnswer>({
  workerUrl: workerModuleUrl(import.meta.url, 'spreadsheet-worker'),
  limits: READER_LIMITS,
  stats: readerStats,
  errors: {
    unreadable,
    tooComplex: () =>
      validationError(
        `Tệp quá phức tạp để đọc (vượt ${READER_LIMITS.workerHeapMb} MB bộ nhớ khi đọc); hãy chia thành nhiều tệp nhỏ hơn.`,
      ),
    tooSlow: () =>
      validationError(
        `Đọc tệp quá lâu (quá ${READER_LIMITS.timeoutMs / 1000} giây); hãy chia thành nhiều tệp nhỏ hơn.`,
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
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon), by content; refuses
 * hostile or oversized files with a Vietnamese 400 naming the limit.
 */
export async function readSpreadsheet(buffer: Buffer, fileName: string): Promise<SheetTable> {
  const answer = await pool.run({ bytes: new Uint8Array(buffer), fileName });
  if (answer.ok) return answer.table;
  if ('refusal' in answer) throw validationError(answer.refusal.message, answer.refusal.details);
  throw unreadable();
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
export function stopIdleSpreadsheetWorkers(): Promise<void> {
  return pool.stopIdle();
}
