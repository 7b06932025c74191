// Plumbing: a superuser connection to the embedded PostgreSQL of a data directory — the running
// app's server when there is one (its port read from postmaster.pid, so the backup is online), or
// a server we start (holding the data-directory lock) and stop afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordedClusterDir } from '../db/cluster-location';
import { isAlive, lockDataDir } from '../db/data-dir-lock';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

/** How to reach the embedded cluster, and how to let go of it. */
export interface EmbeddedTarget {
  clusterDir: string;
  /** The superuser on a database of the cluster (`postgres` unless asked otherwise). */
  superuserUrl(database?: string): string;
  /** True when the app (or another process) was running it; false when we started it. */
  wasRunning: boolean;
  release(): Promise<void>;
}

/** The port of the postmaster running `clusterDir`, or null when none runs. */
export function findRunningPort(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the PID, line 4 the port.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && port > 0 ? port : null;
}

/** Connects to the embedded cluster of `dataDir`, starting it when nobody runs it. */
export async function reachEmbeddedCluster(
  dataDir: string,
  options: { runtimeDir?: string; announce?: (line: string) => void } = {},
): Promise<EmbeddedTarget> {
  const root = resolve(dataDir);
  const credentialsFile = join(root, 'credentials.json');
  if (!existsSync(credentialsFile))
    throw new Error(`Không thấy cơ sở dữ liệu nhúng trong ${root} (thiếu credentials.json).`);
  const clusterDir = recordedClusterDir(root);
  const port = findRunningPort(clusterDir);
  if (port !== null) {
    const { superuserPassword } = JSON.parse(readFileSync(credentialsFile, 'utf8')) as {
      superuserPassword: string;
    };
    const url = (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${port}/${database}`;
    return { clusterDir, superuserUrl: url, wasRunning: true, release: async () => {} };
  }
  const unlock = lockDataDir(root);
  try {
    const embedded = await startEmbeddedPostgres(root, {
      ...(options.runtimeDir ? { runtimeDir: options.runtimeDir } : {}),
      ...(options.announce ? { announce: options.announce } : {}),
      restartOnCrash: false,
    });
    const url = new URL(embedded.superuserUrl);
    return {
      clusterDir: embedded.clusterDir,
      superuserUrl: (database = 'postgres') => {
        url.pathname = `/${database}`;
        return url.toString();
      },
      wasRunning: false,
      release: async () => {
        await embedded.stop();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
