// The recurring part of the timeframe grammar ("Hằng tháng", "Định kỳ 6 tháng, hằng năm", "Tối
// thiểu 02 lần/tuần", "Trước ngày 20/11 hằng năm", "Hằng quý, từ tháng 4/2025 đến tháng 12/2025"),
// on folded text: every piece is taken out of the text, and what is left must be filler ("và",
// "trong", commas) — a text with anything else in it is not read as recurring.
import { parseViDate } from '../shared/vi-format';
import { daysInMonth, lastDayOfMonth } from './timeframe-calendar';
import { CADENCES, type Cadence, type RecurringTimeframe } from './timeframe';

interface Reading {
  cadences: Cadence[];
  timesPerPeriod?: { cadence: Cadence; times: number };
  due?: { cadence?: Cadence; month?: number; day?: number };
  start?: string;
  end?: string;
  year?: number;
  failed: boolean;
}

type Piece = [RegExp, (match: RegExpExecArray, reading: Reading) => void];

const UNITS: Readonly<Record<string, Cadence>> = {
  tuan: 'week',
  thang: 'month',
  quy: 'quarter',
  qui: 'quarter',
  '6 thang': 'half_year',
  '06 thang': 'half_year',
  'sau thang': 'half_year',
  'nua nam': 'half_year',
  nam: 'year',
};
const MONTHS_PER_TIME: Readonly<Record<string, Cadence>> = {
  '1 thang': 'month',
  '01 thang': 'month',
  '3 thang': 'quarter',
  '03 thang': 'quarter',
  '6 thang': 'half_year',
  '06 thang': 'half_year',
  '12 thang': 'year',
  '1 nam': 'year',
  '01 nam': 'year',
  '1 tuan': 'week',
  '01 tuan': 'week',
};
const SPELLED_NUMBERS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4 };
const MONTH_OF_QUARTER: Readonly<Record<string, number>> = { dau: 1, giua: 2, cuoi: 3 };

const BY = '(?:(?:truoc|cham nhat(?: la)?(?: vao)?|vao|han|den) )?';
const UNIT = '(tuan|thang|qu[yi]|0?6 thang|sau thang|nua nam|nam)';
const DATE = '(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})';
const EVERY = '(?:hang|moi|cua moi|cac)';
const WEEKDAY = 'thu (?:hai|ba|tu|nam|sau|bay|[2-7])';
// "ngày 15 của tháng (báo cáo)": the month a monthly report is for, i.e. every month.
const OF_MONTH = '(?:hang|moi|cua moi|cac|cua)';

