// Signing in and out over HTTP: the session cookie, wrong passwords and the per-account lock,
// CSRF on writes, idle and absolute session timeouts, security headers, changing one's password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, sessions } from '../db/schema';
import {
  buildOrganisation,
  buildTenant,
  buildUser,
  FACTORY_PASSWORD,
} from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import {
  auditEventsOf,
  cookieSet,
  getWithSessionCookie,
  organisationCodesOf,
  signInWithPassword,
} from '../../../test/route-helpers';

const IDLE_MINUTES = 30;
const ABSOLUTE_HOURS = 10;
const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

let t: TestApp;
let tenantId: string;
let districtId: string;
beforeAll(async () => {
  t = await createTestApp({
    SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
    SESSION_ABSOLUTE_HOURS: String(ABSOLUTE_HOURS),
  });
  const { tenant, root } = await buildTenant(t.db);
  tenantId = tenant.id;
  districtId = (await buildOrganisation(t.db, { tenantId, parentId: root.id, type: 'district' }))
    .id;
});
afterAll(() => t.close());

const newUser = (grants: { role: 'admin' | 'viewer'; organisationId: string }[] = []) =>
  buildUser(t.db, { tenantId, homeOrganisationId: districtId, grants });

const sessionCount = async (userId: string) =>
  (await t.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the user, roles and a CSRF token', async () => {
    const user = await newUser([{ role: 'viewer', organisationId: districtId }]);
    const { response } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = cookieSet(response, 'parplan_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.value).toMatch(new RegExp(`^${tenantId}\\.`));
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, login: user.login });
    expect(body.roles).toEqual([
      expect.objectContaining({ role: 'viewer', organisationId: districtId }),
    ]);
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.csrfToken.length).toBeGreaterThan(10);
  });

  it('answers a wrong password with 401 and the Vietnamese message, audited as denied', async () => {
    const user = await newUser();
    const { response } = await signInWithPassword(t, user.login, 'Sai#Mat-Khau-1');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(WRONG_CREDENTIALS);
    expect(cookieSet(response, 'parplan_session')).toBeUndefined();
    const events = await auditEventsOf(t, tenantId, eq(auditEvents.objectId, user.id));
    expect(events).toEqual([
      expect.objectContaining({
        action: 'auth.login',
        outcome: 'denied',
        actorUserId: user.id,
        after: expect.objectContaining({ reason: 'wrong-password' }),
      }),
    ]);
  });

  it('answers an unknown login with the same 401 message', async () => {
    const { response } = await signInWithPassword(t, 'khong.ton.tai', FACTORY_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(WRONG_CREDENTIALS);
  });

  it('locks the account after 5 consecutive failures, even against the right password', async () => {
    const user = await newUser();
    for (let attempt = 1; attempt <= 4; attempt++) {
      const { response } = await signInWithPassword(t, user.login, `Sai#${attempt}-mat-khau`);
      expect(response.statusCode).toBe(401);
    }
    const fifth = await signInWithPassword(t, user.login, 'Sai#5-mat-khau');
    expect([401, 429]).toContain(fifth.response.statusCode);
    const { response } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    expect(response.statusCode).toBe(429);
    expect(response.json().message).toMatch(/\d+ giây/);
    expect(cookieSet(response, 'parplan_session')).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('locks only the account that failed: another user still signs in', async () => {
    const locked = await newUser();
    const other = await newUser();
    for (let attempt = 1; attempt <= 5; attempt++)
      await signInWithPassword(t, locked.login, `Sai#${attempt}-mat-khau`);
    expect((await signInWithPassword(t, locked.login, FACTORY_PASSWORD)).response.statusCode).toBe(
      429,
    );
    expect((await signInWithPassword(t, other.login, FACTORY_PASSWORD)).response.statusCode).toBe(
      200,
    );
  });

  it('refuses an inactive user even with the right password', async () => {
    const user = await newUser();
    await t.pool.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
    const { response } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(WRONG_CREDENTIALS);
    expect(await sessionCount(user.id)).toBe(0);
  });
});

describe('CSRF', () => {
  it('refuses a write without the x-csrf-token header with 403 CSRF_INVALID and writes nothing', async () => {
    const admin = await newUser([{ role: 'admin', organisationId: districtId }]);
    const browser = new TestClient(t.app); // signs in but never reads the token
    expect(
      (await browser.post('/api/auth/login', { login: admin.login, password: FACTORY_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const body = {
      parentId: districtId,
      code: 'CSRF-XA',
      name: 'Xã Thử CSRF',
      type: 'commune',
      validFrom: '2025-07-01',
    };
    const refused = await browser.post('/api/organisations', body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CSRF_INVALID');
    expect(await organisationCodesOf(t, tenantId)).not.toContain('CSRF-XA');

    const { client } = await signInWithPassword(t, admin.login, FACTORY_PASSWORD);
    expect((await client.post('/api/organisations', body)).statusCode).toBe(201);
  });

  it('refuses a write whose x-csrf-token is not the one issued', async () => {
    const user = await newUser();
    const { client } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    client.useCsrfToken('not-the-issued-token');
    const response = await client.post('/api/auth/logout');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_INVALID');
    expect(await sessionCount(user.id)).toBe(1);
  });
});

describe('sessions', () => {
  it('ends the session on logout: the same cookie then gets 401 from /api/auth/me', async () => {
    const user = await newUser();
    const { client, response } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    const cookie = cookieSet(response, 'parplan_session')!.value;
    expect((await getWithSessionCookie(t, '/api/auth/me', cookie)).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await getWithSessionCookie(t, '/api/auth/me', cookie)).statusCode).toBe(401);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
  });

  const ageSession = (userId: string, column: 'last_seen_at' | 'created_at', minutes: number) =>
    t.pool.query(
      `UPDATE sessions SET ${column} = now() - make_interval(mins => $2) WHERE user_id = $1`,
      [userId, minutes],
    );

  it(`keeps a session idle for less than ${IDLE_MINUTES} minutes`, async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    await ageSession(user.id, 'last_seen_at', IDLE_MINUTES - 1);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it(`rejects a session idle for more than ${IDLE_MINUTES} minutes`, async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    await ageSession(user.id, 'last_seen_at', IDLE_MINUTES + 1);
    const response = await client.get('/api/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
    expect(await sessionCount(user.id)).toBe(0);
  });

  it(`rejects a session older than ${ABSOLUTE_HOURS} hours even while it is in use`, async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    await ageSession(user.id, 'created_at', ABSOLUTE_HOURS * 60 + 1);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
  });
});

describe('security headers', () => {
  it('sends a CSP forbidding framing, nosniff and a referrer policy on API responses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('changing one’s own password', () => {
  const changePassword = (client: TestClient, currentPassword: string, newPassword: string) =>
    client.post('/api/auth/password', { currentPassword, newPassword });

  it('refuses a wrong current password with 400', async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    const response = await changePassword(client, 'Khong#Dung-1', 'Moi#Mat-Khau-2025');
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ field: 'currentPassword' }),
    ]);
    expect((await signInWithPassword(t, user.login, FACTORY_PASSWORD)).response.statusCode).toBe(
      200,
    );
  });

  it('refuses a common password like "12345678" with a Vietnamese message', async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    const response = await changePassword(client, FACTORY_PASSWORD, '12345678');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(
      'Mật khẩu này quá phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.',
    );
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'newPassword' })]);
  });

  it('accepts a good password: the new one then signs in and the old one no longer does', async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    const response = await changePassword(client, FACTORY_PASSWORD, 'Ke-Hoach#CCHC-2025');
    expect(response.statusCode).toBe(200);
    expect(
      (await signInWithPassword(t, user.login, 'Ke-Hoach#CCHC-2025')).response.statusCode,
    ).toBe(200);
    expect((await signInWithPassword(t, user.login, FACTORY_PASSWORD)).response.statusCode).toBe(
      401,
    );
    const audited = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.action, 'auth.password'), eq(auditEvents.objectId, user.id))!,
    );
    expect(audited).toHaveLength(1);
  });

  it('ends the user’s other sessions when the password changes', async () => {
    const user = await newUser();
    const elsewhere = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    const client = await TestClient.signedInAs(t, user);
    expect((await changePassword(client, FACTORY_PASSWORD, 'Doi#Mat-Khau-2025')).statusCode).toBe(
      200,
    );
    expect((await elsewhere.client.get('/api/auth/me')).statusCode).toBe(401);
  });
});
