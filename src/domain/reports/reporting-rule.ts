import { QUARTER_ROMAN_NUMERALS, type Quarter } from '../plans/timeframe';
import { isIsoDate } from '../shared/vi-format';

/** Tần suất báo cáo: the recurring kinds of report, each splitting the calendar year evenly. */
export type ReportFrequency = 'month' | 'quarter' | 'half-year' | 'year';

/** Loại kỳ báo cáo: a frequency splitting the year in months, weekly (ISO weeks), or a one-off report (custom). */
export type ReportingPeriodKind = ReportFrequency | 'week' | 'custom';

/** Số kỳ trong năm: 12 months, 4 quarters, 2 halves, 1 year. */
export const PERIODS_PER_YEAR: Readonly<Record<ReportFrequency, number>> = {
  month: 12,
  quarter: 4,
  'half-year': 2,
  year: 1,
};

/** Tên loại kỳ báo cáo: the Vietnamese name of each kind, for pickers and messages. */
export const REPORTING_PERIOD_KIND_LABELS: Readonly<Record<ReportingPeriodKind, string>> = {
  month: 'Báo cáo tháng',
  quarter: 'Báo cáo quý',
  'half-year': 'Báo cáo 6 tháng',
  year: 'Báo cáo năm',
  week: 'Báo cáo tuần',
  custom: 'Báo cáo theo yêu cầu',
};

/**
 * Hạn nộp: day `day` (1–31) of the period's last month (`month: 'last'`, "ngày 20 của tháng
 * cuối kỳ") or of the month after it (`'following'`, "ngày 05 tháng sau"); a day past the
 * month's end is clamped to it (31 → 29/02/2024).
 */
export interface DueDay {
  day: number;
  month: 'last' | 'following';
}

/**
 * Kỳ số liệu: the data window of a period. `calendar` covers the period's own months (01/01–31/03
 * for Q1). `shifted` runs from `startDay` of the month before the period starts to the day before
 * `startDay` of its last month: startDay 15 gives Q1 = 15/12 of the previous year – 14/03.
 * startDay is 2–28 so that it exists in every month; 1 would be a calendar window one month late.
 */
export type DataWindow = { type: 'calendar' } | { type: 'shifted'; startDay: number };

/**
 * Báo cáo định kỳ: one recurring report of a rule. `periods` picks which periods of the year are
 * reported (months 1–12, quarters 1–4, halves 1–2; omitted = every one): the national pattern
 * reports quarters I and III only, because 6-month and yearly reports stand in for II and IV.
 */
export interface RecurringReport {
  kind: ReportFrequency;
  periods?: readonly number[];
  due: DueDay;
  window: DataWindow;
}

/**
 * Hạn nộp báo cáo tuần: ISO weekday `weekday` (1 = Thứ Hai … 5 = Thứ Sáu … 7 = Chủ nhật) of the
 * reported week itself (`week: 'same'`, "chậm nhất thứ Sáu hằng tuần", the usual office habit:
 * the week is reported on Friday afternoon for the Monday briefing) or of the week after it
 * (`'following'`, "sáng thứ Hai tuần sau").
 */
export interface WeeklyDue {
  weekday: number;
  week: 'same' | 'following';
}

/**
 * Báo cáo tuần: one report per ISO week of the year (Thứ Hai – Chủ nhật, the week belonging to
 * the year of its Thursday, see iso-weeks.ts); the data window is the whole week even when the
 * report is due on its Friday: the unit reports what it did and plans for the weekend's rest.
 */
export interface WeeklyReport {
  kind: 'week';
  due: WeeklyDue;
}

/** Báo cáo theo yêu cầu: a one-off report with its own key, label, window and due date (ISO). */
export interface OneOffReport {
  kind: 'custom';
  key: string;
  label: string;
  from: string;
  to: string;
  due: string;
}

/** Báo cáo trong quy định: a recurring (monthly to yearly, or weekly) or a one-off report. */
export type ReportSchedule = RecurringReport | WeeklyReport | OneOffReport;

/** Quy định kỳ báo cáo: the reports a plan requires, named as the plan words them. */
export interface ReportingRule {
  name: string;
  reports: readonly ReportSchedule[];
}

