import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createTenantAdmin } from './tenant-admin.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('createTenantAdmin (scripts/create-admin)', () => {
  it('creates the province and an admin who can then sign in and manage it', async () => {
    const result = await createTenantAdmin(t.db, {
      tenantCode: 'AG',
      tenantName: 'Tỉnh An Giang',
      login: 'AG.QuanTri',
      fullName: 'Lý Văn Tâm',
      password: 'An#Giang-2025',
    });
    expect(result.createdTenant).toBe(true);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ag.quantri', password: 'An#Giang-2025' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().roles).toEqual([
      expect.objectContaining({
        role: 'admin',
        organisationName: 'Tỉnh An Giang',
        organisationType: 'province',
      }),
    ]);
  });

  it('adds a second admin to an existing province without a second root', async () => {
    const result = await createTenantAdmin(t.db, {
      tenantCode: 'AG',
      tenantName: 'bỏ qua',
      login: 'ag.quantri2',
      fullName: 'Mai Thị Hoa',
      password: 'Hoa#Sen-2025x',
    });
    expect(result.createdTenant).toBe(false);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ag.quantri2', password: 'Hoa#Sen-2025x' },
    });
    expect(login.json().roles[0].organisationName).toBe('Tỉnh An Giang');
  });

  it('refuses a common password, and a login taken in the same province, writing nothing', async () => {
    await expect(
      createTenantAdmin(t.db, {
        tenantCode: 'KG',
        tenantName: 'Tỉnh Kiên Giang',
        login: 'kg.admin',
        fullName: 'A',
        password: '12345678',
      }),
    ).rejects.toThrow(/mật khẩu/i);
    await expect(
      createTenantAdmin(t.db, {
        tenantCode: 'AG',
        tenantName: 'Tỉnh An Giang',
        login: 'ag.quantri',
        fullName: 'B',
        password: 'Kien#Giang-2025',
      }),
    ).rejects.toThrow(/đã tồn tại/);
    const tenants = await t.pool.query(`SELECT count(*)::int AS n FROM tenants WHERE code = 'KG'`);
    expect(tenants.rows[0].n).toBe(0);
    const admins = await t.pool.query(
      `SELECT count(*)::int AS n FROM users WHERE login = 'ag.quantri'`,
    );
    expect(admins.rows[0].n).toBe(1);
  });

  it('lets another province use a login An Giang uses (logins are unique per province)', async () => {
    const result = await createTenantAdmin(t.db, {
      tenantCode: 'KG',
      tenantName: 'Tỉnh Kiên Giang',
      login: 'ag.quantri',
      fullName: 'Trần Văn Kiên',
      password: 'Kien#Giang-2025',
    });
    expect(result.createdTenant).toBe(true);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ag.quantri', password: 'Kien#Giang-2025' },
    });
    expect(login.json().tenant.id).toBe(result.tenantId);
  });
});
