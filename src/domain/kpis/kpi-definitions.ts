/**
 * KPIs as data: each is a ratio of two counter sums (src/domain/kpis/dossier-counters.ts) — never
 * a SQL string — so the same definition serves a rollup row, a unit, a subtree or a province
 * (sum the counts, then divide; never average ratios).
 */
import type { CounterTotals, DossierCounter } from './dossier-counters';

/** A KPI computed from dossier counts, as a percentage. */
export interface KpiDefinition {
  /** Stable key, stored in plan targets and report fields. */
  key: string;
  /** Vietnamese name shown on screen and in documents. */
  label: string;
  /** Counters summed above the line; a counter listed twice counts twice. */
  numerator: readonly DossierCounter[];
  /** Counters summed below the line. */
  denominator: readonly DossierCounter[];
  /** When set, the value is this minus the ratio (e.g. 100 % − late share). */
  complementOf?: number;
  /** Whether a higher value is better (all shipped KPIs) — the unit tree sorts worst first. */
  higherIsBetter: boolean;
  /** Where it comes from: an indicator of Decision 766/QĐ-TTg, or a common plan target. */
  origin: '766' | 'plan';
}

/** The value of `kpi` over `totals` in percent, or null when nothing is counted below the line. */
export function computeKpi(kpi: KpiDefinition, totals: CounterTotals): number | null {
  const sum = (counters: readonly DossierCounter[]) =>
    counters.reduce((total, counter) => total + totals[counter], 0);
  const denominator = sum(kpi.denominator);
  if (denominator === 0) return null;
  const share = (sum(kpi.numerator) / denominator) * 100;
  return kpi.complementOf === undefined ? share : kpi.complementOf - share;
}

/** The shipped KPIs (the list is completed and checked by hand-computed tests). */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    key: 'on_time',
    label: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    numerator: ['finishedOnTime'],
    denominator: ['finished'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'online_share',
    label: 'Tỷ lệ hồ sơ nộp trực tuyến',
    numerator: ['online'],
    denominator: ['received'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'paid_online_share',
    label: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    numerator: ['paidOnline'],
    denominator: ['withFee'],
    higherIsBetter: true,
    origin: '766',
  },
];

/** The KPI with `key`, or undefined. */
export const kpiByKey = (key: string): KpiDefinition | undefined =>
  KPI_DEFINITIONS.find((kpi) => kpi.key === key);
