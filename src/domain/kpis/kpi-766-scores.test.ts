import { describe, expect, it } from 'vitest';
import { emptyTotals, type CounterTotals } from './dossier-counters';
import {
  KPI_766_GROUP_DEFINITIONS,
  KPI_766_INDICATORS,
  scoreKpi766,
  scoreKpi766Indicator,
} from './kpi-766-scores';
import { kpiByKey } from './kpi-definitions';

const totals = (counts: Partial<CounterTotals>): CounterTotals => ({ ...emptyTotals(), ...counts });
const indicator = (key: string) => KPI_766_INDICATORS.find((candidate) => candidate.key === key)!;
const pointsOf = (key: string, counts: Partial<CounterTotals>) =>
  scoreKpi766Indicator(indicator(key), totals(counts)).points;

describe('the 766 table', () => {
  it('gives the decision\u2019s group points, 100 in all, and indicators that add up to them', () => {
    expect(KPI_766_GROUP_DEFINITIONS.map((group) => [group.key, group.maxPoints])).toEqual([
      ['publicity', 18],
      ['progress', 20],
      ['digitisation', 22],
      ['online_service', 22],
      ['satisfaction', 18],
    ]);
    for (const group of KPI_766_GROUP_DEFINITIONS) {
      const sum = KPI_766_INDICATORS.filter((i) => i.group === group.key).reduce(
        (total, i) => total + i.maxPoints,
        0,
      );
      expect(sum, group.key).toBe(group.maxPoints);
    }
  });

  it('reads only shipped KPIs', () => {
    for (const { kpi } of KPI_766_INDICATORS) if (kpi !== null) expect(kpiByKey(kpi)).toBeDefined();
  });
});

describe('766 indicator points (ratio with threshold)', () => {
  it('gives full points at 80 % on time and 79 × 20 ÷ 80 = 19,75 just below', () => {
    expect(pointsOf('on_time', { finished: 100, finishedOnTime: 80 })).toBe(20);
    expect(pointsOf('on_time', { finished: 100, finishedOnTime: 79 })).toBe(19.75);
    expect(pointsOf('on_time', { finished: 100, finishedOnTime: 81 })).toBe(20);
    expect(pointsOf('on_time', { finished: 100, finishedOnTime: 0 })).toBe(0);
  });

  it('uses a 50 % threshold for the online share: 50 % earns 8, 40 % earns 40 × 8 ÷ 50 = 6,4', () => {
    expect(pointsOf('online_share', { received: 10, online: 5 })).toBe(8);
    expect(pointsOf('online_share', { received: 10, online: 4 })).toBe(6.4);
    expect(pointsOf('online_share', { received: 1000, online: 499 })).toBe(7.984);
  });

  it('uses a 90 % threshold for satisfaction: 90 % earns 18, 89 % earns 89 × 18 ÷ 90 = 17,8', () => {
    // 5 late of 100 finished (5 %) + 10 complaints or dislikes of 200 received (5 %) → 90 %.
    expect(
      pointsOf('satisfaction', {
        received: 200,
        finished: 100,
        finishedLate: 5,
        complaintOrDissatisfied: 10,
      }),
    ).toBe(18);
    // 6 % late + 5 % → 89 %.
    expect(
      pointsOf('satisfaction', {
        received: 200,
        finished: 100,
        finishedLate: 6,
        complaintOrDissatisfied: 10,
      }),
    ).toBe(17.8);
  });

  it('reports "no data" (not 0) when the KPI has nothing below the line', () => {
    const score = scoreKpi766Indicator(indicator('on_time'), totals({ received: 3 }));
    expect([score.status, score.value, score.points]).toEqual(['no_data', null, null]);
  });

  it('reports indicators dossier data cannot compute as not computable', () => {
    const score = scoreKpi766Indicator(indicator('procedures_published'), totals({ received: 3 }));
    expect([score.status, score.points]).toEqual(['not_computable', null]);
  });
});

describe('766 group scores', () => {
  it('sums the scored indicators per group and says what they are out of', () => {
    const score = scoreKpi766(
      totals({
        received: 1000,
        finished: 800,
        finishedOnTime: 632, // 79 % → 19,75 of 20
        finishedLate: 168, // 21 % late
        online: 400, // 40 % → 6,4 of 8
        withFee: 500,
        paidOnline: 300, // 60 % → 6 of 8
        digitisedFile: 900, // 90 % → 8 of 8
        digitisedResult: 560, // 70 % of finished → 70 × 7 ÷ 80 = 6,125
        electronicResult: 640, // 80 % → 7 of 7
        complaintOrDissatisfied: 0, // satisfaction 100 − 21 = 79 % → 79 × 18 ÷ 90 = 15,8
      }),
    );
    const groups = Object.fromEntries(
      score.groups.map((group) => [group.key, [group.points, group.scoredMaxPoints]]),
    );
    expect(groups).toEqual({
      publicity: [null, 0],
      progress: [19.75, 20],
      digitisation: [21.125, 22],
      online_service: [12.4, 16],
      satisfaction: [15.8, 18],
    });
    expect(score.points).toBe(69.075);
    expect(score.scoredMaxPoints).toBe(76);
    const publicity = score.groups.find((group) => group.key === 'publicity')!;
    expect(publicity.indicators.map((i) => i.status)).toEqual([
      'not_computable',
      'not_computable',
      'not_computable',
    ]);
  });

  it('has no score at all for a unit without dossiers', () => {
    const score = scoreKpi766(emptyTotals());
    expect(score.points).toBeNull();
    expect(score.scoredMaxPoints).toBe(0);
  });
});
