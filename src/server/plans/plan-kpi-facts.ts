// Số liệu KPI của chỉ tiêu: the figure a plan's kpi targets are judged on — the plan unit's
// subtree over the plan's year so far (January to the month of today, December for a past
// year), read once per plan and unit from the dossier rollups (kpis/kpi-values.ts).
import type { KpiTargetFact } from '@domain/plans/kpi-target';
import { yearToDateWindow } from '@domain/kpis/kpi-window';
import type { PlanTarget } from '@domain/plans/plan-targets';
import type { Database } from '../db/client';
import { subtreeKpis } from '../kpis/kpi-values';

/** KPI figures of one unit and window, by KPI key; null when the plan's year has not begun. */
export type PlanKpiFigures = {
  window: { from: string; to: string };
  figures: Awaited<ReturnType<typeof subtreeKpis>>;
} | null;

/** The figures for a plan's kpi targets; nothing is read when the plan has none. */
export async function loadPlanKpiFigures(
  db: Database,
  input: {
    tenantId: string;
    plan: { organisationId: string; year: number; targets: readonly PlanTarget[] };
    today: string;
  },
): Promise<PlanKpiFigures> {
  if (!input.plan.targets.some((target) => target.kind === 'kpi')) return null;
  const window = yearToDateWindow(input.plan.year, input.today);
  if (window === null) return null;
  const figures = await subtreeKpis(db, {
    tenantId: input.tenantId,
    organisationId: input.plan.organisationId,
    ...window,
  });
  return { window, figures };
}

/** The fact one kpi target is judged on (null when the year has not begun or the key is unknown). */
export function kpiFactOf(target: PlanTarget, loaded: PlanKpiFigures): KpiTargetFact | null {
  if (target.kind !== 'kpi' || loaded === null || !target.kpiKey) return null;
  const figure = loaded.figures[target.kpiKey];
  if (!figure) return null;
  return { value: figure.value, count: figure.count, window: loaded.window };
}
