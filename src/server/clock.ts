// Plumbing: the app's one reading of the wall clock. Everything else receives a Clock (buildApp,
// the job runner) or the readings a request took from it (ServiceContext.today / .now), so tests
// and the e2e app can fix the day. Lint forbids `new Date()` and `Date.now()` anywhere else in
// src/server and src/domain.

/** Where "today" and "now" come from. */
export interface Clock {
  /** The current instant: stamps (issuedAt, submittedAt…) and security timings (session expiry, login lock). */
  now(): Date;
  /** Hôm nay: the civil day in Vietnam (ISO date) that due dates, overdue and reporting windows are measured against. */
  today(): string;
}

/** "Today" as a Vietnamese civil servant means it (Asia/Ho_Chi_Minh), as an ISO date. */
export function todayInVietnam(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(instant);
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => todayInVietnam(new Date()),
};

/**
 * A clock whose civil day is `day` (YYYY-MM-DD) while instants stay real: session and login-lock
 * times are compared with timestamps PostgreSQL's now() wrote, so they must run on the same time.
 * For tests and the e2e app (PARPLAN_TODAY).
 */
export function fixedDayClock(day: string, now: () => Date = systemClock.now): Clock {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO date: ${day}`);
  return { now, today: () => day };
}
