// Plumbing: the worker-thread side of readSpreadsheet. Parses each file it is sent into plain rows
// and posts them back — or the refusal's words, since class instances do not cross threads —
// with the heap it used, so benches and the fuzz script can print it.
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { parseSpreadsheet } from './spreadsheet-parse';
import { SpreadsheetRefusal, type RefusalDetail, type SheetTable } from './spreadsheet-table';

/** What the reader posts to this worker. */
export interface SpreadsheetJob {
  bytes: Uint8Array;
  fileName: string;
}

/** What this worker posts back for one job. */
export type SpreadsheetAnswer = { heapUsedBytes: number } & (
  | { ok: true; table: SheetTable }
  | { ok: false; refusal: { message: string; details?: RefusalDetail[] } }
  | { ok: false; unexpected: string }
);

parentPort!.on('message', async (job: SpreadsheetJob) => {
  const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  let answer: SpreadsheetAnswer;
  try {
    const table = await parseSpreadsheet(buffer, job.fileName);
    answer = { ok: true, table, heapUsedBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    const heapUsedBytes = getHeapStatistics().used_heap_size;
    answer =
      error instanceof SpreadsheetRefusal
        ? { ok: false, refusal: { message: error.message, details: error.details }, heapUsedBytes }
        : { ok: false, unexpected: String(error), heapUsedBytes };
  }
  parentPort!.postMessage(answer);
});
