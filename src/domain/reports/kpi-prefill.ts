// Số liệu KPI điền sẵn trong báo cáo kỳ: a report's box for a target of kind kpi is filled with
// the KPI computed from dossier data (Từ dữ liệu hồ sơ) over the report period's months. The unit
// may write another figure, but only with a reason; the computed figure is kept beside it.
import type { KpiPeriod } from '../kpis/kpi-window';
import { kpiWindowMonths } from '../kpis/kpi-window';
import type { KpiMonthWindow } from '../kpis/kpi-window';
import { formatViNumber } from '../shared/vi-format';
import type { ReportingPeriod } from './reporting-periods';

/** Khoảng tháng của kỳ báo cáo, or why the period has none (Vietnamese). */
export type ReportKpiWindow = { window: KpiMonthWindow } | { reason: string };

const RULE_KEY = /^(\d{4})-(M(\d{2})|Q([1-4])|H([12])|Y)$/;

const dayText = (iso: string) => iso.split('-').reverse().join('/');

/** The last day of the month of an ISO day ('2026-02-10' → '2026-02-28'). */
function lastDayOfMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The KPI period a rule period names by its key (2026-M03, 2026-Q1, 2026-H2, 2026-Y). */
function periodOfRuleKey(key: string): KpiPeriod | null {
  const match = RULE_KEY.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  if (match[4]) return { kind: 'quarter', year, quarter: Number(match[4]) as 1 | 2 | 3 | 4 };
  if (match[5]) return { kind: 'half', year, half: Number(match[5]) as 1 | 2 };
  return { kind: 'year', year };
}

function windowOf(period: KpiPeriod): KpiMonthWindow {
  const months = kpiWindowMonths(period);
  return { from: months[0]!.slice(0, 7), to: months[months.length - 1]!.slice(0, 7) };
}

/**
 * Tháng tính KPI của kỳ báo cáo. Dossier counts exist per calendar month (Vietnam time), so:
 * - a month, quarter, half-year or year report reads the calendar months it is named after —
 *   Quý I/2026 is 01/2026–03/2026 even when its data window closes on the 14th (15/12–14/03):
 *   the national index reads dossiers by calendar month, and a part of a month cannot be summed;
 * - a custom period (or an ad-hoc request) counts when it runs from the first day of a month to
 *   the last day of a month;
 * - a week, or a custom window cutting a month, has no KPI window (the reason says why).
 */
export function reportKpiWindow(
  period: Pick<ReportingPeriod, 'key' | 'kind' | 'from' | 'to'>,
): ReportKpiWindow {
  if (period.kind === 'week') {
    return {
      reason: 'Báo cáo tuần: số liệu hồ sơ được tổng hợp theo tháng, không tính cho một tuần.',
    };
  }
  if (period.kind !== 'custom') {
    const named = periodOfRuleKey(period.key);
    if (named) return { window: windowOf(named) };
  }
  const wholeMonths = period.from.endsWith('-01') && period.to === lastDayOfMonth(period.to);
  if (!wholeMonths || period.from > period.to) {
    return {
      reason: `Kỳ từ ${dayText(period.from)} đến ${dayText(period.to)} không trọn tháng: số liệu hồ sơ được tổng hợp theo tháng.`,
    };
  }
  const window = { from: period.from.slice(0, 7), to: period.to.slice(0, 7) };
  return { window };
}

/** A KPI as a report stores it: two decimals, the precision the box shows. */
export const roundKpiValue = (value: number) => Math.round(value * 100) / 100;

/** Số liệu KPI của một ô: what the unit sent for a kpi target's box, and the computed figure. */
export interface KpiBoxInput {
  /** Giá trị đơn vị nhập (percent), null when the box was left empty. */
  value: number | null;
  /** Lý do điều chỉnh as typed ("" when none). */
  overrideReason: string;
  /** Giá trị tính từ dữ liệu hồ sơ for the period, null when there is none (no dossier, a week…). */
  computedValue: number | null;
}

/** Ô KPI as stored: the value reported, the computed one beside it, and the reason when they differ. */
export interface KpiBoxValue {
  value: number | null;
  computedValue: number | null;
  overrideReason: string | null;
}

/**
 * Điều chỉnh số liệu KPI: the value equal to the computed one (to two decimals) is the pre-fill
 * and needs no reason; any other value — an empty box included — overrides it and needs a
 * reason. With no computed value the box is typed by hand as before. Returns the stored box or
 * the Vietnamese refusal.
 * @example checkKpiOverride({ value: 95, overrideReason: '', computedValue: 98.12 }) // { error: 'Nêu lý do …' }
 */
export function checkKpiOverride(input: KpiBoxInput): KpiBoxValue | { error: string } {
  const computed = input.computedValue === null ? null : roundKpiValue(input.computedValue);
  const reason = input.overrideReason.trim();
  if (computed === null) {
    return { value: input.value, computedValue: null, overrideReason: reason || null };
  }
  if (input.value !== null && roundKpiValue(input.value) === computed) {
    return { value: computed, computedValue: computed, overrideReason: null };
  }
  if (reason === '') {
    return {
      error: `Số liệu khác giá trị tính từ dữ liệu hồ sơ (${formatViNumber(computed)} %): nêu lý do điều chỉnh.`,
    };
  }
  return { value: input.value, computedValue: computed, overrideReason: reason };
}
