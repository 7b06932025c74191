/** Why a session (phiên đăng nhập) has ended: idle too long, or older than the absolute limit. */
export type SessionExpiryReason = 'idle' | 'absolute';

/**
 * Hết hạn phiên: 'absolute' once `absoluteHours` have passed since sign-in, else 'idle' once
 * `idleMinutes` have passed since the last request, else null. Reaching a limit exactly counts
 * as expired; the absolute limit wins when both apply, since refreshing activity cannot lift it.
 */
export function sessionExpiry(
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  limits: { idleMinutes: number; absoluteHours: number },
): SessionExpiryReason | null {
  const nowMs = now.getTime();
  if (nowMs - session.createdAt.getTime() >= limits.absoluteHours * 3_600_000) return 'absolute';
  if (nowMs - session.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle';
  return null;
}
