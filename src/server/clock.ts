// Plumbing: "today" as a Vietnamese civil servant means it (Asia/Ho_Chi_Minh), as an ISO date.
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
