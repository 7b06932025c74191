import type { CodeMapping, Framework, NodeLevel } from '../frameworks/framework';
import { compareNodeCodes, frameworkTree, nodeLevel } from '../frameworks/framework-tree';
import { roundPoints, sumPoints } from '../frameworks/points';
import type { RolledUpNode, RolledUpResult, ScoreState } from './roll-up';

/**
 * Dòng phân tích điểm bị trừ for one applicable node. `maxPoints` is the applicable max (a bonus
 * node shows its bonus ceiling). A node without a score (`scoreState` 'unscored') is listed as
 * "Chưa có điểm" with no lost points, never as a loss; a partial one counts only its scored
 * parts. `previousScore` and `change` (score − previous) compare a scored node with the previous
 * year. Against peers (the other units of the same type on the framework that have the node
 * applicable and scored), one meaning each, stated in the column headers:
 * - `peerAverage` — "TB các đơn vị cùng loại khác": the mean of the OTHER units, the unit itself
 *   excluded (it would pull the mean towards itself);
 * - `bestPeer` — "Cao nhất (gồm cả đơn vị)": the highest score among the other units AND the unit
 *   itself, so a unit that leads sees its own score there.
 * Both are absent when no other unit has the node scored.
 */
export interface GapRow {
  code: string;
  name: string;
  level: NodeLevel;
  maxPoints: number;
  score: number;
  lostPoints: number;
  percent: number | null;
  isBonus: boolean;
  /** Có điểm / chưa đủ điểm / chưa có điểm. */
  scoreState: ScoreState;
  /** The score was entered at this node (a leaf, or an area entered as published). */
  isEntered: boolean;
  previousScore?: number;
  change?: number;
  peerAverage?: number;
  bestPeer?: number;
}

/** So sánh: last year's roll-up with the old → new code mapping (identity when absent), and the OTHER units of the same type on the framework (never the unit itself). */
export interface GapAnalysisOptions {
  previous?: { rolledUp: RolledUpResult; codeMapping?: CodeMapping };
  peers?: readonly RolledUpResult[];
}

/**
 * Phân tích điểm bị trừ: one row per applicable node (areas, criteria and sub-criteria alike),
 * the biggest losses first, then scored before partial before unscored, ties in code order. Last year's scores are matched through the code
 * mapping; when two old codes map to one new code their scores add up.
 */
export function analyseGaps(
  framework: Framework,
  rolledUp: RolledUpResult,
  options: GapAnalysisOptions = {},
): GapRow[] {
  const tree = frameworkTree(framework.nodes);
  const previousByCode = options.previous ? previousScoresByNewCode(options.previous) : null;
  const peerNodes = (options.peers ?? []).map(
    (peer) => new Map(peer.nodes.map((node) => [node.code, node])),
  );
  const rows: GapRow[] = [];
  for (const node of rolledUp.nodes) {
    const definition = tree.byCode.get(node.code);
    if (!definition || !node.isApplicable) continue;
    const row: GapRow = {
      code: node.code,
      name: definition.name,
      level: nodeLevel(tree, definition),
      maxPoints: node.isBonus ? node.maxPoints : node.applicableMaxPoints,
      score: node.score,
      lostPoints: node.lostPoints,
      percent: node.percent,
      isBonus: node.isBonus,
      scoreState: node.scoreState,
      isEntered: node.isEntered,
    };
    const previousScore = node.isScored ? previousByCode?.get(node.code) : undefined;
    if (previousScore !== undefined) {
      row.previousScore = previousScore;
      row.change = roundPoints(node.score - previousScore);
    }
    const peerScores = peerNodes
      .map((peer) => peer.get(node.code))
      .filter(
        (peer): peer is RolledUpNode => peer !== undefined && peer.isApplicable && peer.isScored,
      )
      .map((peer) => peer.score);
    if (node.isScored && peerScores.length > 0) {
      row.peerAverage = roundPoints(sumPoints(peerScores) / peerScores.length);
      row.bestPeer = Math.max(node.score, ...peerScores);
    }
    rows.push(row);
  }
  return rows.sort(
    (a, b) =>
      b.lostPoints - a.lostPoints ||
      STATE_ORDER[a.scoreState] - STATE_ORDER[b.scoreState] ||
      compareNodeCodes(a.code, b.code),
  );
}

const STATE_ORDER: Record<ScoreState, number> = { scored: 0, partial: 1, unscored: 2 };

function previousScoresByNewCode(previous: {
  rolledUp: RolledUpResult;
  codeMapping?: CodeMapping;
}): Map<string, number> {
  const mapping = previous.codeMapping ?? {};
  const scores = new Map<string, number>();
  // A new code fed by an old node without a full score has no previous figure (not 0).
  const incomplete = new Set<string>();
  for (const node of previous.rolledUp.nodes) {
    if (!node.isApplicable) continue;
    const newCode = Object.hasOwn(mapping, node.code)
      ? (mapping[node.code] ?? node.code)
      : node.code;
    if (!node.isScored) incomplete.add(newCode);
    scores.set(newCode, roundPoints((scores.get(newCode) ?? 0) + node.score));
  }
  for (const code of incomplete) scores.delete(code);
  return scores;
}

/** Bộ lọc: an area (its code and everything under it), a level, only rows that lost points, only rows that fell since last year. */
export interface GapFilter {
  areaPrefix?: string;
  level?: NodeLevel;
  onlyLost?: boolean;
  onlyDropped?: boolean;
}

/** Lọc dòng phân tích: the rows matching every condition given ("7" matches 7 and 7.3.2, not 70). */
export function filterGapRows(rows: readonly GapRow[], filter: GapFilter): GapRow[] {
  const prefix = filter.areaPrefix?.trim();
  return rows.filter(
    (row) =>
      (!prefix || row.code === prefix || row.code.startsWith(`${prefix}.`)) &&
      (filter.level === undefined || row.level === filter.level) &&
      (!filter.onlyLost || row.lostPoints > 0) &&
      (!filter.onlyDropped || (row.change !== undefined && row.change < 0)),
  );
}
