import { describe, it, expect } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { PROVINCIAL_GRADE_BANDS } from '../results/grades';
import type { NodeResult } from '../results/node-result';
import { rollUpResult } from '../results/roll-up';
import { newTarget, type PlanTarget } from './plan-targets';
import {
  MANUAL_TARGET_REASON,
  evaluateTarget,
  reverseCodeMapping,
  type TargetFacts,
  type YearFacts,
} from './target-evaluation';

// A small index of 20 points: area 1 (1.1 + 1.2, 5 points each), area 2 (2.1, 10 points) and a
// bonus area 3 (3.1, up to 2 points on top).
const framework = buildFramework({
  nodes: [
    group('1', 10),
    leaf('1.1', 5),
    leaf('1.2', 5),
    group('2', 10),
    leaf('2.1', 10),
    group('3', 2, { isBonus: true }),
    leaf('3.1', 2),
  ],
});

type Scores = Partial<Record<'1.1' | '1.2' | '2.1' | '3.1', number | null>>;

/** A year's facts from leaf scores (a missing or null score is not entered yet). */
function year(yearNumber: number, scores: Scores | null, rank: number | null = null): YearFacts {
  const results: NodeResult[] = Object.entries(scores ?? {}).map(([nodeCode, score]) => ({
    nodeCode,
    appraisedScore: score ?? null,
  }));
  return {
    year: yearNumber,
    rolledUp: scores === null ? null : rollUpResult(framework, results),
    rank,
    peerCount: 12,
  };
}

const full = (overrides: Scores = {}): Scores => ({
  '1.1': 5,
  '1.2': 4,
  '2.1': 8.3,
  '3.1': 0,
  ...overrides,
});

function facts(current: YearFacts, previous: YearFacts | null = null): TargetFacts {
  return { current, previous, gradeBands: PROVINCIAL_GRADE_BANDS };
}

const target = (fields: Partial<PlanTarget> & Pick<PlanTarget, 'kind'>): PlanTarget =>
  newTarget({ id: 't1', metric: 'Chỉ số CCHC năm 2025', frameworkId: 'fw-2025', ...fields });

describe('evaluateTarget: what cannot be judged by the results', () => {
  it('leaves a free-text target to a person', () => {
    const verdict = evaluateTarget(target({ kind: 'free_text' }), facts(year(2025, full())));
    expect(verdict).toEqual({ status: 'unknown', evidence: '', reason: MANUAL_TARGET_REASON });
  });

  it('leaves a target without an index to a person', () => {
    const verdict = evaluateTarget(target({ kind: 'bonus', frameworkId: null }), null);
    expect(verdict.reason).toBe('Chỉ tiêu đánh giá thủ công');
  });

  it('answers "Chưa có kết quả năm 2025" before the year is scored', () => {
    const verdict = evaluateTarget(
      target({ kind: 'number', value: 80, unit: '%' }),
      facts(year(2025, null)),
    );
    expect(verdict).toEqual({
      status: 'unknown',
      evidence: '',
      reason: 'Chưa có kết quả năm 2025',
    });
  });

  it('names a node the year’s framework does not have', () => {
    const verdict = evaluateTarget(
      target({ kind: 'number', nodeCode: '9', value: 1, unit: '%' }),
      facts(year(2025, full())),
    );
    expect(verdict.reason).toBe('Bộ chỉ số năm 2025 không có tiêu chí 9');
  });
});

