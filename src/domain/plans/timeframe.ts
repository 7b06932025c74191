import { formatViDate } from '../shared/vi-format';
import { lastDayOfMonth, pad2, yearOf } from './timeframe-calendar';
import { recurringBounds, timeframeCheckpoints } from './timeframe-checkpoints';

/** Quý: quarter of the calendar year, 1 to 4. */
export type Quarter = 1 | 2 | 3 | 4;

/** Sản phẩm theo quý: one deliverable of a quarterly task, due on the last day of its quarter. */
export interface QuarterDeliverable {
  quarter: Quarter;
  due: string;
}

/** Chu kỳ lặp lại: hằng tuần, hằng tháng, hằng quý, 6 tháng một lần, hằng năm. */
export type Cadence = 'week' | 'month' | 'quarter' | 'half_year' | 'year';

/** Chu kỳ lặp lại, from the shortest: the order used to pick the finest of several named cadences. */
export const CADENCES = [
  'week',
  'month',
  'quarter',
  'half_year',
  'year',
] as const satisfies readonly Cadence[];

/**
 * Nhiệm vụ định kỳ ("Hằng tháng", "Định kỳ 6 tháng", "Tối thiểu 01 lần/quý", "Trước ngày 20/11 hằng
 * năm"): judged once per period. `dueMonthOfPeriod` (1-based month within the period: 11 for "20/11
 * hằng năm", 1 for "tháng đầu quý") and `dueDay` move the checkpoint off the period's last day;
 * `start`/`end` (ISO) bound it when written, else `year` (written or the plan's) does.
 */
export interface RecurringTimeframe {
  kind: 'recurring';
  text: string;
  cadence: Cadence;
  /** "Tối thiểu 02 lần/tháng": how many times per period; absent when not written. */
  timesPerPeriod?: number;
  dueMonthOfPeriod?: number;
  dueDay?: number;
  start?: string;
  end?: string;
  year?: number;
}

/**
 * Thời gian thực hiện: the timeframe of a plan task, read from the free text of the appendix
 * ("Trước 15/01/2024", "Quý III, IV/2024", "Thường xuyên", "Hằng tháng"…). Every kind keeps the
 * original `text`; dates are ISO 'YYYY-MM-DD'. `not_stated` is an empty cell ("không nêu"), shown
 * as such and never filled in; `unknown` is text that could not be read with certainty.
 */
export type Timeframe =
  | { kind: 'deadline'; text: string; due: string }
  | { kind: 'day'; text: string; due: string }
  | { kind: 'month'; text: string; year: number; month: number; due: string }
  | {
      kind: 'quarters';
      text: string;
      year: number;
      quarters: Quarter[];
      deliverables: QuarterDeliverable[];
    }
  | { kind: 'part_of_year'; text: string; from: string; due: string }
  | { kind: 'year'; text: string; year: number; due: string }
  | RecurringTimeframe
  | { kind: 'ongoing'; text: string; year?: number }
  | { kind: 'open_ended'; text: string; from: string; to?: string }
  | { kind: 'event'; text: string; trigger: string }
  | { kind: 'external'; text: string; reference: string }
  | { kind: 'not_stated'; text: string }
  | { kind: 'unknown'; text: string; needsReview: true };

/** Loại thời gian thực hiện: the kinds a timeframe can be read as. */
export type TimeframeKind = Timeframe['kind'];

/** Loại thời gian thực hiện, in order: every kind a timeframe can be read as. */
export const TIMEFRAME_KINDS = [
  'deadline',
  'day',
  'month',
  'quarters',
  'part_of_year',
  'year',
  'recurring',
  'ongoing',
  'open_ended',
  'event',
  'external',
  'not_stated',
  'unknown',
] as const satisfies readonly TimeframeKind[];

