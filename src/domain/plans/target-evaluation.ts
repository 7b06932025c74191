// Chỉ tiêu tự đánh giá: each target of a plan checked against the results and ranking of the
// plan's year (and the year before), answering met / not met / not yet known with the numbers
// behind it. Unentered results are never read as 0: a node that is not fully scored, or has no
// percent, leaves the verdict unknown unless the outcome is already decided without it.
import type { CodeMapping } from '../frameworks/framework';
import { gradeFor, type GradeBand } from '../results/grades';
import { formatRank } from '../results/ranking';
import type { RolledUpNode, RolledUpResult } from '../results/roll-up';
import { foldVietnamese } from '../shared/fold-vietnamese';
import { formatViNumber } from '../shared/vi-format';
import { evaluateKpiTarget, type KpiTargetFact } from './kpi-target';
import {
  meetsComparator,
  NUMBER_COMPARATOR_SYMBOLS,
  publishedFigure,
  type PlanTarget,
} from './plan-targets';

/** Kết quả đánh giá chỉ tiêu: đạt, chưa đạt, chưa xác định. */
export type TargetStatus = 'met' | 'not_met' | 'unknown';

/** Nhãn kết quả đánh giá chỉ tiêu, as the tag on screen reads. */
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  unknown: 'Chưa xác định',
};

/** Đánh giá một chỉ tiêu: the verdict, the numbers behind it ("Hạng 3/12, năm trước 5/12") and why it is unknown. */
export interface TargetVerdict {
  status: TargetStatus;
  /** Số liệu: the figures the verdict rests on, Vietnamese number forms; empty when there are none. */
  evidence: string;
  /** Lý do: why the verdict is unknown ("Chưa có kết quả năm 2025"); empty when decided. */
  reason: string;
}

/** Kết quả một năm của đơn vị theo một bộ chỉ số: its rolled-up result and rank among its peers. */
export interface YearFacts {
  year: number;
  /** Null when the unit has no result on that year's framework. */
  rolledUp: RolledUpResult | null;
  /** Thứ hạng (1 best), null when not ranked. */
  rank: number | null;
  /** Số đơn vị được xếp hạng: the "12" of "3/12". */
  peerCount: number;
  /**
   * Mã tiêu chí: the target's node code (in the framework the plan links) → the code in this
   * year's framework, for codes that differ (frameworks are copied yearly with a code mapping).
   */
  codeMapping?: CodeMapping;
}

/** Dữ kiện đánh giá chỉ tiêu của một chỉ số: this year, last year (null when no framework of it exists) and the grade bands. */
export interface TargetFacts {
  current: YearFacts;
  previous: YearFacts | null;
  /** Thang xếp loại of this year's framework (the province's own, else the default provincial bands). */
  gradeBands: readonly GradeBand[];
}

/** Lý do "đánh giá thủ công": a free-text target, or one not tied to an index the plan links. */
export const MANUAL_TARGET_REASON = 'Chỉ tiêu đánh giá thủ công';

/** Đảo ánh xạ mã: new → old from an old → new mapping (to read last year's node of this year's code). */
export function reverseCodeMapping(mapping: CodeMapping): CodeMapping {
  const reversed: CodeMapping = {};
  for (const [oldCode, newCode] of Object.entries(mapping)) reversed[newCode] = oldCode;
  return reversed;
}

/**
 * Đánh giá chỉ tiêu: met / not met / unknown for one target from the facts of its index (null
 * when the target names no index, or one without facts), with the evidence in Vietnamese. A kpi
 * target is judged on `kpi` instead: its KPI's figure over the plan's year so far (null when the
 * year has not begun), read by the server from the dossier rollups.
 *
 * @example
 * evaluateTarget(rankUp3, facts) // { status: 'not_met', evidence: 'Hạng 3/12, năm trước 5/12', reason: '' }
 */
