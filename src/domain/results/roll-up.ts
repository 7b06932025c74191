import type { OrganisationType } from '../organisations/organisation-type';
import type { Framework, FrameworkNode } from '../frameworks/framework';
import { childrenOf, frameworkTree, type FrameworkTree } from '../frameworks/framework-tree';
import { MAX_POINTS_TOLERANCE, roundPoints, sumPoints } from '../frameworks/points';
import { effectiveScore, type NodeResult } from './node-result';

/** Tùy chọn tổng hợp: the unit's type, so that nodes exempting that type drop out. */
export interface RollUpOptions {
  unitType?: OrganisationType;
}

/**
 * Trạng thái điểm of a node: `scored` (có điểm: entered at this level, or every applicable child
 * scored), `partial` (chưa đủ điểm: some children scored, others not) or `unscored` (chưa có
 * điểm: nothing entered at or under it). An unscored node is not a node that scored 0.
 */
export type ScoreState = (typeof SCORE_STATES)[number];

/** Các trạng thái điểm, in the order a table lists them. */
export const SCORE_STATES = ['scored', 'partial', 'unscored'] as const;

/** Nhãn trạng thái điểm, as screens and exports show a node or unit instead of a misleading 0. */
export const SCORE_STATE_LABELS: Record<ScoreState, string> = {
  scored: 'Có điểm',
  partial: 'Chưa đủ điểm',
  unscored: 'Chưa có điểm',
};

/**
 * Kết quả tổng hợp của một nút. Points are rounded to 4 decimals; `percent` = score ÷ applicable
 * max × 100, null when nothing is applicable or the node is not fully scored. `score` includes
 * `bonusScore` (a partial node: the sum of what is known; an unscored one: 0, to be shown as
 * "Chưa có điểm", never as 0); `lostPoints` (điểm bị trừ) = max − score without bonus over the
 * scored parts only, so a bonus never hides a loss and an empty leaf never counts as one.
 */
export interface RolledUpNode {
  code: string;
  parentCode: string | null;
  maxPoints: number;
  applicableMaxPoints: number;
  score: number;
  bonusScore: number;
  lostPoints: number;
  percent: number | null;
  isLeaf: boolean;
  isBonus: boolean;
  isApplicable: boolean;
  /** True only when `scoreState` is 'scored'. */
  isScored: boolean;
  /** Có điểm / chưa đủ điểm / chưa có điểm. */
  scoreState: ScoreState;
  /** Điểm nhập trực tiếp: the score was entered at this node (a leaf, or an area/criterion entered as a decision publishes it). */
  isEntered: boolean;
}

/**
 * Tổng hợp chung: the unit's totals; `indexPercent` (chỉ số) = score ÷ applicable max × 100,
 * null (not 0) until every applicable area has a score, entered or rolled up. `score` and
 * `lostPoints` cover only what is scored; `scoreState` says whether that is everything.
 */
export interface RolledUpTotals {
  maxPoints: number;
  applicableMaxPoints: number;
  score: number;
  bonusScore: number;
  lostPoints: number;
  indexPercent: number | null;
  scoreState: ScoreState;
}

/** Kết quả tổng hợp của đơn vị: every node reachable from the areas (parents first) and the totals. */
export interface RolledUpResult {
  frameworkCode: string;
  nodes: RolledUpNode[];
  totals: RolledUpTotals;
}

/**
 * Tổng hợp điểm: rolls a unit's results up the framework. Parents sum their children; a leaf
 * marked not applicable, and every node under one whose applicability exempts the unit's type,
 * drops out of the applicable maximum; bonus nodes add to the score, not to the maximum; a parent
 * with `childrenMaxMayDiffer` is capped at its own max. Scores are taken as given: run
 * checkResultAgainstFramework first.
 *
 * Results not entered are not zero (chưa có điểm). A leaf without a score is `unscored`: it adds
 * nothing to the score nor to the lost points. A parent is `scored` when a score was entered at
 * its own level (an area or criterion as a decision publishes it: that score counts and its
 * children are not needed) or when all its applicable children are scored; with only some
 * children scored it is `partial` — the sum of what is known, lost points only over the scored
 * children, no percent. Bonus children never make a parent partial (a bonus is optional). The
 * index is null until every applicable area is scored.
 */
