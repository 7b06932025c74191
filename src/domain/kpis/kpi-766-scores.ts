/**
 * Điểm Bộ chỉ số 766: the group scores of Decision 766/QĐ-TTg (publicity 18, progress 20,
 * digitisation 22, online service 22, satisfaction 18 — 100 points) computed from dossier
 * counts through the frameworks' own scoring rules (ratio_threshold: full points at or above the
 * threshold, below it rate × max ÷ threshold). The table is data. Per-indicator points inside a
 * group are this product's reading of the decision (the groups' totals are the decision's); an
 * indicator dossier exports cannot compute (publication of procedures, sync to the national
 * portal…) is reported "not computable", never 0, and its points leave the computable maximum.
 */
import { roundPoints } from '../frameworks/points';
import { applyScoringRule, type ScoringRule } from '../frameworks/scoring-rule';
import type { CounterTotals } from './dossier-counters';
import { computeKpi, kpiByKey } from './kpi-definitions';

/** Nhóm chỉ số 766: the five groups, in the decision's order. */
export const KPI_766_GROUPS = [
  'publicity',
  'progress',
  'digitisation',
  'online_service',
  'satisfaction',
] as const;
/** One of KPI_766_GROUPS. */
export type Kpi766Group = (typeof KPI_766_GROUPS)[number];

/** One group: its Vietnamese name and its points (the decision's). */
export interface Kpi766GroupDefinition {
  key: Kpi766Group;
  label: string;
  maxPoints: number;
}

/** The groups and their points; they sum to 100. */
export const KPI_766_GROUP_DEFINITIONS: readonly Kpi766GroupDefinition[] = [
  { key: 'publicity', label: 'Công khai, minh bạch', maxPoints: 18 },
  { key: 'progress', label: 'Tiến độ, kết quả giải quyết', maxPoints: 20 },
  { key: 'digitisation', label: 'Số hóa hồ sơ', maxPoints: 22 },
  { key: 'online_service', label: 'Cung cấp dịch vụ trực tuyến', maxPoints: 22 },
  { key: 'satisfaction', label: 'Mức độ hài lòng', maxPoints: 18 },
];

/**
 * One indicator of a group: the KPI it reads (by key) and the rule turning the KPI into points,
 * or `kpi: null` when dossier data cannot compute it.
 */
export interface Kpi766Indicator {
  key: string;
  group: Kpi766Group;
  label: string;
  maxPoints: number;
  kpi: string | null;
  rule: ScoringRule;
}

const typical: ScoringRule = { type: 'ratio_threshold', threshold: 80 };

/** The indicators; within each group their points sum to the group's (checked by a test). */
export const KPI_766_INDICATORS: readonly Kpi766Indicator[] = [
  {
    key: 'procedures_published',
    group: 'publicity',
    label: 'Công bố, công khai thủ tục hành chính đúng hạn',
    maxPoints: 6,
    kpi: null,
    rule: typical,
  },
  {
    key: 'dossiers_synced',
    group: 'publicity',
    label: 'Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia',
    maxPoints: 6,
    kpi: null,
    rule: typical,
  },
  {
    key: 'progress_published',
    group: 'publicity',
    label: 'Công khai tiến độ, kết quả giải quyết để tra cứu',
    maxPoints: 6,
    kpi: null,
    rule: typical,
  },
  {
    key: 'on_time',
    group: 'progress',
    label: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    maxPoints: 20,
    kpi: 'on_time',
    rule: typical,
  },
  {
    key: 'digitised_file',
    group: 'digitisation',
    label: 'Tỷ lệ số hóa hồ sơ',
    maxPoints: 8,
    kpi: 'digitised_file_share',
    rule: typical,
  },
  {
    key: 'digitised_result',
    group: 'digitisation',
    label: 'Tỷ lệ số hóa kết quả giải quyết',
    maxPoints: 7,
    kpi: 'digitised_result_share',
    rule: typical,
  },
  {
    key: 'electronic_result',
    group: 'digitisation',
    label: 'Tỷ lệ cấp kết quả điện tử',
    maxPoints: 7,
    kpi: 'electronic_result_share',
    rule: typical,
  },
  {
    // A procedure-catalogue indicator (how many procedures are offered fully online), not a
    // dossier count: the dossiers' own full-online share is shown as a KPI, not scored here.
    key: 'procedures_full_online',
    group: 'online_service',
    label: 'Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình',
    maxPoints: 6,
    kpi: null,
    rule: typical,
  },
  {
    key: 'online_share',
    group: 'online_service',
    label: 'Tỷ lệ hồ sơ nộp trực tuyến',
    maxPoints: 8,
    kpi: 'online_share',
    rule: { type: 'ratio_threshold', threshold: 50 },
  },
  {
    key: 'paid_online',
    group: 'online_service',
    label: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    maxPoints: 8,
    kpi: 'paid_online_share',
    rule: typical,
  },
  {
    key: 'satisfaction',
    group: 'satisfaction',
    label: 'Mức độ hài lòng của người dân, doanh nghiệp',
    maxPoints: 18,
    kpi: 'satisfaction',
    rule: { type: 'ratio_threshold', threshold: 90 },
  },
];

