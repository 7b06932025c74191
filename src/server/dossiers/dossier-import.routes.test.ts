// Dossier imports over HTTP on a real database: an upload streamed to disk and queued, the job run
// (by the test, through the same runner pg-boss calls, so nothing waits on a timer), the dossiers and
// rollups visible in the KPI tree; refusals before any job exists (no right, binary file, missing
// columns, too large); the error report; cancel; another tenant's job.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '@domain/kpis/dossier';
import { DOSSIER_COLUMN_LABELS } from '@domain/kpis/dossier-columns';
import { DOSSIER_EXPORT_HEADERS, dossierExportCells } from '@domain/kpis/dossier-export-row';
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { UNKNOWN_HEADER_DETAIL } from '@contract/dossier-imports';
import type { KpiTree } from '@contract/kpis';
import { auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { Clock } from '../clock';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { auditEventsOf } from '../../../test/route-helpers';
import { runDossierImportJob, type DossierImportJob } from './dossier-import-job';

const MAX_BYTES = 64 * 1024;
const clock: Clock = {
  now: () => new Date('2026-06-15T03:00:00.000Z'),
  today: () => '2026-06-15',
};

let t: TestApp;
let uploads: string;
let tenantId: string;
let focal: TestClient;
let departmentAdmin: TestClient;
let otherFocal: TestClient;
const queued: DossierImportJob[] = [];

beforeAll(async () => {
  uploads = mkdtempSync(path.join(tmpdir(), 'parplan-dossier-uploads-'));
  t = await createTestApp(
    {},
    {
      dossierUploadFolder: uploads,
      dossierUploadMaxBytes: MAX_BYTES,
      // Jobs are only collected: each test runs them when it wants, as the pg-boss worker would.
      dossierImportQueue: { enqueue: async (job) => void queued.push(job) },
    },
  );
  const a = await buildTenant(t.db);
  tenantId = a.tenant.id;
  const department = await buildOrganisation(t.db, {
    tenantId,
    parentId: a.root.id,
    code: 'SO-TP',
  });
  await buildOrganisation(t.db, { tenantId, parentId: a.root.id, code: 'UB-X' });
  const signIn = async (tenant: string, unitId: string, role: 'focal' | 'admin') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: unitId,
        grants: [{ role, organisationId: unitId }],
      }),
    );
  focal = await signIn(tenantId, a.root.id, 'focal');
  departmentAdmin = await signIn(tenantId, department.id, 'admin');
  const b = await buildTenant(t.db);
  otherFocal = await signIn(b.tenant.id, b.root.id, 'focal');
});

afterAll(async () => {
  await t?.close();
  rmSync(uploads, { recursive: true, force: true });
});

