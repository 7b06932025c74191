import { describe, it, expect } from 'vitest';
import { copyFrameworkToYear } from '../frameworks/copy-framework';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { analyseGaps, filterGapRows } from './gap-analysis';
import type { NodeResult } from './node-result';
import { rollUpResult } from './roll-up';
import { buildSample000ExcerptFramework, sample000Results } from './sample-000.fixture';
import { buildSample002AreaFramework, sample002AreaResults } from './sample-002.fixture';

/** Sample 000's results with some scores replaced (and codes renamed through a mapping). */
function withScores(
  changes: Record<string, number>,
  mapping: Record<string, string> = {},
): NodeResult[] {
  return sample000Results().map((result) => {
    const code = mapping[result.nodeCode] ?? result.nodeCode;
    return { ...result, nodeCode: code, appraisedScore: changes[code] ?? result.appraisedScore };
  });
}

describe('analyseGaps on sample 002', () => {
  const framework = buildSample002AreaFramework();
  const rows = analyseGaps(framework, rollUpResult(framework, sample002AreaResults()));

  it('lists the areas from the biggest loss down: direction (4,92) then digital government (4,15)', () => {
    expect(rows.map((row) => [row.code, row.lostPoints])).toEqual([
      ['1', 4.92],
      ['7', 4.15],
      ['2', 0.89],
      ['8', 0.61],
      ['5', 0.55],
      ['4', 0.53],
      ['6', 0.26],
      ['3', 0],
    ]);
  });

  it('names each row and gives its level', () => {
    expect(rows[0]).toMatchObject({
      name: 'Công tác chỉ đạo điều hành',
      level: 'area',
      maxPoints: 11.5,
      score: 6.58,
    });
  });
});

describe('analyseGaps across years and peers (huyện Lấp Vò)', () => {
  const framework2023 = buildSample000ExcerptFramework();
  const rolledUp2023 = rollUpResult(framework2023, sample000Results());
  // In 2024 digitisation is renumbered 7.3.3 → 7.3.9.
  const mapping = { '7.3.3': '7.3.9' };
  const { framework: framework2024, codeMapping } = copyFrameworkToYear(
    framework2023,
    2024,
    mapping,
  );
  const results2024 = withScores({ '7.3.9': 2.1, '7.3.4': 0.2 }, mapping);
  const rolledUp2024 = rollUpResult(framework2024, results2024);
  const peers = [
    rollUpResult(framework2024, withScores({ '7.3.4': 1 }, mapping)),
    rollUpResult(framework2024, withScores({ '7.3.4': 0.5 }, mapping)),
  ];
  const rows = analyseGaps(framework2024, rolledUp2024, {
    previous: { rolledUp: rolledUp2023, codeMapping },
    peers,
  });
  const row = (code: string) => rows.find((candidate) => candidate.code === code);

  it('matches last year through the code mapping: digitisation up from 1,33 to 2,1', () => {
    expect(row('7.3.9')).toMatchObject({ previousScore: 1.33, score: 2.1, change: 0.77 });
  });

  it('shows the drop in district online payment and how peers did', () => {
    expect(row('7.3.4')).toMatchObject({
      previousScore: 0.24,
      score: 0.2,
      change: -0.04,
      peerAverage: 0.75,
      bestPeer: 1,
    });
  });

  it('filters the sub-criteria of area 7 that lost points, biggest loss first', () => {
    const lost = filterGapRows(rows, { areaPrefix: '7', level: 'sub_criterion', onlyLost: true });
    expect(lost.map((each) => [each.code, each.lostPoints])).toEqual([
      ['7.2.1', 1],
      ['7.3.9', 0.9],
      ['7.3.4', 0.8],
      ['7.3.1', 0.75],
      ['7.3.2', 0.75],
      ['7.3.5', 0.68],
    ]);
  });

  it('filters only what fell since last year', () => {
    expect(filterGapRows(rows, { onlyDropped: true }).map((each) => each.code)).toEqual(['7.3.4']);
  });

  it('treats an area prefix as a whole segment: "7" does not match "70"', () => {
    const extra = [
      { ...rows[0]!, code: '70' },
      { ...rows[0]!, code: '7' },
    ];
    expect(filterGapRows(extra, { areaPrefix: '7' }).map((each) => each.code)).toEqual(['7']);
  });
});

