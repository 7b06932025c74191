import type { FrameworkNode } from '../frameworks/framework';
import {
  applyScoringRule,
  enteredScoreProblem,
  type ScoringOutcome,
} from '../frameworks/scoring-rule';
import { roundPoints } from '../frameworks/points';
import { formatViNumber } from '../shared/vi-format';
import type { SelfScoringInput } from './assessment-entry';

/** Kết quả tự chấm: the score (and the rate % of a ratio), or the Vietnamese reason it is refused. */
export type SelfScoreOutcome =
  { ok: true; score: number; rate: number | null } | { ok: false; message: string };

/** Lời từ chối khi tự chấm một tiêu chí điều tra xã hội học. */
export const SURVEY_NOT_SELF_SCORED = 'Tiêu chí chấm bằng điều tra xã hội học, không tự chấm.';

/** Loại dữ liệu tự chấm a node takes: by its rule; `points` for a bonus or a node without a rule. */
export function selfInputTypeOf(
  node: Pick<FrameworkNode, 'rule' | 'method'>,
): SelfScoringInput['type'] | null {
  if (node.method === 'survey' || node.rule?.type === 'survey') return null;
  const type = node.rule?.type;
  if (type === undefined || type === 'bonus') return 'points';
  if (type === 'ratio' || type === 'ratio_threshold') return 'ratio';
  return type;
}

const INPUT_TYPE_LABELS: Record<SelfScoringInput['type'], string> = {
  binary: '«Có / không»',
  tiered: 'chọn mức',
  ratio: 'tử số / mẫu số',
  deduction: 'số lần vi phạm',
  points: 'số điểm',
};

/**
 * Tự chấm một tiêu chí: the unit's input → the score under the node's rule, by
 * `applyScoringRule`. A ratio is given as its two counts (tử số / mẫu số) and its rate is
 * n ÷ d × 100; a bonus or a node without a rule takes points from 0 to its maximum. Survey nodes
 * are not self-scored, and an input of another kind than the rule's is refused.
 *
 * @example computeSelfScore({ …, maxPoints: 2, rule: { type: 'ratio_threshold', threshold: 95 } },
 *   { type: 'ratio', numerator: 95, denominator: 100 }) // { ok: true, score: 2, rate: 95 }
 */
export function computeSelfScore(
  node: Pick<FrameworkNode, 'rule' | 'method' | 'maxPoints'>,
  input: SelfScoringInput,
): SelfScoreOutcome {
  const expected = selfInputTypeOf(node);
  if (expected === null) return { ok: false, message: SURVEY_NOT_SELF_SCORED };
  if (input.type !== expected) {
    return {
      ok: false,
      message: `Tiêu chí này chấm bằng ${INPUT_TYPE_LABELS[expected]}, không nhận ${INPUT_TYPE_LABELS[input.type] ?? 'dữ liệu này'}.`,
    };
  }
  const rule = node.rule;
  const max = node.maxPoints;
  switch (input.type) {
    case 'binary':
      return fromOutcome(applyScoringRule({ type: 'binary' }, input.achieved, max));
    case 'tiered':
      return rule?.type === 'tiered'
        ? fromOutcome(applyScoringRule(rule, input.tier, max))
        : { ok: false, message: 'Tiêu chí không có các mức chấm.' };
    case 'deduction':
      return rule?.type === 'deduction'
        ? fromOutcome(applyScoringRule(rule, input.events, max))
        : { ok: false, message: 'Tiêu chí không chấm theo số lần vi phạm.' };
    case 'ratio': {
      const problem = ratioProblem(input.numerator, input.denominator);
      if (problem) return { ok: false, message: problem };
      const rate = (input.numerator / input.denominator) * 100;
      if (rule?.type !== 'ratio' && rule?.type !== 'ratio_threshold') {
        return { ok: false, message: 'Tiêu chí không chấm theo tỷ lệ.' };
      }
      return fromOutcome(applyScoringRule(rule, rate, max), roundPoints(rate));
    }
    case 'points':
      return scorePoints(node, input.points);
  }
}

/** Why a ratio's two counts are impossible (Vietnamese), or null when they fit. */
function ratioProblem(numerator: number, denominator: number): string | null {
  const counts: [string, number][] = [
    ['Tử số', numerator],
    ['Mẫu số', denominator],
  ];
  for (const [name, value] of counts) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} phải là một số.`;
    if (value < 0) return `${name} không được âm (nhận được ${formatViNumber(value, 4)}).`;
    if (!Number.isInteger(value)) {
      return `${name} là số lượng nên phải là số nguyên (nhận được ${formatViNumber(value, 4)}).`;
    }
  }
  if (denominator === 0) return 'Mẫu số phải lớn hơn 0: không tính được tỷ lệ khi mẫu số bằng 0.';
  if (numerator > denominator) {
    return `Tử số (${formatViNumber(numerator, 0)}) không được lớn hơn mẫu số (${formatViNumber(denominator, 0)}).`;
  }
  return null;
}

function scorePoints(
  node: Pick<FrameworkNode, 'rule' | 'maxPoints'>,
  points: number,
): SelfScoreOutcome {
  if (node.rule?.type === 'bonus') {
    return fromOutcome(
      applyScoringRule(node.rule, points, Math.min(node.maxPoints, node.rule.maxBonus)),
    );
  }
  const max = node.maxPoints;
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > max) {
    return {
      ok: false,
      message: `Điểm phải từ 0 đến ${formatViNumber(max, 4)} (điểm tối đa), nhận được ${typeof points === 'number' && Number.isFinite(points) ? formatViNumber(points, 4) : `«${String(points)}»`}.`,
    };
  }
  const binary = enteredScoreProblem(node.rule, max, points);
  if (binary) return { ok: false, message: `Điểm không hợp lệ: ${binary}` };
  return { ok: true, score: roundPoints(points), rate: null };
}

function fromOutcome(outcome: ScoringOutcome, rate: number | null = null): SelfScoreOutcome {
  return outcome.ok
    ? { ok: true, score: outcome.points, rate }
    : { ok: false, message: outcome.message };
}
