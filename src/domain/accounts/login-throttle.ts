/**
 * Khóa đăng nhập tạm thời: how failed sign-ins slow further attempts. Failures are counted per
 * login text and per source (the client's IP address), so an attacker elsewhere cannot lock the
 * real user out, and a login that names no account is counted exactly like one that does (the
 * answers never tell whether an account exists). Failures older than the window are forgotten,
 * so a trickle of attempts cannot keep a login locked for ever.
 */

/** Số lần đăng nhập sai liên tiếp được phép before each further attempt is delayed. */
export const LOGIN_FAILURES_BEFORE_DELAY = 5;

/** Thời gian khóa đầu tiên, in seconds, after the fifth consecutive failure. */
export const LOGIN_LOCK_BASE_SECONDS = 30;

/** Thời gian khóa tối đa, in seconds (15 minutes), so a forgotten password never locks for hours. */
export const LOGIN_LOCK_MAX_SECONDS = 900;

/**
 * Cửa sổ đếm lần sai, in seconds (15 minutes): a failure this long after the previous one starts
 * the count again. Equal to the longest lock, so once a lock has run out and the window with it,
 * the next failure counts as the first.
 */
export const LOGIN_FAILURE_WINDOW_SECONDS = 900;

/** Seconds to wait after this many consecutive failures (0, then 30, 60, 120 … up to 900). */
export function loginLockSeconds(consecutiveFailures: number): number {
  // Written as "not ≥" so NaN also means no lock rather than an infinite one.
  if (!(consecutiveFailures >= LOGIN_FAILURES_BEFORE_DELAY)) return 0;
  const doublings = Math.floor(consecutiveFailures) - LOGIN_FAILURES_BEFORE_DELAY;
  return Math.min(LOGIN_LOCK_MAX_SECONDS, LOGIN_LOCK_BASE_SECONDS * 2 ** doublings);
}

/** Lần đăng nhập sai: the recent failures of one login text from one source. */
export interface LoginFailures {
  /** Consecutive failures within the window. */
  count: number;
  lastFailureAt: Date;
  /** Until when attempts are refused without checking the password; null when not locked. */
  lockedUntil: Date | null;
}

/** Whole seconds the login stays locked for this source at `now` (0: it may try). */
export function loginLockSecondsLeft(failures: LoginFailures | null, now: Date): number {
  if (!failures?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((failures.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The failures after one more at `now`: counted on within the window, from 1 after it. */
export function addLoginFailure(previous: LoginFailures | null, now: Date): LoginFailures {
  const withinWindow =
    previous !== null &&
    now.getTime() - previous.lastFailureAt.getTime() < LOGIN_FAILURE_WINDOW_SECONDS * 1000;
  const count = withinWindow ? previous.count + 1 : 1;
  const lockSeconds = loginLockSeconds(count);
  return {
    count,
    lastFailureAt: now,
    lockedUntil: lockSeconds > 0 ? new Date(now.getTime() + lockSeconds * 1000) : null,
  };
}
