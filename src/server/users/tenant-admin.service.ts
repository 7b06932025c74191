// Production set-up: create a province (tenant) if needed and its first administrator, without
// going through the web (used by `parplan create-admin`, src/server/cli).
import { checkPassword } from '@domain/accounts/password-policy';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { Database } from '../db/client';
import { insertAuditEvent } from '../audit/audit.repository';
import { hashPassword } from '../auth/password-hash';
import { findRootOrganisation, insertOrganisation } from '../organisations/organisation.repository';
import { findTenantByCode, insertTenant } from './tenant.repository';
import { findUserByLogin, insertRoleGrant, insertUser } from './user.repository';

/** What the command line supplies. */
export interface TenantAdminInput {
  tenantCode: string;
  tenantName: string;
  login: string;
  fullName: string;
  password: string;
}

/** Creates (or reuses) the tenant and its province root, then an admin holding the role at the root. */
export async function createTenantAdmin(
  db: Database,
  input: TenantAdminInput,
): Promise<{ tenantId: string; userId: string; createdTenant: boolean }> {
  const login = input.login.trim().toLowerCase();
  const problems = checkPassword(input.password, { login, fullName: input.fullName });
  if (problems.length) throw new Error(problems.join('\n'));
  if (!/^[a-z0-9._@-]{3,100}$/.test(login))
    throw new Error('Tên đăng nhập gồm 3–100 ký tự: chữ không dấu, số, . _ @ -.');
  return db.transaction(async (tx) => {
    const existing = await findTenantByCode(tx, input.tenantCode);
    const createdTenant = !existing;
    const tenant =
      existing ?? (await insertTenant(tx, { code: input.tenantCode, name: input.tenantName }));
    const tenantId = tenant.id;
    // Logins are unique per province: another province may use the same one.
    if (await findUserByLogin(tx, tenantId, login))
      throw new Error(`Tên đăng nhập «${login}» đã tồn tại trong tỉnh này.`);
    const root =
      (await findRootOrganisation(tx, tenantId)) ??
      (await insertOrganisation(tx, {
        tenantId,
        code: input.tenantCode,
        name: tenant.name,
        searchText: foldVietnamese(`${input.tenantCode} ${tenant.name}`),
        type: 'province',
        parentId: null,
        validFrom: '2025-07-01',
      }));
    const user = await insertUser(tx, {
      tenantId,
      login,
      fullName: input.fullName,
      email: null,
      passwordHash: await hashPassword(input.password),
      homeOrganisationId: root.id,
    });
    await insertRoleGrant(tx, {
      tenantId,
      userId: user.id,
      organisationId: root.id,
      role: 'admin',
    });
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId: null,
      organisationId: root.id,
      action: 'user.manage',
      outcome: 'allowed',
      objectType: 'user',
      objectId: user.id,
      after: { login, fullName: input.fullName, role: 'admin', via: 'scripts/create-admin' },
      requestId: 'create-admin',
    });
    return { tenantId, userId: user.id, createdTenant };
  });
}
