/**
 * Tổng điểm tạm tính while typing: the sum of the leaves' scores that count, recomputed in the
 * browser for feedback only (the server rolls the result up again on save, with its rules).
 */
import { parseViNumber } from '@contract/vi-format';

/** One leaf as the entry form holds it: typed text per score, the not-applicable switch. */
export interface LeafDraft {
  maxPoints: number;
  isBonus: boolean;
  selfScore: string;
  appraisedScore: string;
  surveyScore: string;
  notApplicable: boolean;
}

/** A typed score: null when empty, 'invalid' when not a number ("2,95" and "2.95" are numbers). */
export function readScore(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  return parseViNumber(text) ?? 'invalid';
}

/** The score that counts, by the server's precedence: appraised ?? survey ?? self. */
export function countedScore(leaf: LeafDraft): number | null {
  for (const text of [leaf.appraisedScore, leaf.surveyScore, leaf.selfScore]) {
    const value = readScore(text);
    if (typeof value === 'number') return value;
  }
  return null;
}

/** Provisional totals: score, applicable max (not-applicable leaves and bonuses left out), index %. */
export function sumDraftTotals(leaves: readonly LeafDraft[]) {
  let score = 0;
  let applicableMaxPoints = 0;
  for (const leaf of leaves) {
    if (leaf.notApplicable) continue;
    if (!leaf.isBonus) applicableMaxPoints += leaf.maxPoints;
    score += countedScore(leaf) ?? 0;
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    score: round(score),
    applicableMaxPoints: round(applicableMaxPoints),
    indexPercent:
      applicableMaxPoints > 0 ? Math.round((score / applicableMaxPoints) * 10_000) / 100 : null,
  };
}
