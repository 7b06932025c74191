import { describe, it, expect } from 'vitest';
import {
  VI_WEEKDAY_LABELS,
  clampedIsoDate,
  daysLate,
  formatViDateWithWeekday,
  isWeekend,
  weekdayOf,
} from './calendar-days';

describe('weekdays (thứ trong tuần)', () => {
  it.each([
    ['2024-01-01', 1, 'Thứ Hai', false],
    ['2024-02-29', 4, 'Thứ Năm', false],
    ['2024-03-15', 5, 'Thứ Sáu', false],
    ['2024-03-20', 3, 'Thứ Tư', false],
    ['2024-04-20', 6, 'Thứ Bảy', true],
    ['2024-06-15', 6, 'Thứ Bảy', true],
    ['2024-06-20', 4, 'Thứ Năm', false],
    ['2024-09-15', 0, 'Chủ nhật', true],
    ['2024-12-15', 0, 'Chủ nhật', true],
    ['2025-01-02', 4, 'Thứ Năm', false],
  ] as const)('%s is weekday %i (%s), weekend: %s', (iso, weekday, label, weekend) => {
    expect(weekdayOf(iso)).toBe(weekday);
    expect(VI_WEEKDAY_LABELS[weekdayOf(iso)]).toBe(label);
    expect(isWeekend(iso)).toBe(weekend);
  });

  it('names all seven days from Sunday', () => {
    expect(Object.values(VI_WEEKDAY_LABELS)).toEqual([
      'Chủ nhật',
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
    ]);
  });

  it('shows a due date with its weekday: "20/04/2024 (Thứ Bảy)"', () => {
    expect(formatViDateWithWeekday('2024-04-20')).toBe('20/04/2024 (Thứ Bảy)');
    expect(formatViDateWithWeekday('2024-09-15')).toBe('15/09/2024 (Chủ nhật)');
  });

  it.each(['2024-02-30', '20/04/2024', ''])('rejects "%s", which is not an ISO date', (text) => {
    expect(() => weekdayOf(text)).toThrow(RangeError);
  });
});

describe('days late (số ngày trễ hạn)', () => {
  it.each([
    ['2024-03-15', '2024-03-15', 0, 'submitted on the due day'],
    ['2024-03-15', '2024-03-01', 0, 'submitted early'],
    ['2024-03-15', '2024-03-16', 1, 'one day late'],
    ['2024-02-28', '2024-03-01', 2, 'across 29/02 of a leap year'],
    ['2023-02-28', '2023-03-01', 1, 'across February of a common year'],
    ['2024-12-20', '2025-01-02', 13, 'across the new year'],
    ['2024-06-15', '2024-06-17', 2, 'a due date on Saturday still counts weekend days'],
  ])('due %s, submitted %s → %i (%s)', (due, submitted, late) => {
    expect(daysLate(due, submitted)).toBe(late);
  });

  it('rejects a submission date that is not ISO', () => {
    expect(() => daysLate('2024-03-15', '16/03/2024')).toThrow(RangeError);
  });
});

describe('clampedIsoDate', () => {
  it.each([
    [2024, 2, 31, '2024-02-29', 'day 31 in February of a leap year'],
    [2023, 2, 31, '2023-02-28', 'day 31 in February of a common year'],
    [2024, 4, 31, '2024-04-30', 'day 31 in a 30-day month'],
    [2024, 0, 15, '2023-12-15', 'month 0 is December of the year before'],
    [2024, 13, 2, '2025-01-02', 'month 13 is January of the year after'],
    [2024, 3, 14, '2024-03-14', 'an ordinary day'],
  ])('(%i, %i, %i) → %s: %s', (year, month, day, iso) => {
    expect(clampedIsoDate(year, month, day)).toBe(iso);
  });
});
