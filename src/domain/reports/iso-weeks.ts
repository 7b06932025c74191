// Tuần theo ISO 8601: weeks run Thứ Hai – Chủ nhật, and a week belongs to the year of its
// Thursday (Thứ Năm). We chose ISO weeks because they are the ones Vietnamese calendars and
// spreadsheets number ("Tuần 12"), and because every week then lies wholly in one numbered year
// even when it straddles 31/12: week 1 of 2026 runs 29/12/2025–04/01/2026. A year therefore has
// 52 or 53 weeks (53 when it starts on a Thursday, or on a Wednesday in a leap year).
import { formatViDate, isIsoDate } from '../shared/vi-format';

const MS_PER_DAY = 86_400_000;

/** Số tuần ISO của năm: 52, or 53 when 1 January is a Thursday (or a Wednesday in a leap year). */
export function isoWeeksInYear(year: number): 52 | 53 {
  // 28 December always lies in the last ISO week of its year.
  return isoWeekOf(isoDateOfEpochDay(Date.UTC(year, 11, 28) / MS_PER_DAY)).week as 52 | 53;
}

/** Thứ Hai đầu tuần: the ISO date of the Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): string {
  // 4 January is always in week 1; go back to its Monday, then forward whole weeks.
  const jan4 = Date.UTC(year, 0, 4) / MS_PER_DAY;
  const isoWeekdayOfJan4 = ((new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
  return isoDateOfEpochDay(jan4 - (isoWeekdayOfJan4 - 1) + (week - 1) * 7);
}

/** Tuần chứa ngày: the ISO year and week number of an ISO date ("2025-12-29" → 2026, week 1). */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const day = epochDayOf(iso);
  const isoWeekday = ((new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
  const thursday = day + (4 - isoWeekday);
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / MS_PER_DAY;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Cộng ngày: the ISO date `days` calendar days after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
  return isoDateOfEpochDay(epochDayOf(iso) + days);
}

/**
 * Nhãn tuần: "Tuần 12/2025 (17/03–23/03/2025)", the week's number, then Monday–Sunday; the
 * Monday keeps its year when it lies in the year before ("Tuần 1/2026 (29/12/2025–04/01/2026)").
 */
export function weekLabel(year: number, week: number): string {
  const monday = isoWeekMonday(year, week);
  const sunday = addDays(monday, 6);
  const from =
    monday.slice(0, 4) === sunday.slice(0, 4)
      ? formatViDate(monday).slice(0, 5)
      : formatViDate(monday);
  return `Tuần ${week}/${year} (${from}–${formatViDate(sunday)})`;
}

function epochDayOf(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

function isoDateOfEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