export function evaluateTarget(
  target: PlanTarget,
  facts: TargetFacts | null,
  kpi: KpiTargetFact | null = null,
): TargetVerdict {
  if (target.kind === 'kpi') return evaluateKpiTarget(target, kpi);
  if (target.kind === 'free_text' || target.frameworkId === null || facts === null) {
    return unknown(MANUAL_TARGET_REASON);
  }
  const current = facts.current;
  if (current.rolledUp === null) return unknown(`Chưa có kết quả năm ${current.year}`);
  const scope = scopeOf(target, current);
  if ('reason' in scope) return unknown(scope.reason);
  switch (target.kind) {
    case 'number':
      return evaluateNumber(target, scope);
    case 'rank_top':
    case 'rank_up':
    case 'rank_not_down':
      return evaluateRank(target, facts, scope);
    case 'above_last_year':
      return evaluateAboveLastYear(target, facts, scope);
    case 'grade':
      return evaluateGrade(target, facts, scope);
    case 'bonus':
      return evaluateBonus(scope);
    case 'subindex_share':
      return evaluateSubindexShare(target, scope);
  }
}

const unknown = (reason: string, evidence = ''): TargetVerdict => ({
  status: 'unknown',
  evidence,
  reason,
});

const decided = (isMet: boolean, evidence: string): TargetVerdict => ({
  status: isMet ? 'met' : 'not_met',
  evidence,
  reason: '',
});

/** What a target measures in one year: the whole index (node null) or one node, with its subtree. */
interface Scope {
  year: number;
  rolledUp: RolledUpResult;
  /** Null for the index as a whole. */
  node: RolledUpNode | null;
  /** "Chỉ số" or "Tiêu chí 2.7", as the evidence names it. */
  label: string;
}

function scopeOf(target: PlanTarget, facts: YearFacts): Scope | { reason: string } {
  const rolledUp = facts.rolledUp;
  if (rolledUp === null) return { reason: `Chưa có kết quả năm ${facts.year}` };
  if (target.nodeCode === null) return { year: facts.year, rolledUp, node: null, label: 'Chỉ số' };
  const code = mapCode(facts.codeMapping, target.nodeCode);
  const node = rolledUp.nodes.find((candidate) => candidate.code === code);
  if (!node) return { reason: `Bộ chỉ số năm ${facts.year} không có tiêu chí ${code}` };
  return { year: facts.year, rolledUp, node, label: `Tiêu chí ${code}` };
}

function mapCode(mapping: CodeMapping | undefined, code: string): string {
  return mapping && Object.hasOwn(mapping, code) ? (mapping[code] ?? code) : code;
}

/** "86,50%": a percentage as published, always two decimals. */
function percentText(value: number): string {
  const text = formatViNumber(publishedFigure(value));
  const [whole, fraction = ''] = text.split(',');
  return `${whole},${fraction.padEnd(2, '0')}%`;
}

const pointsText = (value: number) => `${formatViNumber(value)} điểm`;

/**
 * Đã chấm đủ: every applicable node in the scope has its score. Bonus nodes do not count: an
 * empty bonus leaf means no bonus, and it cannot lower the index.
 */
function isFullyScored(scope: Scope): boolean {
  if (scope.node !== null) return scope.node.isBonus || scope.node.isScored;
  return scope.rolledUp.nodes
    .filter((node) => node.parentCode === null && !node.isBonus)
    .every((node) => node.isScored);
}

/** Unscored reason naming the year and the scope. */
const notFullyScored = (scope: Scope) =>
  `Chưa chấm đủ điểm ${scope.node === null ? 'chỉ số' : scope.label.toLowerCase()} năm ${scope.year}`;

/** The scope's percent (chỉ số, or the node's %), null when nothing applies or it is not fully scored. */
function percentOf(scope: Scope): number | null {
  if (!isFullyScored(scope)) return null;
  return scope.node === null ? scope.rolledUp.totals.indexPercent : scope.node.percent;
}

/** The scope's score (điểm, bonus included), null when it is not fully scored. */
function scoreOf(scope: Scope): number | null {
  if (!isFullyScored(scope)) return null;
  return scope.node === null ? scope.rolledUp.totals.score : scope.node.score;
}

const isPercentUnit = (unit: string) => unit.trim() === '%';

