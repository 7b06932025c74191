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
 * Kết quả tổng hợp của một nút. Points are rounded to 4 decimals; `percent` = score ÷ applicable
 * max × 100, null when nothing is applicable. `score` includes `bonusScore`; `lostPoints` (điểm
 * bị trừ) = applicable max − the score without bonus, so a bonus never hides a loss.
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
  /** False when some applicable leaf at or under this node has no score yet (counted as 0). */
  isScored: boolean;
}

/** Tổng hợp chung: the unit's totals; `indexPercent` (chỉ số) = score ÷ applicable max × 100. */
export interface RolledUpTotals {
  maxPoints: number;
  applicableMaxPoints: number;
  score: number;
  bonusScore: number;
  lostPoints: number;
  indexPercent: number | null;
}

/** Kết quả tổng hợp của đơn vị: every node reachable from the areas (parents first) and the totals. */
export interface RolledUpResult {
  frameworkCode: string;
  nodes: RolledUpNode[];
  totals: RolledUpTotals;
}

/**
 * Tổng hợp điểm: rolls a unit's leaf results up the framework. Parents sum their children; a leaf
 * marked not applicable, and every node under one whose applicability exempts the unit's type,
 * drops out of the applicable maximum; bonus nodes add to the score, not to the maximum; a parent
 * with `childrenMaxMayDiffer` is capped at its own max. A leaf without a result scores 0 and is
 * flagged unscored. Scores are taken as given: run checkResultAgainstFramework first.
 */
export function rollUpResult(
  framework: Framework,
  leafResults: readonly NodeResult[],
  options: RollUpOptions = {},
): RolledUpResult {
  const resultsByCode = new Map<string, NodeResult>();
  for (const result of leafResults) {
    if (!resultsByCode.has(result.nodeCode)) resultsByCode.set(result.nodeCode, result);
  }
  const context: Context = {
    tree: frameworkTree(framework.nodes),
    resultsByCode,
    unitType: options.unitType,
    path: new Set(),
  };
  const areas = context.tree.roots.map((root) => rollUpNode(context, root, false, false));
  const tops = areas.map((subtree) => subtree[0]!);
  const bonusScore = sumPoints(tops.map((top) => top.bonusScore));
  const normalScore = sumPoints(tops.map((top) => top.score - top.bonusScore));
  const applicableMaxPoints = sumPoints(tops.map((top) => top.applicableMaxPoints));
  const score = roundPoints(normalScore + bonusScore);
  return {
    frameworkCode: framework.code,
    nodes: areas.flat(),
    totals: {
      maxPoints: sumPoints(tops.filter((top) => !top.isBonus).map((top) => top.maxPoints)),
      applicableMaxPoints,
      score,
      bonusScore,
      lostPoints: roundPoints(applicableMaxPoints - normalScore),
      indexPercent: percentOf(score, applicableMaxPoints),
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

/** The node's roll-up followed by its descendants', parents first. */
function rollUpNode(
  context: Context,
  node: FrameworkNode,
  isParentExempt: boolean,
  isParentBonus: boolean,
): RolledUpNode[] {
  const isExempt =
    isParentExempt ||
    (context.unitType !== undefined &&
      (node.applicability?.exemptUnitTypes ?? []).includes(context.unitType));
  const isBonus = isParentBonus || node.isBonus === true;
  const children = context.path.has(node.code) ? [] : childrenOf(context.tree, node.code);
  if (children.length === 0) return [rollUpLeaf(context, node, isExempt, isBonus)];

  context.path.add(node.code);
  const subtrees = children.map((child) => rollUpNode(context, child, isExempt, isBonus));
  context.path.delete(node.code);
  const direct = subtrees.map((subtree) => subtree[0]!);

  const applicableMaxPoints = isExempt || isBonus ? 0 : applicableMaxOf(node, direct);
  let normalScore = sumPoints(direct.map((child) => child.score - child.bonusScore));
  let bonusScore = sumPoints(direct.map((child) => child.bonusScore));
  if (isBonus) {
    bonusScore = roundPoints(normalScore + bonusScore);
    if (node.childrenMaxMayDiffer) bonusScore = Math.min(bonusScore, node.maxPoints);
    normalScore = 0;
  } else if (node.childrenMaxMayDiffer) {
    normalScore = Math.min(normalScore, applicableMaxPoints);
  }
  const score = roundPoints(normalScore + bonusScore);
  const self: RolledUpNode = {
    code: node.code,
    parentCode: node.parentCode,
    maxPoints: node.maxPoints,
    applicableMaxPoints,
    score,
    bonusScore,
    lostPoints: isBonus ? 0 : roundPoints(applicableMaxPoints - normalScore),
    percent: percentOf(score, applicableMaxPoints),
    isLeaf: false,
    isBonus,
    isApplicable: !isExempt && direct.some((child) => child.isApplicable),
    isScored: direct.every((child) => child.isScored),
  };
  return [self, ...subtrees.flat()];
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
): RolledUpNode {
  const result = context.resultsByCode.get(node.code);
  const isApplicable = !isExempt && result?.notApplicable !== true;
  const given = result ? effectiveScore(result) : null;
  const score = isApplicable ? roundPoints(given ?? 0) : 0;
  const applicableMaxPoints = isApplicable && !isBonus ? node.maxPoints : 0;
  return {
    code: node.code,
    parentCode: node.parentCode,
    maxPoints: node.maxPoints,
    applicableMaxPoints,
    score,
    bonusScore: isBonus ? score : 0,
    lostPoints: isBonus ? 0 : roundPoints(applicableMaxPoints - score),
    percent: isBonus ? null : percentOf(score, applicableMaxPoints),
    isLeaf: true,
    isBonus,
    isApplicable,
    isScored: !isApplicable || given !== null,
  };
}

function percentOf(score: number, maxPoints: number): number | null {
  return maxPoints > 0 ? roundPoints((score / maxPoints) * 100) : null;
}
