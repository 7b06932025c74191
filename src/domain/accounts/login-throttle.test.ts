import { describe, it, expect } from 'vitest';
import {
  LOGIN_FAILURES_BEFORE_DELAY,
  addLoginFailure,
  loginLockSeconds,
  loginLockSecondsLeft,
  type LoginFailures,
} from './login-throttle';

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

const at = (time: string) => new Date(`2026-03-02T${time}+07:00`);
const seconds = (n: number, from: Date) => new Date(from.getTime() + n * 1000);

/** `count` failures one second apart starting at `start`. */
function failures(count: number, start: Date): LoginFailures | null {
  let state: LoginFailures | null = null;
  for (let i = 0; i < count; i++) state = addLoginFailure(state, seconds(i, start));
  return state;
}

describe('addLoginFailure and loginLockSecondsLeft', () => {
  it('locks for 30 seconds from the fifth failure in a row', () => {
    const state = failures(5, at('08:00:00'));
    expect(state).toMatchObject({ count: 5, lockedUntil: at('08:00:34') });
    expect(loginLockSecondsLeft(state, at('08:00:04'))).toBe(30);
    expect(loginLockSecondsLeft(state, at('08:00:33.5'))).toBe(1);
    expect(loginLockSecondsLeft(state, at('08:00:34'))).toBe(0);
  });

  it('starts counting again when a failure comes 15 minutes or more after the previous one', () => {
    const state = failures(4, at('08:00:00'));
    const later = addLoginFailure(state, at('08:15:03'));
    expect(later).toEqual({ count: 1, lastFailureAt: at('08:15:03'), lockedUntil: null });
  });

  it('keeps counting a failure 14 minutes after the previous one', () => {
    const state = failures(4, at('08:00:00'));
    expect(addLoginFailure(state, at('08:14:03'))).toMatchObject({ count: 5 });
  });

  it('never locks a login tried once every 15 minutes, however long it goes on', () => {
    let state: LoginFailures | null = null;
    for (let round = 0; round < 96; round++) {
      const now = new Date(at('00:00:00').getTime() + round * 15 * 60_000);
      expect(loginLockSecondsLeft(state, now)).toBe(0);
      state = addLoginFailure(state, now);
    }
    expect(state).toMatchObject({ count: 1, lockedUntil: null });
  });

  it('is not locked with no failures on record', () => {
    expect(loginLockSecondsLeft(null, at('08:00:00'))).toBe(0);
  });
});
