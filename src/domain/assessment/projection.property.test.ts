// fast-check is not installed in this repository: a seeded generator loop (mulberry32) draws the
// random frameworks, results, tasks, KPIs and self-assessments instead; a failure prints its seed.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../shared/seeded-random.fixture';
import type { Framework, FrameworkNode } from '../frameworks/framework';
import type { ScoringRule } from '../frameworks/scoring-rule';
import type { NodeResult } from '../results/node-result';
import type { ProjectionInput } from './projection-input';
import { projectScore } from './projection';
import { projectRankRange } from './projection-rank';

type Random = ReturnType<typeof mulberry32>;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const points = (random: Random, max: number) => Math.round(random() * max * 100) / 100;

const RULES: ScoringRule[] = [
  { type: 'binary' },
  { type: 'ratio' },
  { type: 'ratio_threshold', threshold: 80 },
  { type: 'deduction', pointsPerEvent: 0.5 },
  { type: 'survey' },
];

function randomFramework(random: Random): Framework {
  const nodes: FrameworkNode[] = [];
  const areas = 1 + Math.floor(random() * 4);
  for (let a = 1; a <= areas; a += 1) {
    const leaves = 1 + Math.floor(random() * 4);
    const maxima = Array.from({ length: leaves }, () => 0.5 + Math.floor(random() * 10) / 2);
    const capped = random() < 0.2;
    const areaMax = capped ? Math.max(...maxima) : maxima.reduce((sum, max) => sum + max, 0);
    nodes.push({
      code: String(a),
      parentCode: null,
      name: `Lĩnh vực ${a}`,
      maxPoints: areaMax,
      ...(capped ? { childrenMaxMayDiffer: true } : {}),
    });
    maxima.forEach((max, index) =>
      nodes.push({
        code: `${a}.${index + 1}`,
        parentCode: String(a),
        name: `Tiêu chí ${a}.${index + 1}`,
        maxPoints: max,
        method: 'appraised',
        rule: pick(random, RULES),
      }),
    );
    if (random() < 0.3) {
      nodes.push({
        code: `${a}.9`,
        parentCode: String(a),
        name: 'Điểm thưởng',
        maxPoints: 1,
        isBonus: true,
        method: 'appraised',
        rule: { type: 'bonus', maxBonus: 1 },
      });
    }
  }
  return {
    code: 'RANDOM',
    indexKind: 'par_index',
    name: 'Ngẫu nhiên',
    year: 2026,
    unitTypes: ['department'],
    decision: null,
    version: 1,
    illustrative: true,
    scale: { unit: 'points', maxTotal: null },
    nodes,
  };
}

function randomInput(random: Random): ProjectionInput {
  const framework = randomFramework(random);
  const codes = framework.nodes.map((node) => node.code);
  const results: NodeResult[] = [];
  for (const node of framework.nodes) {
    const draw = random();
    if (draw < 0.5 && node.parentCode !== null) {
      // Sometimes over the max (a framework whose max fell this year).
      results.push({ nodeCode: node.code, appraisedScore: points(random, node.maxPoints * 1.2) });
    } else if (draw < 0.55) {
      results.push({ nodeCode: node.code, notApplicable: true });
    } else if (draw < 0.6 && node.parentCode === null) {
      results.push({ nodeCode: node.code, appraisedScore: points(random, node.maxPoints) });
    }
  }
  const tasks = Array.from({ length: Math.floor(random() * 6) }, (_, index) => ({
    id: `T${index}`,
    content: `Nhiệm vụ ${index}`,
    status: pick(random, ['not_started', 'in_progress', 'done', 'cannot_do']),
    nodeLinks: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      code: pick(random, [...codes, 'không-có']),
      pointsAtStake: points(random, 5),
    })),
    acceptedReport: random() < 0.4 ? { periodLabel: 'Quý II/2026' } : null,
  }));
  const kpis = Array.from({ length: Math.floor(random() * 3) }, () => ({
    nodeCode: pick(random, codes),
    metric: 'Tỷ lệ',
    value: points(random, 100),
    periodLabel: 'Quý II/2026',
  }));
  const selfAssessment =
    random() < 0.5
      ? null
      : codes
          .filter(() => random() < 0.5)
          .map((nodeCode) => ({
            nodeCode,
            selfScore: random() < 0.2 ? null : points(random, 6),
            notApplicable: random() < 0.1,
            hasEvidence: random() < 0.5,
          }));
  return {
    framework,
    unitType: 'department',
    previous: random() < 0.9 ? { year: 2025, results } : null,
    tasks,
    kpis,
    selfAssessment,
  };
}

