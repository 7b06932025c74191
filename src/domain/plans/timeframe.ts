import { formatViDate } from '../shared/vi-format';

/** Quý: quarter of the calendar year, 1 to 4. */
export type Quarter = 1 | 2 | 3 | 4;

/** Sản phẩm theo quý: one deliverable of a quarterly task, due on the last day of its quarter. */
export interface QuarterDeliverable {
  quarter: Quarter;
  due: string;
}

/**
 * Thời gian thực hiện: the timeframe of a plan task, read from the free text of the appendix
 * ("Trước 15/01/2024", "Quý III, IV/2024", "Thường xuyên"…). Every kind keeps the original `text`;
 * dates are ISO 'YYYY-MM-DD'.
 */
export type Timeframe =
  | { kind: 'deadline'; text: string; due: string }
  | { kind: 'month'; text: string; year: number; month: number; due: string }
  | {
      kind: 'quarters';
      text: string;
      year: number;
      quarters: Quarter[];
      deliverables: QuarterDeliverable[];
    }
  | { kind: 'year'; text: string; year: number; due: string }
  | { kind: 'ongoing'; text: string; year?: number }
  | { kind: 'event'; text: string; trigger: string }
  | { kind: 'external'; text: string; reference: string }
  | { kind: 'unknown'; text: string; needsReview: true };

/** Loại thời gian thực hiện: the kinds a timeframe can be read as. */
export type TimeframeKind = Timeframe['kind'];

/** Loại thời gian thực hiện, in order: every kind a timeframe can be read as. */
export const TIMEFRAME_KINDS = [
  'deadline',
  'month',
  'quarters',
  'year',
  'ongoing',
  'event',
  'external',
  'unknown',
] as const satisfies readonly TimeframeKind[];

/** Nhãn loại thời gian thực hiện: the Vietnamese name of each kind, for filters and badges. */
export const TIMEFRAME_KIND_LABELS: Readonly<Record<TimeframeKind, string>> = {
  deadline: 'Hạn hoàn thành',
  month: 'Trong tháng',
  quarters: 'Theo quý',
  year: 'Trong năm',
  ongoing: 'Thường xuyên',
  event: 'Khi phát sinh',
  external: 'Theo quy định, kế hoạch khác',
  unknown: 'Cần xem lại',
};

/** Số La Mã của quý: how plans write quarters ("Quý I" … "Quý IV"). */
export const QUARTER_ROMAN_NUMERALS: Readonly<Record<Quarter, string>> = {
  1: 'I',
  2: 'II',
  3: 'III',
  4: 'IV',
};

/** Ngày cuối quý: the last day of a quarter, the due date of its deliverable ("Quý II/2024" → 2024-06-30). */
export function lastDayOfQuarter(year: number, quarter: Quarter): string {
  return lastDayOfMonth(year, quarter * 3);
}

/** Ngày cuối tháng: the last day of a month, 1-based ("Tháng 02/2024" → 2024-02-29). */
export function lastDayOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Viết lại thời gian thực hiện: the canonical Vietnamese wording of a timeframe ("Trước
 * 15/01/2024", "Tháng 01/2024", "Quý III, IV/2024", "Năm 2024", "Thường xuyên", "Khi có quy
 * định"); external references and unknown text come back as written.
 */
export function formatTimeframe(timeframe: Timeframe): string {
  switch (timeframe.kind) {
    case 'deadline':
      return `Trước ${formatViDate(timeframe.due)}`;
    case 'month':
      return `Tháng ${pad2(timeframe.month)}/${timeframe.year}`;
    case 'quarters': {
      const numerals = timeframe.quarters.map((quarter) => QUARTER_ROMAN_NUMERALS[quarter]);
      return `Quý ${numerals.join(', ')}/${timeframe.year}`;
    }
    case 'year':
      return `Năm ${timeframe.year}`;
    case 'ongoing':
      // The year, if any, is the plan's own and needs no repeating: parse back with defaultYear.
      return 'Thường xuyên';
    case 'event':
      return capitalise(timeframe.trigger);
    case 'external':
      return timeframe.reference;
    case 'unknown':
      return timeframe.text;
  }
}

/**
 * Hạn hoàn thành: the ISO due dates of a timeframe, one per quarter for quarterly tasks; none for
 * ongoing ("Thường xuyên" is reported every period), event-driven, external or unknown timeframes.
 */
export function dueDatesOf(timeframe: Timeframe): string[] {
  switch (timeframe.kind) {
    case 'deadline':
    case 'month':
    case 'year':
      return [timeframe.due];
    case 'quarters':
      return timeframe.deliverables.map((deliverable) => deliverable.due);
    case 'ongoing':
    case 'event':
    case 'external':
    case 'unknown':
      return [];
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
