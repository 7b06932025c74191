import { describe, it, expect } from 'vitest';
import { sessionExpiry } from './session-expiry';

const limits = { idleMinutes: 30, absoluteHours: 12 };
const signIn = new Date('2024-03-22T01:00:00Z');

function buildSession(lastSeenAt: string) {
  return { createdAt: signIn, lastSeenAt: new Date(lastSeenAt) };
}

describe('sessionExpiry', () => {
  it('keeps a session used a minute ago', () => {
    expect(
      sessionExpiry(buildSession('2024-03-22T05:00:00Z'), new Date('2024-03-22T05:01:00Z'), limits),
    ).toBeNull();
  });

  it('ends a session left idle for 30 minutes', () => {
    expect(
      sessionExpiry(buildSession('2024-03-22T05:00:00Z'), new Date('2024-03-22T05:30:00Z'), limits),
    ).toBe('idle');
    expect(
      sessionExpiry(buildSession('2024-03-22T05:00:00Z'), new Date('2024-03-22T05:29:59Z'), limits),
    ).toBeNull();
  });

  it('ends a busy session 12 hours after sign-in', () => {
    expect(
      sessionExpiry(buildSession('2024-03-22T12:59:00Z'), new Date('2024-03-22T13:00:00Z'), limits),
    ).toBe('absolute');
  });

  it('reports the absolute limit when both limits have passed', () => {
    expect(
      sessionExpiry(buildSession('2024-03-22T02:00:00Z'), new Date('2024-03-23T02:00:00Z'), limits),
    ).toBe('absolute');
  });
});
