// The import pipeline on a real database: staging COPY, one-transaction upsert, rollups of the
// touched (unit, month) pairs, row errors and modes, cancel, tenant isolation. Rows are handed to
// the pipeline as the reader yields them; times are fixed instants (no wall clock).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '@domain/kpis/dossier';
import {
  DOSSIER_COUNTERS,
  totalsFromArray,
  type CounterTotals,
} from '@domain/kpis/dossier-counters';
import type { DossierRowResult } from '@domain/kpis/dossier-row-result';
import { buildOrganisation, buildTenant } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import {
  findDossierImportJob,
  insertDossierImportJob,
  startDossierImportJob,
  cancelDossierImportJob,
  type DossierImportMode,
} from './dossier-import-job.repository';
import { importDossiers, KEPT_ROW_ERRORS } from './dossier-import.service';

let t: TestDatabase;
let tenantId: string;
let otherTenantId: string;
let unitA: string;
let unitB: string;
const NOW = new Date('2026-06-15T03:00:00.000Z');
const now = () => NOW;

beforeAll(async () => {
  t = await createTestDatabase();
  const { tenant, root } = await buildTenant(t.db);
  tenantId = tenant.id;
  unitA = (await buildOrganisation(t.db, { tenantId, parentId: root.id, code: 'SO-TP' })).id;
  unitB = (await buildOrganisation(t.db, { tenantId, parentId: root.id, code: 'UB-X' })).id;
  const other = await buildTenant(t.db);
  otherTenantId = other.tenant.id;
  // The other tenant has a unit with the same code: a row must never land there.
  await buildOrganisation(t.db, {
    tenantId: otherTenantId,
    parentId: other.root.id,
    code: 'SO-TP-2',
  });
});
afterAll(() => t.drop());

beforeEach(async () => {
  // Every test starts from an empty store; the owner role may truncate, the app role may not.
  const pg = await import('pg');
  const owner = new pg.default.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  await owner.query('TRUNCATE dossiers, dossier_rollups, dossier_import_rows');
  await owner.end();
});

const base: Dossier = {
  code: 'HS-1',
  unitCode: 'SO-TP',
  procedureCode: '1.001',
  procedureName: 'Cấp giấy phép',
  field: 'Xây dựng',
  receivedAt: '2024-03-05T02:00:00.000Z',
  promisedAt: '2024-03-10T10:00:00.000Z',
  finishedAt: '2024-03-08T03:00:00.000Z',
  status: 'finished',
  channel: 'online',
  onlineLevel: 'full',
  paidOnline: true,
  hasFee: true,
  supplementRequests: 0,
  pausedDays: 0,
  digitisedFile: true,
  digitisedResult: true,
  electronicResult: true,
  satisfaction: 5,
  complaint: false,
};

/** Three dossiers: HS-1 (A, March, early), HS-2 (A, received 01:00 on 1 April Vietnam time, open), HS-3 (B, March, late). */
const firstExport: Dossier[] = [
  base,
  {
    ...base,
    code: 'HS-2',
    // 18:00 UTC on 31 March is 01:00 on 1 April in Vietnam: an April dossier.
    receivedAt: '2024-03-31T18:00:00.000Z',
    promisedAt: '2024-04-05T10:00:00.000Z',
    finishedAt: null,
    status: 'processing',
    channel: 'counter',
    onlineLevel: null,
    paidOnline: false,
    satisfaction: null,
  },
  {
    ...base,
    code: 'HS-3',
    unitCode: 'ub-x', // codes match without letter case
    receivedAt: '2024-03-15T01:00:00.000Z',
    promisedAt: '2024-03-20T10:00:00.000Z',
    finishedAt: '2024-03-25T10:00:00.000Z',
    channel: 'counter',
    onlineLevel: null,
    paidOnline: false,
    satisfaction: 2,
    complaint: true,
  },
];