describe('evaluateTarget: number', () => {
  // 5 + 4 + 8,3 = 17,3 of 20 → 86,50 %.
  const index = (value: number, comparator: PlanTarget['comparator'] = 'gte') =>
    target({ kind: 'number', comparator, value, unit: '%' });

  it('meets "Chỉ số ≥ 85%" with an index of 86,50%', () => {
    expect(evaluateTarget(index(85), facts(year(2025, full())))).toEqual({
      status: 'met',
      evidence: 'Chỉ số năm 2025: 86,50% (cần ≥ 85,00%)',
      reason: '',
    });
  });

  it('misses "Chỉ số ≥ 90%" with an index of 86,50%', () => {
    expect(evaluateTarget(index(90), facts(year(2025, full()))).status).toBe('not_met');
  });

  it('compares the index as published: 86,499 counts as 86,50 for "= 86,5"', () => {
    const verdict = evaluateTarget(index(86.5, 'eq'), facts(year(2025, full({ '2.1': 8.2998 }))));
    expect(verdict.status).toBe('met');
  });

  it('is unknown while a criterion has no score, instead of counting it 0', () => {
    const verdict = evaluateTarget(index(50), facts(year(2025, full({ '1.2': null }))));
    expect(verdict).toEqual({
      status: 'unknown',
      evidence: '',
      reason: 'Chưa chấm đủ điểm chỉ số năm 2025',
    });
  });

  it('does not wait for an empty bonus leaf: no entry is no bonus', () => {
    const verdict = evaluateTarget(index(85), facts(year(2025, full({ '3.1': null }))));
    expect(verdict.status).toBe('met');
  });

  it('reads the total score when the unit is not %: 17,3 điểm < 18', () => {
    const verdict = evaluateTarget(
      target({ kind: 'number', value: 18, unit: 'điểm' }),
      facts(year(2025, full())),
    );
    expect(verdict).toMatchObject({
      status: 'not_met',
      evidence: 'Chỉ số năm 2025: 17,3 điểm (cần ≥ 18)',
    });
  });

  it('reads a node’s percent: area 1 at 90,00% meets "≥ 90%"', () => {
    const verdict = evaluateTarget(
      target({ kind: 'number', nodeCode: '1', value: 90, unit: '%' }),
      facts(year(2025, full())),
    );
    expect(verdict).toMatchObject({
      status: 'met',
      evidence: 'Tiêu chí 1 năm 2025: 90,00% (cần ≥ 90,00%)',
    });
  });

  it('is unknown for a node with an unscored leaf while the rest of the index is scored', () => {
    const verdict = evaluateTarget(
      target({ kind: 'number', nodeCode: '1', value: 1, unit: 'điểm' }),
      facts(year(2025, full({ '1.1': null }))),
    );
    expect(verdict).toMatchObject({
      status: 'unknown',
      reason: 'Chưa chấm đủ điểm tiêu chí 1 năm 2025',
    });
  });

  it('follows the code mapping to this year’s node (area 1 of the linked framework is area 2 now)', () => {
    const current = { ...year(2025, full()), codeMapping: { '1': '2' } };
    const verdict = evaluateTarget(
      target({ kind: 'number', nodeCode: '1', value: 80, unit: '%' }),
      facts(current),
    );
    expect(verdict).toMatchObject({
      status: 'met',
      evidence: 'Tiêu chí 2 năm 2025: 83,00% (cần ≥ 80,00%)',
    });
  });
});

describe('evaluateTarget: rank', () => {
  it('rank_top: 3rd of 12 is within the top 5, not within the top 2', () => {
    const current = facts(year(2025, full(), 3));
    expect(evaluateTarget(target({ kind: 'rank_top', value: 5 }), current)).toEqual({
      status: 'met',
      evidence: 'Hạng 3/12 (cần trong nhóm 5)',
      reason: '',
    });
    expect(evaluateTarget(target({ kind: 'rank_top', value: 2 }), current).status).toBe('not_met');
  });

  it('rank_top is unknown while the index is not ranked', () => {
    const verdict = evaluateTarget(
      target({ kind: 'rank_top', value: 5 }),
      facts(year(2025, full())),
    );
    expect(verdict.reason).toBe('Chưa có xếp hạng năm 2025');
  });

  it('rank_up: from 5th to 3rd is up 2 places — enough for 2, not for 3', () => {
    const both = facts(year(2025, full(), 3), year(2024, full(), 5));
    expect(evaluateTarget(target({ kind: 'rank_up', value: 2 }), both)).toEqual({
      status: 'met',
      evidence: 'Hạng 3/12, năm trước 5/12',
      reason: '',
    });
    expect(evaluateTarget(target({ kind: 'rank_up', value: 3 }), both).status).toBe('not_met');
  });

  it('rank_up is unknown without last year’s framework', () => {
    const verdict = evaluateTarget(
      target({ kind: 'rank_up', value: 1 }),
      facts(year(2025, full(), 3)),
    );
    expect(verdict).toEqual({
      status: 'unknown',
      evidence: 'Hạng 3/12',
      reason: 'Chưa có xếp hạng năm 2024',
    });
  });

  it('rank_not_down: 5th → 5th holds, 4th → 5th does not, unranked last year is unknown', () => {
    const kind = target({ kind: 'rank_not_down' });
    expect(evaluateTarget(kind, facts(year(2025, full(), 5), year(2024, full(), 5))).status).toBe(
      'met',
    );
    expect(evaluateTarget(kind, facts(year(2025, full(), 5), year(2024, full(), 4))).status).toBe(
      'not_met',
    );
    expect(evaluateTarget(kind, facts(year(2025, full(), 5), year(2024, null))).status).toBe(
      'unknown',
    );
  });

  it('does not trust a rank computed while the unit’s own index is not fully scored', () => {
    const verdict = evaluateTarget(
      target({ kind: 'rank_top', value: 5 }),
      facts(year(2025, full({ '2.1': null }), 1)),
    );
    expect(verdict.status).toBe('unknown');
  });
});

