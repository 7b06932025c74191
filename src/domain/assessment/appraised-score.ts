import type { FrameworkNode } from '../frameworks/framework';
import { frameworkTree, isLeafCode, ancestorCodes } from '../frameworks/framework-tree';
import type { AppraisalStage } from './round-state';

// Điểm thẩm định được tính: appraisal 2 replaces appraisal 1 where it was given; confirming a
// unit's appraisal (xác nhận thẩm định) fills the criteria the council left as they were.

/** The score fields of an entry that appraisal reads. */
export interface AppraisalScores {
  nodeCode: string;
  selfScore: number | null;
  notApplicable: boolean;
  appraisedScore1: number | null;
  appraisedScore2: number | null;
}

/** Điểm thẩm định được tính của một tiêu chí: appraisal 2 ?? appraisal 1 (null: not appraised). */
export function countingAppraisedScore(
  entry: Pick<AppraisalScores, 'appraisedScore1' | 'appraisedScore2'>,
): number | null {
  return entry.appraisedScore2 ?? entry.appraisedScore1;
}

/** Nút chấm bằng điều tra xã hội học: the codes whose own method, else the nearest ancestor's, is survey, or whose rule is. */
export function surveyCodes(nodes: readonly FrameworkNode[]): Set<string> {
  const tree = frameworkTree(nodes);
  const codes = new Set<string>();
  for (const node of nodes) {
    const methods = [node.code, ...ancestorCodes(tree, node.code)]
      .map((code) => tree.byCode.get(code)?.method)
      .filter((method) => method !== undefined);
    if (methods[0] === 'survey' || node.rule?.type === 'survey') codes.add(node.code);
  }
  return codes;
}

/**
 * Tiêu chí được thẩm định: the leaves the council appraises for a unit — leaves not scored by the
 * survey and not in `notApplicable` (the unit's exemptions and entries marked không áp dụng).
 */
export function appraisedLeafCodes(
  nodes: readonly FrameworkNode[],
  notApplicable: ReadonlySet<string>,
): string[] {
  const tree = frameworkTree(nodes);
  const survey = surveyCodes(nodes);
  return nodes
    .filter(
      (node) =>
        isLeafCode(tree, node.code) && !survey.has(node.code) && !notApplicable.has(node.code),
    )
    .map((node) => node.code);
}

/** One score confirming writes: the stage's field of `nodeCode` takes `score`. */
export interface ConfirmedScore {
  nodeCode: string;
  stage: AppraisalStage;
  score: number;
}

/** What confirming gives: scores to write, and criteria with no score to carry (the council must score them first). */
export interface ConfirmationPlan {
  writes: ConfirmedScore[];
  unscored: string[];
}

/**
 * Xác nhận thẩm định đơn vị: every appraised leaf the current stage did not touch takes the score
 * before it — in stage 1 the self score, in stage 2 appraisal 1 (or the self score) — so that the
 * council's silence reads as agreement. A leaf with nothing to carry is listed in `unscored`.
 */
export function confirmationPlan(
  leafCodes: readonly string[],
  entries: readonly AppraisalScores[],
  stage: AppraisalStage,
): ConfirmationPlan {
  const byCode = new Map(entries.map((entry) => [entry.nodeCode, entry]));
  const writes: ConfirmedScore[] = [];
  const unscored: string[] = [];
  for (const nodeCode of leafCodes) {
    const entry = byCode.get(nodeCode);
    if (entry?.notApplicable) continue;
    const current = stage === 1 ? entry?.appraisedScore1 : entry?.appraisedScore2;
    if (current !== null && current !== undefined) continue;
    const before =
      stage === 1
        ? (entry?.selfScore ?? null)
        : (entry?.appraisedScore1 ?? entry?.selfScore ?? null);
    if (before === null) unscored.push(nodeCode);
    else writes.push({ nodeCode, stage, score: before });
  }
  return { writes, unscored };
}
