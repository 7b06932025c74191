// `npm start` as a process: the embedded database starts, a second start on the same data
// directory refuses clearly, Ctrl-C stops cleanly, and data survives a restart.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './db/free-port';

const dataDir = mkdtempSync(join(tmpdir(), 'parplan-start-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(port: number): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PARPLAN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(
  port: number,
  started: Started,
): Promise<{ database: { version: string } }> {
  for (let i = 0; i < 300; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return (await response.json()) as { database: { version: string } };
    } catch {
      // not listening yet
    }
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer:\n${started.output()}`);
}

async function login(port: number, password = 'CaiCach#2024') {
  return fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'dongthap.admin', password }),
  });
}

describe('npm start on the embedded database', () => {
  it('serves, refuses a second instance, stops on SIGINT and keeps data across a restart', async () => {
    const port = await findFreePort();
    const first = start(port);
    const health = await waitForHealth(port, first);
    expect(health.database.version).toMatch(/^\d+/);
    expect(first.output()).toContain('dongthap.admin');
    expect((await login(port)).status).toBe(200);
    // A failed login is persisted (audit + failure counter): proof that data survives below.
    expect((await login(port, 'sai-mat-khau')).status).toBe(401);

    const second = start(await findFreePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/đang được một tiến trình parplan khác sử dụng \(PID \d+\)/);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const again = start(port);
    await waitForHealth(port, again);
    expect(again.output()).not.toContain('Đã nạp dữ liệu mẫu');
    const response = await login(port);
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const audit = await fetch(
      `http://127.0.0.1:${port}/api/audit?action=auth.login&outcome=denied`,
      { headers: { cookie } },
    );
    expect(((await audit.json()) as { total: number }).total).toBeGreaterThanOrEqual(1);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 120_000);
});
