// Chế độ báo cáo bằng lời: a ReportingRule worded as a plan's "Tổ chức thực hiện" states it —
// "hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày 15 tháng cuối quý)" —
// with "chậm nhất ngày" as sample 000 writes a due day ("chậm nhất vào ngày 02 hằng tháng").
import { QUARTER_ROMAN_NUMERALS, type Quarter } from '../plans/timeframe';
import { formatViDate } from '../shared/vi-format';
import { VI_WEEKDAY_LABELS, type Weekday } from './calendar-days';
import type {
  RecurringReport,
  ReportSchedule,
  ReportingRule,
  WeeklyReport,
} from './reporting-rule';

const pad = (day: number) => String(day).padStart(2, '0');

/** "quý I, III": the periods a report covers when not all of them. */
function namedPeriods(report: RecurringReport): string | null {
  const periods = report.periods;
  if (!periods || periods.length === 0) return null;
  switch (report.kind) {
    case 'month':
      return `các tháng ${periods.join(', ')}`;
    case 'quarter':
      return `quý ${periods.map((quarter) => QUARTER_ROMAN_NUMERALS[quarter as Quarter]).join(', ')}`;
    case 'half-year':
      return periods.length === 2
        ? null
        : periods[0] === 1
          ? '6 tháng đầu năm'
          : '6 tháng cuối năm';
    case 'year':
      return null;
  }
}

const EVERY: Record<RecurringReport['kind'], string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  'half-year': '6 tháng một lần',
  year: 'hằng năm',
};

/** Which month the due day falls in, as words: "tháng sau", "tháng cuối quý"… */
const DUE_MONTH: Record<RecurringReport['kind'], Record<'last' | 'following', string>> = {
  month: { last: 'trong tháng', following: 'tháng sau' },
  quarter: { last: 'tháng cuối quý', following: 'tháng đầu quý sau' },
  'half-year': { last: 'tháng cuối kỳ', following: 'tháng đầu kỳ sau' },
  year: { last: 'tháng 12', following: 'tháng 01 năm sau' },
};

function recurringText(report: RecurringReport): string {
  const when = namedPeriods(report) ?? EVERY[report.kind];
  return `${when} (chậm nhất ngày ${pad(report.due.day)} ${DUE_MONTH[report.kind][report.due.month]})`;
}

function weeklyText(report: WeeklyReport): string {
  // "thứ Sáu" inside a sentence: the day's own name keeps its capital, "Chủ nhật" stays as it is.
  const label = VI_WEEKDAY_LABELS[(report.due.weekday % 7) as Weekday];
  const name = label.replace(/^Thứ /u, 'thứ ');
  return `hằng tuần (chậm nhất ${name} ${report.due.week === 'same' ? 'trong tuần' : 'tuần sau'})`;
}

function scheduleText(report: ReportSchedule): string {
  switch (report.kind) {
    case 'week':
      return weeklyText(report);
    case 'custom':
      return `${report.label.trim()} (chậm nhất ngày ${formatViDate(report.due)})`;
    default:
      return recurringText(report);
  }
}

/**
 * Lịch báo cáo bằng lời: "hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày
 * 15 tháng cuối quý)"; "quý I, III (…), 6 tháng đầu năm (…) và hằng năm (…)" for the national
 * pattern; "hằng tuần (chậm nhất thứ Sáu trong tuần)". Empty for a rule without reports.
 */
export function reportingScheduleText(rule: ReportingRule): string {
  const parts = rule.reports.map(scheduleText);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}
