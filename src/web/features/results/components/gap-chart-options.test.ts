import { describe, expect, it } from 'vitest';
import type { GapAnalysis } from '@contract/results';
import { ENGLISH_DECIMAL, renderChartTexts } from '@web/lib/chart-svg.test-factory';
import {
  buildAreaFigures,
  buildLostPointsBarOption,
  buildPercentRadarOption,
  buildRankHistoryLineOption,
} from './gap-chart-options';

type GapRow = GapAnalysis['rows'][number];

function buildGapRow(row: Partial<GapRow> & Pick<GapRow, 'code'>): GapRow {
  return {
    name: `Tiêu chí ${row.code}`,
    level: 'area',
    maxPoints: 10,
    score: 10,
    lostPoints: 0,
    percent: 100,
    isBonus: false,
    scoreState: 'scored',
    isEntered: true,
    ...row,
  };
}

// Sample 002's areas 1, 7 and 10 (a made-up tenth), listed as the API sorts them: by points lost.
const rows = [
  buildGapRow({ code: '1', maxPoints: 11.5, score: 6.58, lostPoints: 4.92, percent: 57.22 }),
  buildGapRow({ code: '7', maxPoints: 17.5, score: 13.35, lostPoints: 4.15, percent: 76.29 }),
  buildGapRow({ code: '1.1', level: 'criterion', maxPoints: 2, score: 1, lostPoints: 1 }),
  buildGapRow({ code: '10', maxPoints: 10, score: 9, lostPoints: 1, percent: 90 }),
  buildGapRow({ code: 'T', isBonus: true, maxPoints: 2, score: 1 }),
];

describe('gap charts', () => {
  it('chart only the areas, in code order, leaving criteria and bonus points out', () => {
    expect(buildAreaFigures(rows).map((figure) => figure.code)).toEqual(['1', '7', '10']);
  });

  it('bar the points lost per area', () => {
    const option = buildLostPointsBarOption(buildAreaFigures(rows), 'Điểm bị trừ');
    expect(option.yAxis.data).toEqual(['Tiêu chí 1', 'Tiêu chí 7', 'Tiêu chí 10']);
    expect(option.yAxis).toMatchObject({ inverse: true, axisLabel: { overflow: 'break' } });
    expect(option.series[0]?.data).toEqual([4.92, 4.15, 1]);
  });

  it('put the peers on the radar as a share of each area maximum', () => {
    const withPeers = rows.map((row) =>
      row.code === '1' ? { ...row, peerAverage: 9.2 } : { ...row, peerAverage: row.maxPoints / 2 },
    );
    const option = buildPercentRadarOption(buildAreaFigures(withPeers), {
      unit: 'Đơn vị',
      peers: 'TB',
    });
    expect(option.radar.indicator).toEqual([
      { name: 'Tiêu chí 1', max: 100 },
      { name: 'Tiêu chí 7', max: 100 },
      { name: 'Tiêu chí 10', max: 100 },
    ]);
    expect(option.series[0]?.data).toEqual([
      { name: 'Đơn vị', value: [57.22, 76.29, 90] },
      { name: 'TB', value: [80, 50, 50] },
    ]);
  });

  it('leave out an area without a score, or with only some of it, rather than draw it as 0 %', () => {
    const withEmpty = [
      ...rows,
      buildGapRow({ code: '5', score: 0, lostPoints: 0, percent: null, scoreState: 'unscored' }),
      buildGapRow({ code: '6', score: 2, lostPoints: 1, percent: null, scoreState: 'partial' }),
    ];
    expect(buildAreaFigures(withEmpty).map((figure) => figure.code)).toEqual(['1', '7', '10']);
  });

  it('draw only the unit on the radar when it has no peers', () => {
    const option = buildPercentRadarOption(buildAreaFigures(rows), { unit: 'Đơn vị', peers: 'TB' });
    expect(option.series[0]?.data).toHaveLength(1);
  });
});

describe('rank history chart', () => {
  const history = [
    { year: 2023, frameworkId: 'f-2023', rank: 1, of: 3, indexPercent: 90 },
    { year: 2024, frameworkId: 'f-2024', rank: null, of: 4, indexPercent: null },
    { year: 2025, frameworkId: 'f-2025', rank: 3, of: 3, indexPercent: 88 },
  ];

  it('draw a line of ranks per year, oldest first, with a gap in a year without a rank', () => {
    const option = buildRankHistoryLineOption(history, 'Thứ hạng');
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(option.series).toEqual([
      expect.objectContaining({ name: 'Thứ hạng', type: 'line', data: [1, null, 3] }),
    ]);
  });

  it('put rank 1 on top with integer ticks up to the largest field', () => {
    expect(buildRankHistoryLineOption(history, 'Thứ hạng').yAxis).toEqual({
      type: 'value',
      inverse: true,
      min: 1,
      max: 4,
      minInterval: 1,
    });
  });

  it('keep a one-rank axis for a single year ranked alone', () => {
    const option = buildRankHistoryLineOption(
      [{ year: 2025, frameworkId: 'f', rank: 1, of: 1, indexPercent: 70 }],
      'Thứ hạng',
    );
    expect(option.yAxis).toMatchObject({ min: 1, max: 1 });
    expect(option.series[0]?.data).toEqual([1]);
  });

  it('draw points lost and percentages with a decimal comma, on bars and radar alike', () => {
    const figures = buildAreaFigures(rows);
    const texts = [
      ...renderChartTexts(buildLostPointsBarOption(figures, 'Điểm bị trừ')),
      ...renderChartTexts(buildPercentRadarOption(figures, { unit: 'Đơn vị', peers: 'TB' })),
    ];
    expect(texts).toEqual(expect.arrayContaining(['4,92', '4,15']));
    expect(texts.filter((text) => ENGLISH_DECIMAL.test(text))).toEqual([]);
  });

  it('name the areas on the bars and the radar, not their numbers', () => {
    const named = rows.map((row) =>
      row.code === '1' ? { ...row, name: 'Công tác chỉ đạo, điều hành cải cách hành chính' } : row,
    );
    const figures = buildAreaFigures(named);
    for (const option of [
      buildLostPointsBarOption(figures, 'Điểm bị trừ'),
      buildPercentRadarOption(figures, { unit: 'Đơn vị', peers: 'TB' }),
    ]) {
      const drawn = renderChartTexts(option).join(' ');
      expect(drawn).toContain('Công tác chỉ đạo');
      expect(drawn).toContain('Tiêu chí 7');
    }
  });

  it('give the radar tooltip percentages with a comma', () => {
    const option = buildPercentRadarOption(buildAreaFigures(rows), { unit: 'Đơn vị', peers: 'TB' });
    expect(option.tooltip.valueFormatter(57.22)).toBe('57,22%');
  });
});