async function* rowsOf(results: DossierRowResult[]): AsyncGenerator<DossierRowResult> {
  for (const result of results) yield result;
}
const asRows = (dossiers: Dossier[]): DossierRowResult[] =>
  dossiers.map((dossier, index) => ({ line: index + 2, dossier }));

async function newJob(tenant = tenantId, mode: DossierImportMode = 'valid_rows') {
  const job = await insertDossierImportJob(t.db, {
    tenantId: tenant,
    source: 'motcua',
    fileName: 'hoso.csv',
    format: 'csv',
    mode,
    sizeBytes: 0,
    filePath: null,
    createdBy: null,
    now: NOW,
  });
  await startDossierImportJob(t.db, tenant, job.id, NOW);
  return job;
}

async function run(
  results: DossierRowResult[],
  options: {
    mode?: DossierImportMode;
    tenant?: string;
    progressEvery?: number;
    chunkRows?: number;
  } = {},
) {
  const tenant = options.tenant ?? tenantId;
  const mode = options.mode ?? 'valid_rows';
  const job = await newJob(tenant, mode);
  const outcome = await importDossiers(
    {
      db: t.db,
      pool: t.pool,
      now,
      ...(options.progressEvery ? { progressEvery: options.progressEvery } : {}),
      ...(options.chunkRows ? { chunkRows: options.chunkRows } : {}),
    },
    { tenantId: tenant, jobId: job.id, source: 'motcua', mode, rows: rowsOf(results), mapping: {} },
  );
  return { job, outcome };
}

async function rollups(tenant = tenantId) {
  const result = await t.db.execute<{
    organisation_id: string;
    field: string;
    month: string;
    counts: string[];
  }>(
    sql`SELECT organisation_id, field, month::text AS month, counts FROM dossier_rollups
        WHERE tenant_id = ${tenant} ORDER BY organisation_id, field, month`,
  );
  return result.rows.map((row) => ({
    unit: row.organisation_id,
    field: row.field,
    month: row.month,
    totals: totalsFromArray(row.counts.map(Number)),
  }));
}
const rollupOf = async (unit: string, month: string): Promise<CounterTotals | undefined> =>
  (await rollups()).find((row) => row.unit === unit && row.month === month)?.totals;

async function storedDossiers(tenant = tenantId) {
  const result = await t.db.execute<Record<string, unknown>>(
    sql`SELECT * FROM dossiers WHERE tenant_id = ${tenant} ORDER BY code`,
  );
  return result.rows;
}
async function stagingCount() {
  const result = await t.db.execute<{ n: string }>(
    sql`SELECT count(*) AS n FROM dossier_import_rows`,
  );
  return Number(result.rows[0]!.n);
}