// Order matters: the longer, more specific pieces go first so that a shorter one cannot take
// part of them ("ngày 20/11 hằng năm" before "hằng năm").
const PIECES: readonly Piece[] = [
  [
    new RegExp(`${BY}ngay (\\d{1,2})(?:/|-| thang )(\\d{1,2}) ${EVERY} nam`),
    (m, r) => setDue(r, 'year', Number(m[2]), Number(m[1])),
  ],
  [
    new RegExp(
      `${BY}(?:ngay (\\d{1,2}) )?(?:cua )?(?:trong )?thang (dau|giua|cuoi)(?: cung)? (?:cua )?(?:moi |hang |cac )?qu[yi]`,
    ),
    (m, r) => setDue(r, 'quarter', MONTH_OF_QUARTER[m[2]!], optionalNumber(m[1])),
  ],
  [
    new RegExp(`${BY}(?:ngay (\\d{1,2}) )?thang thu (\\d{1,2}) (?:cua )?(?:moi )?ky`),
    (m, r) => setDue(r, undefined, Number(m[2]), optionalNumber(m[1]), false),
  ],
  [
    new RegExp(`${BY}ngay (\\d{1,2}) ${OF_MONTH} thang(?: bao cao)?`),
    (m, r) => setDue(r, 'month', undefined, Number(m[1])),
  ],
  [
    new RegExp(
      `(?:(?:toi thieu|it nhat|khong it hon) )?(\\d{1,2}|mot|hai|ba|bon) lan ?(?:/ ?|trong (?:1 |mot )?|moi |mot |tren )${UNIT}(?: (\\d{4}))?`,
    ),
    (m, r) => {
      if (m[3] !== undefined) r.year = Number(m[3]);
      const times = SPELLED_NUMBERS[m[1]!] ?? Number(m[1]);
      const cadence = UNITS[m[2]!]!;
      if (times < 1) r.failed = true;
      r.timesPerPeriod = { cadence, times };
      r.cadences.push(cadence);
    },
  ],
  [
    /(\d{1,2} (?:thang|tuan|nam)) ?(?:\/ ?|mot )lan/,
    (m, r) => {
      const cadence = MONTHS_PER_TIME[m[1]!];
      if (cadence === undefined) r.failed = true;
      else r.cadences.push(cadence);
    },
  ],
  [
    // "Hằng tháng, quý, năm": every unit named counts; the shortest sets the checkpoints.
    new RegExp(
      `(?:dinh ky )?(?:hang|moi) ${UNIT}((?:(?:, |, va | va | hoac )${UNIT}(?! ?\\d{4}))*)|dinh ky ${UNIT}`,
    ),
    (m, r) => {
      const units = [m[1] ?? m[4], ...(m[2] ?? '').split(/, va |, | va | hoac /)];
      for (const unit of units.filter(Boolean)) r.cadences.push(UNITS[unit!]!);
    },
  ],
  [/thuong nien/, (_m, r) => r.cadences.push('year')],
  [
    // "vào ngày thứ sáu của tuần lễ cuối tháng": once a month, on a weekday the plan does not judge by.
    new RegExp(
      `(?:vao )?(?:ngay )?${WEEKDAY} (?:cua |trong )?tuan(?: le)? (?:dau|cuoi|thu (?:hai|ba|tu|\\d))(?: (?:cua|trong))?(?: (?:moi|hang|cac))? thang`,
    ),
    (_m, r) => r.cadences.push('month'),
  ],
  // "vào thứ 5 hàng tuần", "sáng thứ Hai": the weekday within the week; the week is judged on Sunday.
  [new RegExp(`(?:vao )?(?:(?:buoi )?(?:sang|chieu) )?(?:ngay )?${WEEKDAY}`), () => undefined],
  [
    /tu thang (\d{1,2})\/(\d{4}) (?:den|-) (?:het )?thang (\d{1,2})\/(\d{4})/,
    (m, r) => setBounds(r, monthStart(m[2], m[1]), monthEnd(m[4], m[3])),
  ],
  [
    /tu thang (\d{1,2}) (?:den|-) (?:het )?thang (\d{1,2})(?:\/| nam )(\d{4})/,
    (m, r) => setBounds(r, monthStart(m[3], m[1]), monthEnd(m[3], m[2])),
  ],
  [
    new RegExp(`tu (?:ngay )?${DATE} (?:den|-) (?:het )?(?:ngay )?${DATE}`),
    (m, r) => setBounds(r, parseViDate(m[1]!), parseViDate(m[2]!)),
  ],
  [
    /(?:(?:bat dau )?tu|bat dau) thang (\d{1,2})\/(\d{4})(?: tro di)?/,
    (m, r) => setBounds(r, monthStart(m[2], m[1]), undefined),
  ],
  [
    new RegExp(`(?:tu|bat dau tu|ke tu) (?:ngay )?${DATE}(?: tro di)?`),
    (m, r) => setBounds(r, parseViDate(m[1]!), undefined),
  ],
  [
    /den (?:het )?thang (\d{1,2})\/(\d{4})/,
    (m, r) => setBounds(r, undefined, monthEnd(m[2], m[1])),
  ],
  [
    new RegExp(`den (?:het )?(?:ngay )?${DATE}`),
    (m, r) => setBounds(r, undefined, parseViDate(m[1]!)),
  ],
  [
    /(?:giai doan|tu nam|nam) (\d{4}) ?(?:den|-) ?(?:nam )?(\d{4})/,
    (m, r) => setBounds(r, `${m[1]}-01-01`, `${m[2]}-12-31`),
  ],
  [
    /(?:trong |ca )*nam (\d{4})/,
    (m, r) => {
      if (r.year !== undefined) r.failed = true;
      r.year = Number(m[1]);
    },
  ],
  [
    // "hằng năm, trước ngày 20/11" (the canonical wording) and "trước ngày 15" of each period.
    /(?:truoc|cham nhat(?: la)?(?: vao)?|vao) ngay (\d{1,2})\/(\d{1,2})(?![/\d])/,
    (m, r) => setDue(r, 'year', Number(m[2]), Number(m[1]), false),
  ],
  [
    /(?:truoc|cham nhat(?: la)?(?: vao)?|vao) ngay (\d{1,2})(?![/\d])/,
    (m, r) => setDue(r, undefined, undefined, Number(m[1]), false),
  ],
  [/trong thang (\d{1,2})(?![/\d])/, (m, r) => setDue(r, 'year', Number(m[1]), undefined, false)],
];

