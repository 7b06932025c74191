import { describe, expect, it } from 'vitest';
import { leaf } from '../frameworks/framework.fixture';
import { computeSelfScore, SURVEY_NOT_SELF_SCORED } from './self-score';

const refused = (outcome: ReturnType<typeof computeSelfScore>) =>
  outcome.ok ? null : outcome.message;

describe('computeSelfScore', () => {
  const onTime = leaf('3.2', 2, { rule: { type: 'ratio_threshold', threshold: 95 } });

  it('gives full points for 95 of 100 dossiers on time with a 95 % threshold', () => {
    expect(computeSelfScore(onTime, { type: 'ratio', numerator: 95, denominator: 100 })).toEqual({
      ok: true,
      score: 2,
      rate: 95,
    });
  });

  it('scores 90 of 100 below the threshold as 90 ÷ 95 of the points', () => {
    expect(computeSelfScore(onTime, { type: 'ratio', numerator: 90, denominator: 100 })).toEqual({
      ok: true,
      score: 1.8947,
      rate: 90,
    });
  });

  it('scores a plain ratio as rate × max ÷ 100', () => {
    const plain = leaf('1.1.2', 3);
    expect(computeSelfScore(plain, { type: 'ratio', numerator: 1, denominator: 3 })).toEqual({
      ok: true,
      score: 1,
      rate: 33.3333,
    });
  });

  it('refuses a denominator of 0, a numerator above the denominator, negatives and fractions of a count', () => {
    const ratio = (numerator: number, denominator: number) =>
      refused(computeSelfScore(onTime, { type: 'ratio', numerator, denominator }));
    expect(ratio(0, 0)).toMatch(/Mẫu số phải lớn hơn 0/);
    expect(ratio(101, 100)).toBe('Tử số (101) không được lớn hơn mẫu số (100).');
    expect(ratio(-1, 100)).toMatch(/Tử số không được âm/);
    expect(ratio(2.5, 10)).toMatch(/phải là số nguyên/);
  });

  it('reads yes/no, a tier and a count of violations', () => {
    expect(
      computeSelfScore(leaf('1.3.1', 1, { rule: { type: 'binary' } }), {
        type: 'binary',
        achieved: true,
      }),
    ).toMatchObject({ ok: true, score: 1 });
    const tiered = leaf('1.1.1', 1, {
      rule: {
        type: 'tiered',
        tiers: [
          { label: 'Ban hành đúng hạn', points: 1 },
          { label: 'Ban hành trễ hạn', points: 0.5 },
        ],
      },
    });
    expect(computeSelfScore(tiered, { type: 'tiered', tier: 'Ban hành trễ hạn' })).toMatchObject({
      score: 0.5,
    });
    expect(refused(computeSelfScore(tiered, { type: 'tiered', tier: 'Không có' }))).toMatch(
      /không có trong quy tắc/,
    );
    const deduction = leaf('1.2.2', 1, { rule: { type: 'deduction', pointsPerEvent: 0.25 } });
    expect(computeSelfScore(deduction, { type: 'deduction', events: 2 })).toMatchObject({
      score: 0.5,
    });
  });

  it('takes points within 0..max on a node without a rule and a bonus within its bonus', () => {
    const free = { maxPoints: 2, method: 'appraised' as const };
    expect(computeSelfScore(free, { type: 'points', points: 1.5 })).toMatchObject({ score: 1.5 });
    expect(refused(computeSelfScore(free, { type: 'points', points: 2.5 }))).toBe(
      'Điểm phải từ 0 đến 2 (điểm tối đa), nhận được 2,5.',
    );
    const bonus = leaf('9.1', 1, { rule: { type: 'bonus', maxBonus: 1 }, isBonus: true });
    expect(computeSelfScore(bonus, { type: 'points', points: 0.5 })).toMatchObject({ score: 0.5 });
    expect(refused(computeSelfScore(bonus, { type: 'points', points: 3 }))).toMatch(
      /Điểm thưởng phải từ 0 đến 1/,
    );
  });

  it('refuses to self-score a survey criterion and an input that does not fit the rule', () => {
    const survey = leaf('1.7', 1, { method: 'survey', rule: { type: 'survey' } });
    expect(refused(computeSelfScore(survey, { type: 'points', points: 1 }))).toBe(
      SURVEY_NOT_SELF_SCORED,
    );
    expect(refused(computeSelfScore(onTime, { type: 'points', points: 2 }))).toBe(
      'Tiêu chí này chấm bằng tử số / mẫu số, không nhận số điểm.',
    );
  });
});
