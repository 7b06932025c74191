import { isIsoDate } from '../shared/vi-format';
import { clampedIsoDate } from './calendar-days';
import { addDays, isoWeekMonday, isoWeeksInYear, weekLabel } from './iso-weeks';
import {
  PERIODS_PER_YEAR,
  periodName,
  validateReportingRule,
  type RecurringReport,
  type ReportingPeriodKind,
  type ReportingRule,
  type WeeklyReport,
} from './reporting-rule';

/**
 * Kỳ báo cáo: one report to submit. `key` is stable ("2024-Q1", "2024-M03", "2024-H1", "2024-Y",
 * "2025-W12");
 * `from`–`to` is the data window (kỳ số liệu), both days included; `due` is the hạn nộp as the
 * regulation writes it, even on a weekend. All dates are ISO 'YYYY-MM-DD'.
 */
export interface ReportingPeriod {
  key: string;
  label: string;
  kind: ReportingPeriodKind;
  from: string;
  to: string;
  due: string;
}

/**
 * Các kỳ báo cáo của năm: the periods of `year` in order of due date. A period belongs to the
 * year its data window ends in, so Q1/2024 (15/12/2023–14/03/2024) is 2024's and Tháng 12/2024
 * (due 02/01/2025) too; a week belongs to the ISO year of its Thursday, so Tuần 1/2026
 * (29/12/2025–04/01/2026) is 2026's. Throws a RangeError on a rule that validateReportingRule rejects.
 */
export function periodsOf(rule: ReportingRule, year: number): ReportingPeriod[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Not a four-digit year: ${year}`);
  }
  return periodsOfYears(checked(rule), year, year);
}

/**
 * Các kỳ đến hạn trong khoảng: the periods whose due date falls between `fromIso` and `toIso`,
 * both included, in order (a plan running from March to December gets the reports due then).
 */
export function periodsBetween(
  rule: ReportingRule,
  fromIso: string,
  toIso: string,
): ReportingPeriod[] {
  const from = yearOf(fromIso);
  const to = yearOf(toIso);
  if (fromIso > toIso) return [];
  // A due date falls at most one month after its window, so it may belong to the year before.
  return periodsOfYears(checked(rule), from - 1, to).filter(
    (period) => period.due >= fromIso && period.due <= toIso,
  );
}

/**
 * Kỳ chứa ngày: the period whose data window contains `dateIso`, or null. Where windows overlap
 * (the national 6-month and yearly reports cover their quarters too) the one due first wins:
 * it is the next report the day's data goes into.
 */
export function periodContaining(rule: ReportingRule, dateIso: string): ReportingPeriod | null {
  const year = yearOf(dateIso);
  // Shifted windows start in the previous month, so late-December days belong to next year's.
  const candidates = periodsOfYears(checked(rule), year - 1, year + 1, true);
  return candidates.find((period) => period.from <= dateIso && dateIso <= period.to) ?? null;
}

/**
 * Kỳ báo cáo hiện tại: the first period due on or after `todayIso` (a report due today is still
 * current), or null when a rule of one-off reports has nothing left.
 */
export function currentPeriodFor(rule: ReportingRule, todayIso: string): ReportingPeriod | null {
  const year = yearOf(todayIso);
  const candidates = periodsOfYears(checked(rule), year - 1, year + 1, true);
  return candidates.find((period) => period.due >= todayIso) ?? null;
}

function checked(rule: ReportingRule): ReportingRule {
  const problems = validateReportingRule(rule);
  if (problems.length > 0) throw new RangeError(`Invalid reporting rule: ${problems.join(' ')}`);
  return rule;
}

function yearOf(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return Number(iso.slice(0, 4));
}

/** Periods of the years fromYear…toYear, plus every one-off report when `allOneOffs` is set. */
function periodsOfYears(
  rule: ReportingRule,
  fromYear: number,
  toYear: number,
  allOneOffs = false,
): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (const report of rule.reports) {
    if (report.kind === 'custom') {
      const year = Number(report.to.slice(0, 4));
      if (allOneOffs || (year >= fromYear && year <= toYear)) {
        const { key, label, from, to, due } = report;
        periods.push({ key, label, kind: 'custom', from, to, due });
      }
      continue;
    }
    for (let year = fromYear; year <= toYear; year += 1) {
      periods.push(
        ...(report.kind === 'week' ? weeklyPeriods(report, year) : recurringPeriods(report, year)),
      );
    }
  }
  return periods.sort(byDueThenWindow);
}

function recurringPeriods(report: RecurringReport, year: number): ReportingPeriod[] {
  const count = PERIODS_PER_YEAR[report.kind];
  const monthsPerPeriod = 12 / count;
  const indexes = report.periods ?? Array.from({ length: count }, (_, i) => i + 1);
  return indexes.map((index) => {
    const firstMonth = (index - 1) * monthsPerPeriod + 1;
    const lastMonth = index * monthsPerPeriod;
    const window = report.window;
    const from =
      window.type === 'calendar'
        ? clampedIsoDate(year, firstMonth, 1)
        : clampedIsoDate(year, firstMonth - 1, window.startDay);
    const to =
      window.type === 'calendar'
        ? clampedIsoDate(year, lastMonth, 31)
        : clampedIsoDate(year, lastMonth, window.startDay - 1);
    const dueMonth = report.due.month === 'last' ? lastMonth : lastMonth + 1;
    return {
      key: `${year}-${keySuffix(report.kind, index)}`,
      label: labelOf(report.kind, index, year),
      kind: report.kind,
      from,
      to,
      due: clampedIsoDate(year, dueMonth, report.due.day),
    };
  });
}

/** Every ISO week of `year`: Monday–Sunday, due on the chosen weekday of that week or the next. */
function weeklyPeriods(report: WeeklyReport, year: number): ReportingPeriod[] {
  return Array.from({ length: isoWeeksInYear(year) }, (_, i) => {
    const week = i + 1;
    const monday = isoWeekMonday(year, week);
    const dueOffset = (report.due.week === 'same' ? 0 : 7) + report.due.weekday - 1;
    return {
      key: `${year}-W${String(week).padStart(2, '0')}`,
      label: weekLabel(year, week),
      kind: 'week' as const,
      from: monday,
      to: addDays(monday, 6),
      due: addDays(monday, dueOffset),
    };
  });
}

function keySuffix(kind: RecurringReport['kind'], index: number): string {
  switch (kind) {
    case 'month':
      return `M${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `Q${index}`;
    case 'half-year':
      return `H${index}`;
    case 'year':
      return 'Y';
  }
}

