import type { Framework } from '../frameworks/framework';
import { ancestorCodes, childrenOf, frameworkTree } from '../frameworks/framework-tree';
import type { FrameworkNode } from '../frameworks/framework';
import { MAX_POINTS_TOLERANCE, roundPoints } from '../frameworks/points';
import type { OrganisationType } from '../organisations/organisation-type';
import type { AppraisalScores } from './appraised-score';

// The council board rolls 700 units × 90 criteria up twice (self and appraised). The generic
// results roll-up (rollUpResult) builds the tree, a Map of results and an object per node for
// every unit and side; here the tree is flattened once per framework into index arrays and each
// unit is rolled up for both sides in one pass over typed arrays reused from unit to unit. The
// arithmetic is the roll-up's own, step for step and in the same order (children summed in
// natural order, rounded where it rounds), so the figures are identical to the last bit: the
// test council-board-roll-up.test.ts holds it against rollUpResult. (A framework repeating a
// code, which validateFramework refuses, is rolled up the same way but may differ in which of
// the twins an area cell shows.)

/** Cây bộ chỉ số dạng mảng: the framework flattened once, positions in the roll-up's visiting order. */
export interface BoardRollUpPlan {
  /** Distinct codes of the framework (what a result is looked up by). */
  codes: readonly string[];
  /** Code → its index in `codes`. */
  slotOf: ReadonlyMap<string, number>;
  /** Per slot, the index of its area flag (the topmost node above it), as the board counts areas. */
  areaFlagOfSlot: Int32Array;
  /** How many area flags there are (the roots, and the top of any chain whose parent is missing). */
  areaFlagCount: number;
  /** Per position (parents before children, in natural order): its node, slot, parent position. */
  nodes: readonly FrameworkNode[];
  slotOfPosition: Int32Array;
  parentOfPosition: Int32Array;
  isLeaf: Uint8Array;
  isBonus: Uint8Array;
  /** Children of position p: childPositions[childStart[p] .. childStart[p + 1]), in natural order. */
  childStart: Int32Array;
  childPositions: Int32Array;
  /** Positions of the areas, in natural order; and each one's area flag. */
  rootPositions: Int32Array;
  rootAreaFlags: Int32Array;
  /** Per unit type, which positions its type exempts (with everything under them), computed once. */
  exemptByType: Map<OrganisationType, Uint8Array>;
}

/**
 * Dựng cây dạng mảng: visits the framework as rollUpResult does (areas in natural order, children
 * in natural order, a code already on the path read as a leaf), once for all units.
 */
export function boardRollUpPlan(framework: Pick<Framework, 'nodes'>): BoardRollUpPlan {
  const tree = frameworkTree(framework.nodes);
  const codes = [...tree.byCode.keys()];
  const slotOf = new Map(codes.map((code, index) => [code, index]));
  const areaCodes = new Map<string, number>();
  for (const root of tree.roots) {
    if (!areaCodes.has(root.code)) areaCodes.set(root.code, areaCodes.size);
  }
  const areaFlagOfSlot = new Int32Array(codes.length);
  codes.forEach((code, slot) => {
    const area = ancestorCodes(tree, code).at(-1) ?? code;
    let flag = areaCodes.get(area);
    if (flag === undefined) {
      flag = areaCodes.size;
      areaCodes.set(area, flag);
    }
    areaFlagOfSlot[slot] = flag;
  });

  const nodes: FrameworkNode[] = [];
  const parents: number[] = [];
  const leaves: number[] = [];
  const bonuses: number[] = [];
  const children: number[][] = [];
  const path = new Set<string>();
  const visit = (node: FrameworkNode, parent: number, isParentBonus: boolean): number => {
    const position = nodes.length;
    const isBonus = isParentBonus || node.isBonus === true;
    nodes.push(node);
    parents.push(parent);
    bonuses.push(isBonus ? 1 : 0);
    children.push([]);
    const below = path.has(node.code) ? [] : childrenOf(tree, node.code);
    leaves.push(below.length === 0 ? 1 : 0);
    if (below.length === 0) return position;
    path.add(node.code);
    for (const child of below) children[position]!.push(visit(child, position, isBonus));
    path.delete(node.code);
    return position;
  };
  const roots = tree.roots.map((root) => visit(root, -1, false));

  const childStart = new Int32Array(nodes.length + 1);
  children.forEach((list, position) => {
    childStart[position + 1] = childStart[position]! + list.length;
  });
  return {
    codes,
    slotOf,
    areaFlagOfSlot,
    areaFlagCount: areaCodes.size,
    nodes,
    slotOfPosition: Int32Array.from(nodes, (node) => slotOf.get(node.code)!),
    parentOfPosition: Int32Array.from(parents),
    isLeaf: Uint8Array.from(leaves),
    isBonus: Uint8Array.from(bonuses),
    childStart,
    childPositions: Int32Array.from(children.flat()),
    rootPositions: Int32Array.from(roots),
    rootAreaFlags: Int32Array.from(
      roots,
      (position) => areaFlagOfSlot[slotOf.get(nodes[position]!.code)!]!,
    ),
    exemptByType: new Map(),
  };
}