/**
 * How an indicator came out: scored (its KPI's value and points), no data (the KPI has nothing
 * below the line this period: "chưa có số liệu"), or not computable from dossier data.
 */
export type Kpi766IndicatorScore = Kpi766Indicator &
  (
    | { status: 'scored'; value: number; points: number }
    | { status: 'no_data' | 'not_computable'; value: null; points: null }
  );

/** A group's score: points over the indicators scored, and the maximum those could reach. */
export interface Kpi766GroupScore extends Kpi766GroupDefinition {
  /** Sum of the scored indicators' points; null when none is scored. */
  points: number | null;
  /** Sum of the scored indicators' maxima (what `points` is out of). */
  scoredMaxPoints: number;
  indicators: Kpi766IndicatorScore[];
}

/** The 766 score of one unit (or subtree) over a period. */
export interface Kpi766Score {
  groups: Kpi766GroupScore[];
  /** Sum of the groups' points; null when no indicator is scored. */
  points: number | null;
  /** What `points` is out of: the maxima of the indicators scored (100 if all were). */
  scoredMaxPoints: number;
}

/** Scores one indicator over `totals`. */
export function scoreKpi766Indicator(
  indicator: Kpi766Indicator,
  totals: CounterTotals,
): Kpi766IndicatorScore {
  if (indicator.kpi === null)
    return { ...indicator, status: 'not_computable', value: null, points: null };
  const kpi = kpiByKey(indicator.kpi);
  if (kpi === undefined) throw new Error(`Unknown KPI ${indicator.kpi} in the 766 table`);
  const value = computeKpi(kpi, totals);
  if (value === null) return { ...indicator, status: 'no_data', value: null, points: null };
  // Float sums can land a hair outside 0–100 (e.g. 100.00000000000001), which the rule refuses.
  const rate = Math.min(100, Math.max(0, value));
  const outcome = applyScoringRule(indicator.rule, rate, indicator.maxPoints);
  if (!outcome.ok) throw new Error(`766 indicator ${indicator.key}: ${outcome.message}`);
  return { ...indicator, status: 'scored', value, points: outcome.points };
}

/**
 * The 766 groups' scores of the dossiers summed in `totals` (a unit, a subtree, a province —
 * always from summed counts).
 */
export function scoreKpi766(totals: CounterTotals): Kpi766Score {
  const groups = KPI_766_GROUP_DEFINITIONS.map((group): Kpi766GroupScore => {
    const indicators = KPI_766_INDICATORS.filter((indicator) => indicator.group === group.key).map(
      (indicator) => scoreKpi766Indicator(indicator, totals),
    );
    const scored = indicators.filter((indicator) => indicator.status === 'scored');
    return {
      ...group,
      points:
        scored.length === 0
          ? null
          : roundPoints(scored.reduce((sum, i) => sum + (i.points ?? 0), 0)),
      scoredMaxPoints: scored.reduce((sum, indicator) => sum + indicator.maxPoints, 0),
      indicators,
    };
  });
  const scoredGroups = groups.filter((group) => group.points !== null);
  return {
    groups,
    points:
      scoredGroups.length === 0
        ? null
        : roundPoints(scoredGroups.reduce((sum, group) => sum + (group.points ?? 0), 0)),
    scoredMaxPoints: groups.reduce((sum, group) => sum + group.scoredMaxPoints, 0),
  };
}
