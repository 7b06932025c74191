/**
 * What the KPI pages show, as pure functions: the period a picker choice stands for, a KPI value
 * written Vietnamese style ("97,25 %", "—" where nothing is counted), the unit tree nested from
 * the flat list, sorted worst first, and the months chart's option with a target line.
 */
import type { KpiFigureView, KpiMonths, KpiTree, KpiTreeUnit } from '@contract/kpis';
import { formatViNumber } from '@contract/vi-format';

/** Kỳ: a month, a quarter or a year. */
export type PeriodKind = 'month' | 'quarter' | 'year';

/** The months a picker choice covers: `index` is the month (1–12) or quarter (1–4); ignored for a year. */
export function periodRange(
  kind: PeriodKind,
  year: number,
  index: number,
): { from: string; to: string } {
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  if (kind === 'month') return { from: month(index), to: month(index) };
  if (kind === 'quarter') return { from: month(index * 3 - 2), to: month(index * 3) };
  return { from: month(1), to: month(12) };
}

/** A KPI value: "97,25 %", or "—" when nothing is counted below the line. */
export function formatKpiValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatViNumber(value, 2)} %`;
}

/** A row of the tree table: a unit with its children (absent on leaves, so antd shows no caret). */
export type KpiTreeRow = KpiTreeUnit & { children?: KpiTreeRow[] };

/**
 * Orders by a KPI, worst first: lowest first when higher is better, and units with nothing
 * counted ("—") last either way; ties by name.
 */
export function compareWorstFirst(kpiKey: string, higherIsBetter: boolean) {
  return (a: KpiTreeUnit, b: KpiTreeUnit): number => {
    const x = a.kpis[kpiKey]?.value ?? null;
    const y = b.kpis[kpiKey]?.value ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return a.name.localeCompare(b.name, 'vi');
    }
    const order = higherIsBetter ? x - y : y - x;
    return order !== 0 ? order : a.name.localeCompare(b.name, 'vi');
  };
}

/** The flat unit list nested by parent (roots: parent not listed), each level sorted by `compare`. */
export function nestKpiTree(
  units: KpiTree['units'],
  compare: (a: KpiTreeUnit, b: KpiTreeUnit) => number,
): KpiTreeRow[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, KpiTreeUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): KpiTreeRow[] =>
    [...(childrenOf.get(parent) ?? [])].sort(compare).map((unit) => {
      const children = build(unit.id);
      return children.length > 0 ? { ...unit, children } : { ...unit };
    });
  return build(null);
}

/** "n hồ sơ" under a value: the KPI's denominator. */
export const countOf = (figure: KpiFigureView | undefined) => figure?.count ?? 0;

/**
 * Biểu đồ KPI theo tháng: one line per KPI (null months leave a gap, never a 0) and, for each
 * plan target on a KPI, a dashed horizontal line at the target value.
 */
export function monthsChartOption(view: KpiMonths, targetLabel: (value: string) => string) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: {
      left: 8,
      right: 24,
      top: 48,
      bottom: 8,
      outerBounds: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: view.months.map((month) => `${month.month.slice(5)}/${month.month.slice(0, 4)}`),
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: view.kpis.map((kpi) => {
      const targets = view.targets.filter((target) => target.kpiKey === kpi.key);
      return {
        name: kpi.label,
        type: 'line',
        connectNulls: false,
        data: view.months.map((month) => month.kpis[kpi.key]?.value ?? null),
        ...(targets.length > 0
          ? {
              markLine: {
                symbol: 'none',
                lineStyle: { type: 'dashed' },
                data: targets.map((target) => ({
                  yAxis: target.value,
                  name: target.label,
                  label: { formatter: targetLabel(formatKpiValue(target.value)) },
                })),
              },
            }
          : {}),
      };
    }),
  };
}
