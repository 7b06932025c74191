import {
  addDays,
  daysInMonth,
  isoDate,
  lastDayOfMonth,
  weekdayOf,
  yearOf,
} from './timeframe-calendar';
import type { Cadence, RecurringTimeframe, Timeframe } from './timeframe';

/** Khoảng thời gian: both ends ISO and inclusive. */
export interface DateWindow {
  from: string;
  to: string;
}

const MONTHS_PER_PERIOD: Readonly<Record<Exclude<Cadence, 'week'>, number>> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};

/**
 * Mốc đánh giá: the ISO days within `window` on which a task with this timeframe is judged. A
 * deadline, day, month, year or stretch of a year once, on its due day; each quarter of "Quý
 * I, II/2024" on its last day; a recurring task once per period (each Sunday for "hằng tuần", each
 * month end for "hằng tháng", each quarter end for "hằng quý", 30/6 and 31/12 for "6 tháng", 31/12
 * for "hằng năm", unless the text names the day: "trước ngày 20/11 hằng năm"), within its own
 * start, end or year; ongoing ("Thường xuyên") and open-ended ("từ năm 2024 trở đi") work at each
 * year end. Events, another body's dates, unstated and unknown timeframes have none.
 */
export function timeframeCheckpoints(timeframe: Timeframe, window: DateWindow): string[] {
  const inWindow = (day: string) => day >= window.from && day <= window.to;
  switch (timeframe.kind) {
    case 'deadline':
    case 'day':
    case 'month':
    case 'part_of_year':
    case 'year':
      return [timeframe.due].filter(inWindow);
    case 'quarters':
      return timeframe.deliverables.map((deliverable) => deliverable.due).filter(inWindow);
    case 'recurring':
      return recurringCheckpoints(timeframe, window);
    case 'ongoing':
      return yearEnds(window).filter(
        (day) => timeframe.year === undefined || yearOf(day) === timeframe.year,
      );
    case 'open_ended':
      return yearEnds(window).filter(
        (day) => day >= timeframe.from && (timeframe.to === undefined || day <= timeframe.to),
      );
    case 'event':
    case 'external':
    case 'not_stated':
    case 'unknown':
      return [];
  }
}

/**
 * Kỳ của nhiệm vụ định kỳ: the span a recurring timeframe covers by itself — its written start and
 * end, else its year — or null when it names neither and has no plan year to fall back on.
 */
export function recurringBounds(timeframe: RecurringTimeframe): DateWindow | null {
  const from = timeframe.start ?? (timeframe.year === undefined ? null : `${timeframe.year}-01-01`);
  const to = timeframe.end ?? (timeframe.year === undefined ? null : `${timeframe.year}-12-31`);
  return from === null || to === null ? null : { from, to };
}

function recurringCheckpoints(timeframe: RecurringTimeframe, window: DateWindow): string[] {
  const own = recurringBounds(timeframe);
  const from = [window.from, timeframe.start].filter(isDefined).reduce(later);
  const to = [window.to, timeframe.end, own?.to].filter(isDefined).reduce(earlier);
  const lower = own ? later(from, own.from) : from;
  if (lower > to) return [];
  if (timeframe.cadence === 'week') return sundays(lower, to);
  const months = MONTHS_PER_PERIOD[timeframe.cadence];
  const checkpoints: string[] = [];
  for (let year = yearOf(lower); year <= yearOf(to); year += 1) {
    for (let first = 1; first <= 12; first += months) {
      const month = first - 1 + Math.min(timeframe.dueMonthOfPeriod ?? months, months);
      const day =
        timeframe.dueDay === undefined
          ? daysInMonth(year, month)
          : Math.min(timeframe.dueDay, daysInMonth(year, month));
      const checkpoint = isoDate(year, month, day);
      if (checkpoint >= lower && checkpoint <= to) checkpoints.push(checkpoint);
    }
  }
  return checkpoints;
}

function sundays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = addDays(from, (7 - weekdayOf(from)) % 7); day <= to; day = addDays(day, 7)) {
    days.push(day);
  }
  return days;
}

function yearEnds(window: DateWindow): string[] {
  const ends: string[] = [];
  for (let year = yearOf(window.from); year <= yearOf(window.to); year += 1) {
    const end = lastDayOfMonth(year, 12);
    if (end >= window.from && end <= window.to) ends.push(end);
  }
  return ends;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
