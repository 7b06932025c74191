/**
 * Test data for the KPI tests: one dossier with every field set to the plain case (received
 * at the counter on 02/03/2026 08:00 Vietnam time, promised 06/03 17:00, finished on time on
 * 05/03 10:00, no fee, no supplement, not rated), overridden per test.
 */
import type { Dossier } from './dossier';
import { DOSSIER_COUNTERS, countersOf, emptyTotals, type CounterTotals } from './dossier-counters';

/** A finished, on-time counter dossier with `overrides` applied. */
export function buildDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: 'HS-0001',
    unitCode: 'DT.VP',
    procedureCode: '1.001234',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    receivedAt: '2026-03-02T01:00:00.000Z',
    promisedAt: '2026-03-06T10:00:00.000Z',
    finishedAt: '2026-03-05T03:00:00.000Z',
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

/** The counter totals of `dossiers`, summed one by one as the database sums their bits. */
export function totalsOf(dossiers: Iterable<Dossier>): CounterTotals {
  const totals = emptyTotals();
  for (const dossier of dossiers) {
    const counters = countersOf(dossier);
    for (const name of DOSSIER_COUNTERS) if (counters[name]) totals[name] += 1;
  }
  return totals;
}