const FILLER = new Set([
  'va',
  'trong',
  'ca',
  'nam',
  'dinh',
  'ky',
  'thuong',
  'xuyen',
  'lien',
  'tuc',
]);

/**
 * Đọc nhiệm vụ định kỳ: the recurring reading of a folded timeframe, or null when the text names
 * no cadence or holds anything the grammar does not know. `defaultYear` (the plan's) bounds a
 * cadence written without dates or year.
 */
export function readRecurring(
  folded: string,
  text: string,
  defaultYear: number | undefined,
): RecurringTimeframe | null | 'invalid' {
  const reading: Reading = { cadences: [], failed: false };
  let rest = ` ${folded} `;
  for (const [pattern, apply] of PIECES) {
    const bounded = new RegExp(`(?<![a-z0-9])(?:${pattern.source})(?![a-z0-9])`);
    for (let match = bounded.exec(rest); match; match = bounded.exec(rest)) {
      apply(match, reading);
      rest = `${rest.slice(0, match.index)} ; ${rest.slice(match.index + match[0].length)}`;
    }
  }
  if (reading.cadences.length === 0) return null;
  const leftover = rest
    .replace(/[\s,;:().-]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word));
  if (leftover.length > 0) return null;
  if (reading.failed) return 'invalid';
  return toTimeframe(reading, text, defaultYear);
}

function toTimeframe(
  reading: Reading,
  text: string,
  defaultYear: number | undefined,
): RecurringTimeframe | 'invalid' {
  const cadence = CADENCES.find((candidate) => reading.cadences.includes(candidate))!;
  const { due, start, end } = reading;
  if (due?.cadence !== undefined && due.cadence !== cadence) return 'invalid';
  const months = { week: 0, month: 1, quarter: 3, half_year: 6, year: 12 }[cadence];
  if (due?.month !== undefined && (due.month < 1 || due.month > months)) return 'invalid';
  if (due?.day !== undefined) {
    // A day past the shortest month it may fall in is no day ("ngày 31 hằng tháng" is read as the
    // month's last day; "ngày 30/02 hằng năm" is no date).
    const longest =
      due.month !== undefined && cadence === 'year' ? daysInMonth(2024, due.month) : 31;
    if (cadence === 'week' || due.day < 1 || due.day > longest) return 'invalid';
  }
  if (start !== undefined && end !== undefined && start > end) return 'invalid';
  const timeframe: RecurringTimeframe = { kind: 'recurring', text, cadence };
  if (reading.timesPerPeriod?.cadence === cadence) {
    timeframe.timesPerPeriod = reading.timesPerPeriod.times;
  }
  if (due?.month !== undefined && !(due.month === months && due.day === undefined)) {
    // "Tháng cuối quý" is where a quarter's checkpoint falls anyway: nothing to keep.
    timeframe.dueMonthOfPeriod = due.month;
  }
  if (due?.day !== undefined) timeframe.dueDay = due.day;
  if (start !== undefined) timeframe.start = start;
  if (end !== undefined) timeframe.end = end;
  // The plan's year bounds a cadence only when the text gives no end and no other year to start in.
  const year =
    reading.year ??
    (end === undefined && (start === undefined || start.startsWith(`${defaultYear}-`))
      ? defaultYear
      : undefined);
  if (year !== undefined) timeframe.year = year;
  return timeframe;
}

/** A due piece; only the ones that say "hằng …" name a cadence by themselves (`names`). */
function setDue(
  reading: Reading,
  cadence: Cadence | undefined,
  month: number | undefined,
  day: number | undefined,
  names = true,
) {
  if (reading.due !== undefined) reading.failed = true;
  reading.due = { cadence, month, day };
  if (cadence !== undefined && names) reading.cadences.push(cadence);
}

function setBounds(
  reading: Reading,
  start: string | null | undefined,
  end: string | null | undefined,
) {
  if (start === null || end === null) reading.failed = true;
  if (start) {
    if (reading.start !== undefined) reading.failed = true;
    reading.start = start;
  }
  if (end) {
    if (reading.end !== undefined) reading.failed = true;
    reading.end = end;
  }
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function monthStart(year: string | undefined, month: string | undefined): string | null {
  return parseViDate(`01/${month}/${year}`);
}

function monthEnd(year: string | undefined, month: string | undefined): string | null {
  const m = Number(month);
  return m >= 1 && m <= 12 ? lastDayOfMonth(Number(year), m) : null;
}