/** Nhãn loại thời gian thực hiện: the Vietnamese name of each kind, for filters and badges. */
export const TIMEFRAME_KIND_LABELS: Readonly<Record<TimeframeKind, string>> = {
  deadline: 'Hạn hoàn thành',
  day: 'Trong ngày',
  month: 'Trong tháng',
  quarters: 'Theo quý',
  part_of_year: 'Một phần của năm',
  year: 'Trong năm',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  open_ended: 'Từ một thời điểm trở đi',
  event: 'Khi phát sinh',
  external: 'Theo quy định, kế hoạch khác',
  not_stated: 'Không nêu',
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

export { lastDayOfMonth };

/**
 * Viết lại thời gian thực hiện: the canonical one-line Vietnamese wording of a timeframe, which
 * reads back to the same schedule ("Trước 15/01/2024", "Ngày 10/10/2024", "Tháng 01/2024", "Quý
 * III, IV/2024", "6 tháng đầu năm 2024", "Năm 2024", "Hằng tháng, từ tháng 01/2025 đến tháng
 * 12/2025", "Thường xuyên", "Từ năm 2024 trở đi", "Không nêu"); events, external references and
 * unknown text come back as written.
 */
export function formatTimeframe(timeframe: Timeframe): string {
  switch (timeframe.kind) {
    case 'deadline':
      return `Trước ${formatViDate(timeframe.due)}`;
    case 'day':
      return `Ngày ${formatViDate(timeframe.due)}`;
    case 'month':
      return `Tháng ${pad2(timeframe.month)}/${timeframe.year}`;
    case 'quarters': {
      const numerals = timeframe.quarters.map((quarter) => QUARTER_ROMAN_NUMERALS[quarter]);
      return `Quý ${numerals.join(', ')}/${timeframe.year}`;
    }
    case 'part_of_year':
      return formatStretch(timeframe.from, timeframe.due);
    case 'year':
      return `Năm ${timeframe.year}`;
    case 'recurring':
      return formatRecurring(timeframe);
    case 'ongoing':
      // The year, if any, is the plan's own and needs no repeating: parse back with defaultYear.
      return 'Thường xuyên';
    case 'open_ended':
      return timeframe.to === undefined
        ? isYearStart(timeframe.from)
          ? `Từ năm ${yearOf(timeframe.from)} trở đi`
          : `Từ ${formatViDate(timeframe.from)} trở đi`
        : `Giai đoạn ${yearOf(timeframe.from)}–${yearOf(timeframe.to)}`;
    case 'event':
      return capitalise(timeframe.trigger);
    case 'external':
      return timeframe.reference;
    case 'not_stated':
      return TIMEFRAME_KIND_LABELS.not_stated;
    case 'unknown':
      return timeframe.text;
  }
}

/**
 * Hạn hoàn thành: the ISO due dates of a timeframe — one per quarter for quarterly tasks, one per
 * period for a recurring task within its own bounds (none when it has neither dates nor a year);
 * none for ongoing or open-ended work ("Thường xuyên" is reported every period), event-driven,
 * external, unstated or unknown timeframes.
 */
export function dueDatesOf(timeframe: Timeframe): string[] {
  if (timeframe.kind === 'recurring') {
    const bounds = recurringBounds(timeframe);
    return bounds === null ? [] : timeframeCheckpoints(timeframe, bounds);
  }
  if (timeframe.kind === 'ongoing' || timeframe.kind === 'open_ended') return [];
  return timeframeCheckpoints(timeframe, { from: '0001-01-01', to: '9999-12-31' });
}

const CADENCE_WORDS: Readonly<Record<Cadence, string>> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  half_year: '6 tháng',
  year: 'năm',
};

const MONTH_OF_QUARTER = ['', 'tháng đầu quý', 'tháng giữa quý', 'tháng cuối quý'];

function formatRecurring(timeframe: RecurringTimeframe): string {
  const unit = CADENCE_WORDS[timeframe.cadence];
  const parts = [
    timeframe.timesPerPeriod !== undefined
      ? `Tối thiểu ${pad2(timeframe.timesPerPeriod)} lần/${unit}`
      : timeframe.cadence === 'half_year'
        ? 'Định kỳ 6 tháng'
        : `Hằng ${unit}`,
  ];
  const { dueDay, dueMonthOfPeriod } = timeframe;
  const before = dueDay === undefined ? '' : `trước ngày ${pad2(dueDay)}`;
  if (dueMonthOfPeriod === undefined) {
    if (before) parts.push(before);
  } else if (timeframe.cadence === 'year') {
    parts.push(
      before ? `${before}/${pad2(dueMonthOfPeriod)}` : `trong tháng ${pad2(dueMonthOfPeriod)}`,
    );
  } else {
    const month =
      timeframe.cadence === 'quarter'
        ? MONTH_OF_QUARTER[dueMonthOfPeriod]
        : `tháng thứ ${dueMonthOfPeriod} của kỳ`;
    parts.push(before ? `${before} ${month}` : `${month}`);
  }
  const end =
    timeframe.end ??
    (timeframe.start !== undefined && timeframe.year !== undefined
      ? `${timeframe.year}-12-31`
      : undefined);
  if (timeframe.start !== undefined || end !== undefined) {
    const from = timeframe.start === undefined ? '' : `từ ${formatBound(timeframe.start, 'start')}`;
    const to = end === undefined ? '' : `đến ${formatBound(end, 'end')}`;
    parts.push([from, to].filter(Boolean).join(' '));
  } else if (timeframe.year !== undefined) {
    parts.push(`năm ${timeframe.year}`);
  }
  return parts.join(', ');
}

/** "6 tháng đầu năm 2024", "Từ tháng 05/2024 đến tháng 10/2024" or "Từ 01/03/2024 đến 15/04/2024". */
function formatStretch(from: string, due: string): string {
  const year = yearOf(from);
  if (from === `${year}-01-01` && due === `${year}-06-30`) return `6 tháng đầu năm ${year}`;
  if (from === `${year}-07-01` && due === `${year}-12-31`) return `6 tháng cuối năm ${year}`;
  return `Từ ${formatBound(from, 'start')} đến ${formatBound(due, 'end')}`;
}

/** A month ("tháng 05/2024") when the day is the month's first (start) or last (end), else the day. */
function formatBound(iso: string, side: 'start' | 'end'): string {
  const year = yearOf(iso);
  const month = Number(iso.slice(5, 7));
  const whole = side === 'start' ? iso.endsWith('-01') : iso === lastDayOfMonth(year, month);
  return whole ? `tháng ${pad2(month)}/${year}` : formatViDate(iso);
}

function isYearStart(iso: string): boolean {
  return iso.endsWith('-01-01');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
