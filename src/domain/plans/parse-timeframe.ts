import { parseViDate } from '../shared/vi-format';
import { normaliseTimeframeText } from './normalise-timeframe-text';
import { readRecurring } from './read-recurring';
import { lastDayOfQuarter, type Quarter, type Timeframe } from './timeframe';
import { addDays, isoDate, lastDayOfMonth } from './timeframe-calendar';

/** Tùy chọn đọc thời gian: `defaultYear` is the plan's year, given to "Quý II" or "Thường xuyên" written without one. */
export interface ParseTimeframeOptions {
  defaultYear?: number;
}

// Patterns run on folded text (no accents, lower case, single spaces, one kind of dash), so
// "Quý", "Quí", "quy" and "QUÝ", "Hàng" and "Hằng" read alike. Each pattern must match the whole
// text: a partial match is not a reading.
const NOT_STATED = new Set(['', 'khong neu', 'chua neu', 'khong ghi', 'khong co', '-', '--', 'x']);
const ONGOING_WITH_YEAR_FIRST = /^(?:(?:trong |ca )?nam) (\d{4}) ?\(thuong xuyen(?:, lien tuc)?\)$/;
const ONGOING =
  /^(?:thuong xuyen|lien tuc|hang ngay|dinh ky)(?:,? (?:lien tuc|thuong xuyen|hang ngay))?(?:,? (?:trong )?(?:ca )?nam(?: (\d{4}))?)?(?:,? lien tuc)?(?: trong (?:gio|thoi gian) (?:hanh chinh|lam viec))?$/;
const BY =
  '(?:hoan thanh |xong )?(?:truoc|cham nhat(?: la)?(?: vao)?|han (?:cuoi|chot)(?: la)?|(?:tu nay )?den(?: het)?)';
const DEADLINE = new RegExp(`^${BY}(?: ngay)? (\\d.*)$`);
const DEADLINE_YEAR_END = /^(?:tu nay )?den (?:het |cuoi )?nam (\d{4})$/;
const DEADLINE_MONTH_END =
  /^(?:(?:tu nay )?den (?:het |cuoi )?|trong )thang (\d{1,2})(?:\/| nam )(\d{4})$/;
const BEFORE_MONTH = /^truoc thang (\d{1,2})(?:\/| nam )(\d{4})$/;
const LATEST_IN_BRACKET =
  /^[^(]+\((?:hoan thanh )?(?:truoc|cham nhat(?: la)?(?: vao)?) (?:\d{1,2}h\d{0,2} )?(?:(?:sang|chieu|toi) )?(?:ngay )?(\d[^)]*)\)$/;
const DAY = /^(?:(?:vao|trong) )?ngay (\d.*)$/;
const MONTH = /^(?:trong )?thang (\d{1,2})(?:(?:\/|-| nam )(\d{4}))?$/;
const MONTH_SPAN = [
  /^(?:trong |tu )?thang (\d{1,2})(?:\/(\d{4}))?(?: den| -|-| va|, thang|, va) (?:het )?(?:thang )?(\d{1,2})(?:\/| nam )(\d{4})$/,
  /^(?:trong )?thang (\d{1,2})-(\d{1,2})(?:\/| nam )(\d{4})$/,
];
const DATE_SPAN = /^tu (?:ngay )?(\S+) (?:den|-) (?:het )?(?:ngay )?(\S+)$/;
const QUARTERS = /^(?:trong )?qu[yi] (.+?)(?:(?:\/|-| nam )(\d{4}))?$/;
const YEAR = /^(?:trong |ca )?nam (\d{4})$/;
const YEARLESS_YEAR = /^(?:trong|ca) nam$/;
// "6 tháng đầu năm", "đầu năm 2025", "những tháng cuối năm": a stretch of the year.
const PART_OF_YEAR =
  /^(?:trong )?(?:(?:nhung|cac) )?(?:(\d{1,2}|sau|nua) thang |thang |(nua) )?(dau|cuoi) nam(?:(?: |\/)(\d{4}))?$/;
const OPEN_ENDED_YEARS =
  /^(?:trong )?(?:giai doan|thoi ky|tu nam|nam|\d{1,2} nam)? ?\(?(\d{4}) ?(?:-|den) ?(?:nam )?(\d{4})\)?$/;
