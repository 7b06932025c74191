// The login lock over HTTP, on a fixed clock: failures count per login and source (IP), unknown
// logins are answered and locked exactly like real ones, failures are forgotten after the window,
// an administrator's unlock or password reset lifts the lock, and a login may exist in two
// provinces without either learning of the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { LOGIN_FAILURE_WINDOW_SECONDS } from '@domain/accounts/login-throttle';
import { auditEvents } from '../db/schema';
import { buildTenant, buildUser, FACTORY_PASSWORD } from '../../../test/factories';
import type { UserRow } from '../users/user.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { auditEventsOf, signInWithPassword } from '../../../test/route-helpers';

let clock = new Date('2026-03-02T08:00:00+07:00');
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

let t: TestApp;
let tenantId: string;
let rootId: string;
let admin: TestClient;
let focal: TestClient;
beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  const a = await buildTenant(t.db);
  tenantId = a.tenant.id;
  rootId = a.root.id;
  admin = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: rootId,
      grants: [{ role: 'admin', organisationId: rootId }],
    }),
  );
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: rootId,
      grants: [{ role: 'focal', organisationId: rootId }],
    }),
  );
});
afterAll(() => t.close());

const ATTACKER = '203.0.113.7';
const OFFICE = '198.51.100.20';
const newUser = () => buildUser(t.db, { tenantId, homeOrganisationId: rootId });
const attempt = async (login: string, password: string, from = ATTACKER) => {
  const { response } = await signInWithPassword(t, login, password, from);
  return { status: response.statusCode, body: response.json() as unknown };
};
/** Five wrong passwords in a row, one second apart: enough to lock. */
async function failFiveTimes(login: string, from = ATTACKER) {
  const answers = [];
  for (let i = 1; i <= 5; i++) {
    answers.push(await attempt(login, `Sai#${i}-mat-khau`, from));
    advance(1);
  }
  return answers;
}

describe('the same answer whether or not the login exists', () => {
  it('answers an unknown login, attempt by attempt, exactly as a real one (locked included)', async () => {
    const user = await newUser();
    const unknown = `khong.co.ai.${user.login}`;
    const start = clock;
    const real = [
      ...(await failFiveTimes(user.login)),
      await attempt(user.login, FACTORY_PASSWORD),
    ];
    clock = start;
    const fake = [...(await failFiveTimes(unknown)), await attempt(unknown, FACTORY_PASSWORD)];
    expect(fake).toEqual(real);
    expect(real[0]).toEqual({
      status: 401,
      body: expect.objectContaining({ message: 'Tên đăng nhập hoặc mật khẩu không đúng.' }),
    });
    expect(real[5]).toEqual({
      status: 429,
      body: expect.objectContaining({
        code: 'LOGIN_LOCKED',
        message: expect.stringMatching(/giây/),
      }),
    });
    advance(60);
  });
});

describe('a lock keyed on login and source', () => {
  it('locks the login only from the address that failed: the user’s office still signs in', async () => {
    const user = await newUser();
    await failFiveTimes(user.login, ATTACKER);
    expect((await attempt(user.login, FACTORY_PASSWORD, ATTACKER)).status).toBe(429);
    expect((await attempt(user.login, FACTORY_PASSWORD, OFFICE)).status).toBe(200);
    advance(60);
  });

  it('forgets failures after the window: one attempt every 15 minutes never locks', async () => {
    const user = await newUser();
    for (let round = 0; round < 12; round++) {
      expect((await attempt(user.login, `Sai#${round}-mat-khau`)).status, `round ${round}`).toBe(
        401,
      );
      advance(LOGIN_FAILURE_WINDOW_SECONDS);
    }
    expect((await attempt(user.login, FACTORY_PASSWORD)).status).toBe(200);
  });

  it('counts from one again once a lock has run out and the window has passed', async () => {
    const user = await newUser();
    await failFiveTimes(user.login);
    expect((await attempt(user.login, FACTORY_PASSWORD)).status).toBe(429);
    advance(LOGIN_FAILURE_WINDOW_SECONDS);
    expect((await attempt(user.login, 'Sai#6-mat-khau')).status).toBe(401);
    expect((await attempt(user.login, FACTORY_PASSWORD)).status).toBe(200);
  });
});

