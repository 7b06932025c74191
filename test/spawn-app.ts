// Plumbing for process-level tests: runs the built server (`dist/server/main.js`, which `npm start`
// runs; the setups build it first, test/ensure-build.ts) on a given data directory and port, and
// waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { PACKAGE_DIR } from './ensure-build';

/** A started app process. */
export interface SpawnedApp {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves with /api/health's JSON once the app answers; rejects if it exits first. */
  waitForHealth(timeoutMs?: number): Promise<{ status: string }>;
}

/** Node's arguments for the built server; source maps turn its stack traces back into src/. */
const BUILT_SERVER = ['--enable-source-maps', 'dist/server/main.js'];

export function spawnApp(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  /** Node's arguments (default: the built server); e.g. `['scripts/start.mjs']` for `npm start`. */
  args?: string[];
}): SpawnedApp {
  const child = spawn(process.execPath, options.args ?? BUILT_SERVER, {
    cwd: PACKAGE_DIR,
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
