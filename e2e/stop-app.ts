// Plumbing for browser journeys: stops the app the run started and proves that nothing it
// started (the embedded PostgreSQL, its workers) is left running afterwards.
import { setTimeout as delay } from 'node:timers/promises';
import type { SpawnedApp } from '../test/spawn-app';
import { isAlive, listDescendants, listProcessesMentioning } from '../test/process-tree';

/** How long the app may take to stop PostgreSQL and exit after SIGTERM (a supervisor's budget). */
const STOP_TIMEOUT_MS = 30_000;

/**
 * SIGTERM, as a supervisor sends; SIGKILL only when it does not exit in time. Any survivor
 * (a process below the app, or one naming the data directory) is killed and reported as an
 * error, so a leak fails the run instead of piling up on the machine.
 */
export async function stopApp(app: SpawnedApp, dataDir: string): Promise<void> {
  const started = new Set([
    ...(app.child.pid ? listDescendants(app.child.pid) : []),
    ...listProcessesMentioning(dataDir),
  ]);
  if (app.child.exitCode === null && app.child.signalCode === null) {
    app.child.kill('SIGTERM');
    const stopped = await Promise.race([
      app.exited.then(() => true),
      delay(STOP_TIMEOUT_MS, false, { ref: false }),
    ]);
    if (!stopped) app.child.kill('SIGKILL');
    await app.exited;
  }
  const survivors = await waitForEnd([...started, ...listProcessesMentioning(dataDir)]);
  if (survivors.length === 0) return;
  for (const pid of survivors) process.kill(pid, 'SIGKILL');
  throw new Error(
    `The app left ${survivors.length} process(es) running after it stopped (pids ${survivors.join(', ')}); killed them.`,
  );
}

/** The processes of `pids` still alive once they had a few seconds to finish. */
async function waitForEnd(pids: number[]): Promise<number[]> {
  let alive = [...new Set(pids)].filter(isAlive);
  for (let attempt = 0; attempt < 50 && alive.length > 0; attempt++) {
    await delay(100);
    alive = alive.filter(isAlive);
  }
  return alive;
}