/** The rollups recomputed from scratch over the raw rows (what the incremental upkeep must equal). */
async function rollupsFromRawRows(tenant = tenantId) {
  const bits = Array.from(
    { length: DOSSIER_COUNTERS.length },
    (_, bit) => `sum((counters >> ${bit}) & 1)`,
  ).join(', ');
  const result = await t.db.execute<{
    organisation_id: string;
    field: string;
    month: string;
    counts: string[];
  }>(
    sql`SELECT organisation_id, field,
          date_trunc('month', received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS month,
          ARRAY[${sql.raw(bits)}]::bigint[] AS counts
        FROM dossiers WHERE tenant_id = ${tenant}
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return result.rows.map((row) => ({
    unit: row.organisation_id,
    field: row.field,
    month: row.month,
    totals: totalsFromArray(row.counts.map(Number)),
  }));
}

describe('importDossiers', () => {
  it('writes new dossiers and the rollups of their unit and Vietnam-time month', async () => {
    const { job, outcome } = await run(asRows(firstExport));
    expect(outcome).toMatchObject({
      status: 'succeeded',
      rowsRead: 3,
      rowsValid: 3,
      rowsRejected: 0,
      rowsInserted: 3,
      rowsUpdated: 0,
      rowsUnchanged: 0,
    });
    const stored = await storedDossiers();
    expect(stored.map((row) => [row.code, row.organisation_id, row.received_year])).toEqual([
      ['HS-1', unitA, 2024],
      ['HS-2', unitA, 2024],
      ['HS-3', unitB, 2024],
    ]);
    const marchA = await rollupOf(unitA, '2024-03-01');
    expect(marchA).toMatchObject({
      received: 1,
      finished: 1,
      finishedOnTime: 1,
      finishedEarly: 1,
      finishedLate: 0,
      online: 1,
      fullOnline: 1,
      paidOnline: 1,
      rated: 1,
      dissatisfied: 0,
    });
    expect(await rollupOf(unitA, '2024-04-01')).toMatchObject({
      received: 1,
      finished: 0,
      online: 0,
    });
    expect(await rollupOf(unitB, '2024-03-01')).toMatchObject({
      received: 1,
      finished: 1,
      finishedOnTime: 0,
      finishedLate: 1,
      rated: 1,
      dissatisfied: 1,
      complaint: 1,
    });
    expect(await rollups()).toHaveLength(3);
    expect(await stagingCount()).toBe(0);
    expect(await findDossierImportJob(t.db, tenantId, job.id)).toMatchObject({
      status: 'succeeded',
      rowsInserted: 3,
      rowsRead: 3,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    await run(asRows(firstExport));
    const rowsBefore = await storedDossiers();
    const rollupsBefore = await rollups();
    const { outcome } = await run(asRows(firstExport));
    expect(outcome).toMatchObject({
      status: 'succeeded',
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 3,
    });
    expect(await storedDossiers()).toEqual(rowsBefore);
    expect(await rollups()).toEqual(rollupsBefore);
  });

  it('updates a status from a later export and the rollups follow, old unit and month included', async () => {
    await run(asRows(firstExport));
    const later: Dossier[] = [
      firstExport[0]!,
      // HS-2 finished on 3 April, before its promised 5 April: on time and early.
      { ...firstExport[1]!, status: 'finished', finishedAt: '2024-04-03T03:00:00.000Z' },
      // HS-3 was filed under the wrong unit: the later export moves it from UB-X to SO-TP.
      { ...firstExport[2]!, unitCode: 'SO-TP' },
    ];
    const { outcome } = await run(asRows(later));
    expect(outcome).toMatchObject({ rowsInserted: 0, rowsUpdated: 2, rowsUnchanged: 1 });
    expect(await rollupOf(unitA, '2024-04-01')).toMatchObject({
      received: 1,
      finished: 1,
      finishedOnTime: 1,
      finishedEarly: 1,
    });
    expect(await rollupOf(unitA, '2024-03-01')).toMatchObject({
      received: 2,
      finished: 2,
      finishedOnTime: 1,
      finishedLate: 1,
      complaint: 1,
    });
    // UB-X has no dossier left in March: its rollup row is gone.
    expect(await rollupOf(unitB, '2024-03-01')).toBeUndefined();
    expect(await rollups()).toEqual(await rollupsFromRawRows());
  });

  it('keeps the rollups equal to a recomputation from the raw rows over several imports', async () => {
    const many: Dossier[] = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      code: `HS-M${i}`,
      unitCode: i % 3 === 0 ? 'UB-X' : 'SO-TP',
      field: i % 2 === 0 ? 'Xây dựng' : 'Đất đai',
      receivedAt: new Date(Date.UTC(2024, i % 12, 1 + (i % 27), (i * 5) % 24)).toISOString(),
      promisedAt: null,
      finishedAt: null,
      status: 'processing',
      satisfaction: i % 5 === 0 ? null : (i % 5) + 0,
    }));
    await run(asRows(many), { chunkRows: 7, progressEvery: 11 });
    await run(
      asRows(
        many
          .slice(0, 30)
          .map((d, i) => ({ ...d, unitCode: i % 2 ? 'UB-X' : 'SO-TP', complaint: true })),
      ),
    );
    expect(await rollups()).toEqual(await rollupsFromRawRows());
    const total = (await rollups()).reduce((sum, row) => sum + row.totals.received, 0);
    expect(total).toBe(60);
  });

  it('imports 10,000 rows in full-size chunks, then again with nothing changed', async () => {
    // Planned without the staging's statistics, the upsert nested loops over the staging for
    // every written row: 20,000 rows never finished. This import ends only with them.
    const many: Dossier[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      code: `HS-L${i}`,
      unitCode: i % 2 === 0 ? 'UB-X' : 'SO-TP',
      receivedAt: new Date(Date.UTC(2025, i % 12, 1 + (i % 27), 3)).toISOString(),
      promisedAt: null,
      finishedAt: null,
      status: 'processing',
    }));
    const first = await run(asRows(many));
    expect(first.outcome).toMatchObject({ status: 'succeeded', rowsInserted: 10_000 });
    const again = await run(asRows(many));
    expect(again.outcome).toMatchObject({
      status: 'succeeded',
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 10_000,
    });
    expect(await rollups()).toEqual(await rollupsFromRawRows());
  });

  it('refuses a unit code not in the tenant tree, naming the line and column', async () => {
    const rows = asRows([base, { ...base, code: 'HS-9', unitCode: 'SO-TP-2' }]);
    const { outcome } = await run(rows);
    expect(outcome).toMatchObject({
      status: 'succeeded',
      rowsRead: 2,
      rowsValid: 1,
      rowsRejected: 1,
      rowsInserted: 1,
    });
    expect(outcome.errors).toEqual([
      {
        line: 3,
        code: 'unknown_unit',
        column: 'Mã đơn vị tiếp nhận',
        message: 'Mã đơn vị «SO-TP-2» không có trong cây đơn vị.',
      },
    ]);
    expect(outcome.errorCounts).toEqual({ unknown_unit: 1 });
  });

  it('refuses the later lines of a dossier code repeated inside one file', async () => {
    const rows = asRows([
      base,
      { ...base, unitCode: 'UB-X' },
      firstExport[2]!,
      { ...base, status: 'processing', finishedAt: null },
    ]);
    const { outcome } = await run(rows);
    expect(outcome).toMatchObject({ rowsRead: 4, rowsValid: 2, rowsRejected: 2, rowsInserted: 2 });
    expect(outcome.errors.map((e) => [e.line, e.code, e.message])).toEqual([
      [3, 'duplicate_code', 'Mã hồ sơ «HS-1» lặp lại: đã có ở dòng 2 của tệp.'],
      [5, 'duplicate_code', 'Mã hồ sơ «HS-1» lặp lại: đã có ở dòng 2 của tệp.'],
    ]);
    // The first line is the one kept.
    expect((await storedDossiers())[0]).toMatchObject({
      code: 'HS-1',
      organisation_id: unitA,
      status: 'finished',
    });
  });

  it('writes nothing in all_or_nothing mode when a row is refused, and reports every bad row', async () => {
    const rows: DossierRowResult[] = [
      ...asRows(firstExport),
      {
        line: 5,
        errors: [
          {
            code: 'unreadable_date',
            column: 'Ngày tiếp nhận',
            message: 'Không đọc được ngày «31/02/2024» ở cột «Ngày tiếp nhận».',
          },
        ],
      },
      { line: 6, dossier: { ...base, code: 'HS-6', unitCode: 'KHONG-CO' } },
    ];
    const { job, outcome } = await run(rows, { mode: 'all_or_nothing' });
    expect(outcome.status).toBe('failed');
    expect(outcome).toMatchObject({ rowsRead: 5, rowsRejected: 2, rowsInserted: 0 });
    expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'unreadable_date'],
      [6, 'unknown_unit'],
    ]);
    expect(outcome.failure).toMatch(/không ghi dòng nào/);
    expect(await storedDossiers()).toEqual([]);
    expect(await rollups()).toEqual([]);
    expect(await stagingCount()).toBe(0);
    expect(await findDossierImportJob(t.db, tenantId, job.id)).toMatchObject({
      status: 'failed',
      rowsRejected: 2,
    });
  });

  it('keeps the first 1,000 errors by line and counts all of them per code', async () => {
    const rows: DossierRowResult[] = [];
    for (let i = 0; i < 1500; i++) {
      const line = i + 2;
      rows.push(
        i % 2 === 0
          ? {
              line,
              errors: [
                { code: 'unreadable_date', message: 'x' },
                { code: 'missing_value', message: 'y' },
              ],
            }
          : { line, dossier: { ...base, code: `HS-E${i}`, unitCode: 'NOWHERE' } },
      );
    }
    rows.push({ line: 1502, dossier: { ...base, code: 'HS-OK' } });
    const { outcome } = await run(rows);
    // 750 rows with two errors and 750 with one: 2,250 errors, the first 1,000 kept in line order.
    expect(outcome.rowsRejected).toBe(1500);
    expect(outcome.errorCounts).toEqual({
      unreadable_date: 750,
      missing_value: 750,
      unknown_unit: 750,
    });
    expect(outcome.errors).toHaveLength(KEPT_ROW_ERRORS);
    expect(outcome.errors.at(-1)!.line).toBe(668); // 2 errors (line 2) + 1 (line 3) per pair: 333 pairs = 999, then line 668
    expect(outcome.rowsInserted).toBe(1);
  });

  it('reads batches as rows: refused rows at the end of one batch and the start of the next', async () => {
    const job = await newJob();
    const refused = (line: number): DossierRowResult => ({
      line,
      errors: [{ code: 'unreadable_date', column: 'Ngày tiếp nhận', message: `dòng ${line}` }],
    });
    const ok = (line: number): DossierRowResult => ({
      line,
      dossier: { ...base, code: `HS-B${line}` },
    });
    // Batches as the reader hands them over: [2 3 4✗] [5✗ 6] [7✗] [8].
    async function* batches(): AsyncGenerator<DossierRowResult[]> {
      yield [ok(2), ok(3), refused(4)];
      yield [refused(5), ok(6)];
      yield [refused(7)];
      yield [ok(8)];
    }
    const outcome = await importDossiers(
      // A progress check on the last row of a batch (row 3 = line 4) and within one (row 6).
      { db: t.db, pool: t.pool, now, progressEvery: 3, chunkRows: 2 },
      {
        tenantId,
        jobId: job.id,
        source: 'motcua',
        mode: 'valid_rows',
        rows: batches(),
        mapping: {},
      },
    );
    expect(outcome).toMatchObject({
      status: 'succeeded',
      rowsRead: 7,
      rowsValid: 4,
      rowsRejected: 3,
      rowsInserted: 4,
    });
    expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'unreadable_date'],
      [5, 'unreadable_date'],
      [7, 'unreadable_date'],
    ]);
    expect((await storedDossiers()).map((d) => d.code).sort()).toEqual([
      'HS-B2',
      'HS-B3',
      'HS-B6',
      'HS-B8',
    ]);
  });

  it('stops reading batches at a cancel noticed inside a batch', async () => {
    const job = await newJob();
    let batchesRead = 0;
    async function* batches(): AsyncGenerator<DossierRowResult[]> {
      for (let b = 0; b < 10; b++) {
        batchesRead += 1;
        // Cancelled while the second batch is read: noticed at row 15 (progressEvery 15), inside it.
        if (b === 1) await cancelDossierImportJob(t.db, tenantId, job.id, NOW);
        yield Array.from({ length: 10 }, (_, i) => ({
          line: b * 10 + i + 2,
          dossier: { ...base, code: `HS-K${b * 10 + i}` },
        }));
      }
    }
    const outcome = await importDossiers(
      { db: t.db, pool: t.pool, now, progressEvery: 15, chunkRows: 4 },
      {
        tenantId,
        jobId: job.id,
        source: 'motcua',
        mode: 'valid_rows',
        rows: batches(),
        mapping: {},
      },
    );
    expect(outcome.status).toBe('cancelled');
    expect(outcome.rowsRead).toBe(15);
    expect(batchesRead).toBe(2);
    expect(await storedDossiers()).toEqual([]);
    expect(await stagingCount()).toBe(0);
  });

  it('stops at a cancel between chunks: staging dropped, nothing written', async () => {
    const job = await newJob();
    let yielded = 0;
    async function* rows(): AsyncGenerator<DossierRowResult> {
      for (let i = 0; i < 100; i++) {
        yielded += 1;
        // The user cancels while the 30th row is read; the pipeline notices at its next check.
        if (i === 29) await cancelDossierImportJob(t.db, tenantId, job.id, NOW);
        yield { line: i + 2, dossier: { ...base, code: `HS-C${i}` } };
      }
    }
    const outcome = await importDossiers(
      { db: t.db, pool: t.pool, now, progressEvery: 20, chunkRows: 10 },
      { tenantId, jobId: job.id, source: 'motcua', mode: 'valid_rows', rows: rows(), mapping: {} },
    );
    expect(outcome.status).toBe('cancelled');
    expect(yielded).toBe(40);
    expect(await storedDossiers()).toEqual([]);
    expect(await rollups()).toEqual([]);
    expect(await stagingCount()).toBe(0);
    expect(await findDossierImportJob(t.db, tenantId, job.id)).toMatchObject({
      status: 'cancelled',
      rowsInserted: 0,
    });
  });

  it('stores the bytes the reader has consumed with each progress write (for the ETA)', async () => {
    const job = await newJob();
    let yielded = 0;
    const seen: number[] = [];
    async function* rows(): AsyncGenerator<DossierRowResult> {
      for (let i = 0; i < 25; i++) {
        yielded += 1;
        // Before rows 11 and 21 are yielded, rows 10 and 20 have been counted and written.
        if (i === 10 || i === 20)
          seen.push((await findDossierImportJob(t.db, tenantId, job.id))!.bytesRead);
        yield { line: i + 2, dossier: { ...base, code: `HS-B${i}` } };
      }
    }
    // A reader whose stream has consumed 100 bytes per row read so far.
    const outcome = await importDossiers(
      { db: t.db, pool: t.pool, now, progressEvery: 10, chunkRows: 10 },
      {
        tenantId,
        jobId: job.id,
        source: 'motcua',
        mode: 'valid_rows',
        rows: rows(),
        bytesRead: () => yielded * 100,
        mapping: {},
      },
    );
    expect(outcome.status).toBe('succeeded');
    expect(seen).toEqual([1_000, 2_000]);
  });

  it("never resolves a unit of another tenant and keeps each tenant's dossiers apart", async () => {
    const { outcome } = await run(asRows([{ ...base, unitCode: 'SO-TP' }]), {
      tenant: otherTenantId,
    });
    expect(outcome.errors.map((e) => e.code)).toEqual(['unknown_unit']);
    await run(asRows([{ ...base, unitCode: 'SO-TP-2' }]), { tenant: otherTenantId });
    await run(asRows([base]));
    expect(await storedDossiers(otherTenantId)).toHaveLength(1);
    expect(await storedDossiers(tenantId)).toHaveLength(1);
    expect((await rollups(otherTenantId)).map((r) => r.totals.received)).toEqual([1]);
    expect((await rollups(tenantId)).map((r) => r.totals.received)).toEqual([1]);
  });

  it('copies text with tabs, backslashes and newlines unchanged', async () => {
    const odd = { ...base, procedureName: 'Tên\tcó tab\\ và\ndòng mới\r' };
    await run(asRows([odd]));
    expect((await storedDossiers())[0]).toMatchObject({
      procedure_name: 'Tên\tcó tab\\ và\ndòng mới\r',
    });
  });
});
