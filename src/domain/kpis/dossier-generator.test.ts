import { describe, expect, it } from 'vitest';
import { detectColumns } from './dossier-columns';
import { generateDossiers, weakDossierUnits } from './dossier-generator';
import { DOSSIER_EXPORT_HEADERS, dossierExportCells, formatExportTime } from './dossier-export-row';
import { readDossierRow } from './dossier-row';
import { computeKpi, kpiByKey } from './kpi-definitions';
import { totalsOf } from './kpi-dossier.fixture';
import type { Dossier } from './dossier';

const UNITS = ['DT.VP', 'DT.STP', 'DT.STC', 'DT.SNV', 'DT.X.LAPVO', 'DT.X.MYANHUNG'];
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const civil = (instant: string) => new Date(Date.parse(instant) + VIETNAM_OFFSET_MS);

describe('generateDossiers', () => {
  it('is deterministic: the same options give the same dossiers, another seed others', () => {
    const take = (seed: number) => [
      ...generateDossiers({ unitCodes: UNITS, year: 2026, count: 50, seed }),
    ];
    expect(take(7)).toEqual(take(7));
    expect(take(8)).not.toEqual(take(7));
    expect(take(7)).toHaveLength(50);
  });

  it('makes a quarter of the units weak, the same ones whatever the order of the list', () => {
    const weak = weakDossierUnits(UNITS, 3);
    expect(weak).toHaveLength(2); // 6 ÷ 4 = 1,5 → 2
    expect(weakDossierUnits([...UNITS].reverse(), 3).sort()).toEqual([...weak].sort());
    expect(weakDossierUnits(['DT.VP', 'DT.STP'], 3)).toHaveLength(1);
  });

  it('yields consistent dossiers: in the year, on the minute, in order, unique codes', () => {
    const codes = new Set<string>();
    for (const dossier of generateDossiers({
      unitCodes: UNITS,
      year: 2025,
      count: 5000,
      seed: 11,
    })) {
      codes.add(dossier.code);
      const received = Date.parse(dossier.receivedAt);
      expect(civil(dossier.receivedAt).getUTCFullYear()).toBe(2025);
      for (const time of [dossier.receivedAt, dossier.promisedAt, dossier.finishedAt])
        if (time !== null) expect(Date.parse(time) % 60_000).toBe(0);
      if (dossier.promisedAt !== null)
        expect(Date.parse(dossier.promisedAt)).toBeGreaterThan(received);
      if (dossier.finishedAt !== null)
        expect(Date.parse(dossier.finishedAt)).toBeGreaterThanOrEqual(received);
      expect(dossier.status === 'finished' ? dossier.finishedAt : 'ok').not.toBeNull();
      expect(dossier.onlineLevel === null).toBe(dossier.channel !== 'online');
      if (dossier.paidOnline) expect(dossier.hasFee).toBe(true);
      if (dossier.supplementRequests === 0 || dossier.promisedAt === null)
        expect(dossier.pausedDays).toBe(0);
      else expect(dossier.pausedDays).toBeGreaterThanOrEqual(dossier.supplementRequests);
      if (dossier.channel !== 'online') {
        // Counter and post: a working day, 07:30–11:30 or 13:30–17:00.
        const at = civil(dossier.receivedAt);
        expect([0, 6]).not.toContain(at.getUTCDay());
        const minutes = at.getUTCHours() * 60 + at.getUTCMinutes();
        expect((minutes >= 450 && minutes < 690) || (minutes >= 810 && minutes < 1020)).toBe(true);
      }
    }
    expect(codes.size).toBe(5000);
  });

  it('leaves the dossiers whose result would come after the export in progress, without a result time', () => {
    const exportedAt = '2026-11-30T17:00:00.000Z'; // 01/12/2026 00:00 in Vietnam
    const statuses = new Set<string>();
    for (const dossier of generateDossiers({
      unitCodes: UNITS,
      year: 2026,
      count: 3000,
      seed: 2,
      exportedAt,
    })) {
      if (dossier.finishedAt !== null) expect(dossier.finishedAt <= exportedAt).toBe(true);
      if (dossier.status === 'processing' || dossier.status === 'awaiting_supplement') {
        expect(dossier.finishedAt).toBeNull();
        statuses.add(dossier.status);
      }
    }
    expect([...statuses].sort()).toEqual(['awaiting_supplement', 'processing']);
  });

  it('makes the weak units markedly worse on time, online, online payment and ratings', () => {
    const weak = new Set(weakDossierUnits(UNITS, 5));
    const parts: [Dossier[], Dossier[]] = [[], []];
    for (const dossier of generateDossiers({
      unitCodes: UNITS,
      year: 2026,
      count: 20_000,
      seed: 5,
    }))
      parts[weak.has(dossier.unitCode) ? 0 : 1].push(dossier);
    const [bad, good] = parts.map(totalsOf);
    const value = (key: string, totals: typeof bad) => computeKpi(kpiByKey(key)!, totals!)!;
    expect(value('on_time', good) - value('on_time', bad)).toBeGreaterThan(15);
    expect(value('online_share', good) - value('online_share', bad)).toBeGreaterThan(10);
    expect(value('paid_online_share', good) - value('paid_online_share', bad)).toBeGreaterThan(20);
    expect(value('repeated_supplement_share', bad)).toBeGreaterThan(
      value('repeated_supplement_share', good),
    );
    expect(value('satisfaction', good) - value('satisfaction', bad)).toBeGreaterThan(15);
    // And the province as a whole looks like a real one: most dossiers finished and on time.
    const all = totalsOf([...parts[0], ...parts[1]]);
    expect(value('finished_share', all)).toBeGreaterThan(90);
    expect(value('on_time', all)).toBeGreaterThan(80);
  });
});

describe('a generated export read back', () => {
  const columns = detectColumns(DOSSIER_EXPORT_HEADERS);

  it('maps every header of the generator\u2019s layout, none missing or unknown', () => {
    expect(columns.missing).toEqual([]);
    expect(columns.unknownHeaders).toEqual([]);
    expect(Object.keys(columns.indexes)).toHaveLength(DOSSIER_EXPORT_HEADERS.length);
  });

  it('writes times as dd/mm/yyyy hh:mm in Vietnam time', () => {
    expect(formatExportTime('2026-03-31T17:05:00.000Z')).toBe('01/04/2026 00:05');
  });

  it.each([1, 2, 3])('gives back every one of 4,000 rows valid and equal (seed %i)', (seed) => {
    const mismatches: string[] = [];
    let line = 1;
    for (const dossier of generateDossiers({ unitCodes: UNITS, year: 2026, count: 4000, seed })) {
      line += 1;
      const result = readDossierRow(dossierExportCells(dossier), columns, line);
      if (!('dossier' in result)) mismatches.push(`${line}: ${JSON.stringify(result.errors)}`);
      else if (JSON.stringify(result.dossier) !== JSON.stringify(dossier))
        mismatches.push(`${line}: ${JSON.stringify(dossier)} ≠ ${JSON.stringify(result.dossier)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