export function rollUpResult(
  framework: Framework,
  results: readonly NodeResult[],
  options: RollUpOptions = {},
): RolledUpResult {
  const resultsByCode = new Map<string, NodeResult>();
  for (const result of results) {
    if (!resultsByCode.has(result.nodeCode)) resultsByCode.set(result.nodeCode, result);
  }
  const context: Context = {
    tree: frameworkTree(framework.nodes),
    resultsByCode,
    unitType: options.unitType,
    path: new Set(),
  };
  const areas = context.tree.roots.map((root) => rollUpNode(context, root, false, false));
  const tops = areas.map((subtree) => subtree.nodes[0]!);
  const bonusScore = sumPoints(tops.map((top) => top.bonusScore));
  const normalScore = sumPoints(tops.map((top) => top.score - top.bonusScore));
  const applicableMaxPoints = sumPoints(tops.map((top) => top.applicableMaxPoints));
  const score = roundPoints(normalScore + bonusScore);
  const scoreState = stateOf(tops);
  return {
    frameworkCode: framework.code,
    nodes: areas.flatMap((subtree) => subtree.nodes),
    totals: {
      maxPoints: sumPoints(tops.filter((top) => !top.isBonus).map((top) => top.maxPoints)),
      applicableMaxPoints,
      score,
      bonusScore,
      lostPoints: sumPoints(tops.map((top) => top.lostPoints)),
      indexPercent: scoreState === 'scored' ? percentOf(score, applicableMaxPoints) : null,
      scoreState,
    },
  };
}

interface Context {
  tree: FrameworkTree;
  resultsByCode: ReadonlyMap<string, NodeResult>;
  unitType: OrganisationType | undefined;
  /** Codes on the current path, so that duplicated codes cannot loop. */
  path: Set<string>;
}

/** A subtree rolled up (the node first) and the applicable max of its scored parts. */
interface RolledSubtree {
  nodes: RolledUpNode[];
  scoredMaxPoints: number;
}

/**
 * A parent's state from its children: bonus children are left out when there are others, so an
 * unscored bonus never makes the parent partial; children that do not apply count as scored.
 */
function stateOf(children: readonly RolledUpNode[]): ScoreState {
  const normal = children.filter((child) => !child.isBonus);
  const counted = normal.length > 0 ? normal : children;
  if (counted.every((child) => child.scoreState === 'scored')) return 'scored';
  if (counted.every((child) => child.scoreState === 'unscored')) return 'unscored';
  return 'partial';
}

