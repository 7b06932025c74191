// `npm start` as a process: the embedded database starts, a second start on the same data
// directory refuses clearly, Ctrl-C stops cleanly, and data survives a restart.
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from './db/free-port';
import { spawnApp } from '../../test/spawn-app';
import { createThrowawayDir } from '../../test/throwaway-postgres';

const start = (port: number) => spawnApp({ dataDir, port });

const { dir: dataDir, remove } = createThrowawayDir('parplan-start-');
afterAll(remove);

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
    const health = await first.waitForHealth();
    expect(health).toEqual({ status: 'ok', time: expect.any(String) });
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
    await again.waitForHealth();
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
