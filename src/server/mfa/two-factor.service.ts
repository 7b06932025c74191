// Xác thực hai bước: enrolment, the second step of signing in, recovery codes, disable and the
// administrator's reset. Rules (drift, replay, recovery code format, who must use it) are the
// domain's (domain/accounts/two-factor.ts); wrong codes count towards the same kind of lock as
// wrong passwords (domain/accounts/login-throttle.ts), per user rather than per source, since
// whoever reaches this step already holds the password.
import { createHash, randomBytes } from 'node:crypto';
import {
  LOGIN_FAILURE_WINDOW_SECONDS,
  addLoginFailure,
  loginLockSecondsLeft,
} from '@domain/accounts/login-throttle';
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  formatRecoveryCode,
  isTotpCodeShape,
  isTotpStepFresh,
  isTwoFactorRequired,
  normaliseRecoveryCode,
} from '@domain/accounts/two-factor';
import type { Role } from '@domain/permissions/role';
import type { Database } from '../db/client';
import { AppError, conflict, notFound, unauthenticated } from '../http/app-error';
import type { ServiceContext } from '../http/service-context';
import * as failures from '../auth/login-failure.repository';
import * as users from '../users/user.repository';
import { revokeSessions } from '../auth/session-cache';
import type { SecretBox } from './secret-box';
import * as repo from './two-factor.repository';
import { matchTotpStep, newTotpSecret, qrCodeSvg, totpUri } from './totp';

/** A two-factor service's context: the request's, plus the secret box and the settings. */
export interface TwoFactorContext extends ServiceContext {
  box: SecretBox;
  /** The pool, outside the request's transaction: a wrong code's count must survive its 401. */
  pool: Database;
  /** Roles that must use two-factor sign-in (config). */
  twoFactorRoles: readonly Role[];
}

const WRONG_CODE = 'Mã xác thực không đúng hoặc đã được dùng.';
const lockKey = (userId: string) => `two-factor:${userId}`;
const LOCK_SOURCE = 'any';
const sealContext = (tenantId: string, userId: string) => `${tenantId}:${userId}`;
const hashRecoveryCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** Whether one of the actor's roles requires two-factor sign-in. */
const isRequiredFor = (ctx: TwoFactorContext) =>
  isTwoFactorRequired(
    ctx.actor.grants.map((grant) => grant.role),
    ctx.twoFactorRoles,
  );

