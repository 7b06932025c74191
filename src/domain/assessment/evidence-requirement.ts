import type { FrameworkNode } from '../frameworks/framework';

/**
 * Tiêu chí cần tài liệu kiểm chứng: `requiresEvidence` when the framework says so, otherwise true
 * exactly when the node describes its evidence (a non-empty `evidence` text).
 */
export function needsEvidence(node: Pick<FrameworkNode, 'evidence' | 'requiresEvidence'>): boolean {
  return node.requiresEvidence ?? (node.evidence ?? '').trim() !== '';
}

/**
 * Không có tài liệu kiểm chứng thì 0 điểm: true for a node that needs evidence and whose
 * framework says it scores nothing without it (e.g. the yearly CCHC plan the unit must issue).
 */
export function scoresZeroWithoutEvidence(
  node: Pick<FrameworkNode, 'evidence' | 'requiresEvidence' | 'zeroWithoutEvidence'>,
): boolean {
  return node.zeroWithoutEvidence === true && needsEvidence(node);
}

/**
 * Điểm tự chấm được tính: the score the rule gives, or 0 for a «không minh chứng thì 0 điểm»
 * node without any evidence; null stays null (not scored yet).
 */
export function countedSelfScore(
  node: Pick<FrameworkNode, 'evidence' | 'requiresEvidence' | 'zeroWithoutEvidence'>,
  computedScore: number | null,
  evidenceCount: number,
): number | null {
  if (computedScore === null) return null;
  return evidenceCount === 0 && scoresZeroWithoutEvidence(node) ? 0 : computedScore;
}

/** Một tiêu chí đã tự chấm, as the requirement checks read it. */
export interface SelfScoredItem {
  /** The score the unit's input gives under the rule (before the zero-without-evidence rule). */
  claimedScore: number | null;
  notApplicable: boolean;
  evidenceCount: number;
}

/**
 * Cần giải trình: a scored item (above 0) that needs evidence and has none must carry the unit's
 * explanation (giải trình). A «không minh chứng thì 0 điểm» item needs none: it counts 0, which
 * no explanation changes.
 */
export function needsExplanation(
  node: Pick<FrameworkNode, 'evidence' | 'requiresEvidence' | 'zeroWithoutEvidence'>,
  item: SelfScoredItem,
): boolean {
  if (item.notApplicable || item.claimedScore === null || item.claimedScore <= 0) return false;
  if (item.evidenceCount > 0 || !needsEvidence(node)) return false;
  return !scoresZeroWithoutEvidence(node);
}