describe('evaluateTarget: above last year', () => {
  const above = target({ kind: 'above_last_year' });

  it('86,50% against 84,10% last year is above', () => {
    // 2024: 5 + 3,52 + 8,3 = 16,82 of 20 → 84,10 %.
    expect(
      evaluateTarget(above, facts(year(2025, full()), year(2024, full({ '1.2': 3.52 })))),
    ).toEqual({
      status: 'met',
      evidence: 'Chỉ số năm 2025: 86,50%; năm 2024: 84,10%',
      reason: '',
    });
  });

  it('the same index as last year is not above it', () => {
    expect(evaluateTarget(above, facts(year(2025, full()), year(2024, full()))).status).toBe(
      'not_met',
    );
  });

  it('is unknown without last year’s framework or with last year not fully scored', () => {
    expect(evaluateTarget(above, facts(year(2025, full()))).reason).toBe(
      'Chưa có bộ chỉ số năm 2024 để so sánh',
    );
    expect(
      evaluateTarget(above, facts(year(2025, full()), year(2024, full({ '2.1': null })))).reason,
    ).toBe('Chưa chấm đủ điểm chỉ số năm 2024');
  });

  it('compares a node through last year’s code (this year’s 2 was 1 last year)', () => {
    const previous = {
      ...year(2024, full({ '1.1': 2 })),
      codeMapping: reverseCodeMapping({ '1': '2' }),
    };
    // This year's node 2 (83 %) against last year's node 1 (2 + 4 of 10 = 60 %).
    const verdict = evaluateTarget(
      target({ kind: 'above_last_year', nodeCode: '2' }),
      facts(year(2025, full()), previous),
    );
    expect(verdict).toMatchObject({
      status: 'met',
      evidence: 'Tiêu chí 2 năm 2025: 83,00%; năm 2024: 60,00%',
    });
  });
});

describe('evaluateTarget: grade', () => {
  it('86,50% is Khá: meets "đạt loại Khá", misses "đạt loại Tốt"', () => {
    const current = facts(year(2025, full()));
    expect(evaluateTarget(target({ kind: 'grade', grade: 'Khá' }), current)).toEqual({
      status: 'met',
      evidence: 'Chỉ số năm 2025: 86,50%, loại Khá',
      reason: '',
    });
    expect(evaluateTarget(target({ kind: 'grade', grade: 'Tốt' }), current).status).toBe('not_met');
  });

  it('a higher grade than asked meets it; the grade may be named by code', () => {
    const verdict = evaluateTarget(
      target({ kind: 'grade', grade: 'trung_binh' }),
      facts(year(2025, full({ '2.1': 10 }))),
    );
    expect(verdict).toMatchObject({ status: 'met', evidence: 'Chỉ số năm 2025: 95,00%, loại Tốt' });
  });

  it('uses the framework’s own bands: "Xuất sắc" from 95%', () => {
    const bands = [
      { code: 'xuat_sac', label: 'Xuất sắc', minPercent: 95 },
      { code: 'dat', label: 'Đạt', minPercent: 50 },
    ];
    const verdict = evaluateTarget(target({ kind: 'grade', grade: 'Xuất sắc' }), {
      ...facts(year(2025, full())),
      gradeBands: bands,
    });
    expect(verdict).toMatchObject({
      status: 'not_met',
      evidence: 'Chỉ số năm 2025: 86,50%, loại Đạt',
    });
  });

  it('is unknown for a grade the bands do not have, and while unscored', () => {
    expect(
      evaluateTarget(target({ kind: 'grade', grade: 'Xuất sắc' }), facts(year(2025, full())))
        .reason,
    ).toBe('Loại «Xuất sắc» không có trong thang xếp loại (Tốt, Khá, Trung bình, Yếu)');
    expect(
      evaluateTarget(
        target({ kind: 'grade', grade: 'Khá' }),
        facts(year(2025, full({ '1.1': null }))),
      ).status,
    ).toBe('unknown');
  });
});

