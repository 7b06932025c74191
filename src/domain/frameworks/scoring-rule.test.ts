import { describe, it, expect } from 'vitest';
import { formatViNumber } from '../shared/vi-format';
import {
  applyScoringRule,
  enteredScoreProblem,
  type ScoringOutcome,
  type ScoringRule,
} from './scoring-rule';

function pointsOf(outcome: ScoringOutcome): number {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.points;
}

function messageOf(outcome: ScoringOutcome): string {
  if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.points} points`);
  return outcome.message;
}

describe('ratio with threshold (tỷ lệ, đạt ngưỡng được điểm tối đa)', () => {
  const onTime: ScoringRule = { type: 'ratio_threshold', threshold: 95 };

  it('gives full points at 97.2% on-time when the threshold is 95%', () => {
    expect(pointsOf(applyScoringRule(onTime, 97.2, 3))).toBe(3);
  });

  it('gives full points at exactly the 95% threshold', () => {
    expect(pointsOf(applyScoringRule(onTime, 95, 3))).toBe(3);
  });

  it('gives rate × max ÷ threshold below it: 90% of a 3-point criterion is 2,8421', () => {
    const points = pointsOf(applyScoringRule(onTime, 90, 3));
    expect(points).toBeCloseTo(2.8421, 4);
    expect(formatViNumber(points)).toBe('2,84');
  });

  it('gives nothing when no dossier was on time', () => {
    expect(pointsOf(applyScoringRule(onTime, 0, 3))).toBe(0);
  });

  it('refuses a rate above 100% in Vietnamese', () => {
    expect(messageOf(applyScoringRule(onTime, 102, 3))).toBe(
      'Tỷ lệ phải từ 0% đến 100%, nhận được 102%.',
    );
  });

  it('refuses a negative rate', () => {
    expect(messageOf(applyScoringRule(onTime, -1, 3))).toMatch(/từ 0% đến 100%/);
  });

  it('refuses a rule whose threshold is 0', () => {
    const broken: ScoringRule = { type: 'ratio_threshold', threshold: 0 };
    expect(messageOf(applyScoringRule(broken, 50, 3))).toMatch(/Ngưỡng/);
  });
});

describe('ratio (theo tỷ lệ)', () => {
  it('gives 0,813 of 1 point when 81.3% of the socio-economic targets are met', () => {
    expect(pointsOf(applyScoringRule({ type: 'ratio' }, 81.3, 1))).toBe(0.813);
  });

  it('gives 0,90 of 1 point when 90% of the training plan is done', () => {
    expect(pointsOf(applyScoringRule({ type: 'ratio' }, 90, 1))).toBe(0.9);
  });

  it('refuses a rate that is not a number', () => {
    expect(messageOf(applyScoringRule({ type: 'ratio' }, Number.NaN, 1))).toMatch(/phần trăm/);
  });
});

describe('binary (có / không)', () => {
  it('gives the full 0,5 when no civil servant was disciplined', () => {
    expect(pointsOf(applyScoringRule({ type: 'binary' }, true, 0.5))).toBe(0.5);
  });

  it('gives 0 otherwise', () => {
    expect(pointsOf(applyScoringRule({ type: 'binary' }, false, 0.5))).toBe(0);
  });
});

describe('tiered (theo mức)', () => {
  const planIssued: ScoringRule = {
    type: 'tiered',
    tiers: [
      { label: 'Ban hành đúng hạn', points: 1 },
      { label: 'Ban hành trễ hạn', points: 0.5 },
      { label: 'Không ban hành', points: 0 },
    ],
  };

  it('gives 1 for a plan issued on time', () => {
    expect(pointsOf(applyScoringRule(planIssued, 'Ban hành đúng hạn', 1))).toBe(1);
  });

  it('gives 0,5 for a late plan, matching the tier without accents', () => {
    expect(pointsOf(applyScoringRule(planIssued, 'ban hanh tre han', 1))).toBe(0.5);
  });

  it('refuses an unknown tier and lists the valid ones', () => {
    expect(messageOf(applyScoringRule(planIssued, 'Ban hành một phần', 1))).toBe(
      'Mức «Ban hành một phần» không có trong quy tắc chấm điểm; các mức hợp lệ: «Ban hành đúng hạn», «Ban hành trễ hạn», «Không ban hành».',
    );
  });

  it('refuses a tier worth more than the criterion', () => {
    expect(messageOf(applyScoringRule(planIssued, 'Ban hành đúng hạn', 0.75))).toMatch(
      /vượt điểm tối đa 0,75/,
    );
  });
});

describe('deduction (trừ điểm theo số lần vi phạm)', () => {
  const perLateReport: ScoringRule = { type: 'deduction', pointsPerEvent: 0.1 };

  it('starts from full points: no late report keeps 0,5', () => {
    expect(pointsOf(applyScoringRule(perLateReport, 0, 0.5))).toBe(0.5);
  });

  it('loses 0,1 per late report: one gives 0,4 of 0,5', () => {
    expect(pointsOf(applyScoringRule(perLateReport, 1, 0.5))).toBe(0.4);
  });

  it('never goes below 0', () => {
    expect(pointsOf(applyScoringRule(perLateReport, 9, 0.5))).toBe(0);
  });

  it('refuses a fractional or negative count', () => {
    expect(messageOf(applyScoringRule(perLateReport, 1.5, 0.5))).toMatch(/số nguyên không âm/);
    expect(messageOf(applyScoringRule(perLateReport, -1, 0.5))).toMatch(/số nguyên không âm/);
  });
});

describe('survey (điều tra xã hội học)', () => {
  it('converts a 93,9% citizens satisfaction into 9,39 of 10 points', () => {
    expect(pointsOf(applyScoringRule({ type: 'survey' }, 93.9, 10))).toBe(9.39);
  });

  it('refuses a survey index above 100%', () => {
    expect(messageOf(applyScoringRule({ type: 'survey' }, 100.5, 10))).toMatch(
      /^Kết quả điều tra xã hội học phải từ 0% đến 100%/,
    );
  });
});

describe('bonus (điểm thưởng)', () => {
  const initiatives: ScoringRule = { type: 'bonus', maxBonus: 2 };

  it('adds the bonus awarded', () => {
    expect(pointsOf(applyScoringRule(initiatives, 1.5, 2))).toBe(1.5);
  });

  it('refuses more than the bonus ceiling', () => {
    expect(messageOf(applyScoringRule(initiatives, 2.5, 2))).toBe(
      'Điểm thưởng phải từ 0 đến 2, nhận được 2,5.',
    );
  });
});

describe('any rule', () => {
  it('refuses a negative maximum', () => {
    expect(messageOf(applyScoringRule({ type: 'binary' }, true, -1))).toMatch(/Điểm tối đa/);
  });

  it('refuses an input of the wrong kind read from a file', () => {
    const fromFile = 'có' as unknown as boolean;
    expect(messageOf(applyScoringRule({ type: 'binary' }, fromFile, 1))).toMatch(/Có/);
  });
});

describe('enteredScoreProblem: a «Có / không» criterion takes 0 or the max', () => {
  const binary = { type: 'binary' } as const;

  it('accepts 0 and the max, and any score on other rules', () => {
    expect(enteredScoreProblem(binary, 0.75, 0)).toBeNull();
    expect(enteredScoreProblem(binary, 0.75, 0.75)).toBeNull();
    expect(enteredScoreProblem({ type: 'ratio' }, 0.75, 0.5)).toBeNull();
    expect(enteredScoreProblem(undefined, 0.75, 0.5)).toBeNull();
  });

  it('refuses anything in between, in Vietnamese', () => {
    expect(enteredScoreProblem(binary, 1, 0.5)).toBe(
      'tiêu chí chấm «Có / không» chỉ nhận 0 hoặc 1 điểm (điểm tối đa), nhận được 0,5.',
    );
    expect(enteredScoreProblem(binary, 0.75, 0.74)).toMatch(/0 hoặc 0,75 điểm/);
  });

  it('leaves out-of-range scores to the range check', () => {
    expect(enteredScoreProblem(binary, 1, 1.5)).toBeNull();
    expect(enteredScoreProblem(binary, 1, -1)).toBeNull();
  });
});
