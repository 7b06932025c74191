// Sign-in, sessions and the signed-in user's view of themselves.
import { createHash, randomBytes } from 'node:crypto';
import type { Me, SecondStepChallenge } from '@contract/auth';
import type { Actor } from '@domain/permissions/can';
import type { Role } from '@domain/permissions/role';
import { ACTION_NAMES } from '@domain/permissions/action';
import { roleHasAction } from '@domain/permissions/role-actions';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { checkPassword } from '@domain/accounts/password-policy';
import {
  LOGIN_FAILURE_WINDOW_SECONDS,
  addLoginFailure,
  loginLockSecondsLeft,
} from '@domain/accounts/login-throttle';
import { sessionExpiry } from '@domain/accounts/session-expiry';
import {
  SECOND_STEP_MAX_MINUTES,
  isTwoFactorRequired,
  secondStepAfterPassword,
  type SecondStep,
} from '@domain/accounts/two-factor';
import type { Database } from '../db/client';
import { insertAuditEvent } from '../audit/audit.repository';
import { AppError, unauthenticated, validationError, versionMismatch } from '../http/app-error';
import type { AuditEntry } from '../http/route';
import { findOrganisation } from '../organisations/organisation.repository';
import * as users from '../users/user.repository';
import * as sessions from './session.repository';
import * as sessionCache from './session-cache';
import * as failures from './login-failure.repository';
import { hasConfirmedTwoFactor } from '../mfa/two-factor.repository';
import { DECOY_HASH, hashPassword, verifyPassword } from './password-hash';

/** The session cookie: `<tenant id>.<random token>`; the database keeps only the token's SHA-256. */
export const SESSION_COOKIE = 'parplan_session';

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Checks a login and opens a session. Wrong attempts count towards a growing lock on this login
 * from this source (`ip`), whether or not the login names an account: an unknown login is
 * answered, and locked, exactly like a known one with a wrong password, so no answer tells an
 * attacker that an account exists. A login may exist in several provinces: the password is
 * tried against each account (or against a decoy when there is none), and the oldest account it
 * opens is signed in. `now` is the request's clock (tests pass a fixed one).
 */
export async function signIn(
  db: Database,
  input: {
    login: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
    requestId: string;
    /** The injected clock's instant (route context `now`). */
    now: Date;
    /** Roles that must use two-factor sign-in (config MFA_REQUIRED_ROLES). */
    twoFactorRoles: readonly Role[];
  },
): Promise<{ cookieValue: string; actor: Actor; secondStep: SecondStep }> {
  const login = input.login.trim().toLowerCase();
  const source = input.ip ?? 'unknown';
  const accounts = await users.listAccountsWithLogin(db, login);
  const audit = (user: users.UserRow, outcome: 'allowed' | 'denied', reason?: string) =>
    insertAuditEvent(db, {
      tenantId: user.tenantId,
      actorUserId: user.id,
      organisationId: user.homeOrganisationId,
      action: 'auth.login',
      outcome,
      objectType: 'user',
      objectId: user.id,
      after: reason ? { ip: input.ip, reason } : { ip: input.ip },
      requestId: input.requestId,
    });

  const lockedFor = loginLockSecondsLeft(
    await failures.findLoginFailures(db, login, source),
    input.now,
  );
  if (lockedFor > 0) {
    for (const account of accounts) await audit(account, 'denied', 'locked');
    throw loginLocked(lockedFor);
  }

  // Every account is tried (scrypt each time) so the work done does not depend on which matches.
  const opened: users.UserRow[] = [];
  for (const account of accounts)
    if (await verifyPassword(input.password, account.passwordHash)) opened.push(account);
  if (accounts.length === 0) await verifyPassword(input.password, await DECOY_HASH);
  const user = opened.find((account) => account.isActive);

  if (!user) {
    const state = await failures.recordLoginFailure(db, login, source, (previous) =>
      addLoginFailure(previous, input.now),
    );
    await failures.deleteLoginFailuresBefore(
      db,
      new Date(input.now.getTime() - LOGIN_FAILURE_WINDOW_SECONDS * 1000),
    );
    for (const account of accounts)
      await audit(account, 'denied', opened.includes(account) ? 'inactive' : 'wrong-password');
    const lockSeconds = loginLockSecondsLeft(state, input.now);
    if (lockSeconds > 0) throw loginLocked(lockSeconds);
    throw new AppError(401, 'INVALID_CREDENTIALS', WRONG_CREDENTIALS);
  }

  await failures.clearLoginFailures(db, login, source);
  const actor = await actorOf(db, user.tenantId, user.id);
  const secondStep = secondStepAfterPassword({
    isEnrolled: await hasConfirmedTwoFactor(db, user.tenantId, user.id),
    isRequired: isTwoFactorRequired(
      actor.grants.map((grant) => grant.role),
      input.twoFactorRoles,
    ),
  });
  // The sign-in counts (last login) only once the second step is done.
  if (!secondStep) await users.recordLoginSuccess(db, user.tenantId, user.id);
  const cookieValue = await openSession(db, {
    tenantId: user.tenantId,
    userId: user.id,
    ip: input.ip,
    userAgent: input.userAgent,
    secondStep,
  });
  await audit(user, 'allowed', secondStep ? `second-step:${secondStep}` : undefined);
  return { cookieValue, actor, secondStep };
}

