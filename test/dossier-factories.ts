// Test factories for the KPI pages: dossiers inserted as the import will store them (counter bits
// from the domain's counterMask) and their rollup rows summed in TS from countersOf — month = the
// first day of the Vietnam-time month received — so tests need not wait for the import pipeline.
import { sql } from 'drizzle-orm';
import type { Dossier } from '../src/domain/kpis/dossier';
import {
  counterMask,
  countersOf,
  DOSSIER_COUNTERS,
  emptyTotals,
  type CounterTotals,
} from '../src/domain/kpis/dossier-counters';
import { vietnamMonthOf } from '../src/domain/kpis/kpi-period';
import type { Database } from '../src/server/db/client';

/** A finished, on-time counter dossier received 10/03/2026 09:00 (Vietnam), unless overridden. */
export function buildDossier(
  overrides: Partial<Dossier> & { code: string; unitCode: string },
): Dossier {
  return {
    procedureCode: '1.000001',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    receivedAt: '2026-03-10T02:00:00Z',
    promisedAt: '2026-03-13T10:00:00Z',
    finishedAt: '2026-03-12T08:00:00Z',
    status: 'finished',
    channel: 'counter',
    onlineLevel: null,
    paidOnline: false,
    hasFee: false,
    supplementRequests: 0,
    pausedDays: 0,
    digitisedFile: false,
    digitisedResult: false,
    electronicResult: false,
    satisfaction: null,
    complaint: false,
    ...overrides,
  };
}

/**
 * Inserts `dossiers` of one tenant (units by code → id) and the rollup rows they make. Rollups
 * are inserted, not merged: give each tenant's dossiers in one call.
 */
export async function insertDossiers(
  db: Database,
  input: { tenantId: string; unitIds: ReadonlyMap<string, string>; source?: string },
  dossiers: readonly Dossier[],
): Promise<void> {
  const source = input.source ?? 'mot-cua';
  const unitId = (code: string) => {
    const id = input.unitIds.get(code);
    if (!id) throw new Error(`no unit ${code} in the test tree`);
    return id;
  };
  const rollups = new Map<
    string,
    { unit: string; field: string; month: string; totals: CounterTotals }
  >();
  for (const dossier of dossiers) {
    const month = vietnamMonthOf(dossier.receivedAt);
    await db.execute(sql`
      INSERT INTO dossiers (tenant_id, received_year, source, code, organisation_id, procedure_code,
        procedure_name, field, received_at, promised_at, finished_at, status, channel, online_level,
        paid_online, has_fee, supplement_requests, paused_days, digitised_file, digitised_result,
        electronic_result, satisfaction, complaint, counters)
      VALUES (${input.tenantId}, ${Number(month.slice(0, 4))}, ${source}, ${dossier.code},
        ${unitId(dossier.unitCode)}, ${dossier.procedureCode}, ${dossier.procedureName},
        ${dossier.field}, ${dossier.receivedAt}, ${dossier.promisedAt}, ${dossier.finishedAt},
        ${dossier.status}, ${dossier.channel}, ${dossier.onlineLevel}, ${dossier.paidOnline},
        ${dossier.hasFee}, ${dossier.supplementRequests}, ${dossier.pausedDays},
        ${dossier.digitisedFile}, ${dossier.digitisedResult}, ${dossier.electronicResult},
        ${dossier.satisfaction}, ${dossier.complaint}, ${counterMask(dossier)})`);
    const key = `${dossier.unitCode}|${dossier.field}|${month}`;
    if (!rollups.has(key))
      rollups.set(key, {
        unit: dossier.unitCode,
        field: dossier.field,
        month,
        totals: emptyTotals(),
      });
    const totals = rollups.get(key)!.totals;
    const counters = countersOf(dossier);
    for (const counter of DOSSIER_COUNTERS) if (counters[counter]) totals[counter] += 1;
  }
  for (const rollup of rollups.values()) {
    const counts = DOSSIER_COUNTERS.map((counter) => rollup.totals[counter]);
    await db.execute(sql`
      INSERT INTO dossier_rollups (tenant_id, organisation_id, field, month, counts)
      VALUES (${input.tenantId}, ${unitId(rollup.unit)}, ${rollup.field}, ${`${rollup.month}-01`}::date,
        ${sql.param(counts)}::bigint[])`);
  }
}
