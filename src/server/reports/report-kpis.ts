// KPI điền sẵn trong báo cáo kỳ: for each plan target of kind kpi, its KPI computed from dossier
// data (Từ dữ liệu hồ sơ) over the report period's months, for the reporting unit's subtree; and
// the check of what the unit sends back (another figure needs a reason; both are stored).
import type { KpiComputedDto } from '@contract/reports';
import type { PlanTarget } from '@domain/plans/plan-targets';
import { kpiWindowText } from '@domain/kpis/kpi-window';
import { checkKpiOverride, reportKpiWindow, roundKpiValue } from '@domain/reports/kpi-prefill';
import { parseKpiValue } from '@domain/reports/submission';
import type { Database } from '../db/client';
import { subtreeKpis } from '../kpis/kpi-values';
import type { ReportContext } from './submission.service';
import type { StoredKpiValue } from './report.repository';

/** The computed KPI of every kpi target of the plan (one rollup read for the period, none without such a target). */
export async function computeReportKpis(
  db: Database,
  tenantId: string,
  context: Pick<ReportContext, 'plan' | 'period' | 'organisation'>,
): Promise<KpiComputedDto[]> {
  const targets: PlanTarget[] = context.plan.content.targets ?? [];
  const kpiTargets = targets.flatMap((target, targetIndex) =>
    target.kind === 'kpi' && target.kpiKey ? [{ targetIndex, kpiKey: target.kpiKey }] : [],
  );
  if (kpiTargets.length === 0) return [];
  const found = reportKpiWindow(context.period);
  if ('reason' in found) {
    return kpiTargets.map((each) => ({
      ...each,
      value: null,
      count: 0,
      from: null,
      to: null,
      reason: found.reason,
    }));
  }
  const { window } = found;
  const figures = await subtreeKpis(db, {
    tenantId,
    organisationId: context.organisation.id,
    ...window,
  });
  return kpiTargets.map((each) => {
    const figure = figures[each.kpiKey];
    const value = figure?.value ?? null;
    return {
      ...each,
      value: value === null ? null : roundKpiValue(value),
      count: figure?.count ?? 0,
      from: window.from,
      to: window.to,
      reason:
        value === null
          ? `Chưa có hồ sơ để tính chỉ số này trong ${kpiWindowText(window)}: nhập số liệu nếu có.`
          : '',
    };
  });
}

/**
 * The figures shown in the boxes: the saved ones; while the report can be edited, a kpi target
 * with nothing saved is pre-filled with its computed value (nothing when there is none).
 */
export function kpiValuesToShow(
  saved: readonly StoredKpiValue[],
  computed: readonly KpiComputedDto[],
  isEditable: boolean,
): StoredKpiValue[] {
  const shown = [...saved];
  if (!isEditable) return shown;
  const savedIndexes = new Set(saved.map((kpi) => kpi.targetIndex));
  for (const each of computed) {
    if (savedIndexes.has(each.targetIndex) || each.value === null) continue;
    shown.push({
      targetIndex: each.targetIndex,
      value: each.value,
      computedValue: each.value,
      overrideReason: null,
    });
  }
  return shown.sort((a, b) => a.targetIndex - b.targetIndex);
}

/** The KPI boxes a draft sends, as typed. */
type SentKpiValue = { targetIndex: number; value: string; overrideReason: string };

/**
 * Checks the sent boxes: numbers as typed; for a kpi target, a figure other than the computed one
 * needs a reason. A kpi target the draft leaves out is stored with its computed value. Returns the
 * values to store and the per-field refusals (field paths count positions in the body sent).
 */
export function checkKpiValues(
  sent: readonly SentKpiValue[],
  targets: readonly PlanTarget[],
  computed: readonly KpiComputedDto[],
): { values: StoredKpiValue[]; details: { field: string; message: string }[] } {
  const details: { field: string; message: string }[] = [];
  const computedByIndex = new Map(computed.map((each) => [each.targetIndex, each]));
  const values = sent.flatMap((kpi, index): StoredKpiValue[] => {
    if (kpi.targetIndex >= targets.length) {
      details.push({
        field: `kpiValues.${index}.targetIndex`,
        message: 'Chỉ tiêu không có trong kế hoạch.',
      });
      return [];
    }
    const parsed = parseKpiValue(kpi.value);
    if ('error' in parsed) {
      details.push({ field: `kpiValues.${index}.value`, message: parsed.error });
      return [];
    }
    const own = computedByIndex.get(kpi.targetIndex);
    if (!own) return [{ targetIndex: kpi.targetIndex, value: parsed.value }];
    const box = checkKpiOverride({
      value: parsed.value,
      overrideReason: kpi.overrideReason,
      computedValue: own.value,
    });
    if ('error' in box) {
      details.push({ field: `kpiValues.${index}.overrideReason`, message: box.error });
      return [];
    }
    return [{ targetIndex: kpi.targetIndex, ...box }];
  });
  const sentIndexes = new Set(sent.map((kpi) => kpi.targetIndex));
  for (const each of computed) {
    if (sentIndexes.has(each.targetIndex) || each.value === null) continue;
    values.push({
      targetIndex: each.targetIndex,
      value: each.value,
      computedValue: each.value,
      overrideReason: null,
    });
  }
  return { values, details };
}
