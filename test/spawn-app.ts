// Plumbing for process-level tests: runs `src/server/main.ts` as `npm start` would, on a given
// data directory and port, and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';

/** A started app process. */
export interface SpawnedApp {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves with /api/health's JSON once the app answers; rejects if it exits first. */
  waitForHealth(timeoutMs?: number): Promise<{ status: string }>;
}

export function spawnApp(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}): SpawnedApp {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PARPLAN_DATA_DIR: options.dataDir,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForHealth = async (timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${options.port}/api/health`);
        if (response.ok) return (await response.json()) as { status: string };
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`app did not answer in ${timeoutMs} ms:\n${output}`);
  };
  return { child, output: () => output, exited, waitForHealth };
}
