import { describe, expect, it } from 'vitest';
import { evaluateKpiTarget, type KpiTargetFact } from './kpi-target';
import { formatTargetText, newTarget, type NumberComparator } from './plan-targets';
import { evaluateTarget } from './target-evaluation';
import { checkTargets } from './target-rules';
import { buildPlanDocument } from './plan-document';
import { sample004Content, sample004Tasks } from './sample-004-appendix.fixture';

const onTime = (comparator: NumberComparator, value: number) =>
  newTarget({
    id: 'k1',
    metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    kind: 'kpi',
    kpiKey: 'on_time',
    comparator,
    value,
  });

const window = { from: '2026-01', to: '2026-11' };
const fact = (value: number | null, count: number): KpiTargetFact => ({ value, count, window });

describe('evaluateKpiTarget', () => {
  it('prints the target with its KPI as a spaced percentage', () => {
    expect(formatTargetText(onTime('gte', 97))).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 97 %');
  });

  it('is met above the bar, with the value, the dossiers and the months as evidence', () => {
    // 1.211 of 1.234 finished dossiers on time = 98,136… % → 98,14 %.
    expect(evaluateTarget(onTime('gte', 97), null, fact((1211 / 1234) * 100, 1234))).toEqual({
      status: 'met',
      evidence: '98,14 % trên 1.234 hồ sơ, 01/2026–11/2026',
      reason: '',
    });
  });

  it('is not met below the bar', () => {
    // 950 of 1.000 = 95 %.
    expect(evaluateKpiTarget(onTime('gte', 97), fact(95, 1000))).toEqual({
      status: 'not_met',
      evidence: '95 % trên 1.000 hồ sơ, 01/2026–11/2026',
      reason: '',
    });
  });

  it('meets ≥ exactly at the threshold but not >', () => {
    // 970 of 1.000 = 97 % exactly.
    expect(evaluateKpiTarget(onTime('gte', 97), fact(97, 1000)).status).toBe('met');
    expect(evaluateKpiTarget(onTime('gt', 97), fact(97, 1000)).status).toBe('not_met');
  });

  it('judges the published value: 96,996 % reads 97,00 % and meets ≥ 97 %', () => {
    expect(evaluateKpiTarget(onTime('gte', 97), fact(96.996, 1000)).status).toBe('met');
    expect(evaluateKpiTarget(onTime('gte', 97), fact(96.994, 1000)).status).toBe('not_met');
  });

  it('is unknown with a reason when there are no dossiers, never 0 %', () => {
    const verdict = evaluateKpiTarget(onTime('gte', 97), fact(null, 0));
    expect(verdict.status).toBe('unknown');
    expect(verdict.evidence).toBe('');
    expect(verdict.reason).toBe(
      'Chưa có hồ sơ để tính «Tỷ lệ hồ sơ giải quyết đúng hạn» trong 01/2026–11/2026.',
    );
  });

  it('is unknown before the plan year begins and for a KPI that does not exist', () => {
    expect(evaluateKpiTarget(onTime('gte', 97), null).status).toBe('unknown');
    const unknownKey = { ...onTime('gte', 97), kpiKey: 'no_such_kpi' };
    expect(evaluateKpiTarget(unknownKey, fact(99, 10))).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('no_such_kpi'),
    });
  });

  it('judges a lower-is-better KPI by its ≤ bar (late share ≤ 3 %)', () => {
    const late = newTarget({
      id: 'k2',
      metric: 'Tỷ lệ hồ sơ giải quyết trễ hạn',
      kind: 'kpi',
      kpiKey: 'late_share',
      comparator: 'lte',
      value: 3,
    });
    // 25 late of 1.000 finished = 2,5 %; 40 of 1.000 = 4 %; 30 of 1.000 = 3 % (on the bar).
    expect(evaluateKpiTarget(late, fact(2.5, 1000)).status).toBe('met');
    expect(evaluateKpiTarget(late, fact(4, 1000)).status).toBe('not_met');
    expect(evaluateKpiTarget(late, fact(3, 1000)).status).toBe('met');
    expect(evaluateKpiTarget({ ...late, comparator: 'lt' }, fact(3, 1000)).status).toBe('not_met');
  });
});

describe('checkTargets on kpi targets', () => {
  const context = { frameworkIds: [], nodeCodes: new Map(), sectionIds: new Set<string>() };

  it('accepts a shipped KPI with a value between 0 and 100', () => {
    expect(checkTargets([onTime('gte', 97)], context)).toEqual([]);
    expect(checkTargets([onTime('gte', 0), { ...onTime('gte', 100), id: 'k2' }], context)).toEqual(
      [],
    );
  });

  it('refuses an unknown KPI, a missing one and a value outside 0–100', () => {
    const errors = checkTargets(
      [
        { ...onTime('gte', 97), kpiKey: 'digitised_share' },
        { ...onTime('gte', 97), id: 'k2', kpiKey: null },
        { ...onTime('gte', 101), id: 'k3' },
        { ...onTime('gte', -1), id: 'k4' },
      ],
      context,
    );
    expect(errors.map((error) => [error.targetId, error.field])).toEqual([
      ['k1', 'kpiKey'],
      ['k2', 'kpiKey'],
      ['k3', 'value'],
      ['k4', 'value'],
    ]);
    expect(errors[0]!.message).toBe(
      'Chỉ tiêu 1 («Tỷ lệ hồ sơ giải quyết đúng hạn»): không có KPI «digitised_share».',
    );
    expect(errors[2]!.message).toContain('giá trị KPI phải từ 0 đến 100 %');
  });
});

describe('a KPI target in the plan document', () => {
  it('prints under "Chỉ tiêu" like the other targets', () => {
    const content = { ...sample004Content(), targets: [onTime('gte', 97)] };
    const model = buildPlanDocument(content, sample004Tasks(), new Map());
    expect(model.body.map((block) => block.text)).toContain(
      '- Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 97 %.',
    );
  });
});
