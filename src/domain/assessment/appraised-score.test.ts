import { describe, expect, it } from 'vitest';
import { group, leaf } from '../frameworks/framework.fixture';
import {
  appraisedLeafCodes,
  confirmationPlan,
  countingAppraisedScore,
  surveyCodes,
  type AppraisalScores,
} from './appraised-score';

const entry = (nodeCode: string, scores: Partial<AppraisalScores>): AppraisalScores => ({
  nodeCode,
  selfScore: null,
  notApplicable: false,
  appraisedScore1: null,
  appraisedScore2: null,
  ...scores,
});

const nodes = [
  group('1', 4),
  leaf('1.1', 2),
  leaf('1.2', 2),
  group('2', 6, { method: 'survey' }),
  leaf('2.1', 6, { method: undefined, rule: { type: 'survey' } }),
  group('3', 3),
  leaf('3.1', 3, { method: undefined }),
];

describe('countingAppraisedScore', () => {
  it('takes appraisal 2 over appraisal 1, and null when neither was given', () => {
    expect(countingAppraisedScore({ appraisedScore1: 1, appraisedScore2: 0.5 })).toBe(0.5);
    expect(countingAppraisedScore({ appraisedScore1: 1, appraisedScore2: null })).toBe(1);
    expect(countingAppraisedScore({ appraisedScore1: null, appraisedScore2: null })).toBeNull();
  });
});

describe('surveyCodes and appraisedLeafCodes', () => {
  it('inherits the survey method from an area and leaves survey and exempt leaves out', () => {
    expect([...surveyCodes(nodes)].sort()).toEqual(['2', '2.1']);
    expect(appraisedLeafCodes(nodes, new Set(['3.1']))).toEqual(['1.1', '1.2']);
  });
});

describe('confirmationPlan', () => {
  const leaves = ['1.1', '1.2', '3.1'];

  it('stage 1: untouched leaves take the self score, appraised ones stay', () => {
    const plan = confirmationPlan(
      leaves,
      [
        entry('1.1', { selfScore: 2, appraisedScore1: 1 }),
        entry('1.2', { selfScore: 1.5 }),
        entry('3.1', { selfScore: 3 }),
      ],
      1,
    );
    expect(plan).toEqual({
      writes: [
        { nodeCode: '1.2', stage: 1, score: 1.5 },
        { nodeCode: '3.1', stage: 1, score: 3 },
      ],
      unscored: [],
    });
  });

  it('stage 2: untouched leaves keep appraisal 1; a leaf with no score at all is listed', () => {
    const plan = confirmationPlan(
      leaves,
      [
        entry('1.1', { selfScore: 2, appraisedScore1: 1, appraisedScore2: 2 }),
        entry('1.2', { selfScore: 1.5, appraisedScore1: 0.5 }),
        entry('3.1', { notApplicable: true }),
      ],
      2,
    );
    expect(plan.writes).toEqual([{ nodeCode: '1.2', stage: 2, score: 0.5 }]);
    expect(confirmationPlan(['1.1'], [], 1).unscored).toEqual(['1.1']);
  });
});
