// Đọc chế độ báo cáo: the "Định kỳ báo cáo …" sentences of "Tổ chức thực hiện" into a proposed
// ReportingRule — "Báo cáo tháng: chậm nhất vào ngày 02 hằng tháng (số liệu tính từ ngày 01 …)",
// "Báo cáo Quý 1 vào ngày 15/3/2024 (số liệu tính từ ngày 15/12/2023 đến 14/3/2024)", "báo cáo 6
// tháng, năm trước ngày 15/6 và 15/12", "báo cáo tuần chậm nhất thứ Sáu". Only what the text
// states is proposed; a report whose due day and window do not fit together is left out, and the
// rule as a whole must pass validateReportingRule.
import {
  PERIODS_PER_YEAR,
  REPORTING_RULE_PRESETS,
  validateReportingRule,
  type DataWindow,
  type DueDay,
  type RecurringReport,
  type ReportSchedule,
  type ReportingRule,
  type WeeklyReport,
} from '../../reports/reporting-rule';
import type { ReportingProposal } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const WEEKDAYS: Record<string, number> = {
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
};

/** Đề xuất chế độ báo cáo from "Định kỳ báo cáo … Báo cáo tháng: chậm nhất ngày 02 hằng tháng …" sentences; null when none. */
export function readReporting(
  paragraphs: readonly Paragraph[],
  _year: number | null,
): ReportingProposal | null {
  const used: Paragraph[] = [];
  const reports: ReportSchedule[] = [];
  let guessed = false;
  for (const paragraph of paragraphs) {
    if (!/báo cáo/iu.test(paragraph.text)) continue;
    const read = readStatements(paragraph.text);
    if (read.reports.length === 0) continue;
    used.push(paragraph);
    guessed ||= read.guessed;
    for (const report of read.reports) {
      // A period stated twice keeps its first reading.
      if (!reports.some((known) => overlaps(known, report))) reports.push(report);
    }
  }
  if (reports.length === 0) return null;
  const merged = mergePeriods(reports);
  const rule: ReportingRule = { name: ruleName(merged), reports: merged };
  if (validateReportingRule(rule).length > 0) return null;
  return {
    rule,
    provenance: {
      confidence: guessed ? 0.6 : 0.85,
      source: spansOf(used),
      flags: [],
    },
  };
}