const OPEN_ENDED_FROM_YEAR =
  /^(?:(?:tu nam|(?:giai doan|thoi ky)(?: tu)?(?: nam)?) (\d{4})(?: tro di| tro ve sau| den nay| tro ve truoc)?|nam (\d{4}) va (?:cac|nhung) nam tiep theo)$/;
const OPEN_ENDED_FROM = /^(?:tu|bat dau tu|ke tu) (?:ngay )?(\S+)(?: tro di)?$/;
const OPEN_ENDED_FROM_YEAR_START = /^(?:ngay )?tu dau nam(?: (\d{4}))?$/;
// "năm 2025 và 2026": two years running, read as the stretch they make.
const TWO_YEARS = /^(?:trong )?(?:cac )?nam (\d{4}) va (?:nam )?(\d{4})$/;
const OPEN_ENDED_FROM_MONTH = /^(?:tu|bat dau tu) thang (\d{1,2})\/(\d{4})(?: tro di)?$/;
// "Khi có quy định", "Sau khi có kết quả", "Ngay sau khi…", "Theo yêu cầu", "Đột xuất": the task
// starts when something happens.
const EVENT =
  /^(?:(?:ngay )?(?:sau |truoc )?khi \S|ngay sau\b|sau khi\b|theo yeu cau\b|dot xuat\b|khi can\b|trong (?:vong )?\d+ ngay (?:ke tu|sau)\b|sau \d+ ngay\b)/;
// "Theo quy định của Sở Nội vụ", "Theo chương trình, kế hoạch của UBND tỉnh": another body sets the date.
const EXTERNAL =
  /^theo (?:quy dinh|ke hoach|huong dan|van ban|chi dao|lich|chuong trinh|lo trinh|tien do|thoi gian|thong bao|de an|quyet dinh|nghi quyet|cong van)\b/;
const QUARTER_TOKENS: Readonly<Record<string, Quarter>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/**
 * Đọc thời gian thực hiện: turns the timeframe text of a plan task into a {@link Timeframe}.
 * Tolerates case, missing accents, extra spaces, "Hàng"/"Hằng", hyphen or en dash, "năm" or "/"
 * before the year, Roman or Arabic quarters, dates written 15/1/2024 or 15-01-2024, and words
 * that carry no timing ("Hoàn thành", "Thực hiện", "(nếu có)"). An empty cell or "không nêu" is
 * `not_stated`. Text it cannot read with certainty, an impossible date, or a year-less "Quý II"
 * without `defaultYear` becomes `unknown` with `needsReview`: a human decides, the parser never
 * guesses.
 */
export function parseTimeframe(text: string, options: ParseTimeframeOptions = {}): Timeframe {
  const { cleaned, folded } = normaliseTimeframeText(text);
  if (NOT_STATED.has(folded)) return { kind: 'not_stated', text };
  return (
    readTimeframe(folded, cleaned, text, options.defaultYear) ?? {
      kind: 'unknown',
      text,
      needsReview: true,
    }
  );
}

