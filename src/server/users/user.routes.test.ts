// Accounts over HTTP: creating users under the password policy, listing by unit, granting and
// revoking roles, deactivation ending sessions, If-Match on edits, and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, loginDirectory, roleGrants, sessions, users } from '../db/schema';
import {
  buildOrganisation,
  buildTenant,
  buildUser,
  FACTORY_PASSWORD,
} from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { UserRow } from './user.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { auditEventsOf, signInWithPassword } from '../../../test/route-helpers';

let t: TestApp;
let tenantId: string;
let district: OrganisationRow;
let commune: OrganisationRow;
let districtAdminUser: UserRow;
let districtAdmin: TestClient;
let otherTenantAdmin: TestClient;
let otherTenantRootId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db);
  tenantId = a.tenant.id;
  district = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, type: 'district' });
  commune = await buildOrganisation(t.db, { tenantId, parentId: district.id, type: 'commune' });
  districtAdminUser = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: district.id,
    grants: [{ role: 'admin', organisationId: district.id }],
  });
  districtAdmin = await TestClient.signedInAs(t, districtAdminUser);
  const b = await buildTenant(t.db);
  otherTenantRootId = b.root.id;
  otherTenantAdmin = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: b.tenant.id,
      homeOrganisationId: b.root.id,
      grants: [{ role: 'admin', organisationId: b.root.id }],
    }),
  );
});
afterAll(() => t.close());

const communeUser = () => buildUser(t.db, { tenantId, homeOrganisationId: commune.id });
const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;
const loginTaken = async (login: string) =>
  (await t.db.select().from(loginDirectory).where(eq(loginDirectory.login, login))).length > 0;

describe('creating users', () => {
  const create = (body: Record<string, unknown>) =>
    districtAdmin.post('/api/users', {
      fullName: 'Nguyễn Văn An',
      homeOrganisationId: commune.id,
      password: 'Cai-Cach#HanhChinh',
      ...body,
    });

  it('creates a user in the admin’s subtree who can then sign in, and audits it', async () => {
    const response = await create({ login: 'An.Nguyen' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      login: 'an.nguyen',
      homeOrganisationId: commune.id,
      isActive: true,
      version: 1,
    });
    const signIn = await signInWithPassword(t, 'an.nguyen', 'Cai-Cach#HanhChinh');
    expect(signIn.response.statusCode).toBe(200);
    const [event] = await auditEventsOf(t, tenantId, eq(auditEvents.objectId, created.id));
    expect(event).toMatchObject({
      action: 'user.manage',
      outcome: 'allowed',
      organisationId: commune.id,
    });
  });

  it('refuses the password "password" on the field "password" and creates nobody', async () => {
    const response = await create({ login: 'pho.chu.tich', password: 'password' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    );
    expect(await loginTaken('pho.chu.tich')).toBe(false);
  });

  it('refuses a password containing the login', async () => {
    const response = await create({ login: 'vanphong', password: 'Vanphong#2025' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({
        field: 'password',
        message: 'Mật khẩu không được trùng với hoặc chứa tên đăng nhập.',
      }),
    ]);
    expect(await loginTaken('vanphong')).toBe(false);
  });

  it('refuses a login already in use with 409', async () => {
    const existing = await communeUser();
    const response = await create({ login: existing.login });
    expect(response.statusCode).toBe(409);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'login' })]);
  });
});

