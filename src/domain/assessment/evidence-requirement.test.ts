import { describe, expect, it } from 'vitest';
import { leaf } from '../frameworks/framework.fixture';
import { countedSelfScore, needsEvidence, needsExplanation } from './evidence-requirement';

describe('evidence requirement', () => {
  const plan = leaf('1.1.1', 1, { evidence: 'Kế hoạch CCHC năm', zeroWithoutEvidence: true });
  const report = leaf('1.2', 1, { evidence: 'Các báo cáo CCHC quý' });
  const free = leaf('1.9', 1);

  it('asks for evidence where the framework names it, unless it says otherwise', () => {
    expect(needsEvidence(report)).toBe(true);
    expect(needsEvidence(free)).toBe(false);
    expect(needsEvidence({ ...report, requiresEvidence: false })).toBe(false);
    expect(needsEvidence({ ...free, requiresEvidence: true })).toBe(true);
  });

  it('counts 0 for a plan the unit claims but has not attached, whatever the input says', () => {
    expect(countedSelfScore(plan, 1, 0)).toBe(0);
    expect(countedSelfScore(plan, 1, 1)).toBe(1);
    expect(countedSelfScore(report, 1, 0)).toBe(1);
    expect(countedSelfScore(plan, null, 0)).toBeNull();
  });

  it('wants an explanation for a scored item without its evidence, not for 0 or a zero-without-evidence item', () => {
    const item = { claimedScore: 1, notApplicable: false, evidenceCount: 0 };
    expect(needsExplanation(report, item)).toBe(true);
    expect(needsExplanation(report, { ...item, evidenceCount: 1 })).toBe(false);
    expect(needsExplanation(report, { ...item, claimedScore: 0 })).toBe(false);
    expect(needsExplanation(plan, item)).toBe(false);
    expect(needsExplanation(free, item)).toBe(false);
  });
});