/** Positions whose applicability exempts `unitType`, or that sit under one (parents come first). */
function exemptPositions(plan: BoardRollUpPlan, unitType: OrganisationType): Uint8Array {
  const known = plan.exemptByType.get(unitType);
  if (known) return known;
  const exempt = new Uint8Array(plan.nodes.length);
  plan.nodes.forEach((node, position) => {
    const parent = plan.parentOfPosition[position]!;
    const own = (node.applicability?.exemptUnitTypes ?? []).includes(unitType);
    exempt[position] = (parent >= 0 && exempt[parent] === 1) || own ? 1 : 0;
  });
  plan.exemptByType.set(unitType, exempt);
  return exempt;
}

/**
 * Điểm của một đơn vị dạng cột: entry i is nodeCodes[i] with its self score, không áp dụng flag
 * and appraisal 1 and 2 (as one query gives them per unit, without an object per entry).
 */
export interface BoardEntryColumns {
  nodeCodes: readonly string[];
  selfScores: readonly (number | null)[];
  notApplicable: readonly (boolean | null)[];
  appraised1: readonly (number | null)[];
  appraised2: readonly (number | null)[];
}

/** One unit to roll up: its type, the codes that do not apply to it, and its entries. */
export interface BoardRollUpUnit {
  unitType: OrganisationType;
  /** Codes that do not apply (the round's exemptions, with everything under them). */
  notApplicableCodes: ReadonlySet<string>;
  entries: BoardEntryColumns;
}

/** Self and appraised totals of one unit: per area (in `rootPositions` order) and overall. */
export interface BoardRollUp {
  /** Per area: applicable maximum, self score, appraised score (0 when unscored: see the flags). */
  areaApplicableMax: Float64Array;
  areaSelf: Float64Array;
  areaAppraised: Float64Array;
  /** Whether some applicable entry under the area has a self / appraised score. */
  areaHasSelf: Uint8Array;
  areaHasAppraised: Uint8Array;
  totalApplicableMax: number;
  totalSelf: number;
  totalAppraised: number;
  /** Whether any entry of the framework has a self / appraised score (the board's "có điểm"). */
  anySelf: boolean;
  anyAppraised: boolean;
}

/**
 * Tổng hợp hai phía của một đơn vị: self and appraised roll-ups of one unit exactly as
 * rollUpResult gives them (unit type exemptions, not-applicable codes and entries, bonus nodes,
 * caps of childrenMaxMayDiffer, scores entered at a parent, missing entries) in one pass. Returns
 * a roller that reuses its buffers: read each result before rolling the next unit.
 */