const BY_15TH_WINDOW: DataWindow = { type: 'shifted', startDay: 15 };

/** Báo cáo tháng, chậm nhất ngày 02 tháng sau: covers the previous calendar month. */
export const MONTHLY_BY_2ND: ReportingRule = {
  name: 'Báo cáo tháng, chậm nhất ngày 02 tháng sau',
  reports: [{ kind: 'month', due: { day: 2, month: 'following' }, window: { type: 'calendar' } }],
};

/** Báo cáo quý vào ngày 15/3, 15/6, 15/9, 15/12: data from the 15th of the month before to the 14th. */
export const QUARTERLY_BY_15TH: ReportingRule = {
  name: 'Báo cáo quý vào ngày 15 tháng cuối quý',
  reports: [{ kind: 'quarter', due: { day: 15, month: 'last' }, window: BY_15TH_WINDOW }],
};

/**
 * Chế độ báo cáo của Kế hoạch 104/KH-UBND (Lấp Vò, sample 000), which states: "Định kỳ báo cáo
 * kết quả thực hiện cùng với báo cáo CCHC về UBND Huyện (qua Phòng Nội vụ để tổng hợp): + Báo
 * cáo tháng: chậm nhất vào ngày 02 hằng tháng (số liệu tính từ ngày 01 đến ngày cuối cùng của
 * tháng trước liền kề). + Báo cáo Quý 1 vào ngày 15/3/2024 (số liệu tính từ ngày 15/12/2023 đến
 * 14/3/2024). + Báo cáo Quý 2 vào ngày 15/6/2024 (số liệu tính từ ngày 15/3/2024 đến 14/6/2024).
 * + Báo cáo Quý 3 vào ngày 15/9/2024 (số liệu tính từ ngày 15/6/2024 đến 14/9/2024). + Báo cáo
 * Quý 4 vào ngày 15/12/2024 (số liệu tính từ ngày 15/9/2024 đến 14/12/2024)."
 */
export const MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH: ReportingRule = {
  name: 'Báo cáo tháng (ngày 02 tháng sau) và báo cáo quý (ngày 15 tháng cuối quý)',
  reports: [...MONTHLY_BY_2ND.reports, ...QUARTERLY_BY_15TH.reports],
};

/**
 * Chế độ báo cáo CCHC định kỳ (national pattern): quý I, 6 tháng, quý III and năm, each due the
 * 20th of the period's last month, data from 15/12 of the previous year (15/06 for quý III) to
 * the 14th of that month: four reports a year, due 20/3, 20/6, 20/9 and 20/12.
 */
export const NATIONAL_CCHC_REGIME: ReportingRule = {
  name: 'Báo cáo CCHC quý I, 6 tháng, quý III và năm (ngày 20 tháng cuối kỳ)',
  reports: [
    { kind: 'quarter', periods: [1, 3], due: { day: 20, month: 'last' }, window: BY_15TH_WINDOW },
    { kind: 'half-year', periods: [1], due: { day: 20, month: 'last' }, window: BY_15TH_WINDOW },
    { kind: 'year', due: { day: 20, month: 'last' }, window: BY_15TH_WINDOW },
  ],
};

/** Báo cáo tháng, trước ngày 05 tháng sau: covers the previous calendar month. */
export const MONTHLY_BY_5TH: ReportingRule = {
  name: 'Báo cáo tháng, trước ngày 05 tháng sau',
  reports: [{ kind: 'month', due: { day: 5, month: 'following' }, window: { type: 'calendar' } }],
};

/** Báo cáo tuần, chậm nhất thứ Sáu hằng tuần: covers the ISO week (Monday–Sunday), due its Friday. */
export const WEEKLY_BY_FRIDAY: ReportingRule = {
  name: 'Báo cáo tuần, chậm nhất thứ Sáu hằng tuần',
  reports: [{ kind: 'week', due: { weekday: 5, week: 'same' } }],
};

/** Báo cáo tuần, chậm nhất sáng thứ Hai tuần sau: covers the ISO week, due the next Monday. */
export const WEEKLY_BY_NEXT_MONDAY: ReportingRule = {
  name: 'Báo cáo tuần, chậm nhất thứ Hai tuần sau',
  reports: [{ kind: 'week', due: { weekday: 1, week: 'following' } }],
};

