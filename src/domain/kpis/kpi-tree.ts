/**
 * Cây đơn vị với KPI: each unit's counts summed over its subtree (the unit and every unit below
 * it), then each KPI computed from those sums — a province adds its districts' and communes'
 * counts, never averages their ratios.
 */
import {
  DOSSIER_COUNTERS,
  emptyTotals,
  type CounterTotals,
  type DossierCounter,
} from './dossier-counters';
import { computeKpi, KPI_DEFINITIONS, type KpiDefinition } from './kpi-definitions';

/** A unit of the tree: its id and its parent's (null, or a unit outside the list, at a root). */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

/** Adds `more` into `into` counter by counter (mutates `into`). */
export function addTotals(into: CounterTotals, more: CounterTotals): CounterTotals {
  for (const counter of DOSSIER_COUNTERS) into[counter] += more[counter];
  return into;
}

/**
 * Each listed unit's totals over its subtree, from the totals of its own dossiers (`own`, units
 * without dossiers absent). A parent outside the list ends the climb; a cycle cannot occur (the
 * organisation tree refuses one) but would stop at the first unit seen twice.
 */
export function subtreeTotals(
  units: readonly TreeUnit[],
  own: ReadonlyMap<string, CounterTotals>,
): Map<string, CounterTotals> {
  const listed = new Map(units.map((unit) => [unit.id, unit]));
  const totals = new Map(units.map((unit) => [unit.id, emptyTotals()]));
  for (const [unitId, counts] of own) {
    const seen = new Set<string>();
    let current = listed.get(unitId);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      addTotals(totals.get(current.id)!, counts);
      current = current.parentId === null ? undefined : listed.get(current.parentId);
    }
  }
  return totals;
}

/** Below the line: how many dossiers a KPI was computed over (its "n hồ sơ"). */
export function kpiDenominator(kpi: KpiDefinition, totals: CounterTotals): number {
  return kpi.denominator.reduce((sum, counter: DossierCounter) => sum + totals[counter], 0);
}

/** One KPI's value (percent, null when nothing is counted) and its denominator. */
export interface KpiFigure {
  value: number | null;
  count: number;
}

/** Every shipped KPI over `totals`, by key. */
export function kpiFigures(
  totals: CounterTotals,
  kpis: readonly KpiDefinition[] = KPI_DEFINITIONS,
): Record<string, KpiFigure> {
  return Object.fromEntries(
    kpis.map((kpi) => [
      kpi.key,
      { value: computeKpi(kpi, totals), count: kpiDenominator(kpi, totals) },
    ]),
  );
}