describe('lifting a lock', () => {
  async function lockedUser(): Promise<UserRow> {
    const user = await newUser();
    await failFiveTimes(user.login, ATTACKER);
    await failFiveTimes(user.login, OFFICE);
    expect((await attempt(user.login, FACTORY_PASSWORD, OFFICE)).status).toBe(429);
    return user;
  }

  it('lifts it from every address when an administrator resets the password', async () => {
    const user = await lockedUser();
    const reset = await admin.patch(
      `/api/users/${user.id}`,
      { password: 'Mat-Khau#Moi-2026' },
      { 'if-match': `"${user.version}"` },
    );
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await attempt(user.login, 'Mat-Khau#Moi-2026', OFFICE)).status).toBe(200);
    expect((await attempt(user.login, 'Mat-Khau#Moi-2026', ATTACKER)).status).toBe(200);
  });

  it('lifts it when an administrator unlocks the user, and audits the unlock', async () => {
    const user = await lockedUser();
    const unlocked = await admin.post(`/api/users/${user.id}/unlock-login`);
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ id: user.id, login: user.login });
    expect((await attempt(user.login, FACTORY_PASSWORD, OFFICE)).status).toBe(200);
    const events = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.action, 'user.unlock'), eq(auditEvents.objectId, user.id))!,
    );
    expect(events).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        after: { login: user.login, clearedSources: 2 },
      }),
    ]);
  });

  it('refuses the unlock to a non-administrator (403, audited) and the lock stays', async () => {
    const user = await lockedUser();
    const refused = await focal.post(`/api/users/${user.id}/unlock-login`);
    expect(refused.statusCode).toBe(403);
    expect((await attempt(user.login, FACTORY_PASSWORD, OFFICE)).status).toBe(429);
    const denied = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.action, 'user.unlock'), eq(auditEvents.outcome, 'denied'))!,
    );
    expect(denied).toEqual([expect.objectContaining({ objectId: user.id })]);
  });
});

describe('one login in two provinces', () => {
  it('creates the same login in each province, and each signs in with its own password', async () => {
    const b = await buildTenant(t.db);
    const adminB = await TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: b.tenant.id,
        homeOrganisationId: b.root.id,
        grants: [{ role: 'admin', organisationId: b.root.id }],
      }),
    );
    const create = (client: TestClient, organisationId: string, password: string) =>
      client.post('/api/users', {
        login: 'vanthu.ubnd',
        fullName: 'Văn thư UBND',
        homeOrganisationId: organisationId,
        password,
      });
    expect((await create(admin, rootId, 'Tinh-A#Mat-Khau-1')).statusCode).toBe(201);
    const inB = await create(adminB, b.root.id, 'Tinh-B#Mat-Khau-2');
    expect(inB.statusCode, inB.body).toBe(201);

    const signedA = await signInWithPassword(t, 'vanthu.ubnd', 'Tinh-A#Mat-Khau-1', OFFICE);
    expect(signedA.response.statusCode).toBe(200);
    expect(signedA.response.json().tenant.id).toBe(tenantId);
    const signedB = await signInWithPassword(t, 'vanthu.ubnd', 'Tinh-B#Mat-Khau-2', OFFICE);
    expect(signedB.response.statusCode).toBe(200);
    expect(signedB.response.json().tenant.id).toBe(b.tenant.id);

    // Still one login per province: a second one in B is a 409 there.
    expect((await create(adminB, b.root.id, 'Tinh-B#Mat-Khau-3')).statusCode).toBe(409);
  });
});
