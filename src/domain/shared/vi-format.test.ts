import { describe, it, expect } from 'vitest';
import {
  formatViDate,
  formatViDateTime,
  formatViNumber,
  isIsoDate,
  parseViDate,
  parseViNumber,
} from './vi-format';

describe('formatViNumber', () => {
  it('writes a score with a decimal comma, as in "88,09 điểm"', () => {
    expect(formatViNumber(88.09)).toBe('88,09');
  });

  it('groups thousands with dots', () => {
    expect(formatViNumber(1234.5)).toBe('1.234,5');
    expect(formatViNumber(1234567)).toBe('1.234.567');
  });

  it('prints whole numbers without a decimal part', () => {
    expect(formatViNumber(100)).toBe('100');
  });

  it('keeps the minus sign of a negative number', () => {
    expect(formatViNumber(-0.5)).toBe('-0,5');
  });

  it('rounds to the requested number of fraction digits', () => {
    expect(formatViNumber(1.23456, 3)).toBe('1,235');
    expect(formatViNumber(2.5, 0)).toBe('3');
  });

  it('does not print "-0" for a tiny negative value rounded away', () => {
    expect(formatViNumber(-0.001)).toBe('0');
  });

  it('refuses NaN rather than printing it', () => {
    expect(() => formatViNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseViNumber', () => {
  it.each([
    ['88,09', 88.09],
    ['88.09', 88.09],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    [' 97,2 % ', 97.2],
    ['100%', 100],
    ['-0,5', -0.5],
    ['0.500', 0.5],
    ['1,234', 1.234],
    ['42', 42],
  ])('reads %j as %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each(['abc', '', '  ', '1,2,3', '12..3', '1.2.3', ',5', '5,', '1.2,5', '1,5,0.2', '%', '- 5'])(
    'rejects %j',
    (text) => {
      expect(parseViNumber(text)).toBeNull();
    },
  );

  it('reads back what formatViNumber prints', () => {
    for (const value of [0, 88.09, 1234.5, -1234567.25, 0.75]) {
      expect(parseViNumber(formatViNumber(value))).toBe(value);
    }
  });
});

describe('formatViDate', () => {
  it('writes an ISO date day first, as on a plan "ngày 22/03/2024"', () => {
    expect(formatViDate('2024-03-22')).toBe('22/03/2024');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => formatViDate('22/03/2024')).toThrow(RangeError);
  });
});

describe('parseViDate', () => {
  it.each([
    ['22/03/2024', '2024-03-22'],
    ['2/3/2024', '2024-03-02'],
    ['22-03-2024', '2024-03-22'],
    ['22.03.2024', '2024-03-22'],
    ['2024-03-22', '2024-03-22'],
    [' 15/01/2024 ', '2024-01-15'],
    ['ngày 22 tháng 3 năm 2024', '2024-03-22'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseViDate(text)).toBe(expected);
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '31/04/2024',
    '0/1/2024',
    '1/13/2024',
    '22/03/24',
    '22/03-2024',
    'hôm nay',
    '',
  ])('rejects %j', (text) => {
    expect(parseViDate(text)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts a real date and rejects an impossible or unpadded one', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-3-2')).toBe(false);
  });
});

describe('formatViDateTime', () => {
  it('shows a UTC instant in Vietnam time (UTC+7)', () => {
    expect(formatViDateTime('2024-03-22T07:05:00Z')).toBe('22/03/2024 14:05');
  });

  it('moves to the next day when Vietnam time has passed midnight', () => {
    expect(formatViDateTime('2024-12-31T17:30:00.000Z')).toBe('01/01/2025 00:30');
  });

  it('uses another time zone when asked', () => {
    expect(formatViDateTime('2024-03-22T07:05:00Z', 'UTC')).toBe('22/03/2024 07:05');
  });

  it('refuses an instant without a time zone, which would depend on the server clock', () => {
    expect(() => formatViDateTime('2024-03-22T07:05:00')).toThrow(RangeError);
  });
});
