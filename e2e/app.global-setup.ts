// Plumbing for browser journeys: makes sure Debian's Chromium and the built web app exist, then
// runs the real app (`src/server/main.ts`, embedded PostgreSQL with demo data) on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../src/server/db/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) run('bash', ['scripts/install-system-deps.sh']);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium missing at ${CHROMIUM}: browser journeys cannot run`);
  if (!existsSync('dist/web/index.html')) run('npx', ['vite', 'build', '--logLevel', 'warn']);

  const dataDir = mkdtempSync(join(tmpdir(), 'parplan-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PARPLAN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`app exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not yet listening
    }
    if (i > 600) throw new Error(`app did not answer in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide('e2eBaseUrl', baseUrl);

  return async () => {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
