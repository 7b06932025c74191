import { foldVietnamese } from '../shared/fold-vietnamese';
import { parseViDate } from '../shared/vi-format';
import { lastDayOfMonth, lastDayOfQuarter, type Quarter, type Timeframe } from './timeframe';

/** Tùy chọn đọc thời gian: `defaultYear` is the plan's year, given to "Quý II" or "Thường xuyên" written without one. */
export interface ParseTimeframeOptions {
  defaultYear?: number;
}

// Patterns run on folded text (no accents, lower case, single spaces), so "Quý", "Quí", "quy"
// and "QUÝ" read alike. Each pattern must match the whole text: a partial match is not a reading.
const ONGOING_WITH_YEAR_FIRST = /^(?:(?:trong |ca )?nam) (\d{4}) ?\(thuong xuyen(?:, lien tuc)?\)$/;
const ONGOING =
  /^thuong xuyen(?:,? lien tuc)?(?:,? (?:trong )?(?:ca )?nam(?: (\d{4}))?)?(?:,? lien tuc)?$/;
const DEADLINE = /^(?:(?:hoan thanh )?truoc|cham nhat(?: la| vao)?)(?: ngay)? (.+)$/;
const MONTH = /^(?:trong )?thang (\d{1,2})(?:(?:\/|-| nam )(\d{4}))?$/;
const QUARTERS = /^(?:trong )?qu[yi] (.+?)(?:(?:\/|-| nam )(\d{4}))?$/;
const YEAR = /^(?:trong |ca )?nam (\d{4})$/;
const YEARLESS_YEAR = /^(?:trong|ca) nam$/;
// "Khi có quy định", "Khi có yêu cầu", "Theo yêu cầu của …": the task starts when something happens.
const EVENT = /^(?:khi \S|theo yeu cau\b)/;
// "Theo quy định của Sở Nội vụ", "Theo kế hoạch của UBND tỉnh": another document sets the date.
const EXTERNAL = /^theo (?:quy dinh|ke hoach|huong dan|van ban|chi dao|lich)\b/;

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
 * Tolerates case, missing accents, extra spaces, "năm" or "/" before the year, Roman or Arabic
 * quarters and dates written 15/1/2024 or 15-01-2024. Text it cannot read with certainty, an
 * impossible date, or a year-less "Quý II" without `defaultYear` becomes `unknown` with
 * `needsReview`: a human decides, the parser never guesses.
 */
export function parseTimeframe(text: string, options: ParseTimeframeOptions = {}): Timeframe {
  const cleaned = cleanText(text);
  const folded = foldPunctuation(foldVietnamese(cleaned));
  const unknown: Timeframe = { kind: 'unknown', text, needsReview: true };
  const yearOrDefault = (yearText: string | undefined) =>
    yearText === undefined ? options.defaultYear : Number(yearText);

  const ongoing = ONGOING_WITH_YEAR_FIRST.exec(folded) ?? ONGOING.exec(folded);
  if (ongoing) {
    const year = yearOrDefault(ongoing[1]);
    return year === undefined ? { kind: 'ongoing', text } : { kind: 'ongoing', text, year };
  }

  const deadline = DEADLINE.exec(folded);
  if (deadline) {
    const rest = deadline[1] ?? '';
    // "trước ngày 30 tháng 6 năm 2024": the regex took "ngày", which the spelled form needs back.
    const due = parseViDate(rest) ?? parseViDate(`ngay ${rest}`);
    return due === null ? unknown : { kind: 'deadline', text, due };
  }

  const month = MONTH.exec(folded);
  if (month) {
    const year = yearOrDefault(month[2]);
    const monthNumber = Number(month[1]);
    if (year === undefined || monthNumber < 1 || monthNumber > 12) return unknown;
    return {
      kind: 'month',
      text,
      year,
      month: monthNumber,
      due: lastDayOfMonth(year, monthNumber),
    };
  }

  const quarters = QUARTERS.exec(folded);
  if (quarters) {
    const year = yearOrDefault(quarters[2]);
    const list = readQuarterList(quarters[1] ?? '');
    if (year === undefined || list === null) return unknown;
    const deliverables = list.map((quarter) => ({ quarter, due: lastDayOfQuarter(year, quarter) }));
    return { kind: 'quarters', text, year, quarters: list, deliverables };
  }

  const yearMatch = YEAR.exec(folded);
  if (yearMatch || YEARLESS_YEAR.test(folded)) {
    const year = yearOrDefault(yearMatch?.[1]);
    return year === undefined ? unknown : { kind: 'year', text, year, due: `${year}-12-31` };
  }

  if (EVENT.test(folded)) return { kind: 'event', text, trigger: cleaned };
  if (EXTERNAL.test(folded)) return { kind: 'external', text, reference: cleaned };
  return unknown;
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

/** The text as a person wrote it, minus PDF line breaks, doubled spaces and a closing full stop. */
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;]+$/, '');
}

/** Spaces around "/", "-", "," and brackets vary between plans; these settle them to one form. */
function foldPunctuation(folded: string): string {
  return folded
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)/g, ')');
}
