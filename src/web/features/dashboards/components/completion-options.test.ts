import { describe, expect, it } from 'vitest';
import { ENGLISH_DECIMAL, renderChartTexts } from '@web/lib/chart-svg.test-factory';
import {
  buildCompletionByUnitOption,
  buildOverdueOption,
  buildPointsByAreaOption,
  buildTrendOption,
  computeTotalCompletion,
} from './completion-options';

const completion = (key: string, total: number, done: number, open = 0, recovered = 0) => ({
  key,
  label: `Lĩnh vực ${key}`,
  total,
  done,
  percent: total === 0 ? null : Math.round((done / total) * 1000) / 10,
  openPointsAtStake: open,
  recoveredPointsAtStake: recovered,
});

describe('completion charts', () => {
  it('computes the plan’s completion from the areas, one decimal', () => {
    expect(computeTotalCompletion([completion('1', 3, 1), completion('2', 3, 1)])).toBe(33.3);
    expect(computeTotalCompletion([])).toBeNull();
  });

  it('draws % done per unit on a 0–100 axis, a unit without tasks without a bar', () => {
    const option = buildCompletionByUnitOption(
      [completion('a', 4, 3), completion('b', 0, 0)],
      'Hoàn thành (%)',
    );
    expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.series[0]?.data).toEqual([75, null]);
  });

  it('puts the unit with most overdue tasks first', () => {
    const option = buildOverdueOption(
      [
        { organisation: { id: 'a', name: 'Sở A' }, count: 1 },
        { organisation: { id: 'b', name: 'Sở B' }, count: 4 },
      ],
      'Trễ hạn',
    );
    expect(option.yAxis.data).toEqual(['Sở B', 'Sở A']);
    expect(option.series[0]?.data).toEqual([4, 1]);
  });

  it('draws the trend over the periods due so far', () => {
    const option = buildTrendOption(
      [
        { periodKey: '2024-M03', label: 'Tháng 3', percentDone: 10 },
        { periodKey: '2024-M04', label: 'Tháng 4', percentDone: 25.5 },
      ],
      'Hoàn thành',
    );
    expect(option.xAxis.data).toEqual(['Tháng 3', 'Tháng 4']);
    expect(option.series[0]?.data).toEqual([10, 25.5]);
  });

  it('stacks recovered under open points at stake per area', () => {
    const option = buildPointsByAreaOption([completion('1', 2, 1, 1.5, 0.5)], {
      recovered: 'Đã khắc phục',
      open: 'Còn tồn tại',
    });
    expect(option.series.map((series) => [series.name, series.stack, series.data])).toEqual([
      ['Đã khắc phục', 'points', [0.5]],
      ['Còn tồn tại', 'points', [1.5]],
    ]);
  });

  it('draws every figure, tick and percentage with a decimal comma', () => {
    const areas = [completion('1', 3, 1, 4.92, 1.5), completion('2', 7, 2, 0.25, 2.75)];
    const options = [
      buildCompletionByUnitOption(areas, 'Hoàn thành (%)'),
      buildTrendOption([{ periodKey: '2024-M03', label: 'Tháng 3', percentDone: 4.8 }], 'HT'),
      buildPointsByAreaOption(areas, { recovered: 'Đã khắc phục', open: 'Còn tồn tại' }),
    ];
    const texts = options.flatMap((option) => renderChartTexts(option));
    expect(texts).toEqual(expect.arrayContaining(['33,3%', '4,8%', '28,6%']));
    expect(texts.filter((text) => ENGLISH_DECIMAL.test(text))).toEqual([]);
  });

  it('names each area in full on the points chart', () => {
    const long = completion('1', 3, 1, 2, 1);
    long.label = 'Công tác chỉ đạo, điều hành cải cách hành chính của tỉnh';
    const texts = renderChartTexts(
      buildPointsByAreaOption([long], { recovered: 'Đã khắc phục', open: 'Còn tồn tại' }),
    );
    // Broken over lines (one <text> per line), every word is there.
    expect(texts.join(' ')).toContain('Công tác chỉ đạo');
    expect(texts.join(' ')).toContain('của tỉnh');
  });
});