/** The node's roll-up followed by its descendants', parents first. */
function rollUpNode(
  context: Context,
  node: FrameworkNode,
  isParentExempt: boolean,
  isParentBonus: boolean,
): RolledSubtree {
  const isExempt =
    isParentExempt ||
    (context.unitType !== undefined &&
      (node.applicability?.exemptUnitTypes ?? []).includes(context.unitType));
  const isBonus = isParentBonus || node.isBonus === true;
  const children = context.path.has(node.code) ? [] : childrenOf(context.tree, node.code);
  if (children.length === 0) return rollUpLeaf(context, node, isExempt, isBonus);

  context.path.add(node.code);
  const subtrees = children.map((child) => rollUpNode(context, child, isExempt, isBonus));
  context.path.delete(node.code);
  const direct = subtrees.map((subtree) => subtree.nodes[0]!);
  const rest = subtrees.flatMap((subtree) => subtree.nodes);
  const applicableMaxPoints = isExempt || isBonus ? 0 : applicableMaxOf(node, direct);
  const isApplicable = !isExempt && direct.some((child) => child.isApplicable);
  const base = {
    code: node.code,
    parentCode: node.parentCode,
    maxPoints: node.maxPoints,
    applicableMaxPoints,
    isLeaf: false,
    isBonus,
    isApplicable,
  };

  // Điểm nhập ở cấp lĩnh vực/tiêu chí: the published figure stands for the whole branch.
  const entry = context.resultsByCode.get(node.code);
  const entered = entry && !isExempt ? effectiveScore(entry) : null;
  if (entered !== null) {
    const given = roundPoints(entered);
    const bonusScore = isBonus ? Math.min(given, node.maxPoints) : 0;
    const normalScore = isBonus ? 0 : given;
    const self: RolledUpNode = {
      ...base,
      score: roundPoints(normalScore + bonusScore),
      bonusScore,
      lostPoints: isBonus ? 0 : Math.max(0, roundPoints(applicableMaxPoints - normalScore)),
      percent: percentOf(roundPoints(normalScore + bonusScore), applicableMaxPoints),
      isScored: true,
      scoreState: 'scored',
      isEntered: true,
    };
    return { nodes: [self, ...rest], scoredMaxPoints: applicableMaxPoints };
  }

  const scoreState: ScoreState = isExempt ? 'scored' : stateOf(direct);
  let normalScore = sumPoints(direct.map((child) => child.score - child.bonusScore));
  let bonusScore = sumPoints(direct.map((child) => child.bonusScore));
  if (isBonus) {
    bonusScore = roundPoints(normalScore + bonusScore);
    if (node.childrenMaxMayDiffer) bonusScore = Math.min(bonusScore, node.maxPoints);
    normalScore = 0;
  } else if (node.childrenMaxMayDiffer) {
    normalScore = Math.min(normalScore, applicableMaxPoints);
  }
  const childrenScoredMax = sumPoints(
    subtrees.filter((subtree) => !subtree.nodes[0]!.isBonus).map((s) => s.scoredMaxPoints),
  );
  const scoredMaxPoints =
    scoreState === 'scored'
      ? applicableMaxPoints
      : Math.min(childrenScoredMax, applicableMaxPoints);
  const score = roundPoints(normalScore + bonusScore);
  const self: RolledUpNode = {
    ...base,
    score,
    bonusScore,
    lostPoints: isBonus ? 0 : Math.max(0, roundPoints(scoredMaxPoints - normalScore)),
    percent: scoreState === 'scored' ? percentOf(score, applicableMaxPoints) : null,
    isScored: scoreState === 'scored',
    scoreState,
    isEntered: false,
  };
  return { nodes: [self, ...rest], scoredMaxPoints: isBonus ? 0 : scoredMaxPoints };
}

/**
 * A parent's applicable maximum is its children's. A parent whose children may offer more than
 * it (childrenMaxMayDiffer) keeps its own max while every child applies, and is capped by it
 * once some drop out.
 */
function applicableMaxOf(node: FrameworkNode, children: readonly RolledUpNode[]): number {
  const counted = children.filter((child) => !child.isBonus);
  const applicable = sumPoints(counted.map((child) => child.applicableMaxPoints));
  if (!node.childrenMaxMayDiffer) return applicable;
  const isWhole = counted.every(
    (child) => Math.abs(child.applicableMaxPoints - child.maxPoints) <= MAX_POINTS_TOLERANCE,
  );
  return isWhole ? node.maxPoints : Math.min(applicable, node.maxPoints);
}

function rollUpLeaf(
  context: Context,
  node: FrameworkNode,
  isExempt: boolean,
  isBonus: boolean,
): RolledSubtree {
  const result = context.resultsByCode.get(node.code);
  const isApplicable = !isExempt && result?.notApplicable !== true;
  const given = result ? effectiveScore(result) : null;
  const isEntered = isApplicable && given !== null;
  // A leaf that does not apply has nothing to score: it counts as scored (with no max).
  const scoreState: ScoreState = !isApplicable || isEntered ? 'scored' : 'unscored';
  const score = isEntered ? roundPoints(given) : 0;
  const applicableMaxPoints = isApplicable && !isBonus ? node.maxPoints : 0;
  const self: RolledUpNode = {
    code: node.code,
    parentCode: node.parentCode,
    maxPoints: node.maxPoints,
    applicableMaxPoints,
    score,
    bonusScore: isBonus ? score : 0,
    lostPoints: isBonus || !isEntered ? 0 : roundPoints(applicableMaxPoints - score),
    percent: isBonus || !isEntered ? null : percentOf(score, applicableMaxPoints),
    isLeaf: true,
    isBonus,
    isApplicable,
    isScored: scoreState === 'scored',
    scoreState,
    isEntered,
  };
  return { nodes: [self], scoredMaxPoints: scoreState === 'scored' ? applicableMaxPoints : 0 };
}

function percentOf(score: number, maxPoints: number): number | null {
  return maxPoints > 0 ? roundPoints((score / maxPoints) * 100) : null;
}
