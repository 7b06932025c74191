// `npm start` through faults, as a supervisor sees it: the app killed with SIGKILL leaves an
// orphaned PostgreSQL that the next start stops; PostgreSQL killed alone is restarted (or the app
// exits non-zero when it cannot be); SIGTERM/SIGHUP to npm stop npm, the app and PostgreSQL.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from './db/free-port';
import { stopOrphanPostmaster } from './db/orphan-postgres';
import { spawnApp, type SpawnedApp } from '../../test/spawn-app';
import { createThrowawayDir } from '../../test/throwaway-postgres';
import { isProcessAlive, waitFor } from '../../test/wait-for';

const started: { kill(signal: NodeJS.Signals): unknown }[] = [];
const folders: { dir: string; remove(): void }[] = [];
afterAll(async () => {
  // After a failed test: leave no app, and no PostgreSQL orphaned by killing it.
  for (const child of started) child.kill('SIGKILL');
  for (const folder of folders) {
    await stopOrphanPostmaster(join(folder.dir, 'postgres'));
    folder.remove();
  }
});

function dataDir(): string {
  const folder = createThrowawayDir('parplan-lifecycle-');
  folders.push(folder);
  return folder.dir;
}

async function startApp(dir: string): Promise<SpawnedApp & { port: number }> {
  const port = await findFreePort();
  const app = spawnApp({ dataDir: dir, port, env: { PARPLAN_JOBS: 'false' } });
  started.push(app.child);
  await app.waitForHealth();
  return { ...app, port };
}

const postmasterPid = (dir: string) =>
  Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function healthStatus(port: number): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/api/health`).then(
    (response) => response.status,
    () => 0,
  );
}

describe('npm start through faults', () => {
  it('stops the PostgreSQL orphaned by a kill -9 of the app and starts again', async () => {
    const dir = dataDir();
    const first = await startApp(dir);
    const orphan = postmasterPid(dir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isProcessAlive(orphan)).toBe(true);

    const second = await startApp(dir);
    expect(second.output()).toContain(`Đã dừng PostgreSQL mồ côi (PID ${orphan})`);
    expect(isProcessAlive(orphan)).toBe(false);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('restarts PostgreSQL killed under the app, which then answers again', async () => {
    const dir = dataDir();
    const app = await startApp(dir);
    const killed = postmasterPid(dir);
    process.kill(killed, 'SIGKILL');
    await waitFor(
      () => app.output().includes('Đã khởi động lại PostgreSQL nhúng'),
      60_000,
      'the restart',
    );
    expect(postmasterPid(dir)).not.toBe(killed);
    expect(await healthStatus(app.port)).toBe(200);
    const login = await fetch(`http://127.0.0.1:${app.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'dongthap.admin', password: 'CaiCach#2024' }),
    });
    expect(login.status).toBe(200);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  }, 120_000);

  it('exits non-zero with PostgreSQL’s own error when the killed server cannot be restarted', async () => {
    const dir = dataDir();
    const app = await startApp(dir);
    appendFileSync(join(dir, 'postgres', 'postgresql.conf'), '\nmax_connections = nhieu\n');
    process.kill(postmasterPid(dir), 'SIGKILL');
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('Không khởi động lại được PostgreSQL nhúng');
    expect(app.output()).toContain('invalid value for parameter "max_connections"');
    expect(existsSync(join(dir, 'parplan.lock'))).toBe(false);
  }, 120_000);

  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    it(`stops npm, the app and PostgreSQL within 10 s of ${signal} sent to npm start`, async () => {
      const dir = dataDir();
      const port = await findFreePort();
      const npm = spawn('npm', ['start'], {
        env: { ...process.env, PARPLAN_DATA_DIR: dir, PORT: String(port), PARPLAN_JOBS: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.push(npm);
      let output = '';
      npm.stdout.on('data', (chunk) => (output += chunk));
      npm.stderr.on('data', (chunk) => (output += chunk));
      await waitFor(async () => (await healthStatus(port)) === 200, 90_000, `health\n${output}`);
      const appPid = Number(readFileSync(join(dir, 'parplan.lock'), 'utf8'));
      const postgresPid = postmasterPid(dir);

      npm.kill(signal);
      await waitFor(
        () => ![npm.pid!, appPid, postgresPid].some(isProcessAlive),
        10_000,
        `npm, app and postgres to stop\n${output}`,
      );
      expect(existsSync(join(dir, 'parplan.lock'))).toBe(false);
      expect(output).toContain('đang dừng');
    }, 120_000);
  }
});
