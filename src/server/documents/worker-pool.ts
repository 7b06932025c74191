// Plumbing: a small pool of worker threads, each bounded in heap and time, for parsing uploaded
// files off the main thread, so one hostile or huge file neither blocks other users' requests nor
// takes the server down with it. The spreadsheet reader and the plan-document reader each own one.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromPackageRoot } from '../package-root';

/** Bounds of a pool, read at each use (tests lower them). */
export interface WorkerPoolLimits {
  workerHeapMb: number;
  timeoutMs: number;
  workers: number;
  /** Files waiting for a worker; past this the server is busy and says so. */
  maxQueued: number;
}

/** What a pool has done, for the fuzz script and benches. */
export interface WorkerPoolStats {
  parsed: number;
  timeouts: number;
  crashes: number;
  maxWorkerHeapBytes: number;
}

/** How a pool starts its workers and words its failures. */
export interface WorkerPoolOptions {
  /** The worker module (see workerModuleUrl): .ts beside the caller from source, dist/server/workers/*.js once built. */
  workerUrl: URL;
  limits: WorkerPoolLimits;
  stats: WorkerPoolStats;
  errors: {
    /** The worker ran out of heap. */
    tooComplex: () => Error;
    tooSlow: () => Error;
    /** The worker died or threw outside its own handling. */
    unreadable: () => Error;
    busy: () => Error;
  };
}

/** A job's bytes are moved to the worker, not copied; every answer reports the heap it used. */
export interface PoolJob {
  bytes: Uint8Array;
}
export interface PoolAnswer {
  heapUsedBytes: number;
}

/** A running pool: run a job, stop the idle workers. */
export interface WorkerPool<Job extends PoolJob, Answer extends PoolAnswer> {
  run(job: Job): Promise<Answer>;
  stopIdle(): Promise<void>;
}

/**
 * How a worker starts. From compiled .js, directly. From .ts (npm start under tsx, vitest), the
 * worker registers tsx itself before importing the worker module: on Node 20 neither inheriting
 * the parent's `--import tsx` nor passing it in `execArgv` makes a worker load .ts (measured:
 * ERR_UNKNOWN_FILE_EXTENSION both ways), while tsx's `register()` inside the worker does.
 */
function workerSource(workerUrl: URL): { source: string | URL; eval: boolean } {
  if (!workerUrl.pathname.endsWith('.ts')) return { source: workerUrl, eval: false };
  const tsxRegister = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const source = `import(${JSON.stringify(pathToFileURL(tsxRegister).href)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return { source, eval: true };
}

/**
 * The worker module `name`: `<name>.ts` beside `callerUrl` when the caller runs as .ts (tsx,
 * vitest); else the bundle's own entry `dist/server/workers/<name>.js` (scripts/build-server.mjs),
 * since in a bundle `callerUrl` is the entry (main.js, cli/parplan.js), not the caller's folder.
 */
export function workerModuleUrl(callerUrl: string, name: string): URL {
  const caller = new URL(callerUrl);
  if (caller.pathname.endsWith('.ts')) return new URL(`./${name}.ts`, caller);
  return pathToFileURL(fromPackageRoot('dist', 'server', 'workers', `${name}.js`));
}

interface PendingJob<Job, Answer> {
  job: Job;
  resolve(answer: Answer): void;
  reject(error: Error): void;
}

/** Creates a pool; workers start on demand and idle ones do not keep the process alive. */
export function createWorkerPool<Job extends PoolJob, Answer extends PoolAnswer>(
  options: WorkerPoolOptions,
): WorkerPool<Job, Answer> {
  const { limits, stats, errors } = options;
  const idle: Worker[] = [];
  let running = 0;
  const queue: Array<PendingJob<Job, Answer>> = [];

  function startWorker(): Worker {
    const { source, eval: isEval } = workerSource(options.workerUrl);
    const worker = new Worker(source, {
      eval: isEval,
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb },
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
  function runOn(worker: Worker, pending: PendingJob<Job, Answer>): void {
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
      stats.timeouts++;
      finish(() => pending.reject(errors.tooSlow()), false);
    }, limits.timeoutMs);
    const onMessage = (answer: Answer) => {
      stats.parsed++;
      stats.maxWorkerHeapBytes = Math.max(stats.maxWorkerHeapBytes, answer.heapUsedBytes);
      finish(() => pending.resolve(answer), true);
    };
    const onError = (error: Error & { code?: string }) => {
      stats.crashes++;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => pending.reject(outOfMemory ? errors.tooComplex() : errors.unreadable()), false);
    };
    const onExit = () => {
      stats.crashes++;
      finish(() => pending.reject(errors.unreadable()), false);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]); // a copy of our own: moved, not cloned
  }

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        const pending = { job, resolve, reject };
        if (running < limits.workers) runOn(idle.pop() ?? startWorker(), pending);
        else if (queue.length < limits.maxQueued) queue.push(pending);
        else reject(errors.busy());
      });
    },
    async stopIdle() {
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
    },
  };
}
