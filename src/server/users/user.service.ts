// Accounts and role grants: create, edit, deactivate, grant and revoke roles.
import type { User, UserListItem } from '@contract/users';
import type { Role } from '@domain/permissions/role';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { checkPassword } from '@domain/accounts/password-policy';
import { grantRootsFor, type Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import type { AuditEntry } from '../http/route';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import { hashPassword } from '../auth/password-hash';
import { forgetSessionsOfUser, revokeSessions } from '../auth/session-cache';
import { clearLoginFailures } from '../auth/login-failure.repository';
import { findOrganisation, listOrganisationsUnder } from '../organisations/organisation.repository';
import type { ServiceContext } from '../http/service-context';
import { listUsersWithConfirmedTwoFactor } from '../mfa/two-factor.repository';
import * as repo from './user.repository';
import { withUserAbilities } from './user-abilities';

type Audit = (entry: AuditEntry) => Promise<void>;

function assertPasswordAcceptable(password: string, login: string, fullName: string) {
  const problems = checkPassword(password, { login, fullName });
  if (problems.length)
    throw validationError(
      problems[0]!,
      problems.map((message) => ({ field: 'password', message })),
    );
}

/**
 * Loads users with their home unit, grants and whether two-factor sign-in is on (one query each
 * for the whole list), presented through the contract.
 */
async function presentUsers(
  db: Database,
  tenantId: string,
  rows: { user: repo.UserRow; homeOrganisationName: string }[],
): Promise<User[]> {
  const userIds = rows.map((r) => r.user.id);
  const grants = await repo.listGrantsOfUsers(db, tenantId, userIds);
  const withTwoFactor = await listUsersWithConfirmedTwoFactor(db, tenantId, userIds);
  return rows.map(({ user, homeOrganisationName }) => ({
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    email: user.email,
    homeOrganisationId: user.homeOrganisationId,
    homeOrganisationName,
    isActive: user.isActive,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    twoFactorEnabled: withTwoFactor.has(user.id),
    version: user.version,
    roles: grants
      .filter((g) => g.userId === user.id)
      .map(({ userId: _userId, ...g }) => ({
        ...g,
        role: g.role as Role,
        organisationType: g.organisationType as OrganisationType,
      })),
  }));
}

/** One user, presented. */
export async function getUser(db: Database, tenantId: string, userId: string): Promise<User> {
  const user = await repo.findUser(db, tenantId, userId);
  if (!user) throw notFound();
  const home = await findOrganisation(db, tenantId, user.homeOrganisationId);
  const [presented] = await presentUsers(db, tenantId, [
    { user, homeOrganisationName: home?.name ?? '' },
  ]);
  return presented!;
}

/** The home organisation of a user, for authorising actions on them (null when not in the tenant). */
export async function findUserOrganisation(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<string | null> {
  return (await repo.findUser(db, tenantId, userId))?.homeOrganisationId ?? null;
}

/** Users whose home unit lies in the actor's readable subtrees, with the actor's abilities on each. */
export async function listReadableUsers(
  ctx: ServiceContext,
  filter: { organisationId?: string; q?: string },
): Promise<UserListItem[]> {
  const { db, actor } = ctx;
  const units = await listOrganisationsUnder(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'user.read'),
    {
      includeClosed: true,
      today: ctx.today,
    },
  );
  let ids = units.map((u) => u.id);
  if (filter.organisationId) ids = ids.filter((id) => id === filter.organisationId);
  const rows = await repo.listUsers(db, actor.tenantId, {
    organisationIds: ids,
    searchText: filter.q,
  });
  return withUserAbilities(db, actor, await presentUsers(db, actor.tenantId, rows));
}

/** Creates an account in a unit (authorised on that unit). */
export async function createUser(
  db: Database,
  actor: Actor,
  input: {
    login: string;
    fullName: string;
    email: string | null;
    homeOrganisationId: string;
    password: string;
  },
  audit: Audit,
): Promise<User> {
  // Unique within the province only, so this never tells whether another province uses the login.
  if (await repo.findUserByLogin(db, actor.tenantId, input.login)) {
    throw conflict(`Tên đăng nhập «${input.login}» đã được dùng.`, [
      { field: 'login', message: 'Tên đăng nhập đã tồn tại.' },
    ]);
  }
  assertPasswordAcceptable(input.password, input.login, input.fullName);
  const row = await repo.insertUser(db, {
    tenantId: actor.tenantId,
    login: input.login,
    fullName: input.fullName,
    email: input.email,
    homeOrganisationId: input.homeOrganisationId,
    passwordHash: await hashPassword(input.password),
  });
  const user = await getUser(db, actor.tenantId, row.id);
  await audit({
    organisationId: input.homeOrganisationId,
    action: 'user.manage',
    objectType: 'user',
    objectId: row.id,
    after: user,
  });
  return user;
}

/** Edits an account; deactivating it or resetting its password ends its sessions. */
export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  version: number,
  changes: { fullName?: string; email?: string | null; isActive?: boolean; password?: string },
  audit: Audit,
): Promise<User> {
  const current = await repo.findUser(db, actor.tenantId, userId);
  if (!current) throw notFound();
  if (current.version !== version) throw versionMismatch(current.version);
  if (changes.isActive === false && userId === actor.userId) {
    throw validationError('Bạn không thể tự khóa tài khoản của mình.', [
      { field: 'isActive', message: 'Không thể tự khóa.' },
    ]);
  }
  const { password, ...fields } = changes;
  if (password !== undefined)
    assertPasswordAcceptable(password, current.login, changes.fullName ?? current.fullName);
  const before = await getUser(db, actor.tenantId, userId);
  const row = await repo.updateUserIfVersion(db, actor.tenantId, userId, version, {
    ...fields,
    ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}),
  });
  if (!row) throw versionMismatch(current.version + 1);
  if (password !== undefined || changes.isActive === false)
    await revokeSessions(db, { tenantId: actor.tenantId, userId }, { all: true });
  // A new password from the administrator also lifts the lock from failed attempts.
  if (password !== undefined) await clearLoginFailures(db, current.login);
  const after = await getUser(db, actor.tenantId, userId);
  await audit({
    organisationId: current.homeOrganisationId,
    action: 'user.manage',
    objectType: 'user',
    objectId: userId,
    before,
    after: { ...after, ...(password !== undefined ? { passwordReset: true } : {}) },
  });
  return after;
}