/** Mẫu quy định kỳ báo cáo: the presets offered when attaching a rule to a plan, by stable id. */
export const REPORTING_RULE_PRESETS = {
  'monthly-by-2nd': MONTHLY_BY_2ND,
  'quarterly-by-15th': QUARTERLY_BY_15TH,
  'monthly-by-2nd-and-quarterly-by-15th': MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH,
  'national-cchc': NATIONAL_CCHC_REGIME,
  'monthly-by-5th': MONTHLY_BY_5TH,
  'weekly-by-friday': WEEKLY_BY_FRIDAY,
  'weekly-by-next-monday': WEEKLY_BY_NEXT_MONDAY,
} as const satisfies Record<string, ReportingRule>;

/** Mã mẫu quy định: the id of one preset in REPORTING_RULE_PRESETS. */
export type ReportingRulePresetId = keyof typeof REPORTING_RULE_PRESETS;

/** Tên kỳ không kèm năm: "Tháng 3", "Quý I", "6 tháng đầu năm", "6 tháng cuối năm", "Năm". */
export function periodName(kind: ReportFrequency, index: number): string {
  switch (kind) {
    case 'month':
      return `Tháng ${index}`;
    case 'quarter':
      return `Quý ${QUARTER_ROMAN_NUMERALS[index as Quarter]}`;
    case 'half-year':
      return index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
    case 'year':
      return 'Năm';
  }
}

/** Keys the generator makes ("2024-M03", "2024-Q1", "2024-H1", "2024-Y", "2025-W12"); one-off keys must differ. */
const GENERATED_KEY = /^\d{4}-(?:M\d{2}|Q\d|H\d|Y|W\d{2})$/;

/**
 * Kiểm tra quy định kỳ báo cáo: Vietnamese messages for every impossible value (due day outside
 * 1–31, window start outside 2–28, a due date before the data window ends, unknown or repeated
 * periods, bad one-off dates); an empty list when the rule can generate periods.
 */
export function validateReportingRule(rule: ReportingRule): string[] {
  const problems: string[] = [];
  if (typeof rule.name !== 'string' || rule.name.trim() === '') {
    problems.push('Quy định kỳ báo cáo chưa có tên.');
  }
  if (!Array.isArray(rule.reports) || rule.reports.length === 0) {
    problems.push('Quy định kỳ báo cáo chưa có báo cáo nào.');
    return problems;
  }
  const declared = new Set<string>();
  for (const report of rule.reports) {
    const kind: unknown = (report as { kind?: unknown }).kind;
    if (kind === 'custom') {
      problems.push(...checkOneOff(report as OneOffReport, declared));
    } else if (kind === 'week') {
      problems.push(...checkWeekly(report as WeeklyReport, declared));
    } else if (typeof kind === 'string' && kind in PERIODS_PER_YEAR) {
      problems.push(...checkRecurring(report as RecurringReport, declared));
    } else {
      problems.push(`Loại báo cáo «${String(kind)}» không được hỗ trợ.`);
    }
  }
  return problems;
}