describe('evaluateTarget: bonus', () => {
  const bonus = target({ kind: 'bonus' });

  it('1,5 bonus points meet "có điểm thưởng"', () => {
    expect(evaluateTarget(bonus, facts(year(2025, full({ '3.1': 1.5 }))))).toEqual({
      status: 'met',
      evidence: 'Điểm thưởng năm 2025: 1,5 điểm',
      reason: '',
    });
  });

  it('a bonus scored 0 does not', () => {
    expect(evaluateTarget(bonus, facts(year(2025, full({ '3.1': 0 })))).status).toBe('not_met');
  });

  it('an unscored bonus leaf with no bonus yet is unknown', () => {
    expect(evaluateTarget(bonus, facts(year(2025, full({ '3.1': null }))))).toEqual({
      status: 'unknown',
      evidence: 'Điểm thưởng năm 2025: 0 điểm',
      reason: 'Chưa chấm điểm thưởng năm 2025',
    });
  });

  it('a node’s bonus is its own: area 1 has none even when the index has some', () => {
    const verdict = evaluateTarget(
      target({ kind: 'bonus', nodeCode: '1' }),
      facts(year(2025, full({ '3.1': 2 }))),
    );
    expect(verdict.status).toBe('not_met');
  });
});

describe('evaluateTarget: share of sub-indices', () => {
  // Areas: 1 at 90 %, 2 at 83 % (the bonus area is left out).
  const share = (
    value: number,
    sharePercent: number | null = 100,
    nodeCode: string | null = null,
  ) =>
    target({ kind: 'subindex_share', comparator: 'gte', value, unit: '%', sharePercent, nodeCode });

  it('every area ≥ 80%: both are', () => {
    expect(evaluateTarget(share(80), facts(year(2025, full())))).toEqual({
      status: 'met',
      evidence: '2/2 chỉ số thành phần năm 2025 đạt ≥ 80,00%',
      reason: '',
    });
  });

  it('every area ≥ 85%: area 2 at 83,00% is not', () => {
    expect(evaluateTarget(share(85), facts(year(2025, full())))).toEqual({
      status: 'not_met',
      evidence: '1/2 chỉ số thành phần năm 2025 đạt ≥ 85,00%; chưa đạt: 2 (83,00%)',
      reason: '',
    });
  });

  it('half the areas ≥ 85% is enough for "ít nhất 50%"', () => {
    expect(evaluateTarget(share(85, 50), facts(year(2025, full()))).status).toBe('met');
  });

  it('an unscored area leaves "all ≥ 80%" unknown, but not "all ≥ 95%" already missed', () => {
    const partial = facts(year(2025, full({ '2.1': null })));
    expect(evaluateTarget(share(80), partial)).toEqual({
      status: 'unknown',
      evidence: '1/2 chỉ số thành phần năm 2025 đạt ≥ 80,00%; chưa chấm đủ: 2',
      reason: 'Chưa chấm đủ điểm chỉ số thành phần năm 2025',
    });
    expect(evaluateTarget(share(95), partial).status).toBe('not_met');
  });

  it('counts a node’s children by score when the unit is not %', () => {
    const verdict = evaluateTarget(
      target({ kind: 'subindex_share', nodeCode: '1', value: 5, unit: 'điểm', sharePercent: 100 }),
      facts(year(2025, full())),
    );
    expect(verdict).toMatchObject({
      status: 'not_met',
      evidence: '1/2 chỉ số thành phần năm 2025 đạt ≥ 5; chưa đạt: 1.2 (4)',
    });
  });
});

describe('reverseCodeMapping', () => {
  it('reads last year’s code from this year’s', () => {
    expect(reverseCodeMapping({ '1.1.2': '1.1.3', '2': '3' })).toEqual({
      '1.1.3': '1.1.2',
      '3': '2',
    });
  });
});