function readTimeframe(
  folded: string,
  cleaned: string,
  text: string,
  defaultYear: number | undefined,
): Timeframe | null {
  const yearOrDefault = (yearText: string | undefined) =>
    yearText === undefined ? defaultYear : Number(yearText);

  const ongoing = ONGOING_WITH_YEAR_FIRST.exec(folded) ?? ONGOING.exec(folded);
  if (ongoing) {
    const year = yearOrDefault(ongoing[1]);
    return year === undefined ? { kind: 'ongoing', text } : { kind: 'ongoing', text, year };
  }

  // "Ngay sau khi UBND xã đi vào hoạt động (trước 7h00 sáng ngày 01/7/2025)": the bracket names
  // the latest day, which is what the task is judged by.
  const latest = LATEST_IN_BRACKET.exec(folded);
  if (latest) {
    const due = readDate(latest[1] ?? '', defaultYear);
    if (due !== null) return { kind: 'deadline', text, due };
  }

  const recurring = readRecurring(folded, text, defaultYear);
  if (recurring === 'invalid') return null;
  if (recurring) return recurring;

  const yearEnd = DEADLINE_YEAR_END.exec(folded);
  if (yearEnd) return { kind: 'deadline', text, due: `${yearEnd[1]}-12-31` };
  const monthEnd = DEADLINE_MONTH_END.exec(folded);
  if (monthEnd) {
    const due = monthEndOf(monthEnd[2], monthEnd[1]);
    if (due === null) return null;
    return folded.startsWith('trong ')
      ? monthTimeframe(text, due)
      : { kind: 'deadline', text, due };
  }
  const beforeMonth = BEFORE_MONTH.exec(folded);
  if (beforeMonth) {
    const start = monthStartOf(beforeMonth[2], beforeMonth[1]);
    return start === null ? null : { kind: 'deadline', text, due: addDays(start, -1) };
  }
  const deadline = DEADLINE.exec(folded);
  if (deadline) {
    const due = readDate(deadline[1] ?? '', defaultYear);
    return due === null ? null : { kind: 'deadline', text, due };
  }

  const day = DAY.exec(folded);
  if (day) {
    const due = readDate(day[1] ?? '', defaultYear);
    return due === null ? null : { kind: 'day', text, due };
  }

  const month = MONTH.exec(folded);
  if (month) {
    const year = yearOrDefault(month[2]);
    const due = year === undefined ? null : monthEndOf(String(year), month[1]);
    return due === null ? null : monthTimeframe(text, due);
  }
  const monthSpan = readMonthSpan(folded);
  if (monthSpan !== undefined) {
    return monthSpan === null ? null : { kind: 'part_of_year', text, ...monthSpan };
  }
  const dateSpan = DATE_SPAN.exec(folded);
  if (dateSpan) {
    const from = readDate(dateSpan[1] ?? '', defaultYear);
    const due = readDate(dateSpan[2] ?? '', defaultYear);
    return from === null || due === null || from > due
      ? null
      : { kind: 'part_of_year', text, from, due };
  }

  const quarters = QUARTERS.exec(folded);
  if (quarters) {
    const year = yearOrDefault(quarters[2]);
    const list = readQuarterList(quarters[1] ?? '');
    if (year === undefined || list === null) return null;
    const deliverables = list.map((quarter) => ({ quarter, due: lastDayOfQuarter(year, quarter) }));
    return { kind: 'quarters', text, year, quarters: list, deliverables };
  }

  const part = PART_OF_YEAR.exec(folded);
  if (part) {
    const year = yearOrDefault(part[4]);
    return year === undefined
      ? null
      : partOfYear(text, year, part[1] ?? part[2], part[3] === 'dau');
  }

  const yearMatch = YEAR.exec(folded);
  if (yearMatch || YEARLESS_YEAR.test(folded)) {
    const year = yearOrDefault(yearMatch?.[1]);
    return year === undefined ? null : { kind: 'year', text, year, due: `${year}-12-31` };
  }

  const years = OPEN_ENDED_YEARS.exec(folded);
  if (years) {
    const [from, to] = [Number(years[1]), Number(years[2])];
    return from > to
      ? null
      : { kind: 'open_ended', text, from: `${from}-01-01`, to: `${to}-12-31` };
  }
  const fromYear = OPEN_ENDED_FROM_YEAR.exec(folded);
  if (fromYear) {
    if (folded.endsWith('tro ve truoc')) return null;
    return { kind: 'open_ended', text, from: `${fromYear[1] ?? fromYear[2]}-01-01` };
  }
  const twoYears = TWO_YEARS.exec(folded);
  if (twoYears) {
    const [from, to] = [Number(twoYears[1]), Number(twoYears[2])];
    return to !== from + 1
      ? null
      : { kind: 'open_ended', text, from: `${from}-01-01`, to: `${to}-12-31` };
  }
  const fromYearStart = OPEN_ENDED_FROM_YEAR_START.exec(folded);
  if (fromYearStart) {
    const year = yearOrDefault(fromYearStart[1]);
    return year === undefined ? null : { kind: 'open_ended', text, from: `${year}-01-01` };
  }
  const fromMonth = OPEN_ENDED_FROM_MONTH.exec(folded);
  if (fromMonth) {
    const from = monthStartOf(fromMonth[2], fromMonth[1]);
    return from === null ? null : { kind: 'open_ended', text, from };
  }
  const fromDay = OPEN_ENDED_FROM.exec(folded);
  if (fromDay) {
    const from = readDate(fromDay[1] ?? '', defaultYear);
    return from === null ? null : { kind: 'open_ended', text, from };
  }

  if (EVENT.test(folded)) return { kind: 'event', text, trigger: cleaned };
  if (EXTERNAL.test(folded)) return { kind: 'external', text, reference: cleaned };
  return null;
}

