// SQL for accounts, the global login directory and role grants.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { Database } from '../db/client';
import { loginDirectory, organisations, roleGrants, users } from '../db/schema';

/** A user row. */
export type UserRow = typeof users.$inferSelect;

/** What user search matches: login and full name folded as organisations' search text is. */
const searchTextOf = (login: string, fullName: string) => foldVietnamese(`${login} ${fullName}`);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Every account with this login, in any province (oldest first): a login is unique per province
 * only, and signing in names no province.
 */
export async function listAccountsWithLogin(db: Database, login: string): Promise<UserRow[]> {
  const rows = await db
    .select({ user: users })
    .from(loginDirectory)
    .innerJoin(
      users,
      and(eq(users.tenantId, loginDirectory.tenantId), eq(users.id, loginDirectory.userId)),
    )
    .where(eq(loginDirectory.login, login))
    .orderBy(users.createdAt, users.id);
  return rows.map((row) => row.user);
}

/** The account with this login in the province, or null (logins are unique per province). */
export async function findUserByLogin(
  db: Database,
  tenantId: string,
  login: string,
): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.login, login)));
  return row ?? null;
}

export async function findUser(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return row ?? null;
}

/** Inserts a user and its login directory entry (same transaction). */
export async function insertUser(
  db: Database,
  row: {
    tenantId: string;
    login: string;
    fullName: string;
    email: string | null;
    passwordHash: string;
    homeOrganisationId: string;
  },
): Promise<UserRow> {
  const [user] = await db
    .insert(users)
    .values({ ...row, searchText: searchTextOf(row.login, row.fullName) })
    .returning();
  if (!user) throw new Error('insert user returned nothing');
  await db
    .insert(loginDirectory)
    .values({ login: row.login, tenantId: row.tenantId, userId: user.id });
  return user;
}

/** Updates when `version` still matches; returns null on a version clash. */
export async function updateUserIfVersion(
  db: Database,
  tenantId: string,
  userId: string,
  version: number,
  changes: Partial<Pick<UserRow, 'fullName' | 'email' | 'isActive' | 'passwordHash'>>,
): Promise<UserRow | null> {
  // A login is lower-case ASCII without spaces, so folding "login name" is login + folded name.
  const searchText =
    changes.fullName === undefined
      ? {}
      : { searchText: sql`${users.login} || ' ' || ${foldVietnamese(changes.fullName)}` };
  const [row] = await db
    .update(users)
    .set({ ...changes, ...searchText, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), eq(users.version, version)))
    .returning();
  return row ?? null;
}

/** Remembers when the user last signed in. */
export async function recordLoginSuccess(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<void> {
  await db
    .update(users)
    .set({ lastLoginAt: sql`now()` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
}

/**
 * Users whose home unit is in `organisationIds` ('all' = the whole tenant), with their unit's
 * name; `searchText` (any accents or case: "nguyen" finds "Nguyễn") filters login and name.
 */
export async function listUsers(
  db: Database,
  tenantId: string,
  filter: { organisationIds: string[] | 'all'; searchText?: string },
) {
  const conditions: SQL[] = [eq(users.tenantId, tenantId)];
  if (filter.organisationIds !== 'all') {
    if (filter.organisationIds.length === 0) return [];
    conditions.push(inArray(users.homeOrganisationId, filter.organisationIds));
  }
  const folded = filter.searchText ? foldVietnamese(filter.searchText) : '';
  if (folded) conditions.push(sql`${users.searchText} LIKE ${`%${escapeLike(folded)}%`}`);
  return db
    .select({ user: users, homeOrganisationName: organisations.name })
    .from(users)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, users.tenantId),
        eq(organisations.id, users.homeOrganisationId),
      ),
    )
    .where(and(...conditions))
    .orderBy(users.fullName)
    .limit(2000);
}

export async function insertRoleGrant(
  db: Database,
  row: { tenantId: string; userId: string; organisationId: string; role: string },
) {
  const [grant] = await db.insert(roleGrants).values(row).onConflictDoNothing().returning();
  return grant ?? null;
}

export async function findRoleGrant(db: Database, tenantId: string, grantId: string) {
  const [row] = await db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, grantId)));
  return row ?? null;
}

export async function deleteRoleGrant(
  db: Database,
  tenantId: string,
  grantId: string,
): Promise<void> {
  await db
    .delete(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, grantId)));
}

/** Role grants of many users at once, with organisation names (for the users table). */
export async function listGrantsOfUsers(db: Database, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: roleGrants.id,
      userId: roleGrants.userId,
      role: roleGrants.role,
      organisationId: roleGrants.organisationId,
      organisationName: organisations.name,
      organisationType: organisations.type,
    })
    .from(roleGrants)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, roleGrants.tenantId),
        eq(organisations.id, roleGrants.organisationId),
      ),
    )
    .where(and(eq(roleGrants.tenantId, tenantId), inArray(roleGrants.userId, userIds)))
    .orderBy(organisations.name, roleGrants.role);
}