/** "Tháng 3/2024", "Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024". */
function labelOf(kind: RecurringReport['kind'], index: number, year: number): string {
  const name = periodName(kind, index);
  return kind === 'month' || kind === 'quarter' ? `${name}/${year}` : `${name} ${year}`;
}

const KIND_ORDER: Readonly<Record<ReportingPeriodKind, number>> = {
  week: -1,
  month: 0,
  quarter: 1,
  'half-year': 2,
  year: 3,
  custom: 4,
};

/** Due date first; on the same day the window ending first, then the shorter kind (month before quarter). */
function byDueThenWindow(a: ReportingPeriod, b: ReportingPeriod): number {
  return (
    compare(a.due, b.due) ||
    compare(a.to, b.to) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compare(a.key, b.key)
  );
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Kỳ phải báo cáo theo kế hoạch: a period is due under a plan only when its due date falls on or
 * after the plan's issue date (ngày ban hành). A plan issued 20/03 cannot be late for a report
 * due 15/03 the moment it is issued, so such a period is dropped: not generated, never due, late,
 * overdue or reminded, and not counted in completion. We judge by the due date rather than the
 * end of the data window because the window of a report due after the issue date may well have
 * begun before it (Q1 issued 20/03 and due 15/04 still covers January–March). A plan not issued
 * yet (no date) keeps every period.
 */
export function periodsDueAfterIssue<T extends { due: string }>(
  periods: readonly T[],
  issuedOn: string | null,
): T[] {
  if (issuedOn === null) return [...periods];
  return periods.filter((period) => period.due >= issuedOn);
}