describe('analyseGaps: results not entered are not zero (chưa có điểm)', () => {
  const framework = buildFramework({
    nodes: [group('1', 10), leaf('1.1', 6), leaf('1.2', 4), group('2', 90), leaf('2.1', 90)],
  });
  const rollUp = (results: NodeResult[]) => rollUpResult(framework, results);
  const rowsOf = (results: NodeResult[], options = {}) =>
    analyseGaps(framework, rollUp(results), options);

  it('lists an empty node as unscored with no lost points, after every scored row', () => {
    const rows = rowsOf([{ nodeCode: '1.2', appraisedScore: 4 }]);
    expect(rows.map((row) => [row.code, row.scoreState, row.lostPoints])).toEqual([
      ['1.2', 'scored', 0],
      ['1', 'partial', 0],
      ['1.1', 'unscored', 0],
      ['2', 'unscored', 0],
      ['2.1', 'unscored', 0],
    ]);
    expect(filterGapRows(rows, { onlyLost: true })).toEqual([]);
  });

  it('counts only the scored parts of a partial area as lost', () => {
    const rows = rowsOf([{ nodeCode: '1.2', appraisedScore: 3 }]);
    expect(rows.find((row) => row.code === '1')).toMatchObject({
      scoreState: 'partial',
      score: 3,
      lostPoints: 1,
      percent: null,
    });
  });

  it('averages the other units only, and takes the highest of them and the unit itself', () => {
    const peers = [60, 90].map((score) => rollUp([{ nodeCode: '2.1', appraisedScore: score }]));
    const rows = rowsOf([{ nodeCode: '2.1', appraisedScore: 30 }], { peers });
    // (60 + 90) ÷ 2 = 75 without the unit's 30 (with it: 60); the highest is 90, another unit's.
    expect(rows.find((each) => each.code === '2.1')).toMatchObject({
      peerAverage: 75,
      bestPeer: 90,
    });
    const leading = rowsOf([{ nodeCode: '2.1', appraisedScore: 95 }], { peers });
    expect(leading.find((each) => each.code === '2.1')).toMatchObject({
      peerAverage: 75,
      bestPeer: 95,
    });
  });

  it('compares with last year and with peers only where both have a score', () => {
    const previous = rollUp([{ nodeCode: '1.1', appraisedScore: 5 }]);
    const peer = rollUp([{ nodeCode: '2.1', appraisedScore: 80 }]);
    const rows = rowsOf(
      [
        { nodeCode: '1.1', appraisedScore: 6 },
        { nodeCode: '2.1', appraisedScore: 70 },
      ],
      { previous: { rolledUp: previous }, peers: [peer] },
    );
    const row = (code: string) => rows.find((each) => each.code === code)!;
    expect(row('1.1')).toMatchObject({ previousScore: 5, change: 1 });
    expect(row('1.1').peerAverage).toBeUndefined();
    expect(row('2.1')).toMatchObject({ peerAverage: 80, bestPeer: 80 });
    expect(row('2.1').previousScore).toBeUndefined();
    // Ahead of every peer: "Cao nhất (gồm cả đơn vị)" is the unit's own score.
    expect(rowsOf([{ nodeCode: '2.1', appraisedScore: 85 }], { peers: [peer] })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '2.1', peerAverage: 80, bestPeer: 85 }),
      ]),
    );
    // Area 1 was partial last year: no drop from a made-up 5/10.
    expect(row('1').change).toBeUndefined();
  });
});
