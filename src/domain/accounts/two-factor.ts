/**
 * Xác thực hai bước (two-factor sign-in): the rules for TOTP codes from an authenticator app and
 * for the one-time recovery codes (mã khôi phục) issued with them. Who must use it is decided by
 * role; the codes' cryptography lives in the server (otpauth), these are the numbers and formats.
 */
import type { Role } from '../permissions/role';

/** Độ dài bước TOTP, in seconds: a code changes every 30 s (RFC 6238's default, what every app uses). */
export const TOTP_PERIOD_SECONDS = 30;

/** Số chữ số của mã: six digits, as authenticator apps show them. */
export const TOTP_DIGITS = 6;

/**
 * Độ lệch đồng hồ chấp nhận, in steps: a code of the previous or the next 30 s step is accepted
 * too (±1), so a phone clock off by up to half a minute, or a code typed as it changes, still works.
 */
export const TOTP_ACCEPTED_DRIFT_STEPS = 1;

/** Số mã khôi phục issued at enrolment or regeneration; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Thời hạn bước xác thực thứ hai, in minutes: a password accepted but not followed by a code
 * (or, for a required role, by enrolment) within this time must be entered again.
 */
export const SECOND_STEP_MAX_MINUTES = 10;

/** Roles that must use two-factor sign-in by default in production: quản trị and đầu mối. */
export const DEFAULT_TWO_FACTOR_ROLES: readonly Role[] = ['admin', 'focal'];

/** Bắt buộc xác thực hai bước: whether any of the user's roles is one of the required ones. */
export function isTwoFactorRequired(
  userRoles: readonly Role[],
  requiredRoles: readonly Role[],
): boolean {
  return userRoles.some((role) => requiredRoles.includes(role));
}

/** What the password step leads to: the code (enrolled), enrolment (required, not enrolled), or nothing. */
export type SecondStep = 'verify' | 'enrol' | null;

/** The step after a correct password: enrolled users give a code; a required role without it enrols. */
export function secondStepAfterPassword(input: {
  isEnrolled: boolean;
  isRequired: boolean;
}): SecondStep {
  if (input.isEnrolled) return 'verify';
  return input.isRequired ? 'enrol' : null;
}

/**
 * Chống dùng lại mã: a TOTP code is accepted only for a step after the last one used, so a code
 * seen over a shoulder (or replayed from a log) cannot open a second session within its window.
 */
export function isTotpStepFresh(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/**
 * The alphabet of recovery codes: Crockford's base32 in lowercase (32 symbols, 5 bits each; no
 * i, l, o, u), so a code copied by hand from paper is read right; o is read as 0 and i/l as 1.
 */
export const RECOVERY_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Symbols per recovery code: 10 (50 bits), shown as two groups of five: `k7m2q-x9trb`. */
export const RECOVERY_CODE_LENGTH = 10;

/**
 * Mã khôi phục from random bytes (one byte per symbol, at least RECOVERY_CODE_LENGTH): each byte
 * picks a symbol by its low 5 bits, which keeps every symbol equally likely.
 */
export function formatRecoveryCode(randomBytes: ArrayLike<number>): string {
  if (randomBytes.length < RECOVERY_CODE_LENGTH) throw new Error('not enough random bytes');
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++)
    code += RECOVERY_CODE_ALPHABET[randomBytes[i]! & 31]!;
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The canonical form of a recovery code as typed: case, spaces and dashes ignored, o/i/l read as
 * 0/1 (Crockford); null when it
 * cannot be one (wrong length or a symbol outside the alphabet), so it is not even looked up.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const symbols = typed
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (symbols.length !== RECOVERY_CODE_LENGTH) return null;
  if ([...symbols].some((symbol) => !RECOVERY_CODE_ALPHABET.includes(symbol))) return null;
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** Whether typed text is shaped like a TOTP code (six digits, spaces allowed: "123 456"). */
export function isTotpCodeShape(typed: string): boolean {
  return /^\d{6}$/.test(typed.replace(/\s/g, ''));
}
