// Chỉ tiêu KPI: a plan target on a service KPI computed from dossier data (hồ sơ TTHC), e.g.
// "Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 97 %". The server reads the figures of the plan unit's
// subtree over the plan's year so far; this module decides the window, the verdict and its
// Vietnamese evidence. No dossier in the window is "Chưa xác định", never 0 %.
import { KPI_DEFINITIONS, kpiByKey } from '../kpis/kpi-definitions';
import { kpiWindowText, type KpiMonthWindow } from '../kpis/kpi-window';
import { formatViNumber } from '../shared/vi-format';
import { meetsComparator, publishedFigure, type PlanTarget } from './plan-targets';

/** A KPI a target may name, as the plan editor offers it (by its Vietnamese label). */
export interface KpiTargetChoice {
  key: string;
  label: string;
  /** False for KPIs where lower is better (late share, complaints): the editor proposes ≤. */
  higherIsBetter: boolean;
}

/** Các KPI chọn được cho chỉ tiêu: every shipped KPI, in the shipped order. */
export const KPI_TARGET_CHOICES: readonly KpiTargetChoice[] = KPI_DEFINITIONS.map(
  ({ key, label, higherIsBetter }) => ({ key, label, higherIsBetter }),
);

/** Số liệu KPI của một chỉ tiêu: the value (percent, null when nothing is counted) and the dossiers below the line. */
export interface KpiTargetFact {
  value: number | null;
  /** Số hồ sơ: the KPI's denominator (finished dossiers for on time, received for online share…). */
  count: number;
  window: KpiMonthWindow;
}

/** "98,12 %", "97 %": a KPI value in Vietnamese form, up to two decimals, spaced like the target text. */
export const kpiPercentText = (value: number) => `${formatViNumber(publishedFigure(value))} %`;

/** Đánh giá chỉ tiêu KPI: the verdict as target-evaluation.ts returns it. */
export interface KpiTargetVerdict {
  status: 'met' | 'not_met' | 'unknown';
  evidence: string;
  reason: string;
}

/**
 * Đánh giá chỉ tiêu KPI: met / not met from the figure of the window, with the evidence
 * «98,12 % trên 1.234 hồ sơ, 01/2026–11/2026»; unknown (with the reason) for a KPI that does not
 * exist, a year not begun (`fact` null) or a window with no dossier the KPI speaks about.
 */
export function evaluateKpiTarget(
  target: Pick<PlanTarget, 'kpiKey' | 'comparator' | 'value'>,
  fact: KpiTargetFact | null,
): KpiTargetVerdict {
  const kpi = target.kpiKey ? kpiByKey(target.kpiKey) : undefined;
  if (!kpi) {
    return {
      status: 'unknown',
      evidence: '',
      reason: `Chỉ tiêu không gắn với KPI nào có trong danh sách (${target.kpiKey ?? 'chưa chọn'}).`,
    };
  }
  if (fact === null) {
    return {
      status: 'unknown',
      evidence: '',
      reason: 'Năm kế hoạch chưa bắt đầu: chưa có số liệu hồ sơ.',
    };
  }
  const months = kpiWindowText(fact.window);
  if (fact.value === null) {
    return {
      status: 'unknown',
      evidence: '',
      reason: `Chưa có hồ sơ để tính «${kpi.label}» trong ${months}.`,
    };
  }
  const wanted = target.value ?? 0;
  const isMet = meetsComparator(fact.value, target.comparator, wanted);
  return {
    status: isMet ? 'met' : 'not_met',
    // The bar is in the target's own text ("… ≥ 97 %"), printed next to this evidence.
    evidence: `${kpiPercentText(fact.value)} trên ${formatViNumber(fact.count)} hồ sơ, ${months}`,
    reason: '',
  };
}
