/**
 * Tổng điểm tạm tính while typing: the framework tree rolled up from what is typed, recomputed in
 * the browser for feedback only (the server rolls the result up again on save, with its rules).
 * As on the server, a node without a score is "Chưa có điểm", not 0: it adds nothing to the score,
 * a parent with only some children scored is "Chưa đủ điểm", and the index waits for every area.
 * A score typed on an area or criterion (as a decision publishes it) stands for its whole branch.
 */
import type { ScoreState } from '@contract/result-labels';
import { parseViNumber } from '@contract/vi-format';

/** What the form holds for one node: typed text per score, the not-applicable switch. */
export interface DraftScores {
  selfScore: string;
  appraisedScore: string;
  surveyScore: string;
  notApplicable: boolean;
}

/** One node of the framework as the entry form needs it. */
export interface DraftNode {
  code: string;
  parentCode: string | null;
  maxPoints: number;
  isBonus?: boolean;
}

/** A typed score: null when empty, 'invalid' when not a number ("2,95" and "2.95" are numbers). */
export function readScore(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  return parseViNumber(text) ?? 'invalid';
}

/** The score that counts, by the server's precedence: appraised ?? survey ?? self. */
export function countedScore(draft: DraftScores): number | null {
  for (const text of [draft.appraisedScore, draft.surveyScore, draft.selfScore]) {
    const value = readScore(text);
    if (typeof value === 'number') return value;
  }
  return null;
}

/** A draft that says something: a score typed (even invalid) or "not applicable". */
export function hasDraftValue(draft: DraftScores | undefined): boolean {
  if (!draft) return false;
  return (
    draft.notApplicable ||
    [draft.selfScore, draft.appraisedScore, draft.surveyScore].some((text) => text.trim() !== '')
  );
}

/** One node rolled up from the drafts. */
export interface DraftNodeTotals {
  score: number;
  applicableMaxPoints: number;
  scoreState: ScoreState;
}

/** Provisional totals: score, applicable max, index % (null until every area is scored), and each node's figures. */
export interface DraftTotals extends DraftNodeTotals {
  indexPercent: number | null;
  nodes: Map<string, DraftNodeTotals>;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function stateOf(children: readonly { isBonus: boolean; scoreState: ScoreState }[]): ScoreState {
  const normal = children.filter((child) => !child.isBonus);
  const counted = normal.length > 0 ? normal : children;
  if (counted.every((child) => child.scoreState === 'scored')) return 'scored';
  if (counted.every((child) => child.scoreState === 'unscored')) return 'unscored';
  return 'partial';
}

/** Rolls the drafts up the tree: a parent's own score wins over its children's. */
export function rollUpDrafts(
  nodes: readonly DraftNode[],
  drafts: Readonly<Record<string, DraftScores>>,
): DraftTotals {
  const childrenOf = new Map<string | null, DraftNode[]>();
  for (const node of nodes) {
    childrenOf.set(node.parentCode, [...(childrenOf.get(node.parentCode) ?? []), node]);
  }
  const figures = new Map<string, DraftNodeTotals>();
  const seen = new Set<string>();
  const visit = (node: DraftNode, isParentBonus: boolean) => {
    const isBonus = isParentBonus || node.isBonus === true;
    const children = seen.has(node.code) ? [] : (childrenOf.get(node.code) ?? []);
    seen.add(node.code);
    const rolled = children.map((child) => visit(child, isBonus));
    const draft = drafts[node.code];
    const own = draft && !draft.notApplicable ? countedScore(draft) : null;
    let figure: DraftNodeTotals;
    if (children.length === 0) {
      const isApplicable = draft?.notApplicable !== true;
      figure = {
        score: isApplicable ? (own ?? 0) : 0,
        applicableMaxPoints: isApplicable && !isBonus ? node.maxPoints : 0,
        scoreState: !isApplicable || own !== null ? 'scored' : 'unscored',
      };
    } else {
      const applicableMaxPoints = isBonus
        ? 0
        : round(
            rolled
              .filter((child) => !child.isBonus)
              .reduce((sum, c) => sum + c.applicableMaxPoints, 0),
          );
      figure =
        own !== null
          ? { score: own, applicableMaxPoints, scoreState: 'scored' }
          : {
              score: round(rolled.reduce((sum, child) => sum + child.score, 0)),
              applicableMaxPoints,
              scoreState: stateOf(rolled),
            };
    }
    figures.set(node.code, figure);
    return { ...figure, isBonus };
  };
  const roots = (childrenOf.get(null) ?? []).map((root) => visit(root, false));
  const score = round(roots.reduce((sum, root) => sum + root.score, 0));
  const applicableMaxPoints = round(roots.reduce((sum, root) => sum + root.applicableMaxPoints, 0));
  const scoreState = stateOf(roots);
  return {
    score,
    applicableMaxPoints,
    scoreState,
    indexPercent:
      scoreState === 'scored' && applicableMaxPoints > 0
        ? Math.round((score / applicableMaxPoints) * 10_000) / 100
        : null,
    nodes: figures,
  };
}

/**
 * Một nhánh, một cấp nhập: the codes whose inputs are locked because a score is typed above them
 * (an area entered directly) or under them (a sub-criterion entered), as the server refuses both.
 */
export function lockedEntryCodes(
  nodes: readonly DraftNode[],
  drafts: Readonly<Record<string, DraftScores>>,
): Set<string> {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const locked = new Set<string>();
  for (const node of nodes) {
    if (!hasDraftValue(drafts[node.code])) continue;
    const seen = new Set([node.code]);
    for (let up = byCode.get(node.code)?.parentCode ?? null; up !== null && !seen.has(up);) {
      locked.add(up);
      seen.add(up);
      up = byCode.get(up)?.parentCode ?? null;
    }
    const below = [node.code];
    while (below.length > 0) {
      const code = below.pop()!;
      for (const child of nodes.filter((each) => each.parentCode === code)) {
        if (seen.has(child.code)) continue;
        seen.add(child.code);
        locked.add(child.code);
        below.push(child.code);
      }
    }
  }
  return locked;
}
