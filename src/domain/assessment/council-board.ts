import type { Framework, FrameworkNode } from '../frameworks/framework';
import { ancestorCodes, childrenOf, frameworkTree } from '../frameworks/framework-tree';
import { roundPoints } from '../frameworks/points';
import type { OrganisationType } from '../organisations/organisation-type';
import type { NodeResult } from '../results/node-result';
import { rollUpResult, type RolledUpResult } from '../results/roll-up';
import { countingAppraisedScore, surveyCodes, type AppraisalScores } from './appraised-score';

// Bảng tổng hợp của Hội đồng thẩm định: for every unit taking part, self vs appraised points per
// area (lĩnh vực) and overall, with the gap (chênh lệch) the council looks at first. The survey
// part (điều tra xã hội học) is left out of both sides: it is neither self-scored nor appraised.

/** One unit's input: its type, the nodes that do not apply to it, and its entries. */
export interface BoardUnitInput {
  organisationId: string;
  unitType: OrganisationType;
  /** Codes that do not apply (the round's exemptions, with everything under them). */
  notApplicableCodes: ReadonlySet<string>;
  entries: readonly AppraisalScores[];
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

/** A rolled-up score, or undefined when nothing under it was given on that side. */
type Scored = Pick<RolledUpResult['totals'], 'score'> | undefined;

const cell = (self: Scored, appraised: Scored): BoardCell => {
  const selfScore = self ? self.score : null;
  const appraisedScore = appraised ? appraised.score : null;
  return {
    self: selfScore,
    appraised: appraisedScore,
    delta:
      selfScore !== null && appraisedScore !== null
        ? roundPoints(appraisedScore - selfScore)
        : null,
  };
};

/**
 * Bảng tổng hợp: self and appraised totals per area and overall for each unit, rolled up with the
 * results' roll-up (the unit's non-applicable nodes drop out of the maximum). Pass the framework
 * through `withoutSurveyNodes` once for all units.
 */
export function councilBoardRows(
  appraisedFramework: Framework,
  units: readonly BoardUnitInput[],
): BoardRow[] {
  const tree = frameworkTree(appraisedFramework.nodes);
  const areaOf = (code: string) => ancestorCodes(tree, code).at(-1) ?? code;
  return units.map((unit) => {
    // Areas with at least one score on each side: the rest show "chưa có điểm", never 0.
    const selfAreas = new Set<string>();
    const appraisedAreas = new Set<string>();
    const exempt: NodeResult[] = [...unit.notApplicableCodes].map((nodeCode) => ({
      nodeCode,
      notApplicable: true,
    }));
    const selfResults: NodeResult[] = [...exempt];
    const appraisedResults: NodeResult[] = [...exempt];
    for (const entry of unit.entries) {
      if (unit.notApplicableCodes.has(entry.nodeCode)) continue;
      const na = entry.notApplicable;
      const appraisedScore = countingAppraisedScore(entry);
      if (!na && tree.byCode.has(entry.nodeCode)) {
        if (entry.selfScore !== null) selfAreas.add(areaOf(entry.nodeCode));
        if (appraisedScore !== null) appraisedAreas.add(areaOf(entry.nodeCode));
      }
      selfResults.push({ nodeCode: entry.nodeCode, selfScore: entry.selfScore, notApplicable: na });
      appraisedResults.push({
        nodeCode: entry.nodeCode,
        appraisedScore,
        notApplicable: na,
      });
    }
    const options = { unitType: unit.unitType };
    const self = rollUpResult(appraisedFramework, selfResults, options);
    const appraised = rollUpResult(appraisedFramework, appraisedResults, options);
    const appraisedByCode = new Map(appraised.nodes.map((node) => [node.code, node]));
    const areas = self.nodes
      .filter((node) => node.parentCode === null)
      .map((node) => {
        return {
          code: node.code,
          applicableMaxPoints: node.applicableMaxPoints,
          ...cell(
            selfAreas.has(node.code) ? node : undefined,
            appraisedAreas.has(node.code) ? appraisedByCode.get(node.code) : undefined,
          ),
        };
      });
    return {
      organisationId: unit.organisationId,
      areas,
      total: {
        applicableMaxPoints: self.totals.applicableMaxPoints,
        ...cell(
          selfAreas.size > 0 ? self.totals : undefined,
          appraisedAreas.size > 0 ? appraised.totals : undefined,
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
