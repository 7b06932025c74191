import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import {
  agreesWithPrinted,
  decimalsOf,
  importTotalProblems,
  printedDecimals,
  printedTolerance,
  type PrintedTotals,
} from './printed-totals';
import { rollUpResult, type RolledUpResult } from './roll-up';
import { buildSample002AreaFramework, sample002AreaResults } from './sample-002.fixture';

describe('the decimals a file prints', () => {
  it('counts them on numbers and on text, trailing zeros included', () => {
    expect([decimalsOf(88.09), decimalsOf(88.1), decimalsOf(88), decimalsOf(1 / 3)]).toEqual([
      2, 1, 0, 4,
    ]);
    expect(printedDecimals('88,10', 88.1)).toBe(2);
    expect(printedDecimals('88.09', 88.09)).toBe(2);
    expect(printedDecimals('88', 88)).toBe(0);
    expect(printedDecimals('88,0', 88)).toBe(1);
    // The Vietnamese thousands dot prints no decimal.
    expect(printedDecimals('1.234', 1234)).toBe(0);
    expect(printedDecimals('1.234,5', 1234.5)).toBe(1);
  });

  it('tolerates half a unit of the last printed decimal: ±0,005 at two decimals', () => {
    expect(printedTolerance(2)).toBeCloseTo(0.005, 10);
    expect(agreesWithPrinted({ value: 88.09, decimals: 2 }, 88.094)).toBe(true);
    expect(agreesWithPrinted({ value: 88.09, decimals: 2 }, 88.085)).toBe(true);
    expect(agreesWithPrinted({ value: 88.09, decimals: 2 }, 88.096)).toBe(false);
    expect(agreesWithPrinted({ value: 88.1, decimals: 2 }, 88.09)).toBe(false);
    expect(agreesWithPrinted({ value: 88.1, decimals: 1 }, 88.09)).toBe(true);
    expect(agreesWithPrinted({ value: 88, decimals: 0 }, 88.4)).toBe(true);
    expect(agreesWithPrinted({ value: 88, decimals: 0 }, 88.6)).toBe(false);
  });
});

/** The messages alone. */
const problemsOf = (...args: [RolledUpResult, PrintedTotals, number]) =>
  importTotalProblems(...args).map((problem) => problem.message);

describe('importTotalProblems', () => {
  const sample = rollUpResult(buildSample002AreaFramework(), sample002AreaResults());

  it('finds none when sample 002 prints 88,09 and its areas add up to it', () => {
    expect(problemsOf(sample, { score: { value: 88.09, decimals: 2 } }, 8)).toEqual([]);
    expect(importTotalProblems(sample, { score: { value: 61.2, decimals: 2 } }, 8)[0]?.figure).toBe(
      'score',
    );
  });

  it('explains a total that disagrees, with the gap, at the printed decimals', () => {
    expect(problemsOf(sample, { score: { value: 61.2, decimals: 2 } }, 8)).toEqual([
      'Tổng điểm tính được 88,09 khác tổng trong tệp 61,20 (chênh 26,89).',
    ]);
    expect(problemsOf(sample, { score: { value: 88.1, decimals: 2 } }, 8)).toEqual([
      'Tổng điểm tính được 88,09 khác tổng trong tệp 88,10 (chênh 0,01).',
    ]);
  });

  it('explains an index and an area subtotal that disagree', () => {
    expect(
      problemsOf(
        sample,
        { indexPercent: { value: 80, decimals: 0 }, nodes: { '7': { value: 5, decimals: 0 } } },
        8,
      ),
    ).toEqual([
      'Chỉ số (%) tính được 88,09 khác chỉ số trong tệp 80,00 (chênh 8,09).',
      expect.stringMatching(/^Điểm «7» tính được .* khác điểm trong tệp 5,00 \(chênh .*\)\.$/),
    ]);
  });

  it('blocks a total of 0 and a unit with no score at all', () => {
    const framework = buildFramework({ nodes: [group('1', 10), leaf('1.1', 6), leaf('1.2', 4)] });
    const zero = rollUpResult(framework, [
      { nodeCode: '1.1', appraisedScore: 0 },
      { nodeCode: '1.2', appraisedScore: 0 },
    ]);
    expect(problemsOf(zero, {}, 2)).toEqual([
      expect.stringMatching(/^Tổng điểm bằng 0: kiểm tra lại cột điểm/),
    ]);
    const empty = rollUpResult(framework, []);
    expect(problemsOf(empty, { score: { value: 0, decimals: 0 } }, 0)).toEqual([
      expect.stringMatching(/^Chưa có điểm nào: mọi ô điểm của đơn vị đều trống/),
    ]);
  });

  it('says when the total cannot be complete because some criteria have no score', () => {
    const framework = buildFramework({ nodes: [group('1', 10), leaf('1.1', 6), leaf('1.2', 4)] });
    const partial = rollUpResult(framework, [{ nodeCode: '1.1', appraisedScore: 5 }]);
    expect(problemsOf(partial, { score: { value: 9, decimals: 0 } }, 1)).toEqual([
      'Tổng điểm tính được 5,00 khác tổng trong tệp 9,00 (chênh 4,00) (còn tiêu chí chưa có điểm nên chưa tính đủ).',
    ]);
  });
});
