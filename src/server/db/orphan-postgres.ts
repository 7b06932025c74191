// Plumbing: after `kill -9` of the app, its PostgreSQL keeps running without a parent and holds
// the cluster (`postmaster.pid`). The data-directory lock already proves no live parplan uses this
// data directory, so a live postgres serving our cluster is our own orphan: stop it and go on.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './data-dir-lock';

/** The PID in `postmaster.pid` when it is a live postgres whose data directory is `clusterDir`. */
export function findOrphanPostmaster(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // Line 1: the postmaster's PID; line 2: its data directory (see PostgreSQL's miscinit.c).
  const [pidLine, dataDirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  if (dataDirLine === undefined || realpathOrSelf(dataDirLine) !== realpathOrSelf(clusterDir))
    return null;
  // A recycled PID may now belong to anything: only a postgres process whose cwd is the cluster
  // (the postmaster chdirs into its data directory) counts.
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    if (!command.endsWith('/postgres')) return null;
    return realpathSync(`/proc/${pid}/cwd`) === realpathOrSelf(clusterDir) ? pid : null;
  } catch {
    return null; // exited meanwhile, or no /proc
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `pid` is gone, checking every 50 ms; false when it outlived `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    if (!isAlive(pid)) return true;
    await pause(50);
  }
  return !isAlive(pid);
}

/**
 * Stops an orphaned postmaster: SIGTERM (smart shutdown: checkpoint, clean stop), then SIGQUIT
 * (immediate shutdown, recovery at the next start) and SIGKILL as fallbacks. Returns its PID, or
 * null when there was no orphan.
 */
export async function stopOrphanPostmaster(clusterDir: string): Promise<number | null> {
  const pid = findOrphanPostmaster(clusterDir);
  if (pid === null) return null;
  for (const [signal, timeoutMs] of [
    ['SIGTERM', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return pid; // gone already
    }
    if (await waitForExit(pid, timeoutMs)) return pid;
  }
  return pid;
}
