import { describe, expect, it } from 'vitest';
import {
  firstDayOf,
  isMonth,
  monthIndex,
  monthsBetween,
  vietnamMonthBounds,
  vietnamMonthOf,
} from './kpi-period';

describe('KPI periods', () => {
  it('reads months and lists a period across a year end', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1);
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
    expect(firstDayOf('2026-03')).toBe('2026-03-01');
  });

  it('reads the month received in Vietnam time, not UTC', () => {
    // 31/03/2026 17:30 UTC is 01/04/2026 00:30 in Vietnam.
    expect(vietnamMonthOf('2026-03-31T17:30:00Z')).toBe('2026-04');
    expect(vietnamMonthOf('2026-03-31T16:59:59Z')).toBe('2026-03');
    // New year: 01/01/2027 00:00 in Vietnam.
    expect(vietnamMonthOf('2026-12-31T17:00:00.000Z')).toBe('2027-01');
  });

  it('bounds a month at 00:00 +07 on its first day and the next', () => {
    expect(vietnamMonthBounds('2026-12')).toEqual({
      start: '2026-11-30T17:00:00.000Z',
      end: '2026-12-31T17:00:00.000Z',
    });
  });
});
