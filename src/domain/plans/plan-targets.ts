// Chỉ tiêu: what a plan promises to reach, per index and area, in the shapes real plans write
// them — a number, a rank, "higher than last year", a grade, bonus points, "every sub-index
// meets …" or a sentence only a person can judge. target-evaluation.ts checks them against results.
import { formatViNumber } from '../shared/vi-format';

/** Phép so sánh số: ≥ ("từ … trở lên"), >, ≤, <, =. */
export const NUMBER_COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;

/** Phép so sánh số: one of NUMBER_COMPARATORS. */
export type NumberComparator = (typeof NUMBER_COMPARATORS)[number];

/** Ký hiệu phép so sánh, as printed in a target ("≥"). */
export const NUMBER_COMPARATOR_SYMBOLS: Record<NumberComparator, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
};

/** A figure as published: rounded to 2 decimals, so 89,996 % reads 90,00 % and meets ≥ 90 %. */
export const publishedFigure = (value: number) => Math.round(value * 100) / 100;

/** Whether `actual` meets "comparator wanted", both compared as published (two decimals). */
export function meetsComparator(
  actual: number,
  comparator: NumberComparator,
  wanted: number,
): boolean {
  const a = publishedFigure(actual);
  const b = publishedFigure(wanted);
  switch (comparator) {
    case 'gte':
      return a >= b;
    case 'gt':
      return a > b;
    case 'lte':
      return a <= b;
    case 'lt':
      return a < b;
    case 'eq':
      return a === b;
  }
}

/**
 * Loại chỉ tiêu:
 * - number: the index (or the node's score/percent) against a comparator and value;
 * - rank_top: "thuộc nhóm N … dẫn đầu" (rank ≤ N);
 * - rank_up: "tăng ít nhất K bậc" against last year's rank;
 * - rank_not_down: "không giảm bậc" against last year's rank;
 * - above_last_year: "cao hơn năm trước" (index or node percent);
 * - grade: "đạt loại Tốt" (at least that grade band);
 * - bonus: "có điểm thưởng" (bonus points earned under the index or node);
 * - subindex_share: "X% (tất cả) chỉ số thành phần đạt ≥ v" over the node's (or index's areas') children;
 * - kpi: a service KPI computed from dossier data (`kpiKey`, e.g. on time ≥ 97 %), see kpi-target.ts;
 * - free_text: anything else, judged by hand.
 */
export const TARGET_KINDS = [
  'number',
  'rank_top',
  'rank_up',
  'rank_not_down',
  'above_last_year',
  'grade',
  'bonus',
  'subindex_share',
  'kpi',
  'free_text',
] as const;

/** Loại chỉ tiêu: one of TARGET_KINDS. */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Tên loại chỉ tiêu, for pickers. */
export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  number: 'Đạt giá trị (số, %)',
  rank_top: 'Thuộc nhóm dẫn đầu',
  rank_up: 'Tăng bậc xếp hạng',
  rank_not_down: 'Không giảm bậc xếp hạng',
  above_last_year: 'Cao hơn năm trước',
  grade: 'Đạt loại (xếp loại)',
  bonus: 'Có điểm thưởng',
  subindex_share: 'Chỉ số thành phần đạt mức',
  kpi: 'Chỉ số dịch vụ từ dữ liệu hồ sơ (KPI)',
  free_text: 'Chỉ tiêu khác (đánh giá thủ công)',
};

/**
 * Chỉ tiêu. Which fields count depends on `kind`: `comparator`/`value`/`unit` for number and
 * subindex_share (the bar each sub-index must meet), `value` alone for rank_top (N; `unit` names
 * the peers: "huyện") and rank_up (K places), `grade` for grade, `sharePercent` for
 * subindex_share (100 = every one), `kpiKey` with `comparator`/`value` (in %) for kpi.
 * `frameworkId`/`nodeCode` say what is measured: the index as a whole (node null) or one
 * area/criterion; a target without a framework is judged by hand unless it is a kpi target.
 */
export interface PlanTarget {
  id: string;
  /** Mục: the section the target is written under; null for the plan's general targets. */
  sectionId: string | null;
  frameworkId: string | null;
  nodeCode: string | null;
  /** Tên chỉ tiêu as printed: "Chỉ số CCHC năm 2025", "Xếp hạng Chỉ số PAPI". */
  metric: string;
  kind: TargetKind;
  comparator: NumberComparator;
  value: number | null;
  unit: string;
  grade: string | null;
  sharePercent: number | null;
  /**
   * Mã KPI (kpi-definitions.ts, e.g. 'on_time') of a kpi target; null or absent for other kinds
   * (plans stored before KPI targets existed have no such field).
   */
  kpiKey?: string | null;
}

