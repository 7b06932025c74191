import { describe, it, expect } from 'vitest';
import { describeRankChange, formatRank, rankUnits } from './ranking';

describe('rankUnits', () => {
  it('shares a rank between equal indices and skips the next place (1, 2, 2, 4)', () => {
    const ranked = rankUnits([
      { unitId: 'so-tu-phap', indexPercent: 86.5 },
      { unitId: 'van-phong-ubnd', indexPercent: 88.09 },
      { unitId: 'so-noi-vu', indexPercent: 91.2 },
      { unitId: 'so-tai-chinh', indexPercent: 88.09 },
    ]);
    expect(ranked.map((unit) => [unit.unitId, unit.rank])).toEqual([
      ['so-noi-vu', 1],
      ['so-tai-chinh', 2],
      ['van-phong-ubnd', 2],
      ['so-tu-phap', 4],
    ]);
  });

  it('compares indices as published with two decimals', () => {
    const ranked = rankUnits([
      { unitId: 'a', indexPercent: 88.0949 },
      { unitId: 'b', indexPercent: 88.09 },
      { unitId: 'c', indexPercent: 88.1 },
    ]);
    expect(ranked.map((unit) => unit.rank)).toEqual([1, 2, 2]);
  });

  it('refuses an index that is not a number', () => {
    expect(() => rankUnits([{ unitId: 'a', indexPercent: Number.NaN }])).toThrow(RangeError);
  });

  it('ranks nobody when there is nobody', () => {
    expect(rankUnits([])).toEqual([]);
  });
});

describe('formatRank', () => {
  it('writes the 4th of 20 departments as 4/20', () => {
    expect(formatRank(4, 20)).toBe('4/20');
  });
});

describe('describeRankChange', () => {
  it('one place lower than last year is "giảm 01 bậc"', () => {
    expect(describeRankChange(3, 4)).toBe('giảm 01 bậc');
  });

  it('two places higher is "tăng 02 bậc"', () => {
    expect(describeRankChange(6, 4)).toBe('tăng 02 bậc');
  });

  it('the same place is "giữ nguyên thứ hạng"', () => {
    expect(describeRankChange(4, 4)).toBe('giữ nguyên thứ hạng');
  });

  it('writes counts of ten and more as they are', () => {
    expect(describeRankChange(20, 8)).toBe('tăng 12 bậc');
  });
});