/** The reports one paragraph states, and whether a window had to be assumed. */
function readStatements(text: string): { reports: ReportSchedule[]; guessed: boolean } {
  const reports: ReportSchedule[] = [];
  let guessed = false;
  const add = (report: RecurringReport | null, assumed: boolean) => {
    if (!report) return;
    if (validateReportingRule({ name: 'x', reports: [report] }).length > 0) return;
    reports.push(report);
    guessed ||= assumed;
  };
  const window = windowStart(text);

  // Báo cáo tháng: "chậm nhất (vào) ngày 02 hằng tháng", "trước ngày 05 tháng sau".
  const monthly =
    /báo cáo (?:hằng |hàng |định kỳ )?tháng\b[^+]*?(?:ngày)\s*(\d{1,2})(?![\d/])\s*(?:của\s+)?(hằng tháng|hàng tháng|tháng sau|tháng tiếp theo|tháng cuối kỳ)?/iu.exec(
      text,
    );
  if (monthly && !/6 tháng|sáu tháng/iu.test(monthly[0].slice(0, 20))) {
    const day = Number(monthly[1]);
    const said = monthly[2]?.toLocaleLowerCase('vi');
    const {
      due,
      window: dataWindow,
      assumed,
    } = placeDue(
      day,
      said === 'tháng cuối kỳ' ? 'last' : said === 'tháng sau' ? 'following' : null,
      windowStart(monthly[0]) ?? window,
    );
    add({ kind: 'month', due, window: dataWindow }, assumed);
  }

  // Báo cáo quý với ngày cụ thể cho từng quý: "Báo cáo Quý 1 vào ngày 15/3/2024".
  const quarters = [
    ...text.matchAll(
      /báo cáo quý\s+(IV|I{1,3}|[1-4])\b[^+]*?ngày\s+(\d{1,2})\/(\d{1,2})(?:\/\d{4})?/giu,
    ),
  ];
  if (quarters.length) {
    const byDue = new Map<string, number[]>();
    for (const match of quarters) {
      const quarter = ROMAN[match[1]!.toUpperCase()] ?? Number(match[1]);
      const month = Number(match[3]);
      const relation =
        month === quarter * 3 ? 'last' : month === ((quarter * 3) % 12) + 1 ? 'following' : null;
      if (!relation) continue;
      const key = `${Number(match[2])}|${relation}`;
      byDue.set(key, [...(byDue.get(key) ?? []), quarter]);
    }
    for (const [key, periods] of byDue) {
      const [day, relation] = key.split('|') as [string, 'last' | 'following'];
      const { due, window: dataWindow, assumed } = placeDue(Number(day), relation, window);
      const unique = [...new Set(periods)].sort();
      add(
        {
          kind: 'quarter',
          ...(unique.length === 4 ? {} : { periods: unique }),
          due,
          window: dataWindow,
        },
        assumed,
      );
    }
  }

  // Báo cáo quý / 6 tháng / năm cùng một hạn: "… quý, 6 tháng, năm trước ngày 20 của tháng cuối kỳ"
  // or with dates "trước ngày 15/6 và 15/12".
  const kinds = /báo cáo\s+((?:(?:quý|6 tháng|sáu tháng|năm)(?:\s*,\s*|\s+và\s+|\s*)){1,3})/iu.exec(
    text,
  );
  if (kinds && quarters.length === 0) {
    const named = kinds[1]!.toLocaleLowerCase('vi');
    const hasQuarter = /quý/u.test(named);
    const hasHalf = /6 tháng|sáu tháng/u.test(named);
    const hasYear = /(^|[\s,])năm/u.test(named);
    const after = text.slice(kinds.index + kinds[0].length);
    const dates = [...after.matchAll(/(\d{1,2})\/(\d{1,2})(?!\/\d{1,2}\b)/gu)].map((match) => ({
      day: Number(match[1]),
      month: Number(match[2]),
    }));
    const dayOfPeriod =
      /ngày\s+(\d{1,2})(?![\d/])\s*(?:của\s+)?(tháng cuối (?:kỳ|quý)|tháng sau|tháng đầu (?:kỳ|quý) sau)?/iu.exec(
        after,
      );
    const relationWord = dayOfPeriod?.[2]?.toLocaleLowerCase('vi') ?? '';
    const relation: 'last' | 'following' | null = relationWord.startsWith('tháng cuối')
      ? 'last'
      : relationWord
        ? 'following'
        : null;
    const push = (
      kind: RecurringReport['kind'],
      periods: number[] | undefined,
      day: number,
      rel: 'last' | 'following' | null,
    ) => {
      const { due, window: dataWindow, assumed } = placeDue(day, rel, window);
      add({ kind, ...(periods ? { periods } : {}), due, window: dataWindow }, assumed);
    };
    if (dates.length) {
      for (const { day, month } of dates) {
        if (hasHalf && (month === 6 || month === 7))
          push('half-year', [1], day, month === 6 ? 'last' : 'following');
        if (month === 12 || month === 1) {
          if (hasYear) push('year', undefined, day, month === 12 ? 'last' : 'following');
          else if (hasHalf) push('half-year', [2], day, month === 12 ? 'last' : 'following');
        }
      }
    } else if (dayOfPeriod) {
      const day = Number(dayOfPeriod[1]);
      // The national pattern: when 6-month and yearly reports are asked too, they stand in for
      // quarters II and IV.
      if (hasQuarter) push('quarter', hasHalf && hasYear ? [1, 3] : undefined, day, relation);
      if (hasHalf) push('half-year', hasYear ? [1] : undefined, day, relation);
      if (hasYear) push('year', undefined, day, relation);
    }
  }

  // Báo cáo tuần: "chậm nhất thứ Sáu hằng tuần", "sáng thứ Hai tuần sau".
  const weekly =
    /báo cáo (?:hằng |hàng )?tuần[^.;+]*?thứ\s+(hai|ba|tư|năm|sáu|bảy)(\s+(?:của\s+)?tuần sau)?/iu.exec(
      text,
    );
  if (weekly) {
    const report: WeeklyReport = {
      kind: 'week',
      due: {
        weekday: WEEKDAYS[weekly[1]!.toLocaleLowerCase('vi')]!,
        week: weekly[2] ? 'following' : 'same',
      },
    };
    reports.push(report);
  }
  return { reports, guessed };
}

