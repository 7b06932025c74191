// Đề xuất từ dữ liệu hồ sơ: a criterion that reads a dossier KPI (its `kpiKey`) gets its
// self-assessment inputs proposed from the counts of the unit's subtree — the KPI's numerator and
// denominator are exactly the ratio rule's tử số / mẫu số (on_time: finished on time / finished) —
// with the value and the score the rule gives. A KPI that is not one count over another
// (satisfaction: 100 % − two shares) can only propose its value, not the two counts.
import type { FrameworkNode } from '../frameworks/framework';
import { applyScoringRule } from '../frameworks/scoring-rule';
import type { CounterTotals, DossierCounter } from '../kpis/dossier-counters';
import { computeKpi, kpiByKey, type KpiDefinition } from '../kpis/kpi-definitions';
import { kpiPeriodLabel, yearToDateWindow } from '../kpis/kpi-window';
import { computeSelfScore } from './self-score';

/**
 * Khoảng tháng của đề xuất: the months ('yyyy-mm', both included) the counts are read over, and
 * their Vietnamese name in running text ("năm 2025", "từ tháng 1/2026 đến tháng 11/2026").
 */
export interface KpiProposalWindow {
  from: string;
  to: string;
  label: string;
}

/**
 * The round year's months: January to December once the year is over, else January to the month
 * of `today` (that month so far included: the rollups count a dossier in the month it was
 * received, so the current month already holds what was received until today). Null when the
 * year has not begun (no dossier can belong to it yet).
 * @example proposalWindow(2026, '2026-11-20') // { from: '2026-01', to: '2026-11', label: 'từ tháng 1/2026 đến tháng 11/2026' }
 */
export function proposalWindow(year: number, today: string): KpiProposalWindow | null {
  const window = yearToDateWindow(year, today);
  if (window === null) return null;
  const { from, to } = window;
  const label =
    to === `${year}-12`
      ? kpiPeriodLabel({ kind: 'year', year })
      : kpiPeriodLabel({ kind: 'range', from, to });
  return { from, to, label: label.charAt(0).toLowerCase() + label.slice(1) };
}

/** What the proposal is about: the KPI and the window it was read over. */
interface ProposalBase {
  nodeCode: string;
  kpiKey: string;
  /** The KPI's Vietnamese name; the key itself when the key is unknown. */
  kpiLabel: string;
  window: KpiProposalWindow | null;
}

/**
 * Đề xuất cho một tiêu chí:
 * - `counts`: the ratio's two counts (fill the inputs with them), the value (%) and the score;
 * - `value_only`: a KPI that is not one count over another — its value and the score the rule
 *   gives a percent, shown but not filled in (the inputs are two counts), with the reason;
 * - `none`: no proposal, with the reason (no dossier below the line, year not begun…).
 */
export type KpiProposal = ProposalBase &
  (
    | { status: 'counts'; numerator: number; denominator: number; value: number; score: number }
    | { status: 'value_only'; value: number; score: number; reason: string }
    | { status: 'none'; reason: string }
  );

/** The dossiers a denominator counter speaks of, in a Vietnamese sentence ("đã giải quyết"). */
const DENOMINATOR_WORDS: Partial<Record<DossierCounter, string>> = {
  received: 'được tiếp nhận',
  finished: 'đã giải quyết',
  withFee: 'có phí, lệ phí',
  rated: 'được người dân đánh giá',
};

const sumOf = (counters: readonly DossierCounter[], totals: CounterTotals) =>
  counters.reduce((total, counter) => total + totals[counter], 0);

/** A KPI whose value is exactly Σ numerator ÷ Σ denominator × 100 (no complement, nothing subtracted). */
const isSimpleRatio = (kpi: KpiDefinition) =>
  kpi.complementOf === undefined && (kpi.minus ?? []).length === 0;

/**
 * Đề xuất điểm từ dữ liệu hồ sơ for one node, from the counts of the unit's subtree over
 * `window`; null when the node reads no KPI. The score is what the self-assessment would compute
 * from the same inputs (computeSelfScore), so filling the inputs gives exactly the score shown.
 * @example proposeFromKpi({ node: { code: '3.3.1', kpiKey: 'on_time', maxPoints: 4,
 *   rule: { type: 'ratio_threshold', threshold: 95 } }, totals, window })
 *   // { status: 'counts', numerator: 388, denominator: 400, value: 97, score: 4, … }
 */
export function proposeFromKpi(input: {
  node: Pick<FrameworkNode, 'code' | 'kpiKey' | 'rule' | 'method' | 'maxPoints'>;
  totals: CounterTotals | null;
  window: KpiProposalWindow | null;
}): KpiProposal | null {
  const { node, totals, window } = input;
  if (node.kpiKey === undefined) return null;
  const kpi = kpiByKey(node.kpiKey);
  const base = {
    nodeCode: node.code,
    kpiKey: node.kpiKey,
    kpiLabel: kpi?.label ?? node.kpiKey,
    window,
  };
  const none = (reason: string): KpiProposal => ({ ...base, status: 'none', reason });
  if (!kpi) return none(`Mã KPI «${node.kpiKey}» không còn trong danh sách KPI.`);
  const rule = node.rule;
  if (rule?.type !== 'ratio' && rule?.type !== 'ratio_threshold') {
    return none('Tiêu chí không chấm theo tỷ lệ nên không đề xuất được từ KPI.');
  }
  if (window === null || totals === null) {
    return none('Năm của đợt đánh giá chưa bắt đầu: chưa có dữ liệu hồ sơ.');
  }
  const denominator = sumOf(kpi.denominator, totals);
  if (denominator === 0) {
    const words = kpi.denominator.map((counter) => DENOMINATOR_WORDS[counter]).filter(Boolean);
    const which = words.length > 0 ? ` ${words.join(' hoặc ')}` : ' thuộc mẫu số của KPI';
    return none(
      `Chưa có hồ sơ nào${which} ${window.label} trong dữ liệu hồ sơ của đơn vị (kể cả đơn vị trực thuộc): chưa đề xuất được.`,
    );
  }
  if (isSimpleRatio(kpi)) {
    const numerator = sumOf(kpi.numerator, totals);
    const outcome = computeSelfScore(node, { type: 'ratio', numerator, denominator });
    if (!outcome.ok) return none(outcome.message);
    const value = (numerator / denominator) * 100;
    return { ...base, status: 'counts', numerator, denominator, value, score: outcome.score };
  }
  const computed = computeKpi(kpi, totals);
  if (computed === null) return none('Chưa có số liệu của KPI trong khoảng thời gian này.');
  // Float sums can land a hair outside 0–100, which the rule refuses.
  const value = Math.min(100, Math.max(0, computed));
  const outcome = applyScoringRule(rule, value, node.maxPoints);
  if (!outcome.ok) return none(outcome.message);
  return {
    ...base,
    status: 'value_only',
    value,
    score: outcome.points,
    reason: `«${kpi.label}» không phải tỷ lệ giữa hai số đếm nên không điền được vào tử số / mẫu số; đơn vị nhập số liệu của mình, giá trị trên để đối chiếu.`,
  };
}
