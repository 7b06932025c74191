import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../shared/seeded-random.fixture';
import {
  DOSSIER_COUNTERS,
  counterMask,
  totalsFromArray,
  type CounterTotals,
} from './dossier-counters';
import { generateDossiers } from './dossier-generator';
import { KPI_DEFINITIONS, computeKpi } from './kpi-definitions';
import { scoreKpi766 } from './kpi-766-scores';
import { totalsOf } from './kpi-dossier.fixture';
import { vietnamMonthOf } from './kpi-period';
import type { Dossier } from './dossier';

const UNITS = Array.from({ length: 12 }, (_, index) => `U${index + 1}`);

/** Rollup rows as the database keeps them: per (unit, field, month) the sum of each counter bit. */
function rollupRows(dossiers: readonly Dossier[]): Map<string, { unit: string; counts: number[] }> {
  const rows = new Map<string, { unit: string; counts: number[] }>();
  for (const dossier of dossiers) {
    const key = `${dossier.unitCode}|${dossier.field}|${vietnamMonthOf(dossier.receivedAt)}`;
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { unit: dossier.unitCode, counts: DOSSIER_COUNTERS.map(() => 0) }));
    const mask = counterMask(dossier);
    DOSSIER_COUNTERS.forEach((_, bit) => {
      if (mask & (1 << bit)) row!.counts[bit]! += 1;
    });
  }
  return rows;
}

const add = (a: CounterTotals, b: CounterTotals): CounterTotals =>
  totalsFromArray(DOSSIER_COUNTERS.map((name) => a[name] + b[name]));

describe('rolling up any partition of units', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'gives the same KPIs and 766 score as computing over the union of their dossiers (seed %i)',
    (seed) => {
      const random = mulberry32(seed);
      // A random subset of units and a random partition of it into 1–5 parts.
      const units = UNITS.filter(() => random() < 0.7);
      if (units.length === 0) units.push(UNITS[0]!);
      const partCount = 1 + Math.floor(random() * 5);
      const partOf = new Map(units.map((unit) => [unit, Math.floor(random() * partCount)]));
      const dossiers = [
        ...generateDossiers({
          unitCodes: units,
          year: 2026,
          count: 1500 + Math.floor(random() * 1500),
          seed,
        }),
      ];

      // Parts: sum their units' rollup rows; the whole: sum the parts' totals.
      const parts = Array.from({ length: partCount }, () => totalsFromArray([]));
      for (const row of rollupRows(dossiers).values()) {
        const part = partOf.get(row.unit)!;
        parts[part] = add(parts[part]!, totalsFromArray(row.counts));
      }
      const rolledUp = parts.reduce(add, totalsFromArray([]));
      const union = totalsOf(dossiers);

      expect(rolledUp).toEqual(union);
      for (const kpi of KPI_DEFINITIONS)
        expect(computeKpi(kpi, rolledUp), kpi.key).toBe(computeKpi(kpi, union));
      expect(scoreKpi766(rolledUp)).toEqual(scoreKpi766(union));
      // Each part on its own is the KPI over its own dossiers, too.
      parts.forEach((totals, part) => {
        const own = dossiers.filter((dossier) => partOf.get(dossier.unitCode) === part);
        expect(computeKpi(KPI_DEFINITIONS[0]!, totals)).toBe(
          computeKpi(KPI_DEFINITIONS[0]!, totalsOf(own)),
        );
      });
    },
  );
});
