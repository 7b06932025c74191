import type { Framework, FrameworkNode } from '../frameworks/framework';
import { frameworkTree, isLeafCode } from '../frameworks/framework-tree';
import type { OrganisationType } from '../organisations/organisation-type';
import { needsExplanation } from './evidence-requirement';
import { selfInputTypeOf } from './self-score';
import { notApplicableCodes } from './unit-applicability';

/** Tiêu chí tự chấm của đơn vị as the completion reads it: what the unit saved for one node. */
export interface SelfEntryState {
  nodeCode: string;
  /** The score the unit's input gives under the rule (null: not scored yet). */
  claimedScore: number | null;
  notApplicable: boolean;
  selfExplanation: string;
  evidenceCount: number;
}

/**
 * Tiến độ tự đánh giá của đơn vị: applicable leaves the unit scores itself (survey leaves and
 * nodes not applicable left out), how many are scored, have evidence, need an explanation
 * (giải trình) and have it; percent = scored ÷ applicable, whole number.
 */
export interface SelfAssessmentCompletion {
  applicable: number;
  scored: number;
  withEvidence: number;
  needingExplanation: number;
  explained: number;
  percent: number;
}

/** Điều kiện gửi tự đánh giá: the codes still unscored and those still lacking an explanation. */
export interface SubmitBlockers {
  unscoredCodes: string[];
  unexplainedCodes: string[];
}

/** Tiêu chí đơn vị tự chấm: applicable non-survey leaves (before the unit's own not-applicable flags). */
export function selfScoredLeaves(
  framework: Pick<Framework, 'nodes'>,
  unitType: OrganisationType,
  exemptNodeCodes: readonly string[],
): FrameworkNode[] {
  const tree = frameworkTree(framework.nodes);
  const exempt = notApplicableCodes(framework, unitType, exemptNodeCodes);
  return framework.nodes.filter(
    (node) =>
      isLeafCode(tree, node.code) && !exempt.has(node.code) && selfInputTypeOf(node) !== null,
  );
}

/** Tính tiến độ tự đánh giá (SelfAssessmentCompletion) and what still blocks the submission. */
export function computeCompletion(
  framework: Pick<Framework, 'nodes'>,
  unitType: OrganisationType,
  exemptNodeCodes: readonly string[],
  entries: readonly SelfEntryState[],
): SelfAssessmentCompletion & SubmitBlockers {
  const byCode = new Map(entries.map((entry) => [entry.nodeCode, entry]));
  const result = {
    applicable: 0,
    scored: 0,
    withEvidence: 0,
    needingExplanation: 0,
    explained: 0,
    percent: 100,
    unscoredCodes: [] as string[],
    unexplainedCodes: [] as string[],
  };
  for (const node of selfScoredLeaves(framework, unitType, exemptNodeCodes)) {
    const entry = byCode.get(node.code);
    if (entry?.notApplicable) continue;
    result.applicable++;
    if (entry && entry.claimedScore !== null) result.scored++;
    else result.unscoredCodes.push(node.code);
    if (entry && entry.evidenceCount > 0) result.withEvidence++;
    if (entry && needsExplanation(node, entry)) {
      result.needingExplanation++;
      if (entry.selfExplanation.trim() !== '') result.explained++;
      else result.unexplainedCodes.push(node.code);
    }
  }
  if (result.applicable > 0) result.percent = Math.floor((result.scored / result.applicable) * 100);
  return result;
}
