import { describe, it, expect } from 'vitest';
import { LOGIN_FAILURES_BEFORE_DELAY, loginLockSeconds } from './login-throttle';

describe('loginLockSeconds', () => {
  it('does not delay the first four failures', () => {
    expect(LOGIN_FAILURES_BEFORE_DELAY).toBe(5);
    for (const failures of [0, 1, 4]) expect(loginLockSeconds(failures)).toBe(0);
  });

  it('locks for 30 seconds after the fifth failure and doubles for each one after', () => {
    expect([5, 6, 7, 8, 9].map(loginLockSeconds)).toEqual([30, 60, 120, 240, 480]);
  });

  it('never locks for more than 15 minutes', () => {
    expect(loginLockSeconds(10)).toBe(900);
    expect(loginLockSeconds(10_000)).toBe(900);
  });

  it('treats a nonsense count as no lock', () => {
    expect(loginLockSeconds(Number.NaN)).toBe(0);
    expect(loginLockSeconds(-3)).toBe(0);
  });
});
