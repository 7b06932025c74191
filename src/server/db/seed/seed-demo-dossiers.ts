// Hồ sơ TTHC mẫu: a year of generated dossiers for the demo province's units, written through the
// import pipeline itself (staging COPY, upsert, rollups) as a finished job of source «du-lieu-mau»,
// so the KPI pages show figures and differences between units on a fresh demo. The year is the
// demo's "today" (PARPLAN_TODAY in e2e: 2026-12-10); dossiers the generator would place after
// today are left out, and the export is taken at the end of today (Vietnam time).
import { eq } from 'drizzle-orm';
import type pg from 'pg';
import { generateDossiers } from '@domain/kpis/dossier-generator';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';
import type { Clock } from '../../clock';
import type { Database } from '../client';
import { tenants } from '../schema';
import { findRootOrganisation } from '../../organisations/organisation.repository';
import {
  insertDossierImportJob,
  startDossierImportJob,
} from '../../dossiers/dossier-import-job.repository';
import { importDossiers } from '../../dossiers/dossier-import.service';
import { DEMO_TENANTS } from './demo-data';

/** Dossiers generated for the demo year (those received after today are then left out). */
export const DEMO_DOSSIER_COUNT = 30_000;
/** Source system of the demo dossiers (their column mapping is saved under it). */
export const DEMO_DOSSIER_SOURCE = 'du-lieu-mau';

/** The demo province's units open at some time in `year` (the province itself left out). */
export function demoUnitCodes(year: number): string[] {
  const [tenant] = DEMO_TENANTS;
  return tenant!.organisations
    .filter(
      (unit) =>
        unit.type !== 'province' &&
        unit.validFrom <= `${year}-12-31` &&
        (unit.validTo === undefined || unit.validTo >= `${year}-01-01`),
    )
    .map((unit) => unit.code);
}

/** Seeds the demo dossiers of the first demo tenant; answers how many were written. */
export async function seedDemoDossiers(db: Database, pool: pg.Pool, clock: Clock): Promise<number> {
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  // The end of today in Vietnam time (UTC+7) as an instant.
  const endOfToday = new Date(Date.parse(`${today}T23:59:00+07:00`));
  const [tenant] = DEMO_TENANTS;
  const [row] = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(eq(tenants.code, tenant!.code));
  if (!row || !(await findRootOrganisation(db, row.id))) return 0;
  const tenantId = row.id;
  const job = await insertDossierImportJob(db, {
    tenantId,
    source: DEMO_DOSSIER_SOURCE,
    fileName: `ho-so-mau-${year}.csv`,
    format: 'csv',
    mode: 'valid_rows',
    sizeBytes: 0,
    filePath: null,
    createdBy: null,
    now: clock.now(),
  });
  await startDossierImportJob(db, tenantId, job.id, clock.now());
  async function* rows(): AsyncGenerator<DossierRowResult> {
    let line = 1;
    for (const dossier of generateDossiers({
      unitCodes: demoUnitCodes(year),
      year,
      count: DEMO_DOSSIER_COUNT,
      seed: 766,
      codePrefix: 'MAU',
      exportedAt: endOfToday.toISOString(),
    })) {
      line += 1;
      if (Date.parse(dossier.receivedAt) > endOfToday.getTime()) continue;
      yield { line, dossier };
    }
  }
  const outcome = await importDossiers(
    { db, pool, now: () => clock.now() },
    {
      tenantId,
      jobId: job.id,
      source: DEMO_DOSSIER_SOURCE,
      mode: 'valid_rows',
      rows: rows(),
      mapping: {},
    },
  );
  return outcome.rowsInserted;
}