/** The value as the target prints it: "85%" (a % sticks to the number), "5 điểm", "85". */
function amountText(value: number | null, unit: string): string {
  const number = formatViNumber(value ?? 0);
  const trimmed = unit.trim();
  return trimmed === '%' ? `${number}%` : trimmed ? `${number} ${trimmed}` : number;
}

/**
 * Chỉ tiêu thành chữ: "Chỉ số CCHC ≥ 85%", "Xếp hạng Chỉ số CCHC thuộc nhóm 8 huyện dẫn đầu",
 * "Xếp hạng Chỉ số PAPI tăng ít nhất 3 bậc so với năm trước", "Chỉ số SIPAS đạt loại Tốt"…
 */
export function formatTargetText(target: PlanTarget): string {
  const metric = target.metric.trim();
  const value = formatViNumber(target.value ?? 0);
  switch (target.kind) {
    case 'number':
      return `${metric} ${NUMBER_COMPARATOR_SYMBOLS[target.comparator]} ${amountText(target.value, target.unit)}`;
    case 'rank_top':
      return `${metric} thuộc nhóm ${value}${target.unit.trim() ? ` ${target.unit.trim()}` : ''} dẫn đầu`;
    case 'rank_up':
      return `${metric} tăng ít nhất ${value} bậc so với năm trước`;
    case 'rank_not_down':
      return `${metric} không giảm bậc so với năm trước`;
    case 'above_last_year':
      return `${metric} cao hơn năm trước`;
    case 'grade':
      return `${metric} đạt loại ${target.grade?.trim() ?? ''}`.trim();
    case 'bonus':
      return `${metric} có điểm thưởng`;
    case 'subindex_share': {
      const share =
        (target.sharePercent ?? 100) >= 100
          ? 'tất cả'
          : `ít nhất ${formatViNumber(target.sharePercent ?? 0)}%`;
      return `${metric}: ${share} chỉ số thành phần ${NUMBER_COMPARATOR_SYMBOLS[target.comparator]} ${amountText(target.value, target.unit)}`;
    }
    case 'kpi':
      // "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 97 %": a KPI is always a percentage, printed spaced.
      return `${metric} ${NUMBER_COMPARATOR_SYMBOLS[target.comparator]} ${value} %`;
    case 'free_text':
      return metric;
  }
}

/** Chỉ tiêu mới: the neutral fields of a target, so callers state only what they mean. */
export function newTarget(
  fields: Pick<PlanTarget, 'id' | 'metric' | 'kind'> & Partial<PlanTarget>,
): PlanTarget {
  return {
    sectionId: null,
    frameworkId: null,
    nodeCode: null,
    comparator: 'gte',
    value: null,
    unit: '',
    grade: null,
    sharePercent: null,
    ...fields,
  };
}

/** Kết quả năm trước: the index and rank the default targets start from. */
export interface PreviousStanding {
  /** Tên chỉ số, e.g. "Chỉ số CCHC". */
  indexName: string;
  frameworkId: string | null;
  /** Last year's index (0–100), or null when there was none. */
  index: number | null;
  /** Last year's rank among `peerCount` peers of `peerLabel` ("huyện", "sở, ngành"), or null. */
  rank: number | null;
  peerCount: number;
  peerLabel: string;
}

/**
 * Chỉ tiêu mặc định: "Chỉ số … năm {year} ≥ last year's index" (never below last year) and
 * "Xếp hạng … thuộc nhóm {rank} {peers} dẫn đầu" (keep at least last year's rank); nothing for
 * what is unknown. `newId` names each target. The user edits them before issuing.
 */
export function defaultTargets(
  year: number,
  standing: PreviousStanding,
  newId: () => string,
  sectionId: string | null = null,
): PlanTarget[] {
  const targets: PlanTarget[] = [];
  const scope = { sectionId, frameworkId: standing.frameworkId, nodeCode: null };
  if (standing.index !== null) {
    targets.push(
      newTarget({
        ...scope,
        id: newId(),
        metric: `${standing.indexName} năm ${year}`,
        kind: 'number',
        comparator: 'gte',
        value: Math.round(standing.index * 100) / 100,
        unit: '%',
      }),
    );
  }
  if (standing.rank !== null && standing.peerCount > 0) {
    targets.push(
      newTarget({
        ...scope,
        id: newId(),
        metric: `Xếp hạng ${standing.indexName} năm ${year}`,
        kind: 'rank_top',
        value: standing.rank,
        unit: standing.peerLabel,
      }),
    );
  }
  return targets;
}
