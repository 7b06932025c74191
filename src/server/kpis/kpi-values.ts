// Giá trị KPI từ dữ liệu hồ sơ: the figures of one unit's subtree over a window of months, for
// the features that use a KPI outside the KPI pages (plan targets, report pre-fill, proposed
// criterion scores). Read from the rollups, summed over the subtree by the domain, never averaged.
import { emptyTotals, totalsFromArray, type CounterTotals } from '@domain/kpis/dossier-counters';
import { kpiFigures, subtreeTotals, type KpiFigure } from '@domain/kpis/kpi-tree';
import { firstDayOf } from '@domain/kpis/kpi-period';
import type { Database } from '../db/client';
import { listUnitCounts } from './kpi.repository';

/** The counts of `organisationId`'s subtree over the months `from`..`to` ('yyyy-mm', both included). */
export async function subtreeCounts(
  db: Database,
  input: { tenantId: string; organisationId: string; from: string; to: string },
): Promise<CounterTotals> {
  const rows = await listUnitCounts(
    db,
    input.tenantId,
    [input.organisationId],
    firstDayOf(input.from),
    firstDayOf(input.to),
  );
  const own = new Map(
    rows.flatMap((row) => (row.counts ? [[row.id, totalsFromArray(row.counts)] as const] : [])),
  );
  return subtreeTotals(rows, own).get(input.organisationId) ?? emptyTotals();
}

/**
 * Every shipped KPI (by key: value in percent or null when nothing is counted, and the number of
 * dossiers below the line) of a unit's subtree over a window of months.
 */
export async function subtreeKpis(
  db: Database,
  input: { tenantId: string; organisationId: string; from: string; to: string },
): Promise<Record<string, KpiFigure>> {
  return kpiFigures(await subtreeCounts(db, input));
}

/**
 * The counts of each listed unit's subtree over the months `from`..`to`, in one read (the
 * projection reads a unit and all its peers at once). A unit with no dossier gets empty totals.
 */
export async function subtreeCountsOfUnits(
  db: Database,
  input: { tenantId: string; organisationIds: readonly string[]; from: string; to: string },
): Promise<Map<string, CounterTotals>> {
  const rows = await listUnitCounts(
    db,
    input.tenantId,
    [...input.organisationIds],
    firstDayOf(input.from),
    firstDayOf(input.to),
  );
  const own = new Map(
    rows.flatMap((row) => (row.counts ? [[row.id, totalsFromArray(row.counts)] as const] : [])),
  );
  const totals = subtreeTotals(rows, own);
  return new Map(input.organisationIds.map((id) => [id, totals.get(id) ?? emptyTotals()] as const));
}
