import { formatViDate, isIsoDate } from '../shared/vi-format';

// Calendar arithmetic on ISO 'YYYY-MM-DD' strings through Date.UTC only: a date is a day of
// the calendar, never an instant, so the server's time zone must not move it.

const MS_PER_DAY = 86_400_000;

/** Thứ trong tuần: 0 = Chủ nhật, 1 = Thứ Hai … 6 = Thứ Bảy (the numbering of Date#getUTCDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Tên thứ: the Vietnamese name of each weekday, indexed by `weekdayOf`. */
export const VI_WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  0: 'Chủ nhật',
  1: 'Thứ Hai',
  2: 'Thứ Ba',
  3: 'Thứ Tư',
  4: 'Thứ Năm',
  5: 'Thứ Sáu',
  6: 'Thứ Bảy',
};

/** Thứ của ngày: "2024-04-20" → 6 (Thứ Bảy); throws on a text that is not an ISO date. */
export function weekdayOf(iso: string): Weekday {
  return new Date(toEpochDay(iso) * MS_PER_DAY).getUTCDay() as Weekday;
}

/** Ngày nghỉ cuối tuần: true on Saturday (Thứ Bảy) and Sunday (Chủ nhật). */
export function isWeekend(iso: string): boolean {
  const weekday = weekdayOf(iso);
  return weekday === 0 || weekday === 6;
}

/** Ngày kèm thứ: "2024-04-20" → "20/04/2024 (Thứ Bảy)", for due dates shown to users. */
export function formatViDateWithWeekday(iso: string): string {
  return `${formatViDate(iso)} (${VI_WEEKDAY_LABELS[weekdayOf(iso)]})`;
}

/**
 * Số ngày trễ hạn: 0 when the report was submitted on or before its due date, else the calendar
 * days after it (weekends and holidays count: the regulation states calendar dates).
 */
export function daysLate(dueIso: string, submittedOnIso: string): number {
  return Math.max(0, toEpochDay(submittedOnIso) - toEpochDay(dueIso));
}

/**
 * Ngày theo tháng, co về cuối tháng: the ISO date of `day` in `month` of `year`, where month 0
 * is December of the year before and 13 January of the year after, and a day past the month's
 * end is clamped to it (day 31 in February 2024 → 2024-02-29).
 */
export function clampedIsoDate(year: number, month: number, day: number): string {
  const normalised = new Date(Date.UTC(year, month - 1, 1));
  const actualYear = normalised.getUTCFullYear();
  const actualMonth = normalised.getUTCMonth() + 1;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(actualYear, actualMonth, 0)).getUTCDate();
  const actualDay = Math.min(Math.max(day, 1), daysInMonth);
  return `${String(actualYear).padStart(4, '0')}-${pad2(actualMonth)}-${pad2(actualDay)}`;
}

/** Days since 1970-01-01 of an ISO date; throws on a text that is not one. */
function toEpochDay(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