function monthTimeframe(text: string, due: string): Timeframe {
  return {
    kind: 'month',
    text,
    year: Number(due.slice(0, 4)),
    month: Number(due.slice(5, 7)),
    due,
  };
}

/**
 * "Tháng 5 và tháng 6 năm 2025", "Từ tháng 5 đến tháng 10/2024", "tháng 5-10/2024": undefined when
 * the text is no span of months, null when it is one that cannot be (not contiguous, backwards).
 */
function readMonthSpan(folded: string): { from: string; due: string } | null | undefined {
  for (const pattern of MONTH_SPAN) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const [first, firstYear, last, lastYear] =
      match.length === 5
        ? [match[1], match[2] ?? match[4], match[3], match[4]]
        : [match[1], match[3], match[2], match[3]];
    const from = monthStartOf(firstYear, first);
    const due = monthEndOf(lastYear, last);
    if (from === null || due === null || from > due) return null;
    // "Tháng 3 và tháng 9" names two months, not the stretch between them.
    const joinedBy = / (va|, thang|, va) /.exec(folded)?.[1];
    if (joinedBy !== undefined && addDays(from, 0).slice(0, 4) === due.slice(0, 4)) {
      if (Number(last) - Number(first) !== 1) return null;
    }
    return { from, due };
  }
  return undefined;
}

/** "6 tháng đầu năm" → 1/1–30/6, "đầu năm" → the first quarter, "cuối năm" → the last quarter. */
function partOfYear(
  text: string,
  year: number,
  monthsText: string | undefined,
  isStart: boolean,
): Timeframe | null {
  const months =
    monthsText === undefined
      ? 3
      : monthsText === 'sau' || monthsText === 'nua'
        ? 6
        : Number(monthsText);
  if (!(months >= 1 && months <= 12)) return null;
  const firstMonth = isStart ? 1 : 13 - months;
  const lastMonth = isStart ? months : 12;
  return {
    kind: 'part_of_year',
    text,
    from: isoDate(year, firstMonth, 1),
    due: lastDayOfMonth(year, lastMonth),
  };
}

/** A full date, a spelled one ("30 tháng 6 năm 2024"), or day/month completed with the plan's year. */
function readDate(text: string, defaultYear: number | undefined): string | null {
  const full = parseViDate(text) ?? parseViDate(`ngay ${text}`);
  if (full !== null || defaultYear === undefined) return full;
  const dayMonth =
    /^(\d{1,2})([/.-])(\d{1,2})$/.exec(text) ?? /^(\d{1,2})( thang )(\d{1,2})$/.exec(text);
  return dayMonth ? parseViDate(`${dayMonth[1]}/${dayMonth[3]}/${defaultYear}`) : null;
}

function monthStartOf(year: string | undefined, month: string | undefined): string | null {
  return parseViDate(`01/${month}/${year}`);
}

function monthEndOf(year: string | undefined, month: string | undefined): string | null {
  const start = monthStartOf(year, month);
  return start === null ? null : lastDayOfMonth(Number(year), Number(month));
}

/** "I, II,III và IV" → [1, 2, 3, 4]; null when any token is not a quarter. */
function readQuarterList(list: string): Quarter[] | null {
  const tokens = list
    .split(/[,;&\s]+/)
    .filter((token) => token !== '' && token !== 'va' && token !== 'quy' && token !== 'qui');
  if (tokens.length === 0) return null;
  const quarters = new Set<Quarter>();
  for (const token of tokens) {
    const quarter = QUARTER_TOKENS[token];
    if (quarter === undefined) return null;
    quarters.add(quarter);
  }
  return [...quarters].sort((a, b) => a - b);
}
