import { describe, expect, it } from 'vitest';
import { countedScore, readScore, sumDraftTotals, type LeafDraft } from './result-totals';

function buildLeaf(leaf: Partial<LeafDraft> = {}): LeafDraft {
  return {
    maxPoints: 1,
    isBonus: false,
    selfScore: '',
    appraisedScore: '',
    surveyScore: '',
    notApplicable: false,
    ...leaf,
  };
}

describe('provisional totals while typing', () => {
  it('reads "2,95" with a decimal comma as 2.95, and refuses text', () => {
    expect(readScore('2,95')).toBe(2.95);
    expect(readScore('2.95')).toBe(2.95);
    expect(readScore('  ')).toBeNull();
    expect(readScore('hai')).toBe('invalid');
  });

  it('counts the appraised score over the self-assessed one', () => {
    expect(countedScore(buildLeaf({ selfScore: '1', appraisedScore: '0,5' }))).toBe(0.5);
    expect(countedScore(buildLeaf({ selfScore: '0,75' }))).toBe(0.75);
  });

  it("sums sample 000's on-time dossiers 2,95/3 and 1,99/2 into 4,94 of 5", () => {
    const totals = sumDraftTotals([
      buildLeaf({ maxPoints: 3, appraisedScore: '2,95' }),
      buildLeaf({ maxPoints: 2, appraisedScore: '1,99' }),
    ]);
    expect(totals).toEqual({ score: 4.94, applicableMaxPoints: 5, indexPercent: 98.8 });
  });

  it('leaves a not-applicable leaf out of the maximum, and a bonus adds points only', () => {
    const totals = sumDraftTotals([
      buildLeaf({ maxPoints: 4, appraisedScore: '3' }),
      buildLeaf({ maxPoints: 6, notApplicable: true, appraisedScore: '6' }),
      buildLeaf({ maxPoints: 1, isBonus: true, appraisedScore: '1' }),
    ]);
    expect(totals).toEqual({ score: 4, applicableMaxPoints: 4, indexPercent: 100 });
  });
});
