import { foldVietnamese } from '../shared/fold-vietnamese';
import { formatViNumber } from '../shared/vi-format';
import { roundPoints } from './points';

/** Cách tính điểm: the kinds of scoring rule a leaf criterion can have. */
export const SCORING_RULE_TYPES = [
  'binary',
  'tiered',
  'ratio',
  'ratio_threshold',
  'deduction',
  'survey',
  'bonus',
] as const;

/** Loại quy tắc chấm điểm: one of SCORING_RULE_TYPES. */
export type ScoringRuleType = (typeof SCORING_RULE_TYPES)[number];

/** Tên cách tính điểm: the Vietnamese label of each rule type. */
export const SCORING_RULE_LABELS: Record<ScoringRuleType, string> = {
  binary: 'Có / không',
  tiered: 'Theo mức',
  ratio: 'Theo tỷ lệ',
  ratio_threshold: 'Theo tỷ lệ, đạt ngưỡng được điểm tối đa',
  deduction: 'Trừ điểm theo số lần vi phạm',
  survey: 'Theo kết quả điều tra xã hội học',
  bonus: 'Điểm thưởng',
};

/** Mức điểm: one tier of a tiered rule, e.g. { label: 'Ban hành đúng hạn', points: 1 }. */
export interface ScoringTier {
  label: string;
  points: number;
}

/**
 * Quy tắc chấm điểm of a leaf criterion. Rates, thresholds and survey results are percentages
 * 0–100; points are in the framework's points.
 * - binary (có/không): full points or zero;
 * - tiered: the points of the tier reached (ban hành đúng hạn 1; trễ hạn 0,5; không ban hành 0);
 * - ratio: rate × max ÷ 100;
 * - ratio_threshold: full points at or above `threshold` %, below it rate × max ÷ threshold;
 * - deduction: starts at max and loses `pointsPerEvent` per event (vi phạm), never below 0;
 * - survey (điều tra xã hội học): survey index % × max ÷ 100;
 * - bonus (điểm thưởng): the bonus awarded, 0 to `maxBonus`, added above the normal maximum.
 */
export type ScoringRule =
  | { type: 'binary' }
  | { type: 'tiered'; tiers: ScoringTier[] }
  | { type: 'ratio' }
  | { type: 'ratio_threshold'; threshold: number }
  | { type: 'deduction'; pointsPerEvent: number }
  | { type: 'survey' }
  | { type: 'bonus'; maxBonus: number };

/** Dữ liệu chấm điểm per rule type: achieved?, tier label, rate %, event count, survey %, bonus points. */
export interface ScoringInputByRuleType {
  binary: boolean;
  tiered: string;
  ratio: number;
  ratio_threshold: number;
  deduction: number;
  survey: number;
  bonus: number;
}

/** Dữ liệu chấm điểm that `applyScoringRule` expects for a rule (for the whole union: any of them). */
export type ScoringInput<R extends ScoringRule = ScoringRule> = ScoringInputByRuleType[R['type']];

/** Kết quả chấm: the points earned, or a Vietnamese message saying why the input is impossible. */
export type ScoringOutcome = { ok: true; points: number } | { ok: false; message: string };

/**
 * Chấm điểm một tiêu chí: turns the unit's figure into points under the rule, rounded to 4
 * decimals. Impossible inputs (a rate outside 0–100 %, an unknown tier, a negative count, a
 * value of the wrong kind) are refused with a message, never clamped.
 */
