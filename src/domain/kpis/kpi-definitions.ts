/**
 * KPIs as data: each is a ratio of two counter sums (src/domain/kpis/dossier-counters.ts) — never
 * a SQL string — so the same definition serves a rollup row, a unit, a subtree or a province
 * (sum the counts, then divide; never average ratios). The period is not part of a definition:
 * the same KPI is read over any window of months (kpi-window.ts).
 *
 * Denominators, and why:
 * - time KPIs (on time, ahead of time, late) divide by dossiers **finished** (đã giải quyết):
 *   Decision 766 judges the handling time of dossiers that have a result; one still in progress
 *   has no "finished ≤ promised" yet;
 * - channel and file KPIs (online, full online, postal, digitised file, complaints, repeated
 *   supplements, finished) divide by dossiers **received** (tiếp nhận): every dossier has a
 *   channel and a lodged file from the day it is received;
 * - result KPIs (digitised result, electronic result) divide by **finished**: only a finished
 *   dossier has a result to digitise or issue electronically;
 * - online payment divides by dossiers **with a fee** (có phí, lệ phí): a free procedure has
 *   nothing to pay, and counting it would reward units whose procedures are free;
 * - rating KPIs (satisfied, dissatisfied) divide by dossiers **rated**: an unrated dossier says
 *   nothing about satisfaction;
 * - satisfaction (766) = 100 % − (late share over finished + complaint-or-dislike share over
 *   received): two ratios with their own denominators, as the decision writes it.
 */
import { legalReferenceShortName } from '../shared/legal-references';
import type { CounterTotals, DossierCounter } from './dossier-counters';

/** One ratio of counter sums: Σ numerator ÷ Σ denominator, in percent. */
export interface KpiRatio {
  /** Counters summed above the line; a counter listed twice counts twice. */
  numerator: readonly DossierCounter[];
  /** Counters summed below the line. */
  denominator: readonly DossierCounter[];
}

/** A KPI computed from dossier counts, as a percentage. */
export interface KpiDefinition extends KpiRatio {
  /** Stable key, stored in plan targets and report fields. */
  key: string;
  /** Vietnamese name shown on screen and in documents. */
  label: string;
  /** When set, the value is this minus the ratio (e.g. 100 % − late share). */
  complementOf?: number;
  /**
   * Further ratios subtracted from the value, each over its own denominator (satisfaction:
   * 100 % − late share − complaint-or-dislike share). A subtracted ratio whose denominator is 0
   * subtracts nothing; the value is never below 0 %.
   */
  minus?: readonly KpiRatio[];
  /** Whether a higher value is better — the unit tree sorts worst first. */
  higherIsBetter: boolean;
  /** Where it comes from: an indicator of Decision 766/QĐ-TTg, or a common plan target. */
  origin: '766' | 'plan';
}

/** Σ numerator ÷ Σ denominator × 100 over `totals`, or null when the denominator sums to 0. */
export function computeRatio(ratio: KpiRatio, totals: CounterTotals): number | null {
  const sum = (counters: readonly DossierCounter[]) =>
    counters.reduce((total, counter) => total + totals[counter], 0);
  const denominator = sum(ratio.denominator);
  if (denominator === 0) return null;
  return (sum(ratio.numerator) / denominator) * 100;
}

/**
 * The value of `kpi` over `totals` in percent, or null when nothing is counted below the main
 * line (no dossier the KPI speaks about: "chưa có số liệu", never 0).
 * @example computeKpi(kpiByKey('on_time')!, totals) // 97.5 when 390 of 400 finished were on time
 */
export function computeKpi(kpi: KpiDefinition, totals: CounterTotals): number | null {
  const share = computeRatio(kpi, totals);
  if (share === null) return null;
  const value = kpi.complementOf === undefined ? share : kpi.complementOf - share;
  if (kpi.minus === undefined) return value;
  const subtracted = kpi.minus.reduce(
    (total, ratio) => total + (computeRatio(ratio, totals) ?? 0),
    0,
  );
  // A unit with 70 % late and 40 % complaints would read "−10 % satisfied": the floor is 0 %.
  return Math.max(0, value - subtracted);
}

/** The shipped KPIs: the Decision 766 indicators dossier data computes, then common plan KPIs. */
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
    key: 'ahead_of_time',
    label: 'Tỷ lệ hồ sơ giải quyết trước hạn',
    numerator: ['finishedEarly'],
    denominator: ['finished'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'late_share',
    label: 'Tỷ lệ hồ sơ giải quyết trễ hạn',
    numerator: ['finishedLate'],
    denominator: ['finished'],
    higherIsBetter: false,
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
    // Over all received dossiers, not over online ones: plans set "x % of dossiers handled fully
    // online", and an over-online share would reward a unit with few online dossiers.
    key: 'full_online_share',
    label: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
    numerator: ['fullOnline'],
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
  {
    key: 'digitised_file_share',
    label: 'Tỷ lệ số hóa hồ sơ',
    numerator: ['digitisedFile'],
    denominator: ['received'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'digitised_result_share',
    label: 'Tỷ lệ số hóa kết quả giải quyết',
    numerator: ['digitisedResult'],
    denominator: ['finished'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'electronic_result_share',
    label: 'Tỷ lệ cấp kết quả điện tử',
    numerator: ['electronicResult'],
    denominator: ['finished'],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'satisfaction',
    label: `Mức độ hài lòng (${legalReferenceShortName('decision766')})`,
    numerator: ['finishedLate'],
    denominator: ['finished'],
    complementOf: 100,
    minus: [{ numerator: ['complaintOrDissatisfied'], denominator: ['received'] }],
    higherIsBetter: true,
    origin: '766',
  },
  {
    key: 'finished_share',
    label: 'Tỷ lệ hồ sơ đã giải quyết',
    numerator: ['finished'],
    denominator: ['received'],
    higherIsBetter: true,
    origin: 'plan',
  },
  {
    key: 'rated_satisfied_share',
    label: 'Tỷ lệ người dân đánh giá hài lòng',
    numerator: ['satisfied'],
    denominator: ['rated'],
    higherIsBetter: true,
    origin: 'plan',
  },
  {
    key: 'dissatisfied_share',
    label: 'Tỷ lệ đánh giá không hài lòng',
    numerator: ['dissatisfied'],
    denominator: ['rated'],
    higherIsBetter: false,
    origin: 'plan',
  },
  {
    key: 'complaint_share',
    label: 'Tỷ lệ hồ sơ có phản ánh, kiến nghị',
    numerator: ['complaint'],
    denominator: ['received'],
    higherIsBetter: false,
    origin: 'plan',
  },
  {
    key: 'repeated_supplement_share',
    label: 'Tỷ lệ hồ sơ yêu cầu bổ sung quá một lần',
    numerator: ['repeatedSupplement'],
    denominator: ['received'],
    higherIsBetter: false,
    origin: 'plan',
  },
  {
    key: 'postal_share',
    label: 'Tỷ lệ hồ sơ qua bưu chính công ích',
    numerator: ['postal'],
    denominator: ['received'],
    higherIsBetter: true,
    origin: 'plan',
  },
];

/** The KPI with `key`, or undefined. */
export const kpiByKey = (key: string): KpiDefinition | undefined =>
  KPI_DEFINITIONS.find((kpi) => kpi.key === key);
