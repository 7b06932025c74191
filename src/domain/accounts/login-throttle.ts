/** Số lần đăng nhập sai liên tiếp được phép before each further attempt is delayed. */
export const LOGIN_FAILURES_BEFORE_DELAY = 5;

/** Thời gian khóa đầu tiên, in seconds, after the fifth consecutive failure. */
export const LOGIN_LOCK_BASE_SECONDS = 30;

/** Thời gian khóa tối đa, in seconds (15 minutes), so a forgotten password never locks for hours. */
export const LOGIN_LOCK_MAX_SECONDS = 900;

/** Khóa đăng nhập tạm thời: seconds to wait after this many consecutive failures (0, then 30, 60, 120 … up to 900). */
export function loginLockSeconds(consecutiveFailures: number): number {
  // Written as "not ≥" so NaN also means no lock rather than an infinite one.
  if (!(consecutiveFailures >= LOGIN_FAILURES_BEFORE_DELAY)) return 0;
  const doublings = Math.floor(consecutiveFailures) - LOGIN_FAILURES_BEFORE_DELAY;
  return Math.min(LOGIN_LOCK_MAX_SECONDS, LOGIN_LOCK_BASE_SECONDS * 2 ** doublings);
}
