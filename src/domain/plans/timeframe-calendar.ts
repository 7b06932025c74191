// Calendar arithmetic for timeframes on ISO dates ('YYYY-MM-DD'), in UTC so no time zone or
// daylight-saving change can move a day.

/** Ngày cuối tháng: the last day of a month, 1-based ("Tháng 02/2024" → 2024-02-29). */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Số ngày trong tháng: 28 to 31 (1-based month). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Ngày ISO from its parts (1-based month), zero-padded. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The day `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Thứ trong tuần: 0 for Sunday (Chủ nhật) to 6 for Saturday. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Two digits, as plans write days and months ("05/01/2024"). */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