const base: Dossier = {
  code: 'HS-1',
  unitCode: 'SO-TP',
  procedureCode: '1.001',
  procedureName: 'Cấp giấy phép xây dựng',
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

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const csvOf = (dossiers: readonly Dossier[]) =>
  [DOSSIER_EXPORT_HEADERS, ...dossiers.map(dossierExportCells)]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\n') + '\n';

async function upload(
  client: TestClient,
  fileName: string,
  content: string | Buffer,
  query = 'source=mot-cua&mode=valid_rows',
) {
  const { payload, headers } = multipartFile(fileName, content);
  return client.request('POST', `/api/dossier-imports?${query}`, { payload, headers });
}

/** Runs the job the last upload queued, as the worker does. */
async function runQueued(jobId: string) {
  const job = queued.find((candidate) => candidate.jobId === jobId);
  if (!job) throw new Error(`job ${jobId} was not queued`);
  return runDossierImportJob({ db: t.db, pool: t.pool, clock }, job);
}

const jobCount = async () =>
  Number(
    (
      await t.db.execute<{ n: string }>(
        sql`SELECT count(*) AS n FROM dossier_import_jobs WHERE tenant_id = ${tenantId}`,
      )
    ).rows[0]!.n,
  );

describe('dossier import over HTTP', () => {
  it('uploads a CSV, queues its job, writes the dossiers and rollups the KPI tree then shows', async () => {
    const csv = csvOf([
      base,
      // Late: finished 12/03 after the promised 10/03.
      { ...base, code: 'HS-2', finishedAt: '2024-03-12T03:00:00.000Z' },
      { ...base, code: 'HS-3', unitCode: 'UB-X' },
    ]);
    const response = await upload(focal, 'ho-so-thang-3.csv', csv);
    expect(response.statusCode, response.body).toBe(201);
    const job = response.json<DossierImportJobDto>();
    expect(job).toMatchObject({
      status: 'queued',
      source: 'mot-cua',
      mode: 'valid_rows',
      format: 'csv',
      fileName: 'ho-so-thang-3.csv',
    });
    expect(readdirSync(uploads)).toHaveLength(1);

    const outcome = await runQueued(job.id);
    expect(outcome).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 3 });
    // The upload is deleted once its job has run.
    expect(readdirSync(uploads)).toHaveLength(0);

    const progress = await focal.get(`/api/dossier-imports/${job.id}`);
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({
      status: 'succeeded',
      rowsRead: 3,
      rowsValid: 3,
      rowsRejected: 0,
      rowsInserted: 3,
      errors: [],
      etaSeconds: 0,
    });

    const treeResponse = await focal.get('/api/kpis/tree?from=2024-03&to=2024-03');
    expect(treeResponse.statusCode, treeResponse.body).toBe(200);
    const tree = treeResponse.json<KpiTree>();
    expect(tree.abilities.canImport).toBe(true);
    const unit = (code: string) => tree.units.find((row) => row.code === code)!;
    // SO-TP: HS-1 on time, HS-2 late → 1 of 2 finished on time; the province sums both units.
    expect(unit('SO-TP').totals.received).toBe(2);
    expect(unit('SO-TP').kpis['on_time']).toEqual({ value: 50, count: 2 });
    expect(unit('UB-X').kpis['on_time']).toEqual({ value: 100, count: 1 });
    const root = tree.units.find((row) => row.parentId === null)!;
    expect(root.totals.received).toBe(3);

    // The mapping the import read with is saved for the source.
    const mapping = await focal.get('/api/dossier-sources/mot-cua/mapping');
    expect(mapping.json().mapping).toMatchObject({
      code: DOSSIER_COLUMN_LABELS.code,
      unitCode: DOSSIER_COLUMN_LABELS.unitCode,
    });
    expect((await focal.get('/api/dossier-sources/khac/mapping')).json()).toEqual({
      mapping: null,
    });

    const audited = await auditEventsOf(
      t,
      tenantId,
      eq(auditEvents.action, 'dossier.import'),
      eq(auditEvents.objectId, job.id),
    );
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ outcome: 'allowed', objectType: 'dossier_import' });
  });

  it('refuses a department admin (the right is held at the province only) with 403 and an audit «denied»', async () => {
    const before = await jobCount();
    const response = await upload(departmentAdmin, 'ho-so.csv', csvOf([{ ...base, code: 'HS-9' }]));
    expect(response.statusCode).toBe(403);
    expect(await jobCount()).toBe(before);
    expect(readdirSync(uploads)).toHaveLength(0);
    const denied = await auditEventsOf(
      t,
      tenantId,
      eq(auditEvents.action, 'dossier.import'),
      eq(auditEvents.outcome, 'denied'),
    );
    expect(denied).toHaveLength(1);
    const tree = await departmentAdmin.get('/api/kpis/tree?from=2024-03&to=2024-03');
    expect(tree.json().abilities.canImport).toBe(false);
  });

  it('refuses a binary file renamed .csv with a Vietnamese 400 and keeps nothing', async () => {
    const before = await jobCount();
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x20, 0x00, 0x7f]);
    const response = await upload(focal, 'ho-so.csv', binary);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/tệp/i);
    expect(await jobCount()).toBe(before);
    expect(readdirSync(uploads)).toHaveLength(0);
  });

  it('refuses at upload a file whose required columns are missing, naming them', async () => {
    const before = await jobCount();
    const csv = `${DOSSIER_COLUMN_LABELS.code},${DOSSIER_COLUMN_LABELS.unitCode},Ghi chú\nHS-20,SO-TP,x\n`;
    const response = await upload(focal, 'thieu-cot.csv', csv);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.message).toContain('Tệp thiếu cột bắt buộc');
    for (const field of ['procedureCode', 'field', 'receivedAt', 'status', 'channel'] as const)
      expect(body.message).toContain(`«${DOSSIER_COLUMN_LABELS[field]}»`);
    expect(body.message).not.toContain(`«${DOSSIER_COLUMN_LABELS.code}»`);
    expect(body.details.map((detail: { field: string }) => detail.field)).toEqual([
      'procedureCode',
      'field',
      'receivedAt',
      'status',
      'channel',
      UNKNOWN_HEADER_DETAIL,
    ]);
    // The header no field took is offered for the mapping step.
    expect(body.details.at(-1).message).toBe('Ghi chú');
    expect(await jobCount()).toBe(before);
    expect(readdirSync(uploads)).toHaveLength(0);
  });

  it('imports a file whose dossier code column has an unknown header once the user maps it', async () => {
    const header = DOSSIER_EXPORT_HEADERS.map((name) =>
      name === DOSSIER_COLUMN_LABELS.code ? 'Số biên nhận riêng' : name,
    );
    const row = dossierExportCells({
      ...base,
      code: 'HS-60',
      receivedAt: '2024-08-05T02:00:00.000Z',
      promisedAt: '2024-08-10T10:00:00.000Z',
      finishedAt: '2024-08-08T03:00:00.000Z',
    });
    const csv = `${header.map(csvCell).join(',')}\n${row.map(csvCell).join(',')}\n`;
    const unmapped = await upload(focal, 'nguon-b.csv', csv, 'source=nguon-b');
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().message).toContain(`«${DOSSIER_COLUMN_LABELS.code}»`);
    const badMapping = await upload(focal, 'nguon-b.csv', csv, 'source=nguon-b&mapping=%7Bcode');
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().message).toContain('Ánh xạ cột không đọc được');

    const mapping = encodeURIComponent(JSON.stringify({ code: 'Số biên nhận riêng' }));
    const mapped = await upload(focal, 'nguon-b.csv', csv, `source=nguon-b&mapping=${mapping}`);
    expect(mapped.statusCode, mapped.body).toBe(201);
    const { id } = mapped.json<DossierImportJobDto>();
    expect(await runQueued(id)).toMatchObject({ status: 'succeeded', rowsInserted: 1 });
    // The mapping is saved for the source: the next export of the same system needs no override.
    const saved = (await focal.get('/api/dossier-sources/nguon-b/mapping')).json();
    expect(saved.mapping.code).toBe('Số biên nhận riêng');
    const next = await upload(focal, 'nguon-b-2.csv', csv, 'source=nguon-b');
    expect(next.statusCode, next.body).toBe(201);
    expect(await runQueued(next.json<DossierImportJobDto>().id)).toMatchObject({
      status: 'succeeded',
      rowsInserted: 0,
      rowsUnchanged: 1,
    });
  });

  it('refuses a file over the limit with 413 and nothing written', async () => {
    const before = await jobCount();
    const rows = Array.from({ length: 400 }, (_, i) => ({ ...base, code: `HS-BIG-${i}` }));
    const csv = csvOf(rows);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(MAX_BYTES);
    const response = await upload(focal, 'qua-lon.csv', csv);
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain('Tệp quá lớn');
    expect(await jobCount()).toBe(before);
    expect(readdirSync(uploads)).toHaveLength(0);
  });

  it('lists refused rows in errors.csv with line, column and message', async () => {
    const may = {
      receivedAt: '2024-05-06T02:00:00.000Z',
      promisedAt: '2024-05-10T10:00:00.000Z',
      finishedAt: '2024-05-08T03:00:00.000Z',
    };
    const csv = csvOf([
      { ...base, ...may, code: 'HS-30' },
      { ...base, ...may, code: 'HS-31', unitCode: 'XA-KHONG' },
    ]);
    const response = await upload(focal, 'thang-5.csv', csv);
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<DossierImportJobDto>();
    await runQueued(id);
    const job = (await focal.get(`/api/dossier-imports/${id}`)).json<DossierImportJobDto>();
    expect(job).toMatchObject({ status: 'succeeded', rowsRejected: 1, rowsInserted: 1 });
    expect(job.errorCounts).toEqual({ unknown_unit: 1 });

    const report = await focal.get(`/api/dossier-imports/${id}/errors.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Dòng,Cột,Lỗi');
    // Line 1 is the header: HS-31 is the file's third line.
    expect(lines[1]).toBe(
      `3,"${DOSSIER_COLUMN_LABELS.unitCode}","Mã đơn vị «XA-KHONG» không có trong cây đơn vị."`,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('1 dòng lỗi');
  });

  it('cancels a queued import: its run writes nothing, a second cancel is refused', async () => {
    const csv = csvOf([{ ...base, code: 'HS-40', receivedAt: '2024-07-01T02:00:00.000Z' }]);
    const response = await upload(focal, 'huy.csv', csv, 'source=mot-cua');
    expect(response.statusCode, response.body).toBe(201);
    const { id, mode } = response.json<DossierImportJobDto>();
    expect(mode).toBe('all_or_nothing');

    const cancelled = await focal.post(`/api/dossier-imports/${id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await runQueued(id)).toBeNull();
    const written = await t.db.execute<{ n: string }>(
      sql`SELECT count(*) AS n FROM dossiers WHERE tenant_id = ${tenantId} AND code = 'HS-40'`,
    );
    expect(Number(written.rows[0]!.n)).toBe(0);

    const again = await focal.post(`/api/dossier-imports/${id}/cancel`);
    expect(again.statusCode).toBe(409);
    const audited = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.action, 'dossier.import'), eq(auditEvents.objectId, id))!,
    );
    expect(audited.map((event) => event.after)).toEqual([
      expect.objectContaining({ fileName: 'huy.csv' }),
      { status: 'cancelled' },
    ]);
  });

  it("answers 404 for another tenant's job, to read, cancel or download", async () => {
    const response = await upload(focal, 'rieng.csv', csvOf([{ ...base, code: 'HS-50' }]));
    const { id } = response.json<DossierImportJobDto>();
    expect((await otherFocal.get(`/api/dossier-imports/${id}`)).statusCode).toBe(404);
    expect((await otherFocal.post(`/api/dossier-imports/${id}/cancel`)).statusCode).toBe(404);
    expect((await otherFocal.get(`/api/dossier-imports/${id}/errors.csv`)).statusCode).toBe(404);
    expect((await focal.get(`/api/dossier-imports/${id}`)).statusCode).toBe(200);
  });
});
