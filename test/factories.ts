// Test factories: build tenants, organisations, users and sessions straight through the
// repositories, with readable defaults and unique codes.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { Role } from '@domain/permissions/role';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { Database } from '../src/server/db/client';
import { sessions, tenants } from '../src/server/db/schema';
import {
  insertOrganisation,
  type OrganisationRow,
} from '../src/server/organisations/organisation.repository';
import { insertRoleGrant, insertUser, type UserRow } from '../src/server/users/user.repository';
import { hashPassword } from '../src/server/auth/password-hash';

/** The password every factory-built user has. */
export const FACTORY_PASSWORD = 'Kiem#Thu-2024';
let passwordHash: Promise<string> | null = null;
const unique = () => randomBytes(4).toString('hex');

/** A tenant with its province root. */
export async function buildTenant(db: Database, name = `Tỉnh Thử ${unique()}`) {
  const [tenant] = await db
    .insert(tenants)
    .values({ code: `T${unique()}`, name })
    .returning();
  const root = await buildOrganisation(db, {
    tenantId: tenant!.id,
    parentId: null,
    type: 'province',
    name,
  });
  return { tenant: tenant!, root };
}

/** An organisation (defaults: a department valid from 01/01/2020). */
export async function buildOrganisation(
  db: Database,
  input: {
    tenantId: string;
    parentId: string | null;
    type?: OrganisationType;
    name?: string;
    code?: string;
    validFrom?: string;
    validTo?: string | null;
  },
): Promise<OrganisationRow> {
  const code = input.code ?? `ORG-${unique()}`;
  const name = input.name ?? `Đơn vị ${code}`;
  return insertOrganisation(db, {
    tenantId: input.tenantId,
    code,
    name,
    searchText: foldVietnamese(`${code} ${name}`),
    type: input.type ?? 'department',
    parentId: input.parentId,
    validFrom: input.validFrom ?? '2020-01-01',
    validTo: input.validTo ?? null,
  });
}

/** A user homed in an organisation, holding the given roles. */
export async function buildUser(
  db: Database,
  input: {
    tenantId: string;
    homeOrganisationId: string;
    grants?: { role: Role; organisationId: string }[];
    login?: string;
    fullName?: string;
  },
): Promise<UserRow> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const user = await insertUser(db, {
    tenantId: input.tenantId,
    login: input.login ?? `user.${unique()}`,
    fullName: input.fullName ?? `Cán bộ ${unique()}`,
    email: null,
    passwordHash: await passwordHash,
    homeOrganisationId: input.homeOrganisationId,
  });
  for (const grant of input.grants ?? [])
    await insertRoleGrant(db, { tenantId: input.tenantId, userId: user.id, ...grant });
  return user;
}

/** A session for `user` without going through the login form; returns the cookie value. */
export async function buildSession(db: Database, user: UserRow): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tenantId: user.tenantId,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    userId: user.id,
    ip: '127.0.0.1',
    userAgent: `factory ${randomUUID()}`,
  });
  return `${user.tenantId}.${token}`;
}
