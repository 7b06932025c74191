import { describe, expect, it } from 'vitest';
import type { KpiMonths, KpiTreeUnit } from '@contract/kpis';
import {
  compareWorstFirst,
  formatKpiValue,
  monthsChartOption,
  nestKpiTree,
  periodRange,
} from './kpi-view-model';

const unit = (id: string, parentId: string | null, onTime: number | null): KpiTreeUnit => ({
  id,
  parentId,
  code: id,
  name: `Đơn vị ${id}`,
  type: 'commune',
  closed: false,
  totals: {} as KpiTreeUnit['totals'],
  kpis: { on_time: { value: onTime, count: onTime === null ? 0 : 10 } },
});

describe('KPI view model', () => {
  it('turns a month, a quarter and a year into a range of months', () => {
    expect(periodRange('month', 2026, 3)).toEqual({ from: '2026-03', to: '2026-03' });
    expect(periodRange('quarter', 2026, 4)).toEqual({ from: '2026-10', to: '2026-12' });
    expect(periodRange('year', 2026, 1)).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('writes values Vietnamese style, "—" where nothing is counted', () => {
    expect(formatKpiValue(97.25)).toBe('97,25 %');
    expect(formatKpiValue((4 / 6) * 100)).toBe('66,67 %');
    expect(formatKpiValue(null)).toBe('—');
  });

  it('nests units under their parents, worst first, units without a value last', () => {
    const units = [
      unit('P', null, 90),
      unit('A', 'P', 95),
      unit('B', 'P', null),
      unit('C', 'P', 80),
      unit('C1', 'C', 70),
    ];
    const rows = nestKpiTree(units, compareWorstFirst('on_time', true));
    expect(rows.map((row) => row.id)).toEqual(['P']);
    expect(rows[0]!.children!.map((row) => row.id)).toEqual(['C', 'A', 'B']);
    expect(rows[0]!.children![0]!.children!.map((row) => row.id)).toEqual(['C1']);
    expect(rows[0]!.children![1]!.children).toBeUndefined();
    // A unit whose parent is not visible is a root.
    expect(
      nestKpiTree(units.slice(1), compareWorstFirst('on_time', true)).map((row) => row.id),
    ).toEqual(['C', 'A', 'B']);
  });

  it('draws one line per KPI with gaps for empty months and a dashed target line', () => {
    const view = {
      kpis: [{ key: 'on_time', label: 'Đúng hạn', higherIsBetter: true, origin: '766' }],
      months: [
        { month: '2026-01', totals: {}, kpis: { on_time: { value: null, count: 0 } } },
        { month: '2026-02', totals: {}, kpis: { on_time: { value: 96.5, count: 200 } } },
      ],
      targets: [{ kpiKey: 'on_time', value: 97, label: 'Kế hoạch CCHC 2026' }],
    } as unknown as KpiMonths;
    const option = monthsChartOption(view, (value) => `Mục tiêu ${value}`);
    expect(option.xAxis.data).toEqual(['01/2026', '02/2026']);
    const [series] = option.series;
    expect(series!.data).toEqual([null, 96.5]);
    expect(series!.markLine!.data[0]).toMatchObject({
      yAxis: 97,
      label: { formatter: 'Mục tiêu 97 %' },
    });
    const untargeted = monthsChartOption({ ...view, targets: [] }, (value) => value);
    expect(untargeted.series[0]).not.toHaveProperty('markLine');
  });
});