function checkRecurring(report: RecurringReport, declared: Set<string>): string[] {
  const prefix = `${REPORTING_PERIOD_KIND_LABELS[report.kind]}: `;
  const problems: string[] = [];
  const count = PERIODS_PER_YEAR[report.kind];
  const periods: unknown = report.periods ?? Array.from({ length: count }, (_, i) => i + 1);
  if (!Array.isArray(periods) || periods.length === 0) {
    problems.push(`${prefix}chưa chọn kỳ nào trong năm.`);
  }
  for (const index of Array.isArray(periods) ? (periods as unknown[]) : []) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > count) {
      problems.push(`${prefix}kỳ số ${String(index)} không có (chỉ từ 1 đến ${count}).`);
      continue;
    }
    const id = `${report.kind}-${index}`;
    if (declared.has(id)) {
      problems.push(`${prefix}kỳ «${periodName(report.kind, index)}» được khai báo hai lần.`);
    }
    declared.add(id);
  }
  const due: Partial<DueDay> = report.due ?? {};
  const dueDay = due.day;
  const isDueDayValid = Number.isInteger(dueDay) && dueDay! >= 1 && dueDay! <= 31;
  if (!isDueDayValid) {
    problems.push(`${prefix}ngày hạn nộp phải là số nguyên từ 1 đến 31 (đang là ${dueDay}).`);
  }
  if (due.month !== 'last' && due.month !== 'following') {
    problems.push(`${prefix}hạn nộp phải ở tháng cuối kỳ hoặc tháng sau kỳ.`);
  }
  const window: Partial<{ type: string; startDay: number }> = report.window ?? {};
  if (window.type === 'calendar') {
    if (due.month === 'last') {
      problems.push(`${prefix}số liệu tính đến hết tháng cuối kỳ nên hạn nộp phải ở tháng sau kỳ.`);
    }
  } else if (window.type === 'shifted') {
    const start = window.startDay;
    if (!Number.isInteger(start) || start! < 2 || start! > 28) {
      problems.push(
        `${prefix}ngày bắt đầu kỳ số liệu phải là số nguyên từ 2 đến 28 (đang là ${start}); ` +
          'muốn tính từ ngày 01 thì chọn số liệu theo tháng dương lịch.',
      );
    } else if (due.month === 'last' && isDueDayValid && dueDay! < start!) {
      problems.push(
        `${prefix}hạn nộp ngày ${dueDay} đến trước khi hết kỳ số liệu (ngày ${start! - 1}); ` +
          `hạn nộp phải từ ngày ${start} trở đi.`,
      );
    }
  } else {
    problems.push(
      `${prefix}kỳ số liệu phải theo tháng dương lịch hoặc tính từ một ngày trong tháng.`,
    );
  }
  return problems;
}

function checkWeekly(report: WeeklyReport, declared: Set<string>): string[] {
  const prefix = `${REPORTING_PERIOD_KIND_LABELS.week}: `;
  const problems: string[] = [];
  if (declared.has('week')) problems.push(`${prefix}được khai báo hai lần.`);
  declared.add('week');
  const due: Partial<WeeklyDue> = report.due ?? {};
  const weekday = due.weekday;
  if (!Number.isInteger(weekday) || weekday! < 1 || weekday! > 7) {
    problems.push(
      `${prefix}thứ hạn nộp phải từ 1 (Thứ Hai) đến 7 (Chủ nhật) (đang là ${String(weekday)}).`,
    );
  }
  if (due.week !== 'same' && due.week !== 'following') {
    problems.push(`${prefix}hạn nộp phải ở tuần báo cáo hoặc tuần sau.`);
  }
  return problems;
}

function checkOneOff(report: OneOffReport, declared: Set<string>): string[] {
  const label = typeof report.label === 'string' ? report.label.trim() : '';
  const prefix = label === '' ? 'Báo cáo theo yêu cầu: ' : `Báo cáo «${label}»: `;
  const problems: string[] = [];
  if (label === '') problems.push(`${prefix}chưa có tên.`);
  const key = typeof report.key === 'string' ? report.key.trim() : '';
  if (key === '') {
    problems.push(`${prefix}chưa có mã kỳ.`);
  } else if (GENERATED_KEY.test(key)) {
    problems.push(`${prefix}mã kỳ «${key}» trùng dạng mã của báo cáo định kỳ.`);
  } else if (declared.has(`custom-${key}`)) {
    problems.push(`${prefix}mã kỳ «${key}» được khai báo hai lần.`);
  }
  declared.add(`custom-${key}`);
  const dates = { from: 'ngày bắt đầu số liệu', to: 'ngày kết thúc số liệu', due: 'hạn nộp' };
  let areDatesValid = true;
  for (const [field, name] of Object.entries(dates) as [keyof typeof dates, string][]) {
    if (!isIsoDate(report[field])) {
      problems.push(`${prefix}${name} «${String(report[field])}» không phải là ngày hợp lệ.`);
      areDatesValid = false;
    }
  }
  if (areDatesValid && report.from > report.to) {
    problems.push(`${prefix}ngày bắt đầu số liệu sau ngày kết thúc.`);
  } else if (areDatesValid && report.due <= report.to) {
    problems.push(`${prefix}hạn nộp phải sau ngày kết thúc số liệu.`);
  }
  return problems;
}