/** "số liệu tính từ ngày 15/12/2023" → 15; "từ ngày 01" → 1; null when not stated. */
function windowStart(text: string): number | null {
  const match = /số liệu (?:được )?(?:tính|báo cáo)?\s*từ ngày\s+(\d{1,2})/iu.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * Hạn nộp và kỳ số liệu: a window from the 1st is the calendar one (then the report is due the
 * month after); from another day it is shifted (then due in the period's last month once that
 * day has passed). Unstated, an early due day (≤ 10) is the month after a calendar period, a
 * later one falls in the last month with data up to the 14th — the CCHC habit — and is marked
 * as assumed.
 */
function placeDue(
  day: number,
  relation: 'last' | 'following' | null,
  start: number | null,
): { due: DueDay; window: DataWindow; assumed: boolean } {
  if (start === 1)
    return { due: { day, month: 'following' }, window: { type: 'calendar' }, assumed: false };
  if (start !== null && start >= 2 && start <= 28) {
    return {
      due: { day, month: relation ?? (day >= start ? 'last' : 'following') },
      window: { type: 'shifted', startDay: start },
      assumed: false,
    };
  }
  const month = relation ?? (day <= 10 ? 'following' : 'last');
  if (month === 'following')
    return { due: { day, month }, window: { type: 'calendar' }, assumed: relation === null };
  return {
    due: { day, month },
    window: { type: 'shifted', startDay: Math.max(2, Math.min(15, day)) },
    assumed: true,
  };
}

/** Reports of one kind with the same due day and window, stated period by period ("Quý 1 … Quý 4"), become one. */
function mergePeriods(reports: readonly ReportSchedule[]): ReportSchedule[] {
  const merged: ReportSchedule[] = [];
  for (const report of reports) {
    if (report.kind === 'week' || report.kind === 'custom') {
      merged.push(report);
      continue;
    }
    const twin = merged.find(
      (item): item is RecurringReport =>
        item.kind === report.kind &&
        JSON.stringify((item as RecurringReport).due) === JSON.stringify(report.due) &&
        JSON.stringify((item as RecurringReport).window) === JSON.stringify(report.window),
    );
    if (!twin) {
      merged.push(report);
      continue;
    }
    const all = PERIODS_PER_YEAR[report.kind];
    const every = Array.from({ length: all }, (_, i) => i + 1);
    const periods = [...new Set([...(twin.periods ?? every), ...(report.periods ?? every)])].sort(
      (a, b) => a - b,
    );
    const { periods: _old, ...rest } = twin;
    merged[merged.indexOf(twin)] = periods.length === all ? rest : { ...rest, periods };
  }
  return merged;
}

function overlaps(a: ReportSchedule, b: ReportSchedule): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'week' || a.kind === 'custom') return true;
  const periods = (report: ReportSchedule) =>
    ('periods' in report && report.periods) || [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return periods(a).some((period) => periods(b).includes(period));
}

const KIND_NAMES: Record<ReportSchedule['kind'], string> = {
  month: 'báo cáo tháng',
  quarter: 'báo cáo quý',
  'half-year': 'báo cáo 6 tháng',
  year: 'báo cáo năm',
  week: 'báo cáo tuần',
  custom: 'báo cáo theo yêu cầu',
};

/** Tên quy định: a preset's name when the reports are a preset's, else each report named with its due day. */
function ruleName(reports: readonly ReportSchedule[]): string {
  const same = Object.values(REPORTING_RULE_PRESETS).find(
    (preset) => JSON.stringify(preset.reports) === JSON.stringify(reports),
  );
  if (same) return same.name;
  const parts = reports.map((report) => {
    if (report.kind === 'week')
      return `${KIND_NAMES.week} (thứ ${Object.keys(WEEKDAYS)[report.due.weekday - 1] ?? ''}${report.due.week === 'following' ? ' tuần sau' : ''})`;
    if (report.kind === 'custom') return report.label;
    const day = String(report.due.day).padStart(2, '0');
    const when = report.due.month === 'following' ? 'tháng sau' : 'tháng cuối kỳ';
    return `${KIND_NAMES[report.kind]} (ngày ${day} ${when})`;
  });
  const text = parts.join(', ');
  return text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}
