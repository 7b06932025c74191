import { describe, expect, it } from 'vitest';
import {
  KpiPeriodError,
  formatKpiPeriodKey,
  kpiPeriodLabel,
  kpiWindowText,
  kpiWindowMonths,
  parseKpiPeriod,
  yearToDateWindow,
  type KpiPeriod,
} from './kpi-window';

describe('KPI periods', () => {
  it('sums one month for a month: Tháng 3/2026', () => {
    const period: KpiPeriod = { kind: 'month', year: 2026, month: 3 };
    expect(kpiWindowMonths(period)).toEqual(['2026-03-01']);
    expect(kpiPeriodLabel(period)).toBe('Tháng 3/2026');
  });

  it('sums three months for a quarter: Quý I/2026 is January to March, Quý IV October to December', () => {
    expect(kpiWindowMonths({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(kpiPeriodLabel({ kind: 'quarter', year: 2026, quarter: 1 })).toBe('Quý I/2026');
    expect(kpiWindowMonths({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    expect(kpiPeriodLabel({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('Quý IV/2026');
  });

  it('sums six months for a half-year: 6 tháng đầu năm is January–June, cuối năm July–December', () => {
    expect(kpiWindowMonths({ kind: 'half', year: 2026, half: 1 })).toHaveLength(6);
    expect(kpiWindowMonths({ kind: 'half', year: 2026, half: 1 }).at(-1)).toBe('2026-06-01');
    expect(kpiWindowMonths({ kind: 'half', year: 2026, half: 2 })[0]).toBe('2026-07-01');
    expect(kpiPeriodLabel({ kind: 'half', year: 2026, half: 1 })).toBe('6 tháng đầu năm 2026');
    expect(kpiPeriodLabel({ kind: 'half', year: 2026, half: 2 })).toBe('6 tháng cuối năm 2026');
  });

  it('sums twelve months for a year: Năm 2026', () => {
    const months = kpiWindowMonths({ kind: 'year', year: 2026 });
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2026-01-01', '2026-12-01']);
    expect(kpiPeriodLabel({ kind: 'year', year: 2026 })).toBe('Năm 2026');
  });

  it('sums a custom range across a new year, both ends included', () => {
    const period: KpiPeriod = { kind: 'range', from: '2025-11', to: '2026-02' };
    expect(kpiWindowMonths(period)).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(kpiPeriodLabel(period)).toBe('Từ tháng 11/2025 đến tháng 2/2026');
    expect(kpiPeriodLabel({ kind: 'range', from: '2026-05', to: '2026-05' })).toBe('Tháng 5/2026');
  });

  it('refuses a reversed range, a month 13 and a quarter 5', () => {
    expect(() => kpiWindowMonths({ kind: 'range', from: '2026-05', to: '2026-02' })).toThrow(
      KpiPeriodError,
    );
    expect(() => kpiWindowMonths({ kind: 'month', year: 2026, month: 13 })).toThrow(KpiPeriodError);
    expect(() =>
      kpiWindowMonths({ kind: 'quarter', year: 2026, quarter: 5 as unknown as 1 }),
    ).toThrow(KpiPeriodError);
    expect(() => kpiWindowMonths({ kind: 'range', from: '2026-00', to: '2026-02' })).toThrow(
      KpiPeriodError,
    );
  });

  it('reads and writes short keys', () => {
    for (const key of ['2026-03', '2026-Q1', '2026-H2', '2026', '2025-11..2026-02'])
      expect(formatKpiPeriodKey(parseKpiPeriod(key))).toBe(key);
    expect(parseKpiPeriod('2026-q3')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(() => parseKpiPeriod('2026-13')).toThrow('không hợp lệ');
    expect(() => parseKpiPeriod('Q1 2026')).toThrow(KpiPeriodError);
  });
});

describe('yearToDateWindow (lũy kế năm)', () => {
  it('runs from January to the month of today in the plan year', () => {
    expect(yearToDateWindow(2026, '2026-11-20')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(yearToDateWindow(2026, '2026-01-01')).toEqual({ from: '2026-01', to: '2026-01' });
  });

  it('runs to December for a past year and has no window before the year begins', () => {
    expect(yearToDateWindow(2025, '2026-03-02')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(yearToDateWindow(2027, '2026-12-31')).toBeNull();
  });

  it('names the months the Vietnamese way', () => {
    expect(kpiWindowText({ from: '2026-01', to: '2026-11' })).toBe('01/2026–11/2026');
    expect(kpiWindowText({ from: '2026-03', to: '2026-03' })).toBe('03/2026');
  });
});
