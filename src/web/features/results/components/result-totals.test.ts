import { describe, expect, it } from 'vitest';
import {
  countedScore,
  lockedEntryCodes,
  readScore,
  rollUpDrafts,
  type DraftNode,
  type DraftScores,
} from './result-totals';

function draft(scores: Partial<DraftScores> = {}): DraftScores {
  return { selfScore: '', appraisedScore: '', surveyScore: '', notApplicable: false, ...scores };
}

// Sample 000's procedures area in small: 3 = 3.3 (3.3.1 worth 3, 3.3.2 worth 2) and a bonus 9.
const NODES: DraftNode[] = [
  { code: '3', parentCode: null, maxPoints: 5 },
  { code: '3.3', parentCode: '3', maxPoints: 5 },
  { code: '3.3.1', parentCode: '3.3', maxPoints: 3 },
  { code: '3.3.2', parentCode: '3.3', maxPoints: 2 },
  { code: '9', parentCode: null, maxPoints: 1, isBonus: true },
];

describe('provisional totals while typing', () => {
  it('reads "2,95" with a decimal comma as 2.95, and refuses text', () => {
    expect(readScore('2,95')).toBe(2.95);
    expect(readScore('2.95')).toBe(2.95);
    expect(readScore('  ')).toBeNull();
    expect(readScore('hai')).toBe('invalid');
  });

  it('counts the appraised score over the self-assessed one', () => {
    expect(countedScore(draft({ selfScore: '1', appraisedScore: '0,5' }))).toBe(0.5);
    expect(countedScore(draft({ selfScore: '0,75' }))).toBe(0.75);
  });

  it("sums sample 000's on-time dossiers 2,95/3 and 1,99/2 into 4,94 of 5, the bonus left empty", () => {
    const totals = rollUpDrafts(NODES, {
      '3.3.1': draft({ appraisedScore: '2,95' }),
      '3.3.2': draft({ appraisedScore: '1,99' }),
    });
    expect(totals).toMatchObject({
      score: 4.94,
      applicableMaxPoints: 5,
      indexPercent: 98.8,
      scoreState: 'scored',
    });
  });

  it('shows an empty sub-criterion as unscored, not 0: the area is partial and there is no index', () => {
    const totals = rollUpDrafts(NODES, { '3.3.1': draft({ appraisedScore: '2,95' }) });
    expect(totals).toMatchObject({ score: 2.95, indexPercent: null, scoreState: 'partial' });
    expect(totals.nodes.get('3.3.2')?.scoreState).toBe('unscored');
    expect(totals.nodes.get('3')?.scoreState).toBe('partial');
    expect(rollUpDrafts(NODES, {}).scoreState).toBe('unscored');
  });

  it('takes a score typed on the area for the whole branch', () => {
    const totals = rollUpDrafts(NODES, { '3': draft({ appraisedScore: '4' }) });
    expect(totals).toMatchObject({ score: 4, indexPercent: 80, scoreState: 'scored' });
  });

  it('leaves a not-applicable leaf out of the maximum, and a bonus adds points only', () => {
    const totals = rollUpDrafts(NODES, {
      '3.3.1': draft({ appraisedScore: '3' }),
      '3.3.2': draft({ notApplicable: true, appraisedScore: '2' }),
      '9': draft({ appraisedScore: '1' }),
    });
    expect(totals).toMatchObject({ score: 4, applicableMaxPoints: 3, scoreState: 'scored' });
  });
});

describe('one branch, one level of entry', () => {
  it('locks the sub-criteria under an area typed directly, and the area above a typed sub-criterion', () => {
    expect([...lockedEntryCodes(NODES, { '3': draft({ appraisedScore: '4' }) })].sort()).toEqual([
      '3.3',
      '3.3.1',
      '3.3.2',
    ]);
    expect(
      [...lockedEntryCodes(NODES, { '3.3.2': draft({ notApplicable: true }) })].sort(),
    ).toEqual(['3', '3.3']);
    expect(lockedEntryCodes(NODES, { '3.3.1': draft() }).size).toBe(0);
  });
});
