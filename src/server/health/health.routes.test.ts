// /api/health: what a supervisor and a stranger see — ok or unavailable, never a version.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/client';
import { findFreePort } from '../db/free-port';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
afterAll(async () => t?.close());

describe('GET /api/health', () => {
  it('answers ok with nothing but the status and the time', async () => {
    t = await createTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json<object>()).sort()).toEqual(['status', 'time']);
    expect(response.body).not.toMatch(/version|postgres/i);
  });

  it('answers 503 with a Vietnamese message while the database cannot be reached', async () => {
    // A port nobody listens on stands for a PostgreSQL that was killed.
    const { db, pool } = connectDatabase(`postgres://x:y@127.0.0.1:${await findFreePort()}/x`);
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      db,
      embedded: true,
      logger: false,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        message: expect.stringMatching(/^Cơ sở dữ liệu tạm thời không truy cập được/),
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'dongthap.admin', password: 'CaiCach#2024' },
      });
      expect(login.statusCode).toBe(503);
    } finally {
      await app.close();
      await pool.end();
    }
  });
});
