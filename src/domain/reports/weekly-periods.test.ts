import { describe, expect, it } from 'vitest';
import { isoWeekMonday, isoWeekOf, isoWeeksInYear, weekLabel } from './iso-weeks';
import { currentPeriodFor, periodContaining, periodsBetween, periodsOf } from './reporting-periods';
import {
  validateReportingRule,
  WEEKLY_BY_FRIDAY,
  WEEKLY_BY_NEXT_MONDAY,
  type ReportingRule,
} from './reporting-rule';

// Expected weeks are read off a printed 2025/2026 calendar, never computed.

describe('ISO weeks (tuần, Thứ Hai – Chủ nhật, the year of its Thursday)', () => {
  it('gives 2025 and 2024 52 weeks, 2026 (starts on a Thursday) and 2020 (leap, starts Wednesday) 53', () => {
    expect(isoWeeksInYear(2024)).toBe(52);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2015)).toBe(53);
  });

  it('puts Monday 29/12/2025 in week 1 of 2026 and Friday 01/01/2027 in week 53 of 2026', () => {
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2025-12-28')).toEqual({ year: 2025, week: 52 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekMonday(2026, 1)).toBe('2025-12-29');
    expect(isoWeekMonday(2025, 12)).toBe('2025-03-17');
  });

  it('labels a week with its number and its Monday–Sunday', () => {
    expect(weekLabel(2025, 12)).toBe('Tuần 12/2025 (17/03–23/03/2025)');
    expect(weekLabel(2026, 1)).toBe('Tuần 1/2026 (29/12/2025–04/01/2026)');
  });
});

describe('the weekly report (báo cáo tuần)', () => {
  it('makes week 12 of 2025 cover 17/03–23/03 and be due Friday 21/03/2025', () => {
    const periods = periodsOf(WEEKLY_BY_FRIDAY, 2025);
    expect(periods).toHaveLength(52);
    expect(periods[11]).toEqual({
      key: '2025-W12',
      label: 'Tuần 12/2025 (17/03–23/03/2025)',
      kind: 'week',
      from: '2025-03-17',
      to: '2025-03-23',
      due: '2025-03-21',
    });
  });

  it('gives 2026 53 weeks, the first starting 29/12/2025 and the last ending 03/01/2027', () => {
    const periods = periodsOf(WEEKLY_BY_NEXT_MONDAY, 2026);
    expect(periods).toHaveLength(53);
    expect(periods[0]).toMatchObject({
      key: '2026-W01',
      from: '2025-12-29',
      to: '2026-01-04',
      due: '2026-01-05',
    });
    expect(periods[52]).toMatchObject({
      key: '2026-W53',
      from: '2026-12-28',
      to: '2027-01-03',
      due: '2027-01-04',
    });
  });

  it('finds the week of a day across the new year and the next due week', () => {
    expect(periodContaining(WEEKLY_BY_FRIDAY, '2025-12-31')?.key).toBe('2026-W01');
    // Friday 26/12/2025 is due day of week 52; on Saturday the current one is week 1 of 2026.
    expect(currentPeriodFor(WEEKLY_BY_FRIDAY, '2025-12-26')?.key).toBe('2025-W52');
    expect(currentPeriodFor(WEEKLY_BY_FRIDAY, '2025-12-27')?.key).toBe('2026-W01');
    expect(
      periodsBetween(WEEKLY_BY_FRIDAY, '2025-12-20', '2026-01-10').map((period) => period.due),
    ).toEqual(['2025-12-26', '2026-01-02', '2026-01-09']);
  });

  it('refuses a weekday outside 1–7 and a week that is neither the same nor the following', () => {
    const rule = {
      name: 'Báo cáo tuần',
      reports: [{ kind: 'week', due: { weekday: 8, week: 'next' } }],
    } as unknown as ReportingRule;
    expect(validateReportingRule(rule)).toEqual([
      'Báo cáo tuần: thứ hạn nộp phải từ 1 (Thứ Hai) đến 7 (Chủ nhật) (đang là 8).',
      'Báo cáo tuần: hạn nộp phải ở tuần báo cáo hoặc tuần sau.',
    ]);
    expect(validateReportingRule(WEEKLY_BY_FRIDAY)).toEqual([]);
  });
});