export function applyScoringRule<R extends ScoringRule>(
  rule: R,
  input: ScoringInput<R>,
  maxPoints: number,
): ScoringOutcome {
  if (!Number.isFinite(maxPoints) || maxPoints < 0) {
    return refuse(`Điểm tối đa phải là số không âm, nhận được ${describe(maxPoints)}.`);
  }
  const value: unknown = input;
  switch (rule.type) {
    case 'binary':
      if (typeof value !== 'boolean') return refuse('Cần chọn «Có» hoặc «Không».');
      return earn(value ? maxPoints : 0);
    case 'tiered':
      return applyTier(rule.tiers, value, maxPoints);
    case 'ratio': {
      const rate = readPercent(value, 'Tỷ lệ');
      return typeof rate === 'string' ? refuse(rate) : earn((rate * maxPoints) / 100);
    }
    case 'ratio_threshold': {
      if (!isValidThreshold(rule.threshold)) {
        return refuse(
          `Ngưỡng đạt điểm tối đa phải lớn hơn 0% và không quá 100%, nhận được ${describe(rule.threshold)}%.`,
        );
      }
      const rate = readPercent(value, 'Tỷ lệ');
      if (typeof rate === 'string') return refuse(rate);
      return earn(rate >= rule.threshold ? maxPoints : (rate * maxPoints) / rule.threshold);
    }
    case 'deduction': {
      if (!Number.isFinite(rule.pointsPerEvent) || rule.pointsPerEvent <= 0) {
        return refuse(
          `Số điểm trừ mỗi lần phải lớn hơn 0, nhận được ${describe(rule.pointsPerEvent)}.`,
        );
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        return refuse(`Số lần vi phạm phải là số nguyên không âm, nhận được ${describe(value)}.`);
      }
      return earn(Math.max(0, maxPoints - value * rule.pointsPerEvent));
    }
    case 'survey': {
      const index = readPercent(value, 'Kết quả điều tra xã hội học');
      return typeof index === 'string' ? refuse(index) : earn((index * maxPoints) / 100);
    }
    case 'bonus': {
      if (!Number.isFinite(rule.maxBonus) || rule.maxBonus < 0) {
        return refuse(
          `Điểm thưởng tối đa phải là số không âm, nhận được ${describe(rule.maxBonus)}.`,
        );
      }
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < 0 ||
        value > rule.maxBonus
      ) {
        return refuse(
          `Điểm thưởng phải từ 0 đến ${formatViNumber(rule.maxBonus, 4)}, nhận được ${describe(value)}.`,
        );
      }
      return earn(value);
    }
  }
}

/** Ngưỡng hợp lệ: true for a threshold a ratio rule can use, above 0 and at most 100 %. */
export function isValidThreshold(threshold: number): boolean {
  return Number.isFinite(threshold) && threshold > 0 && threshold <= 100;
}

/** Tìm mức điểm by its label, exactly or ignoring case and accents ("tre han" finds "Trễ hạn"). */
export function findTier(tiers: readonly ScoringTier[], label: string): ScoringTier | null {
  const exact = tiers.find((tier) => tier.label === label);
  if (exact) return exact;
  const folded = foldVietnamese(label);
  return tiers.find((tier) => foldVietnamese(tier.label) === folded) ?? null;
}

function applyTier(
  tiers: readonly ScoringTier[],
  value: unknown,
  maxPoints: number,
): ScoringOutcome {
  if (typeof value !== 'string') return refuse('Cần chọn một mức đánh giá.');
  const tier = findTier(tiers, value);
  if (!tier) {
    const known = tiers.map((candidate) => `«${candidate.label}»`).join(', ');
    return refuse(`Mức «${value}» không có trong quy tắc chấm điểm; các mức hợp lệ: ${known}.`);
  }
  if (tier.points > maxPoints) {
    return refuse(
      `Mức «${tier.label}» cho ${formatViNumber(tier.points, 4)} điểm, vượt điểm tối đa ${formatViNumber(maxPoints, 4)}.`,
    );
  }
  return earn(tier.points);
}

/** A percentage 0–100, or the Vietnamese message refusing it. */
function readPercent(value: unknown, what: string): number | string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${what} phải là một số phần trăm, nhận được ${describe(value)}.`;
  }
  if (value < 0 || value > 100) {
    return `${what} phải từ 0% đến 100%, nhận được ${formatViNumber(value, 4)}%.`;
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatViNumber(value, 4);
  return `«${String(value)}»`;
}

function earn(points: number): ScoringOutcome {
  return { ok: true, points: roundPoints(points) };
}

function refuse(message: string): ScoringOutcome {
  return { ok: false, message };
}

/**
 * Điểm «Có / không»: a binary criterion is worth 0 or its full max, nothing in between. Returns the
 * Vietnamese reason a score entered on a node with this rule is impossible, or null when it fits
 * (other rules: any score from 0 to the max, checked elsewhere). Shared by the manual entry and
 * the file import so both refuse 0,5 on a "Có / không" criterion.
 */
export function enteredScoreProblem(
  rule: ScoringRule | undefined,
  maxPoints: number,
  score: number,
): string | null {
  if (rule?.type !== 'binary' || !Number.isFinite(score)) return null;
  // Below 0 or above the max is the range check's message, not this one.
  if (score < 0 || score > maxPoints) return null;
  if (Math.abs(score) < 1e-9 || Math.abs(score - maxPoints) < 1e-9) return null;
  const max = formatViNumber(maxPoints, 4);
  return `tiêu chí chấm «Có / không» chỉ nhận 0 hoặc ${max} điểm (điểm tối đa), nhận được ${formatViNumber(score, 4)}.`;
}