/** Number: the index (or node) percent when the unit is %, otherwise its score. */
function evaluateNumber(target: PlanTarget, scope: Scope): TargetVerdict {
  const isPercent = isPercentUnit(target.unit);
  const actual = isPercent ? percentOf(scope) : scoreOf(scope);
  if (actual === null) {
    return unknown(isFullyScored(scope) ? `${scope.label} không áp dụng` : notFullyScored(scope));
  }
  const wanted = target.value ?? 0;
  const shown = isPercent ? percentText(actual) : pointsText(actual);
  const bar = isPercent ? percentText(wanted) : formatViNumber(wanted);
  return decided(
    meetsComparator(actual, target.comparator, wanted),
    `${scope.label} năm ${scope.year}: ${shown} (cần ${NUMBER_COMPARATOR_SYMBOLS[target.comparator]} ${bar})`,
  );
}

function rankText(facts: YearFacts): string | null {
  return facts.rank === null ? null : formatRank(facts.rank, facts.peerCount);
}

/**
 * Rank targets: rank_top (rank ≤ N), rank_up (last rank − this rank ≥ K), rank_not_down (this
 * rank ≤ last rank). Ranks are of the whole index; a target on one node is judged by hand.
 */
function evaluateRank(target: PlanTarget, facts: TargetFacts, scope: Scope): TargetVerdict {
  if (scope.node !== null) {
    return unknown(
      'Xếp hạng chỉ tính theo toàn bộ chỉ số; chỉ tiêu theo tiêu chí đánh giá thủ công',
    );
  }
  const { current, previous } = facts;
  const now = rankText(current);
  if (current.rank === null || now === null) {
    return unknown(`Chưa có xếp hạng năm ${current.year}`);
  }
  if (!isFullyScored(scope)) return unknown(notFullyScored(scope), `Hạng ${now}`);
  if (target.kind === 'rank_top') {
    const places = target.value ?? 0;
    return decided(
      current.rank <= places,
      `Hạng ${now} (cần trong nhóm ${formatViNumber(places)})`,
    );
  }
  const before = previous ? rankText(previous) : null;
  if (previous === null || previous.rank === null || before === null) {
    return unknown(`Chưa có xếp hạng năm ${current.year - 1}`, `Hạng ${now}`);
  }
  const evidence = `Hạng ${now}, năm trước ${before}`;
  if (target.kind === 'rank_up') {
    return decided(previous.rank - current.rank >= (target.value ?? 0), evidence);
  }
  return decided(current.rank <= previous.rank, evidence);
}

/** Above last year: this year's index (or node) percent strictly above last year's. */
function evaluateAboveLastYear(
  target: PlanTarget,
  facts: TargetFacts,
  scope: Scope,
): TargetVerdict {
  const now = percentOf(scope);
  if (now === null) {
    return unknown(isFullyScored(scope) ? `${scope.label} không áp dụng` : notFullyScored(scope));
  }
  const nowText = `${scope.label} năm ${scope.year}: ${percentText(now)}`;
  const lastYear = scope.year - 1;
  if (facts.previous === null) {
    return unknown(`Chưa có bộ chỉ số năm ${lastYear} để so sánh`, nowText);
  }
  const previousScope = scopeOf(target, facts.previous);
  if ('reason' in previousScope) return unknown(previousScope.reason, nowText);
  const before = percentOf(previousScope);
  if (before === null) {
    const reason = isFullyScored(previousScope)
      ? `${previousScope.label} năm ${lastYear} không áp dụng`
      : notFullyScored(previousScope);
    return unknown(reason, nowText);
  }
  return decided(
    publishedFigure(now) > publishedFigure(before),
    `${nowText}; năm ${lastYear}: ${percentText(before)}`,
  );
}

/** The band the target names, by code or by label ("Tốt", "tot", "tốt"). */
function wantedBand(target: PlanTarget, bands: readonly GradeBand[]): GradeBand | null {
  const wanted = foldVietnamese(target.grade ?? '').trim();
  if (!wanted) return null;
  return (
    bands.find(
      (band) => foldVietnamese(band.code) === wanted || foldVietnamese(band.label) === wanted,
    ) ?? null
  );
}

