// Plumbing for browser journeys: makes sure Debian's Chromium and a current build exist, then runs
// the real app (`dist/server/main.js`, embedded PostgreSQL with demo data) on a free port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../src/server/db/free-port';
import { spawnApp } from '../test/spawn-app';
import { stopApp } from './stop-app';
import { createThrowawayDir } from '../test/throwaway-postgres';
import { ensureBuilt } from '../test/ensure-build';
import { CHROMIUM } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

/**
 * The day the journeys' app takes as today (PARPLAN_TODAY): inside the Q4/2026 data window
 * (15/09–14/12/2026) of the reports journey and before its due date 15/12/2026, so the Q4 report
 * can be written and is submitted on time; after the 2024 plans and the 01/07/2025 units of the
 * other journeys. Whatever the wall clock says.
 */
export const E2E_TODAY = '2026-12-10';

/**
 * A first start creates a PostgreSQL cluster, migrates it and
 * loads the demo provinces: about 20 s on a busy 2-core machine, more beside a CPU hog.
 */
const APP_START_TIMEOUT_MS = 180_000;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) run('bash', ['scripts/install-system-deps.sh']);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium missing at ${CHROMIUM}: browser journeys cannot run`);
  ensureBuilt(['server', 'web']);

  const { dir: dataDir, remove } = createThrowawayDir('parplan-e2e-');
  const port = await findFreePort();
  const app = spawnApp({
    dataDir,
    port,
    env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000', PARPLAN_TODAY: E2E_TODAY },
  });
  try {
    await app.waitForHealth(APP_START_TIMEOUT_MS);
  } catch (error) {
    await stopApp(app, dataDir).finally(remove);
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  project.provide('e2eBaseUrl', baseUrl);

  return async () => {
    await stopApp(app, dataDir).finally(remove);
  };
}
