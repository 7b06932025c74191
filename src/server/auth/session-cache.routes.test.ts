// The session cache (SESSION_CACHE_SECONDS): a signed-in request reuses the session read a moment
// ago, yet sign-out, a password change, deactivation and a role granted or revoked take effect on
// the very next request. The first test shows the cache is really on (a row deleted behind the
// app's back is not noticed), so the others would fail if a revocation forgot to drop entries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema';
import {
  buildOrganisation,
  buildTenant,
  buildUser,
  FACTORY_PASSWORD,
} from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { cookieSet, getWithSessionCookie, signInWithPassword } from '../../../test/route-helpers';
import { clearSessionCache } from './session-cache';

let t: TestApp;
let tenantId: string;
let districtId: string;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp({ SESSION_CACHE_SECONDS: '60' });
  const { tenant, root } = await buildTenant(t.db);
  tenantId = tenant.id;
  districtId = (await buildOrganisation(t.db, { tenantId, parentId: root.id, type: 'district' }))
    .id;
  admin = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: root.id,
      grants: [{ role: 'admin', organisationId: root.id }],
    }),
  );
});
afterAll(() => t.close());
beforeEach(() => clearSessionCache());

const newUser = (grants: { role: 'viewer'; organisationId: string }[] = []) =>
  buildUser(t.db, { tenantId, homeOrganisationId: districtId, grants });

describe('session cache', () => {
  it('reuses a session read a moment ago: a row deleted behind the app’s back still works', async () => {
    const user = await newUser();
    const client = await TestClient.signedInAs(t, user);
    await t.db.delete(sessions).where(eq(sessions.userId, user.id));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    clearSessionCache();
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('ends the session at once on logout', async () => {
    const user = await newUser();
    const { client, response } = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    const cookie = cookieSet(response, 'parplan_session')!.value;
    expect((await getWithSessionCookie(t, '/api/auth/me', cookie)).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await getWithSessionCookie(t, '/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('ends the other sessions at once on a password change, keeping the current one', async () => {
    const user = await newUser();
    const elsewhere = await signInWithPassword(t, user.login, FACTORY_PASSWORD);
    expect((await elsewhere.client.get('/api/auth/me')).statusCode).toBe(200);
    const client = await TestClient.signedInAs(t, user);
    const changed = await client.post('/api/auth/password', {
      currentPassword: FACTORY_PASSWORD,
      newPassword: 'Doi#Mat-Khau-2025',
    });
    expect(changed.statusCode).toBe(200);
    expect((await elsewhere.client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends the sessions at once when an administrator deactivates the account', async () => {
    const user = await newUser();
    const theirBrowser = await TestClient.signedInAs(t, user);
    expect((await theirBrowser.get('/api/auth/me')).statusCode).toBe(200);
    const response = await admin.patch(
      `/api/users/${user.id}`,
      { isActive: false },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
    expect((await theirBrowser.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('applies a role granted, then revoked, on the next request', async () => {
    const user = await newUser();
    const theirBrowser = await TestClient.signedInAs(t, user);
    expect((await theirBrowser.get('/api/organisations')).statusCode).toBe(403);
    const granted = await admin.post(`/api/users/${user.id}/roles`, {
      role: 'viewer',
      organisationId: districtId,
    });
    expect(granted.statusCode).toBe(201);
    expect((await theirBrowser.get('/api/organisations')).statusCode).toBe(200);
    const grantId = granted.json().roles[0].id as string;
    expect((await admin.delete(`/api/users/${user.id}/roles/${grantId}`)).statusCode).toBe(200);
    expect((await theirBrowser.get('/api/organisations')).statusCode).toBe(403);
  });
});