describe('listing users', () => {
  it('filters by home unit', async () => {
    const inCommune = await communeUser();
    const response = await districtAdmin.get(`/api/users?organisationId=${commune.id}`);
    expect(response.statusCode).toBe(200);
    const items: { id: string; homeOrganisationId: string }[] = response.json().items;
    expect(items.map((u) => u.id)).toContain(inCommune.id);
    expect(items.map((u) => u.id)).not.toContain(districtAdminUser.id);
    expect(items.every((u) => u.homeOrganisationId === commune.id)).toBe(true);
  });

  const searchIds = async (q: string) => {
    const response = await districtAdmin.get(`/api/users?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return (response.json().items as { id: string }[]).map((u) => u.id);
  };

  it('finds "Nguyễn Thị Đào" by "nguyen", "NGUYỄN thi" or "dao", as organisations are found', async () => {
    const user = await buildUser(t.db, {
      tenantId,
      homeOrganisationId: commune.id,
      fullName: 'Nguyễn Thị Đào',
    });
    for (const q of ['nguyen', 'NGUYỄN thi', 'dao', 'Nguyễn Thị Đào'])
      expect(await searchIds(q), q).toContain(user.id);
    expect(await searchIds('nguyen van')).not.toContain(user.id);
  });

  it('finds a user by the new name after a rename, and no longer by the old one', async () => {
    const user = await buildUser(t.db, {
      tenantId,
      homeOrganisationId: commune.id,
      fullName: 'Lê Văn Cường',
    });
    const renamed = await districtAdmin.patch(
      `/api/users/${user.id}`,
      { fullName: 'Phạm Thị Hường' },
      { 'if-match': '"1"' },
    );
    expect(renamed.statusCode).toBe(200);
    expect(await searchIds('pham thi huong')).toContain(user.id);
    expect(await searchIds('cuong')).not.toContain(user.id);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect(await searchIds('%')).toEqual([]);
  });
});

describe('roles', () => {
  it('grants then revokes a role, auditing both', async () => {
    const user = await communeUser();
    const granted = await districtAdmin.post(`/api/users/${user.id}/roles`, {
      role: 'editor',
      organisationId: commune.id,
    });
    expect(granted.statusCode).toBe(201);
    const grant = granted.json().roles.find((r: { role: string }) => r.role === 'editor');
    expect(grant).toMatchObject({ organisationId: commune.id });
    const revoked = await districtAdmin.delete(`/api/users/${user.id}/roles/${grant.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().roles).toEqual([]);
    expect(await t.db.select().from(roleGrants).where(eq(roleGrants.userId, user.id))).toEqual([]);
    const events = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.action, 'role.assign'), eq(auditEvents.objectId, grant.id))!,
    );
    expect(events).toEqual([
      expect.objectContaining({
        before: null,
        after: expect.objectContaining({ role: 'editor', userId: user.id }),
      }),
      expect.objectContaining({ before: expect.objectContaining({ role: 'editor' }) }),
    ]);
  });
});

describe('editing users', () => {
  it('ends a user’s sessions when they are deactivated: their browser gets 401', async () => {
    const user = await communeUser();
    const theirBrowser = await TestClient.signedInAs(t, user);
    const response = await districtAdmin.patch(
      `/api/users/${user.id}`,
      { isActive: false },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ isActive: false, version: 2 });
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect((await theirBrowser.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('does not let an admin deactivate themselves', async () => {
    const version = (await userRow(districtAdminUser.id)).version;
    const response = await districtAdmin.patch(
      `/api/users/${districtAdminUser.id}`,
      { isActive: false },
      { 'if-match': `"${version}"` },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'isActive' })]);
    expect(await userRow(districtAdminUser.id)).toMatchObject({ isActive: true, version });
  });

  it('requires If-Match (428) and refuses a stale version (412), changing nothing', async () => {
    const user = await communeUser();
    const rename = (headers: Record<string, string>) =>
      districtAdmin.patch(`/api/users/${user.id}`, { fullName: 'Trần Thị Bích' }, headers);
    expect((await rename({})).statusCode).toBe(428);
    await t.pool.query(`UPDATE users SET version = 2 WHERE id = $1`, [user.id]);
    expect((await rename({ 'if-match': '"1"' })).statusCode).toBe(412);
    expect(await userRow(user.id)).toMatchObject({ fullName: user.fullName, version: 2 });
    expect((await rename({ 'if-match': '"2"' })).statusCode).toBe(200);
  });
});

describe('another tenant', () => {
  it('cannot see tenant A’s users, even naming their unit', async () => {
    await communeUser();
    const response = await otherTenantAdmin.get(`/api/users?organisationId=${commune.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([]);
  });

  it('cannot edit tenant A’s user: 404, and the user is unchanged', async () => {
    const user = await communeUser();
    const response = await otherTenantAdmin.patch(
      `/api/users/${user.id}`,
      { isActive: false, password: 'Chiem#Quyen-2025' },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(404);
    expect(await userRow(user.id)).toMatchObject({ isActive: true, version: 1 });
    expect((await signInWithPassword(t, user.login, FACTORY_PASSWORD)).response.statusCode).toBe(
      200,
    );
  });

  it('cannot grant roles to tenant A’s user, in either tenant’s units: 404 and no grant', async () => {
    const user = await communeUser();
    for (const organisationId of [otherTenantRootId, commune.id]) {
      const response = await otherTenantAdmin.post(`/api/users/${user.id}/roles`, {
        role: 'admin',
        organisationId,
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await t.db.select().from(roleGrants).where(eq(roleGrants.userId, user.id))).toEqual([]);
  });
});
