// Plumbing: the worker-thread side of readPlanSource. Reads each file it is sent into the
// SourceDocument and posts it back — or the refusal's words, since class instances do not cross
// threads — with the heap it used.
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import type { SourceDocument } from '@domain/plans/import/source-document';
import { parsePlanSource } from './parse-plan-source';
import { PlanSourceRefusal } from './plan-source-limits';

/** What the reader posts to this worker. */
export interface PlanSourceJob {
  bytes: Uint8Array;
  fileName: string;
}

/** What this worker posts back for one job. */
export type PlanSourceAnswer = { heapUsedBytes: number } & (
  | { ok: true; document: SourceDocument }
  | { ok: false; refusal: string }
  | { ok: false; unexpected: string }
);

parentPort!.on('message', async (job: PlanSourceJob) => {
  const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  let answer: PlanSourceAnswer;
  try {
    const document = await parsePlanSource(buffer, job.fileName);
    answer = { ok: true, document, heapUsedBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    const heapUsedBytes = getHeapStatistics().used_heap_size;
    answer =
      error instanceof PlanSourceRefusal
        ? { ok: false, refusal: error.message, heapUsedBytes }
        : { ok: false, unexpected: String(error), heapUsedBytes };
  }
  parentPort!.postMessage(answer);
});
