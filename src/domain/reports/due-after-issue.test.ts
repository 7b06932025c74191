import { describe, expect, it } from 'vitest';
import { periodsDueAfterIssue, periodsOf } from './reporting-periods';
import { QUARTERLY_BY_15TH, WEEKLY_BY_FRIDAY } from './reporting-rule';
import { periodCellStatus } from './submission';

describe('periods due before the plan was issued (ngày ban hành) are not due', () => {
  it('drops Q1/2025 due 15/03 from a plan issued 20/03/2025: not due, never late', () => {
    const periods = periodsDueAfterIssue(periodsOf(QUARTERLY_BY_15TH, 2025), '2025-03-20');
    expect(periods.map((period) => [period.key, period.due])).toEqual([
      ['2025-Q2', '2025-06-15'],
      ['2025-Q3', '2025-09-15'],
      ['2025-Q4', '2025-12-15'],
    ]);
    // The first period the plan owes is not late on its issue day.
    expect(periodCellStatus(null, periods[0]!.due, '2025-03-20')).toBe('not_due');
  });

  it('keeps a period due on the issue day itself', () => {
    const periods = periodsDueAfterIssue(periodsOf(QUARTERLY_BY_15TH, 2025), '2025-03-15');
    expect(periods[0]?.key).toBe('2025-Q1');
  });

  it('keeps the week whose Friday is the issue day, drops the ones before', () => {
    // Issued Friday 21/03/2025: week 12 is due that day, weeks 1–11 were due earlier.
    const periods = periodsDueAfterIssue(periodsOf(WEEKLY_BY_FRIDAY, 2025), '2025-03-21');
    expect(periods[0]?.key).toBe('2025-W12');
    expect(periods).toHaveLength(41);
  });

  it('keeps every period of a plan without an issue date (a draft)', () => {
    expect(periodsDueAfterIssue(periodsOf(QUARTERLY_BY_15TH, 2025), null)).toHaveLength(4);
  });
});
