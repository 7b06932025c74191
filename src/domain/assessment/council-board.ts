import type { Framework, FrameworkNode } from '../frameworks/framework';
import { childrenOf, frameworkTree } from '../frameworks/framework-tree';
import { roundPoints } from '../frameworks/points';
import { surveyCodes } from './appraised-score';
import type { AppraisalScores } from './appraised-score';
import {
  boardRollUpPlan,
  boardRoller,
  entryColumns,
  type BoardEntryColumns,
  type BoardRollUpUnit,
} from './council-board-roll-up';

// Bảng tổng hợp của Hội đồng thẩm định: for every unit taking part, self vs appraised points per
// area (lĩnh vực) and overall, with the gap (chênh lệch) the council looks at first. The survey
// part (điều tra xã hội học) is left out of both sides: it is neither self-scored nor appraised.

/**
 * One unit's input: its type, the nodes that do not apply to it, and its entries — as objects
 * (one unit's page) or as columns (the whole board, straight from one query).
 */
export interface BoardUnitInput extends Omit<BoardRollUpUnit, 'entries'> {
  organisationId: string;
  entries: readonly AppraisalScores[] | BoardEntryColumns;
}

/** Điểm một bên: null when nothing is scored there yet (chưa có điểm, never 0). */
export interface BoardCell {
  self: number | null;
  appraised: number | null;
  /** Chênh lệch: appraised − self, null unless both sides have a score. */
  delta: number | null;
}

/** One area of a unit on the board. */
export interface BoardAreaCell extends BoardCell {
  code: string;
  /** Điểm tối đa áp dụng of the area without its survey nodes (0: the area does not apply). */
  applicableMaxPoints: number;
}

/** Một dòng của bảng: one unit, each area, and the overall totals. */
export interface BoardRow {
  organisationId: string;
  areas: BoardAreaCell[];
  total: BoardCell & { applicableMaxPoints: number };
}

/**
 * Bộ chỉ số không gồm phần điều tra: the framework without its survey-scored nodes, and without
 * a parent left with no children by that (its remaining part is then what the council scores).
 */
export function withoutSurveyNodes(framework: Framework): Framework {
  const survey = surveyCodes(framework.nodes);
  const tree = frameworkTree(framework.nodes);
  const kept = new Set<string>();
  const keep = (node: FrameworkNode): boolean => {
    if (survey.has(node.code)) return false;
    const children = childrenOf(tree, node.code);
    const keptChildren = children.filter(keep);
    const stays = children.length === 0 || keptChildren.length > 0;
    if (stays) kept.add(node.code);
    return stays;
  };
  tree.roots.forEach(keep);
  return { ...framework, nodes: framework.nodes.filter((node) => kept.has(node.code)) };
}

const cell = (self: number | null, appraised: number | null): BoardCell => ({
  self,
  appraised,
  delta: self !== null && appraised !== null ? roundPoints(appraised - self) : null,
});

const isEntryList = (entries: BoardUnitInput['entries']): entries is readonly AppraisalScores[] =>
  Array.isArray(entries);

/**
 * Bảng tổng hợp: self and appraised totals per area and overall for each unit, rolled up as the
 * results' roll-up does (the unit's non-applicable nodes drop out of the maximum; an area with no
 * score on a side shows "chưa có điểm", never 0). Pass the framework through `withoutSurveyNodes`
 * once for all units; the tree is flattened once here and each unit rolled up in one pass.
 */
export function councilBoardRows(
  appraisedFramework: Framework,
  units: readonly BoardUnitInput[],
): BoardRow[] {
  const plan = boardRollUpPlan(appraisedFramework);
  const roll = boardRoller(plan);
  const areaCodes = Array.from(plan.rootPositions, (position) => plan.nodes[position]!.code);
  return units.map((unit) => {
    const { entries } = unit;
    const rolled = roll({
      unitType: unit.unitType,
      notApplicableCodes: unit.notApplicableCodes,
      entries: isEntryList(entries) ? entryColumns(entries) : entries,
    });
    const areas = areaCodes.map((code, area): BoardAreaCell => ({
      code,
      applicableMaxPoints: rolled.areaApplicableMax[area]!,
      ...cell(
        rolled.areaHasSelf[area] === 1 ? rolled.areaSelf[area]! : null,
        rolled.areaHasAppraised[area] === 1 ? rolled.areaAppraised[area]! : null,
      ),
    }));
    return {
      organisationId: unit.organisationId,
      areas,
      total: {
        applicableMaxPoints: rolled.totalApplicableMax,
        ...cell(
          rolled.anySelf ? rolled.totalSelf : null,
          rolled.anyAppraised ? rolled.totalAppraised : null,
        ),
      },
    };
  });
}

/** Lọc bảng: one area (else the total), only gaps of at least `minGap` points, the `top` largest. */
export interface BoardFilter {
  area?: string | null;
  minGap?: number | null;
  top?: number | null;
}

/** The delta a filter looks at: the area's, or the unit's total. */
export function deltaOf(row: BoardRow, area: string | null | undefined): number | null {
  if (!area) return row.total.delta;
  return row.areas.find((each) => each.code === area)?.delta ?? null;
}

/**
 * Chênh lệch lớn nhất: rows sorted by |Δ| (of the area, else the total), largest first, rows
 * without a Δ last; then kept when |Δ| ≥ minGap, and cut to the first `top`. Ties keep their order.
 */
export function filterBoard<R extends BoardRow>(rows: readonly R[], filter: BoardFilter): R[] {
  const gap = (row: R) => {
    const delta = deltaOf(row, filter.area);
    return delta === null ? -1 : Math.abs(delta);
  };
  const sorted = rows
    .map((row, index) => ({ row, index, gap: gap(row) }))
    .sort((a, b) => b.gap - a.gap || a.index - b.index);
  const minGap = filter.minGap ?? null;
  const kept = sorted.filter((each) => minGap === null || each.gap >= minGap - 1e-9);
  const cut = filter.top ? kept.slice(0, filter.top) : kept;
  return cut.map((each) => each.row);
}