describe('projectScore over random frameworks, results and tasks', () => {
  it('keeps the lower bound at or below the upper, both within 0 and the applicable maximum', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const projection = projectScore(randomInput(mulberry32(seed)));
      const { pessimistic, optimistic } = projection;
      const context = `seed ${seed}`;
      expect(pessimistic.score, context).toBeLessThanOrEqual(optimistic.score);
      expect(pessimistic.score, context).toBeGreaterThanOrEqual(0);
      expect(optimistic.lines.at(-1)!.text, context).toMatch(/^= /);
      if (pessimistic.indexPercent !== null && optimistic.indexPercent !== null) {
        expect(pessimistic.indexPercent, context).toBeLessThanOrEqual(optimistic.indexPercent);
        expect(pessimistic.indexPercent, context).toBeGreaterThanOrEqual(0);
        expect(optimistic.indexPercent, context).toBeLessThanOrEqual(100);
      }
      // The score never passes the applicable maximum (bonus is not projected).
      expect(optimistic.score, context).toBeLessThanOrEqual(projection.applicableMaxPoints);
      // Every bound's explanation adds up to it.
      for (const bound of [pessimistic, optimistic]) {
        const steps = bound.lines.slice(0, -1).reduce((sum, line) => sum + (line.points ?? 0), 0);
        expect(Math.round(steps * 1e4) / 1e4, context).toBeCloseTo(bound.score, 4);
      }
    }
  });

  it('puts the best projected rank at or above the worst, within the peers', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = mulberry32(seed);
      const range = () => {
        const low = points(random, 100);
        return { low, high: Math.min(100, low + points(random, 20)) };
      };
      const peers = Array.from({ length: 1 + Math.floor(random() * 10) }, (_, index) => {
        const { low, high } = range();
        return { unitId: `P${index}`, pessimisticIndex: low, optimisticIndex: high };
      });
      const { low, high } = range();
      const ranks = projectRankRange(
        { unitId: 'own', pessimisticIndex: low, optimisticIndex: high },
        peers,
      )!;
      expect(ranks.best, `seed ${seed}`).toBeLessThanOrEqual(ranks.worst);
      expect(ranks.best).toBeGreaterThanOrEqual(1);
      expect(ranks.worst).toBeLessThanOrEqual(peers.length + 1);
      expect(ranks.of).toBe(peers.length + 1);
    }
  });
});

describe('projectRankRange (thứ hạng dự báo)', () => {
  it('ranks the unit’s lower bound against the peers’ upper bounds and the other way round', () => {
    const ranks = projectRankRange({ unitId: 'U', pessimisticIndex: 84.1, optimisticIndex: 88.4 }, [
      { unitId: 'A', pessimisticIndex: 90, optimisticIndex: 93 }, // ahead whatever happens
      { unitId: 'B', pessimisticIndex: 85, optimisticIndex: 87 }, // may be ahead
      { unitId: 'C', pessimisticIndex: 80, optimisticIndex: 84.1 }, // ties at best
      { unitId: 'D', pessimisticIndex: null, optimisticIndex: null }, // no projection: left out
    ]);
    expect(ranks).toMatchObject({ best: 2, worst: 3, of: 4 });
    expect(ranks!.lines).toEqual([
      'Hạng cao nhất có thể 2/4: 1 đơn vị có cận dưới cao hơn cận trên 88,4% của đơn vị.',
      'Hạng thấp nhất có thể 3/4: 2 đơn vị có cận trên cao hơn cận dưới 84,1% của đơn vị.',
    ]);
  });
});
