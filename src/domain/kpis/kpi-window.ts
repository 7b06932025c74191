/**
 * Kỳ tính KPI: the period a KPI is read over, as the civil months (Vietnam time, UTC+7) whose
 * rollup rows are summed. Rollups hold one row per month received, so every period is a whole
 * number of months: a month, a quarter (quý), a half-year (6 tháng), a year, or a custom range
 * of months (both ends included).
 */

/** A KPI period. Months are 1–12; a custom range runs from `from` to `to` ('yyyy-mm'), inclusive. */
export type KpiPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

/** A period that cannot be read (Vietnamese message). */
export class KpiPeriodError extends Error {}

const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function readMonthKey(key: string): { year: number; month: number } {
  const match = MONTH_KEY.exec(key);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12)
    throw new KpiPeriodError(`Tháng «${key}» không hợp lệ (dạng yyyy-mm).`);
  return { year, month };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw new KpiPeriodError(`Năm «${year}» không hợp lệ.`);
}

/** First and last month (1-based, as year and month) of `period`. */
function bounds(
  period: KpiPeriod,
): [{ year: number; month: number }, { year: number; month: number }] {
  switch (period.kind) {
    case 'month':
      checkYear(period.year);
      if (!Number.isInteger(period.month) || period.month < 1 || period.month > 12)
        throw new KpiPeriodError(`Tháng «${period.month}» không hợp lệ.`);
      return [period, period];
    case 'quarter':
      checkYear(period.year);
      if (![1, 2, 3, 4].includes(period.quarter))
        throw new KpiPeriodError(`Quý «${period.quarter}» không hợp lệ.`);
      return [
        { year: period.year, month: period.quarter * 3 - 2 },
        { year: period.year, month: period.quarter * 3 },
      ];
    case 'half':
      checkYear(period.year);
      if (period.half !== 1 && period.half !== 2)
        throw new KpiPeriodError(`Nửa năm «${period.half}» không hợp lệ.`);
      return [
        { year: period.year, month: period.half === 1 ? 1 : 7 },
        { year: period.year, month: period.half === 1 ? 6 : 12 },
      ];
    case 'year':
      checkYear(period.year);
      return [
        { year: period.year, month: 1 },
        { year: period.year, month: 12 },
      ];
    case 'range': {
      const from = readMonthKey(period.from);
      const to = readMonthKey(period.to);
      if (from.year * 12 + from.month > to.year * 12 + to.month)
        throw new KpiPeriodError(`Khoảng thời gian từ ${period.from} đến ${period.to} bị ngược.`);
      return [from, to];
    }
  }
}

/**
 * The months to sum for `period`, each as the first day of the month ('yyyy-mm-01', the rollups'
 * `month` column), oldest first.
 * @example kpiWindowMonths({ kind: 'quarter', year: 2026, quarter: 1 }) // ['2026-01-01', '2026-02-01', '2026-03-01']
 */
export function kpiWindowMonths(period: KpiPeriod): string[] {
  const [from, to] = bounds(period);
  const months: string[] = [];
  for (let index = from.year * 12 + from.month - 1; index <= to.year * 12 + to.month - 1; index++)
    months.push(`${monthKey(Math.floor(index / 12), (index % 12) + 1)}-01`);
  return months;
}

/**
 * The period's name in Vietnamese: Tháng 3/2026, Quý I/2026, 6 tháng đầu năm 2026, 6 tháng cuối
 * năm 2026, Năm 2026, Từ tháng 2/2026 đến tháng 5/2026 (a one-month range reads as that month).
 */
export function kpiPeriodLabel(period: KpiPeriod): string {
  const [from, to] = bounds(period);
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.month}/${period.year}`;
    case 'quarter':
      return `Quý ${ROMAN[period.quarter - 1]}/${period.year}`;
    case 'half':
      return `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
    case 'range':
      return from.year === to.year && from.month === to.month
        ? `Tháng ${from.month}/${from.year}`
        : `Từ tháng ${from.month}/${from.year} đến tháng ${to.month}/${to.year}`;
  }
}

/**
 * Reads a period from its short key (URLs, CLI): '2026-03', '2026-Q1', '2026-H2', '2026',
 * '2026-02..2026-05'. Throws KpiPeriodError with a Vietnamese message otherwise.
 */
export function parseKpiPeriod(key: string): KpiPeriod {
  const text = key.trim();
  let match: RegExpExecArray | null;
  let period: KpiPeriod;
  if ((match = /^(\d{4})$/.exec(text))) period = { kind: 'year', year: Number(match[1]) };
  else if ((match = /^(\d{4})-(\d{2})$/.exec(text)))
    period = { kind: 'month', year: Number(match[1]), month: Number(match[2]) };
  else if ((match = /^(\d{4})-Q([1-4])$/i.exec(text)))
    period = {
      kind: 'quarter',
      year: Number(match[1]),
      quarter: Number(match[2]) as 1 | 2 | 3 | 4,
    };
  else if ((match = /^(\d{4})-H([12])$/i.exec(text)))
    period = { kind: 'half', year: Number(match[1]), half: Number(match[2]) as 1 | 2 };
  else if ((match = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(text)))
    period = { kind: 'range', from: match[1]!, to: match[2]! };
  else
    throw new KpiPeriodError(
      `Kỳ «${key}» không hợp lệ (ví dụ: 2026-03, 2026-Q1, 2026-H1, 2026, 2026-02..2026-05).`,
    );
  bounds(period);
  return period;
}

/** The short key of `period`, the inverse of parseKpiPeriod. */
export function formatKpiPeriodKey(period: KpiPeriod): string {
  switch (period.kind) {
    case 'month':
      return monthKey(period.year, period.month);
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'year':
      return String(period.year);
    case 'range':
      return `${period.from}..${period.to}`;
  }
}

/** Khoảng tháng 'yyyy-mm'..'yyyy-mm' (both included) a KPI figure is read over. */
export interface KpiMonthWindow {
  from: string;
  to: string;
}

/**
 * Lũy kế năm: January of `year` to the month of `today` (ISO day), or to December for a past
 * year; null when the year has not begun (nothing to read yet). Plan targets and proposed
 * criterion scores both read a year so far.
 * @example yearToDateWindow(2026, '2026-11-20') // { from: '2026-01', to: '2026-11' }
 */
export function yearToDateWindow(year: number, today: string): KpiMonthWindow | null {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return null;
  return { from: `${year}-01`, to: todayYear > year ? `${year}-12` : today.slice(0, 7) };
}

/** "01/2026–11/2026" (one month reads "11/2026"). */
export function kpiWindowText(window: KpiMonthWindow): string {
  const text = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  return window.from === window.to ? text(window.from) : `${text(window.from)}–${text(window.to)}`;
}
