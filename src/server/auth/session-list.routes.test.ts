// The signed-in user's sessions over HTTP: the list with "this device", ending one, and
// "Đăng xuất các phiên khác" really ending the other sessions (their cookies answer 401 after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildTenant,
  buildUser,
  FACTORY_PASSWORD,
} from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { signInWithPassword } from '../../../test/route-helpers';

let t: TestApp;
let tenantId: string;
let districtId: string;
beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db);
  tenantId = tenant.id;
  districtId = (await buildOrganisation(t.db, { tenantId, parentId: root.id, type: 'district' }))
    .id;
});
afterAll(() => t.close());

const newUser = () => buildUser(t.db, { tenantId, homeOrganisationId: districtId, grants: [] });

describe('my sessions', () => {
  it('lists the sessions as recorded at sign-in, this device marked', async () => {
    const user = await newUser();
    const { client: laptop } = await signInWithPassword(
      t,
      user.login,
      FACTORY_PASSWORD,
      '10.0.0.1',
    );
    await signInWithPassword(t, user.login, FACTORY_PASSWORD, '10.0.0.2');
    const response = await laptop.get('/api/auth/sessions');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { ip: string; isCurrent: boolean; createdAt: string }[];
    expect(items).toHaveLength(2);
    expect(items.find((item) => item.isCurrent)?.ip).toBe('10.0.0.1');
    expect(items.find((item) => !item.isCurrent)?.ip).toBe('10.0.0.2');
  });

  it('never lists another user’s sessions', async () => {
    const user = await newUser();
    const other = await newUser();
    await signInWithPassword(t, other.login, FACTORY_PASSWORD);
    const client = await TestClient.signedInAs(t, user);
    expect((await client.get('/api/auth/sessions')).json().items).toHaveLength(1);
  });

  it('"Đăng xuất các phiên khác" ends every other session and keeps this one', async () => {
    const user = await newUser();
    const { client: here } = await signInWithPassword(t, user.login, FACTORY_PASSWORD, '10.0.0.1');
    const { client: phone } = await signInWithPassword(t, user.login, FACTORY_PASSWORD, '10.0.0.2');
    const { client: tablet } = await signInWithPassword(
      t,
      user.login,
      FACTORY_PASSWORD,
      '10.0.0.3',
    );
    const response = await here.post('/api/auth/sessions/sign-out-others');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ended: 2 });
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await tablet.get('/api/auth/me')).statusCode).toBe(401);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends one session by its id, and answers 404 for a session of someone else', async () => {
    const user = await newUser();
    const other = await newUser();
    const { client: here } = await signInWithPassword(t, user.login, FACTORY_PASSWORD, '10.0.0.1');
    const { client: phone } = await signInWithPassword(t, user.login, FACTORY_PASSWORD, '10.0.0.2');
    const { client: stranger } = await signInWithPassword(t, other.login, FACTORY_PASSWORD);
    const phoneSession = (
      (await here.get('/api/auth/sessions')).json().items as { id: string; isCurrent: boolean }[]
    ).find((item) => !item.isCurrent)!;
    expect((await stranger.delete(`/api/auth/sessions/${phoneSession.id}`)).statusCode).toBe(404);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(200);
    expect((await here.delete(`/api/auth/sessions/${phoneSession.id}`)).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
  });
});