/** The signed-in user's two-factor state. */
export async function describeTwoFactor(ctx: TwoFactorContext) {
  const row = await repo.findTwoFactor(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  const confirmedAt = row?.confirmedAt ?? null;
  return {
    isEnabled: confirmedAt !== null,
    isRequired: isRequiredFor(ctx),
    confirmedAt: confirmedAt?.toISOString() ?? null,
    recoveryCodesLeft: confirmedAt
      ? await repo.countUnusedRecoveryCodes(ctx.db, ctx.actor.tenantId, ctx.actor.userId)
      : 0,
  };
}

/** A new secret to scan or type, waiting for its first code (409 when two-factor is already on). */
export async function startEnrolment(ctx: TwoFactorContext) {
  const { tenantId, userId } = ctx.actor;
  const user = await users.findUser(ctx.db, tenantId, userId);
  if (!user) throw unauthenticated();
  if (await repo.hasConfirmedTwoFactor(ctx.db, tenantId, userId))
    throw conflict('Xác thực hai bước đã được bật cho tài khoản này.');
  const secret = newTotpSecret();
  await repo.saveUnconfirmedSecret(ctx.db, {
    tenantId,
    userId,
    secretEncrypted: ctx.box.seal(secret, sealContext(tenantId, userId)),
  });
  await ctx.audit({
    organisationId: user.homeOrganisationId,
    action: 'auth.two_factor.enrol_start',
    objectType: 'user',
    objectId: userId,
  });
  const otpauthUri = totpUri(secret, user.login);
  return { secret, otpauthUri, qrSvg: await qrCodeSvg(otpauthUri) };
}

/** The first code turns two-factor on; the ten recovery codes are returned (shown once). */
export async function confirmEnrolment(ctx: TwoFactorContext, input: { code: string }) {
  const { tenantId, userId } = ctx.actor;
  const row = await repo.findTwoFactor(ctx.db, tenantId, userId);
  if (!row) throw conflict('Chưa bắt đầu thiết lập xác thực hai bước.');
  if (row.confirmedAt) throw conflict('Xác thực hai bước đã được bật cho tài khoản này.');
  await refuseWhileLocked(ctx);
  const secret = ctx.box.open(row.secretEncrypted, sealContext(tenantId, userId));
  const step = isTotpCodeShape(input.code) ? matchTotpStep(secret, input.code, ctx.now) : null;
  if (
    step === null ||
    !(await repo.useTotpStep(ctx.db, tenantId, userId, step, { confirmedAt: ctx.now }))
  )
    return refuseWrongCode(ctx);
  await failures.clearLoginFailures(ctx.pool, lockKey(userId));
  const recoveryCodes = await issueRecoveryCodes(ctx);
  await ctx.audit({
    organisationId: null,
    action: 'auth.two_factor.enable',
    objectType: 'user',
    objectId: userId,
  });
  return { recoveryCodes };
}

/**
 * Checks a code from the authenticator app (any step within the drift, never one used before) or
 * an unused recovery code (spent by this use). Wrong codes count towards a lock; 400 or 429.
 */
export async function checkSecondFactor(
  ctx: TwoFactorContext,
  input: { code: string },
): Promise<'totp' | 'recovery'> {
  const { tenantId, userId } = ctx.actor;
  const row = await repo.findTwoFactor(ctx.db, tenantId, userId);
  if (!row?.confirmedAt) throw conflict('Xác thực hai bước chưa được bật cho tài khoản này.');
  await refuseWhileLocked(ctx);
  let method: 'totp' | 'recovery' | null = null;
  if (isTotpCodeShape(input.code)) {
    const secret = ctx.box.open(row.secretEncrypted, sealContext(tenantId, userId));
    const step = matchTotpStep(secret, input.code, ctx.now);
    if (
      step !== null &&
      isTotpStepFresh(step, row.lastUsedStep) &&
      (await repo.useTotpStep(ctx.db, tenantId, userId, step))
    )
      method = 'totp';
  } else {
    const code = normaliseRecoveryCode(input.code);
    if (
      code &&
      (await repo.useRecoveryCode(ctx.db, tenantId, userId, hashRecoveryCode(code), ctx.now))
    )
      method = 'recovery';
  }
  if (!method) return refuseWrongCode(ctx);
  await failures.clearLoginFailures(ctx.pool, lockKey(userId));
  return method;
}

/** New recovery codes after a valid code; the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: TwoFactorContext, input: { code: string }) {
  await checkSecondFactor(ctx, input);
  const recoveryCodes = await issueRecoveryCodes(ctx);
  await ctx.audit({
    organisationId: null,
    action: 'auth.two_factor.recovery_codes',
    objectType: 'user',
    objectId: ctx.actor.userId,
  });
  return { recoveryCodes };
}

/** The user turns two-factor off with a valid code; refused (409) when their role requires it. */
export async function disableTwoFactor(ctx: TwoFactorContext, input: { code: string }) {
  if (isRequiredFor(ctx))
    throw conflict(
      'Vai trò của bạn bắt buộc xác thực hai bước nên không thể tắt. Khi mất thiết bị, hãy nhờ quản trị đặt lại.',
    );
  await checkSecondFactor(ctx, input);
  await repo.deleteTwoFactor(ctx.db, ctx.actor.tenantId, ctx.actor.userId);
  await ctx.audit({
    organisationId: null,
    action: 'auth.two_factor.disable',
    objectType: 'user',
    objectId: ctx.actor.userId,
  });
}

/**
 * Đặt lại xác thực hai bước (an administrator, for a user of their units who lost their phone):
 * removes the secret and recovery codes and ends the user's sessions; their next sign-in goes
 * to enrolment when their role requires it. The route authorised `user.reset_two_factor` on the
 * user's home unit. Never for oneself.
 */
export async function resetUserTwoFactor(ctx: ServiceContext, input: { userId: string }) {
  const user = await users.findUser(ctx.db, ctx.actor.tenantId, input.userId);
  if (!user) throw notFound();
  // One's own second step is turned off with a code (Bảo mật tài khoản), never by the reset: a
  // session taken over must not be enough to remove the factor that protects the account.
  if (user.id === ctx.actor.userId)
    throw conflict(
      'Không thể tự đặt lại xác thực hai bước của chính mình: hãy tắt ở trang Bảo mật tài khoản (cần mã xác thực).',
    );
  const removed = await repo.deleteTwoFactor(ctx.db, user.tenantId, user.id);
  const endedSessions = await revokeSessions(
    ctx.db,
    { tenantId: user.tenantId, userId: user.id },
    { all: true },
  );
  await failures.clearLoginFailures(ctx.db, lockKey(user.id));
  await ctx.audit({
    organisationId: user.homeOrganisationId,
    action: 'user.reset_two_factor',
    objectType: 'user',
    objectId: user.id,
    after: { login: user.login, hadTwoFactor: removed, endedSessions: endedSessions.length },
  });
}

async function issueRecoveryCodes(ctx: TwoFactorContext): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT)
    codes.add(formatRecoveryCode(randomBytes(RECOVERY_CODE_LENGTH)));
  await repo.replaceRecoveryCodes(
    ctx.db,
    ctx.actor.tenantId,
    ctx.actor.userId,
    [...codes].map(hashRecoveryCode),
  );
  return [...codes];
}

async function refuseWhileLocked(ctx: TwoFactorContext): Promise<void> {
  const seconds = loginLockSecondsLeft(
    await failures.findLoginFailures(ctx.pool, lockKey(ctx.actor.userId), LOCK_SOURCE),
    ctx.now,
  );
  if (seconds > 0) throw codeLocked(seconds);
}

async function refuseWrongCode(ctx: TwoFactorContext): Promise<never> {
  const state = await failures.recordLoginFailure(
    ctx.pool,
    lockKey(ctx.actor.userId),
    LOCK_SOURCE,
    (previous) => addLoginFailure(previous, ctx.now),
  );
  await failures.deleteLoginFailuresBefore(
    ctx.pool,
    new Date(ctx.now.getTime() - LOGIN_FAILURE_WINDOW_SECONDS * 1000),
  );
  const seconds = loginLockSecondsLeft(state, ctx.now);
  if (seconds > 0) throw codeLocked(seconds);
  // 400, not 401: the session is fine, the form's code is wrong (the web treats a 401 as a lost session).
  throw new AppError(400, 'INVALID_TWO_FACTOR_CODE', WRONG_CODE);
}

const codeLocked = (seconds: number) =>
  new AppError(
    429,
    'TWO_FACTOR_LOCKED',
    `Nhập sai mã xác thực nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
  );