export function boardRoller(plan: BoardRollUpPlan): (unit: BoardRollUpUnit) => BoardRollUp {
  const slots = plan.codes.length;
  const positions = plan.nodes.length;
  // Per slot: the first result for the code (as rollUpResult keeps it), scores with a has-flag.
  const hasResult = new Uint8Array(slots);
  const resultNa = new Uint8Array(slots);
  const hasSelf = new Uint8Array(slots);
  const hasAppraised = new Uint8Array(slots);
  const selfGiven = new Float64Array(slots);
  const appraisedGiven = new Float64Array(slots);
  // Per position: applicable maximum, and score and bonus score on each side.
  const applicableMax = new Float64Array(positions);
  const selfScore = new Float64Array(positions);
  const selfBonus = new Float64Array(positions);
  const appraisedScore = new Float64Array(positions);
  const appraisedBonus = new Float64Array(positions);
  const areaFlagsSelf = new Uint8Array(plan.areaFlagCount);
  const areaFlagsAppraised = new Uint8Array(plan.areaFlagCount);
  const areas = plan.rootPositions.length;
  const out: BoardRollUp = {
    areaApplicableMax: new Float64Array(areas),
    areaSelf: new Float64Array(areas),
    areaAppraised: new Float64Array(areas),
    areaHasSelf: new Uint8Array(areas),
    areaHasAppraised: new Uint8Array(areas),
    totalApplicableMax: 0,
    totalSelf: 0,
    totalAppraised: 0,
    anySelf: false,
    anyAppraised: false,
  };
  const { slotOf, slotOfPosition, isLeaf, isBonus, childStart, childPositions } = plan;

  return (unit) => {
    hasResult.fill(0);
    areaFlagsSelf.fill(0);
    areaFlagsAppraised.fill(0);
    // The unit's non-applicable codes come first (as the board passes them), so they win.
    for (const code of unit.notApplicableCodes) {
      const slot = slotOf.get(code);
      if (slot === undefined || hasResult[slot] === 1) continue;
      hasResult[slot] = 1;
      resultNa[slot] = 1;
      hasSelf[slot] = 0;
      hasAppraised[slot] = 0;
    }
    let anySelf = false;
    let anyAppraised = false;
    const { nodeCodes, selfScores, notApplicable, appraised1, appraised2 } = unit.entries;
    const checkExempt = unit.notApplicableCodes.size > 0;
    for (let index = 0; index < nodeCodes.length; index++) {
      const code = nodeCodes[index]!;
      if (checkExempt && unit.notApplicableCodes.has(code)) continue;
      const slot = slotOf.get(code);
      if (slot === undefined) continue;
      const na = notApplicable[index] === true;
      const self = selfScores[index] ?? null;
      // Điểm thẩm định được tính (countingAppraisedScore): appraisal 2 ?? appraisal 1.
      const appraised = appraised2[index] ?? appraised1[index] ?? null;
      if (!na) {
        if (self !== null) {
          areaFlagsSelf[plan.areaFlagOfSlot[slot]!] = 1;
          anySelf = true;
        }
        if (appraised !== null) {
          areaFlagsAppraised[plan.areaFlagOfSlot[slot]!] = 1;
          anyAppraised = true;
        }
      }
      if (hasResult[slot] === 1) continue;
      hasResult[slot] = 1;
      resultNa[slot] = na ? 1 : 0;
      hasSelf[slot] = self !== null ? 1 : 0;
      selfGiven[slot] = self ?? 0;
      hasAppraised[slot] = appraised !== null ? 1 : 0;
      appraisedGiven[slot] = appraised ?? 0;
    }

    const exempt = exemptPositions(plan, unit.unitType);
    // Children come after their parent: walking positions backwards rolls children first.
    for (let position = positions - 1; position >= 0; position--) {
      const node = plan.nodes[position]!;
      const slot = slotOfPosition[position]!;
      const isExempt = exempt[position] === 1;
      const bonus = isBonus[position] === 1;
      if (isLeaf[position] === 1) {
        const isApplicable = !isExempt && !(hasResult[slot] === 1 && resultNa[slot] === 1);
        applicableMax[position] = isApplicable && !bonus ? node.maxPoints : 0;
        const self =
          isApplicable && hasResult[slot] === 1 && hasSelf[slot] === 1
            ? roundPoints(selfGiven[slot]!)
            : 0;
        const appraised =
          isApplicable && hasResult[slot] === 1 && hasAppraised[slot] === 1
            ? roundPoints(appraisedGiven[slot]!)
            : 0;
        selfScore[position] = self;
        selfBonus[position] = bonus ? self : 0;
        appraisedScore[position] = appraised;
        appraisedBonus[position] = bonus ? appraised : 0;
        continue;
      }
      const first = childStart[position]!;
      const last = childStart[position + 1]!;
      // applicableMaxOf: the non-bonus children's applicable maxima, capped by a node that may differ.
      let max = 0;
      if (!isExempt && !bonus) {
        let sum = 0;
        let isWhole = true;
        for (let at = first; at < last; at++) {
          const child = childPositions[at]!;
          if (isBonus[child] === 1) continue;
          sum += applicableMax[child]!;
          if (Math.abs(applicableMax[child]! - plan.nodes[child]!.maxPoints) > MAX_POINTS_TOLERANCE)
            isWhole = false;
        }
        const applicable = roundPoints(sum);
        max = !node.childrenMaxMayDiffer
          ? applicable
          : isWhole
            ? node.maxPoints
            : Math.min(applicable, node.maxPoints);
      }
      applicableMax[position] = max;
      const entered = !isExempt && hasResult[slot] === 1;
      const parent: ParentRollUp = { node, position, first, last, isBonus: bonus, max };
      rollParentSide(
        plan,
        parent,
        selfScore,
        selfBonus,
        entered && hasSelf[slot] === 1,
        selfGiven[slot]!,
      );
      rollParentSide(
        plan,
        parent,
        appraisedScore,
        appraisedBonus,
        entered && hasAppraised[slot] === 1,
        appraisedGiven[slot]!,
      );
    }

    // Totals as rollUpResult sums its areas.
    let selfNormal = 0;
    let selfBonusSum = 0;
    let appraisedNormal = 0;
    let appraisedBonusSum = 0;
    let maxSum = 0;
    for (let area = 0; area < areas; area++) {
      const position = plan.rootPositions[area]!;
      const flag = plan.rootAreaFlags[area]!;
      out.areaApplicableMax[area] = applicableMax[position]!;
      out.areaSelf[area] = selfScore[position]!;
      out.areaAppraised[area] = appraisedScore[position]!;
      out.areaHasSelf[area] = areaFlagsSelf[flag]!;
      out.areaHasAppraised[area] = areaFlagsAppraised[flag]!;
      selfNormal += selfScore[position]! - selfBonus[position]!;
      selfBonusSum += selfBonus[position]!;
      appraisedNormal += appraisedScore[position]! - appraisedBonus[position]!;
      appraisedBonusSum += appraisedBonus[position]!;
      maxSum += applicableMax[position]!;
    }
    out.totalApplicableMax = roundPoints(maxSum);
    out.totalSelf = roundPoints(roundPoints(selfNormal) + roundPoints(selfBonusSum));
    out.totalAppraised = roundPoints(roundPoints(appraisedNormal) + roundPoints(appraisedBonusSum));
    out.anySelf = anySelf;
    out.anyAppraised = anyAppraised;
    return out;
  };
}