/**
 * Mở khóa đăng nhập: forgets the failed sign-ins of the user's login from every source, so a
 * user locked out (by their own mistakes or someone else's attempts) can sign in again at once.
 * The lock is on the login text, which another province may also use: unlocking only ever
 * lifts a delay there too, never grants access.
 */
export async function unlockLogin(
  db: Database,
  actor: Actor,
  userId: string,
  audit: Audit,
): Promise<User> {
  const user = await repo.findUser(db, actor.tenantId, userId);
  if (!user) throw notFound();
  const clearedSources = await clearLoginFailures(db, user.login);
  await audit({
    organisationId: user.homeOrganisationId,
    action: 'user.unlock',
    objectType: 'user',
    objectId: userId,
    after: { login: user.login, clearedSources },
  });
  return getUser(db, actor.tenantId, userId);
}

/** Grants a role in an organisation (authorised on that organisation). */
export async function grantRole(
  db: Database,
  actor: Actor,
  userId: string,
  input: { role: Role; organisationId: string },
  audit: Audit,
): Promise<User> {
  if (!(await repo.findUser(db, actor.tenantId, userId))) throw notFound();
  const grant = await repo.insertRoleGrant(db, { tenantId: actor.tenantId, userId, ...input });
  if (!grant) throw conflict('Người dùng đã có vai trò này tại đơn vị này.');
  // Their signed-in requests read the new grant at once, not after the session cache's seconds.
  forgetSessionsOfUser(actor.tenantId, userId);
  await audit({
    organisationId: input.organisationId,
    action: 'role.assign',
    objectType: 'role_grant',
    objectId: grant.id,
    after: { userId, ...input },
  });
  return getUser(db, actor.tenantId, userId);
}

/** Revokes a role grant (authorised on the grant's organisation). */
export async function revokeRole(
  db: Database,
  actor: Actor,
  userId: string,
  grantId: string,
  audit: Audit,
): Promise<User> {
  const grant = await repo.findRoleGrant(db, actor.tenantId, grantId);
  if (!grant || grant.userId !== userId) throw notFound();
  await repo.deleteRoleGrant(db, actor.tenantId, grantId);
  forgetSessionsOfUser(actor.tenantId, userId);
  await audit({
    organisationId: grant.organisationId,
    action: 'role.assign',
    objectType: 'role_grant',
    objectId: grantId,
    before: grant,
  });
  return getUser(db, actor.tenantId, userId);
}

/** The organisation a role grant sits in (null when not in the tenant or not this user's). */
export async function findGrantOrganisation(
  db: Database,
  tenantId: string,
  userId: string,
  grantId: string,
) {
  const grant = await repo.findRoleGrant(db, tenantId, grantId);
  return grant && grant.userId === userId ? grant.organisationId : null;
}
