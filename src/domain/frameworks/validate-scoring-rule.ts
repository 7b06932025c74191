import { formatViNumber } from '../shared/vi-format';
import { MAX_POINTS_TOLERANCE } from './points';
import { SCORING_RULE_TYPES, isValidThreshold, type ScoringRule } from './scoring-rule';

/**
 * Kiểm tra quy tắc chấm điểm of one leaf against its maximum: a known type and sensible
 * parameters (tiers non-empty, uniquely labelled, between 0 and the max, the top one reaching
 * the max; threshold in (0, 100]; a positive deduction; a bonus ceiling equal to the node's max).
 * Returns Vietnamese messages without the node code, which the caller adds.
 */
export function checkScoringRule(rule: ScoringRule, maxPoints: number, isBonus: boolean): string[] {
  const type: unknown = (rule as { type?: unknown }).type;
  if (typeof type !== 'string' || !(SCORING_RULE_TYPES as readonly string[]).includes(type)) {
    return [`quy tắc chấm điểm «${String(type)}» không được hỗ trợ.`];
  }
  const problems: string[] = [];
  if (rule.type === 'bonus' && !isBonus) {
    problems.push('quy tắc điểm thưởng chỉ dùng cho tiêu chí điểm thưởng (isBonus).');
  }
  switch (rule.type) {
    case 'tiered':
      problems.push(...checkTiers(rule.tiers, maxPoints));
      break;
    case 'ratio_threshold':
      if (!isValidThreshold(rule.threshold)) {
        problems.push(
          `ngưỡng đạt điểm tối đa phải lớn hơn 0% và không quá 100% (đang là ${show(rule.threshold)}%).`,
        );
      }
      break;
    case 'deduction':
      if (!Number.isFinite(rule.pointsPerEvent) || rule.pointsPerEvent <= 0) {
        problems.push(`số điểm trừ mỗi lần phải lớn hơn 0 (đang là ${show(rule.pointsPerEvent)}).`);
      }
      break;
    case 'bonus':
      if (
        !Number.isFinite(rule.maxBonus) ||
        Math.abs(rule.maxBonus - maxPoints) > MAX_POINTS_TOLERANCE
      ) {
        problems.push(
          `điểm thưởng tối đa (${show(rule.maxBonus)}) phải bằng điểm tối đa của tiêu chí (${show(maxPoints)}).`,
        );
      }
      break;
    default:
      break;
  }
  return problems;
}

function checkTiers(tiers: unknown, maxPoints: number): string[] {
  if (!Array.isArray(tiers) || tiers.length === 0) return ['quy tắc theo mức chưa có mức nào.'];
  const problems: string[] = [];
  const labels = new Set<string>();
  let highest = -Infinity;
  for (const tier of tiers as { label?: unknown; points?: unknown }[]) {
    const label = typeof tier.label === 'string' ? tier.label.trim() : '';
    if (label === '') {
      problems.push('có mức chưa có tên.');
      continue;
    }
    if (labels.has(label)) problems.push(`mức «${label}» bị trùng.`);
    labels.add(label);
    if (typeof tier.points !== 'number' || !Number.isFinite(tier.points) || tier.points < 0) {
      problems.push(`mức «${label}» phải cho số điểm không âm.`);
      continue;
    }
    if (tier.points > maxPoints + MAX_POINTS_TOLERANCE) {
      problems.push(
        `mức «${label}» cho ${show(tier.points)} điểm, vượt điểm tối đa ${show(maxPoints)}.`,
      );
    }
    highest = Math.max(highest, tier.points);
  }
  if (highest >= 0 && highest < maxPoints - MAX_POINTS_TOLERANCE) {
    problems.push(
      `không mức nào đạt điểm tối đa ${show(maxPoints)} (mức cao nhất ${show(highest)}).`,
    );
  }
  return problems;
}

function show(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? formatViNumber(value, 4)
    : `«${String(value)}»`;
}