/** A parent being rolled up: its node, position, children range, bonus flag and applicable max. */
interface ParentRollUp {
  node: FrameworkNode;
  position: number;
  first: number;
  last: number;
  isBonus: boolean;
  max: number;
}

/** One side of a parent, as rollUpNode does it: the score entered at its level, else its children's sum. */
function rollParentSide(
  plan: BoardRollUpPlan,
  parent: ParentRollUp,
  scores: Float64Array,
  bonuses: Float64Array,
  isEntered: boolean,
  given: number,
): void {
  const { node, position, isBonus } = parent;
  if (isEntered) {
    const rounded = roundPoints(given);
    const bonusScore = isBonus ? Math.min(rounded, node.maxPoints) : 0;
    const normalScore = isBonus ? 0 : rounded;
    scores[position] = roundPoints(normalScore + bonusScore);
    bonuses[position] = bonusScore;
    return;
  }
  let normalSum = 0;
  let bonusSum = 0;
  for (let at = parent.first; at < parent.last; at++) {
    const child = plan.childPositions[at]!;
    normalSum += scores[child]! - bonuses[child]!;
    bonusSum += bonuses[child]!;
  }
  let normalScore = roundPoints(normalSum);
  let bonusScore = roundPoints(bonusSum);
  if (isBonus) {
    bonusScore = roundPoints(normalScore + bonusScore);
    if (node.childrenMaxMayDiffer) bonusScore = Math.min(bonusScore, node.maxPoints);
    normalScore = 0;
  } else if (node.childrenMaxMayDiffer) {
    normalScore = Math.min(normalScore, parent.max);
  }
  scores[position] = roundPoints(normalScore + bonusScore);
  bonuses[position] = bonusScore;
}

/** Các cột điểm from entry objects (what a page or a test holds), in the same order. */
export function entryColumns(entries: readonly AppraisalScores[]): BoardEntryColumns {
  return {
    nodeCodes: entries.map((entry) => entry.nodeCode),
    selfScores: entries.map((entry) => entry.selfScore),
    notApplicable: entries.map((entry) => entry.notApplicable),
    appraised1: entries.map((entry) => entry.appraisedScore1),
    appraised2: entries.map((entry) => entry.appraisedScore2),
  };
}