/**
 * Opens a session (a new random token; the row keeps its SHA-256) and returns the cookie value.
 * `secondStep` set: the session only reaches the two-factor routes until it is replaced.
 */
export async function openSession(
  db: Database,
  input: {
    tenantId: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
    secondStep: SecondStep;
  },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await sessions.insertSession(db, { ...input, tokenHash: hashToken(token) });
  return `${input.tenantId}.${token}`;
}

/** 429 for a login locked from this source: the same for every login, known or not. */
const loginLocked = (seconds: number) =>
  new AppError(
    429,
    'LOGIN_LOCKED',
    `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
  );

/** The actor (tenant, user, role grants) a session of this user acts as. */
export async function actorOf(db: Database, tenantId: string, userId: string): Promise<Actor> {
  const grants = await users.listGrantsOfUsers(db, tenantId, [userId]);
  return {
    tenantId,
    userId,
    grants: grants.map((g) => ({ role: g.role as Role, organisationId: g.organisationId })),
  };
}

/**
 * The actor behind a session cookie, or null when missing, unknown, expired or deactivated. A
 * session still waiting for its second step gives no actor (every route but the two-factor ones
 * answers 401) but keeps its cookie: `secondStep` says what it waits for, `pendingActor` who.
 */
export async function resolveSession(
  db: Database,
  cookieValue: string | undefined,
  limits: {
    idleMinutes: number;
    absoluteHours: number;
    now: Date;
    /** How long a session read from the database may be reused (0: never). */
    cacheSeconds?: number;
  },
): Promise<
  | { actor: Actor; tokenHash: string; secondStep: null }
  | { actor: null; tokenHash: string; secondStep: 'verify' | 'enrol'; pendingActor: Actor }
  | null
> {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(cookieValue ?? '');
  if (!match) return null;
  const [, tenantId, token] = match as unknown as [string, string, string];
  const tokenHash = hashToken(token);
  const cacheSeconds = limits.cacheSeconds ?? 0;
  let session = cacheSeconds > 0 ? sessionCache.cachedSession(tenantId, tokenHash) : undefined;
  if (!session) {
    const found = await sessions.findSessionWithUser(db, tenantId, tokenHash);
    if (!found || !found.user.isActive) return null;
    session = {
      actor: await actorOf(db, tenantId, found.user.id),
      tokenHash,
      createdAt: found.session.createdAt,
      lastSeenAt: found.session.lastSeenAt,
      secondStep: found.session.secondStep as 'verify' | 'enrol' | null,
    };
    sessionCache.rememberSession(tenantId, session, cacheSeconds);
  }
  const { now } = limits;
  const { secondStep } = session;
  // Checked on every request, cached or not: the clock moves while the entry is kept.
  if (
    sessionExpiry(
      { createdAt: session.createdAt, lastSeenAt: session.lastSeenAt },
      now,
      secondStep
        ? // Waiting for a code: the short limit, however long the user stays on the form.
          { idleMinutes: SECOND_STEP_MAX_MINUTES, absoluteHours: SECOND_STEP_MAX_MINUTES / 60 }
        : limits,
    )
  ) {
    await sessionCache.revokeSessions(db, session.actor, { tokenHash });
    return null;
  }
  if (secondStep) return { actor: null, tokenHash, secondStep, pendingActor: session.actor };
  // Write the activity time at most once a minute: the idle timeout does not need more.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await sessions.touchSession(db, tenantId, tokenHash);
    session.lastSeenAt = now;
  }
  return { actor: session.actor, tokenHash, secondStep: null };
}

/** Ends the current session. */
export async function signOut(
  db: Database,
  actor: Actor,
  tokenHash: string,
  audit: (e: AuditEntry) => Promise<void>,
) {
  await sessionCache.revokeSessions(db, actor, { tokenHash });
  await audit({
    organisationId: null,
    action: 'auth.logout',
    objectType: 'user',
    objectId: actor.userId,
  });
}

/** What the web app needs to know about the signed-in user. */
export async function describeMe(db: Database, actor: Actor, csrfToken: string): Promise<Me> {
  const user = await users.findUser(db, actor.tenantId, actor.userId);
  if (!user) throw unauthenticated();
  const tenant = await sessions.getTenant(db, actor.tenantId);
  const home = await findOrganisation(db, actor.tenantId, user.homeOrganisationId);
  const grants = await users.listGrantsOfUsers(db, actor.tenantId, [actor.userId]);
  return {
    user: { id: user.id, login: user.login, fullName: user.fullName, email: user.email },
    tenant: { id: tenant.id, name: tenant.name },
    homeOrganisation: { id: home!.id, name: home!.name, type: home!.type as OrganisationType },
    roles: grants.map(({ userId: _userId, ...g }) => ({
      ...g,
      role: g.role as Role,
      organisationType: g.organisationType as OrganisationType,
    })),
    actions: ACTION_NAMES.filter((action) =>
      grants.some((grant) => roleHasAction(grant.role as Role, action)),
    ),
    csrfToken,
  };
}

/** What the password step answers when a second step is due: who, and which step. */
export async function describeSecondStep(
  db: Database,
  actor: Actor,
  secondStep: 'verify' | 'enrol',
  csrfToken: string,
): Promise<SecondStepChallenge> {
  const user = await users.findUser(db, actor.tenantId, actor.userId);
  if (!user) throw unauthenticated();
  return { secondStep, user: { login: user.login, fullName: user.fullName }, csrfToken };
}

/** The user changes their own password after proving the current one; their other sessions end. */
export async function changeOwnPassword(
  db: Database,
  actor: Actor,
  currentTokenHash: string,
  input: { currentPassword: string; newPassword: string },
  audit: (e: AuditEntry) => Promise<void>,
): Promise<void> {
  const user = await users.findUser(db, actor.tenantId, actor.userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw validationError('Mật khẩu hiện tại không đúng.', [
      { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  const problems = checkPassword(input.newPassword, { login: user.login, fullName: user.fullName });
  if (problems.length)
    throw validationError(
      problems[0]!,
      problems.map((message) => ({ field: 'newPassword', message })),
    );
  const updated = await users.updateUserIfVersion(db, actor.tenantId, actor.userId, user.version, {
    passwordHash: await hashPassword(input.newPassword),
  });
  if (!updated) throw versionMismatch(user.version + 1);
  await sessionCache.revokeSessions(db, actor, { exceptTokenHash: currentTokenHash });
  await audit({
    organisationId: user.homeOrganisationId,
    action: 'auth.password',
    objectType: 'user',
    objectId: user.id,
  });
}