/** Grade: the band the index (or node) percent reaches is at least the wanted one, in band order. */
function evaluateGrade(target: PlanTarget, facts: TargetFacts, scope: Scope): TargetVerdict {
  const wanted = wantedBand(target, facts.gradeBands);
  if (!wanted) {
    const labels = facts.gradeBands.map((band) => band.label).join(', ');
    return unknown(`Loại «${target.grade ?? ''}» không có trong thang xếp loại (${labels})`);
  }
  const actual = percentOf(scope);
  if (actual === null) {
    return unknown(isFullyScored(scope) ? `${scope.label} không áp dụng` : notFullyScored(scope));
  }
  const reached = gradeFor(actual, facts.gradeBands);
  const evidence = `${scope.label} năm ${scope.year}: ${percentText(actual)}, ${reached ? `loại ${reached.label}` : 'chưa đạt loại nào'}`;
  return decided(reached !== null && reached.minPercent >= wanted.minPercent, evidence);
}

/** Bonus: some bonus points earned at the node (or in the index); unknown while a bonus node is unscored and none is earned. */
function evaluateBonus(scope: Scope): TargetVerdict {
  const bonus = scope.node === null ? scope.rolledUp.totals.bonusScore : scope.node.bonusScore;
  const evidence = `Điểm thưởng năm ${scope.year}: ${pointsText(bonus)}`;
  if (bonus > 0) return decided(true, evidence);
  const bonusNodes = scope.rolledUp.nodes.filter(
    (node) => node.isBonus && isWithin(scope.rolledUp, node, scope.node),
  );
  if (bonusNodes.some((node) => !node.isScored)) {
    return unknown(`Chưa chấm điểm thưởng năm ${scope.year}`, evidence);
  }
  return decided(false, evidence);
}

/** True when `node` is `ancestor` or under it (anything is within the whole index). */
function isWithin(rolledUp: RolledUpResult, node: RolledUpNode, ancestor: RolledUpNode | null) {
  if (ancestor === null) return true;
  const byCode = new Map(rolledUp.nodes.map((each) => [each.code, each]));
  const seen = new Set<string>();
  let current: RolledUpNode | undefined = node;
  while (current && !seen.has(current.code)) {
    if (current.code === ancestor.code) return true;
    seen.add(current.code);
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return false;
}

/**
 * Share of sub-indices: the node's children (the areas when the node is null), bonus and
 * exempt ones left out, whose percent (unit %) or score meets the bar; met when their share
 * reaches `sharePercent` (100 = every one). Unscored children are unknown, yet the verdict is
 * given when they cannot change it (enough already met, or too many already missed).
 */
function evaluateSubindexShare(target: PlanTarget, scope: Scope): TargetVerdict {
  const parentCode = scope.node?.code ?? null;
  const children = scope.rolledUp.nodes.filter(
    (node) => node.parentCode === parentCode && !node.isBonus && node.isApplicable,
  );
  if (children.length === 0) return unknown(`${scope.label} không có chỉ số thành phần`);
  const isPercent = isPercentUnit(target.unit);
  const wanted = target.value ?? 0;
  const met: string[] = [];
  const missed: string[] = [];
  const open: string[] = [];
  for (const child of children) {
    const actual = !child.isScored ? null : isPercent ? child.percent : child.score;
    if (actual === null) open.push(child.code);
    else if (meetsComparator(actual, target.comparator, wanted)) met.push(child.code);
    else missed.push(`${child.code} (${isPercent ? percentText(actual) : formatViNumber(actual)})`);
  }
  const share = target.sharePercent ?? 100;
  const needed = Math.ceil((share / 100) * children.length - 1e-9);
  const bar = `${NUMBER_COMPARATOR_SYMBOLS[target.comparator]} ${isPercent ? percentText(wanted) : formatViNumber(wanted)}`;
  const parts = [`${met.length}/${children.length} chỉ số thành phần năm ${scope.year} đạt ${bar}`];
  if (missed.length) parts.push(`chưa đạt: ${missed.join(', ')}`);
  if (open.length) parts.push(`chưa chấm đủ: ${open.join(', ')}`);
  const evidence = parts.join('; ');
  if (met.length >= needed) return decided(true, evidence);
  if (met.length + open.length < needed) return decided(false, evidence);
  return unknown(`Chưa chấm đủ điểm chỉ số thành phần năm ${scope.year}`, evidence);
}
