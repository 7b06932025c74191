// KPI boxes of a period report pre-filled from dossier data over HTTP on real PostgreSQL: the
// reporting office's dossiers (and another province's under the same unit code) inserted by the
// dossier factory; Quý I/2024 reads 01–03/2024, Quý II/2024 04–06/2024 (not the 15th-to-14th data
// window); an override without a reason is refused with nothing stored, with one it is stored
// beside the computed value and audited.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import { buildOrganisation, buildTenant } from '../../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

let t: TestApp;
let f: ReportFixture;
let nv: TestClient;

/** Received in Vietnam on `day` at 09:00, promised 3 days later, finished after `days` days. */
const dossierOn = (code: string, unitCode: string, day: string, days: number, online = false) =>
  buildDossier({
    code,
    unitCode,
    receivedAt: `${day}T02:00:00Z`,
    promisedAt: new Date(Date.parse(`${day}T10:00:00Z`) + 3 * 86_400_000).toISOString(),
    finishedAt: new Date(Date.parse(`${day}T08:00:00Z`) + days * 86_400_000).toISOString(),
    channel: online ? 'online' : 'counter',
    onlineLevel: online ? 'full' : null,
  });

beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t, 2024, '2024-01-10', [
    { id: 'k0', metric: 'Số thủ tục rà soát', kind: 'number', value: 20, unit: 'thủ tục' },
    {
      id: 'k1',
      metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      kind: 'kpi',
      kpiKey: 'on_time',
      value: 97,
    },
    {
      id: 'k2',
      metric: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
      kind: 'kpi',
      kpiKey: 'paid_online_share',
      value: 30,
    },
  ]);
  nv = await f.client(f.users.nvEditor);
  const office = f.offices['Phòng Nội vụ'];
  await insertDossiers(
    t.db,
    { tenantId: f.tenantId, unitIds: new Map([[office.code, office.id]]) },
    [
      // Quý I/2024: two on time (one online), one late (finished after 5 days, promised 3).
      dossierOn('Q1-1', office.code, '2024-01-08', 1, true),
      dossierOn('Q1-2', office.code, '2024-02-12', 2),
      dossierOn('Q1-3', office.code, '2024-03-11', 5),
      // Quý II/2024: one late. December 2023 (inside the 15/12–14/03 data window): one late.
      dossierOn('Q2-1', office.code, '2024-04-08', 6),
      dossierOn('D-1', office.code, '2023-12-18', 6),
    ],
  );
  // Another province with a unit of the same code and late dossiers in Quý I: never counted.
  const b = await buildTenant(t.db, 'Tỉnh B');
  const bOffice = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    code: office.code,
  });
  await insertDossiers(
    t.db,
    { tenantId: b.tenant.id, unitIds: new Map([[office.code, bOffice.id]]) },
    Array.from({ length: 6 }, (_, index) => dossierOn(`B-${index}`, office.code, '2024-02-05', 9)),
  );
});
afterAll(() => t.close());

const url = (periodKey: string) => reportUrl(f.plan, periodKey, f.nvId);

async function report(periodKey: string): Promise<SubmissionDto> {
  const r = await nv.get(url(periodKey));
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as SubmissionDto;
}

const entries = (current: SubmissionDto) =>
  current.entries.map((entry) => ({
    taskId: entry.task.id,
    status: 'in_progress',
    progress: 50,
    result: 'Đang thực hiện',
    reason: '',
    documentRefs: [],
  }));

async function auditRows(objectId: string) {
  const rows = await t.db.execute<{ after: { kpiValues: unknown[] } }>(
    sql`SELECT after FROM audit_events WHERE tenant_id = ${f.tenantId}
        AND action = 'report.submit' AND object_id = ${objectId} ORDER BY at`,
  );
  return rows.rows;
}

describe('a period report of a plan with KPI targets', () => {
  it("pre-fills the quarter's KPI from the office's dossiers of its three months, marked with the count", async () => {
    const q1 = await report('2024-Q1');
    // 01–03/2024: 3 finished, 2 on time → 66,666…% shown as 66,67; no dossier with a fee.
    expect(q1.kpiComputed).toEqual([
      {
        targetIndex: 1,
        kpiKey: 'on_time',
        value: 66.67,
        count: 3,
        from: '2024-01',
        to: '2024-03',
        reason: '',
      },
      {
        targetIndex: 2,
        kpiKey: 'paid_online_share',
        value: null,
        count: 0,
        from: '2024-01',
        to: '2024-03',
        reason: 'Chưa có hồ sơ để tính chỉ số này trong 01/2024–03/2024: nhập số liệu nếu có.',
      },
    ]);
    // Only the computed box is filled; the hand-typed target and the empty KPI stay empty.
    expect(q1.kpiValues).toEqual([
      { targetIndex: 1, value: 66.67, computedValue: 66.67, overrideReason: null },
    ]);
    const q2 = await report('2024-Q2');
    // 04–06/2024: one finished, late → 0 %, a figure and not an absence.
    expect(q2.kpiComputed[0]).toMatchObject({ value: 0, count: 1, from: '2024-04', to: '2024-06' });
  });

  it('refuses an override without a reason (400, nothing stored)', async () => {
    const current = await report('2024-Q1');
    const r = await nv.request('PUT', url('2024-Q1'), {
      body: {
        entries: entries(current),
        kpiValues: [
          { targetIndex: 0, value: '18' },
          { targetIndex: 1, value: '70' },
        ],
      },
      headers: ifMatch(current.version),
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().details).toContainEqual({
      field: 'kpiValues.1.overrideReason',
      message: 'Số liệu khác giá trị tính từ dữ liệu hồ sơ (66,67 %): nêu lý do điều chỉnh.',
    });
    const after = await report('2024-Q1');
    expect(after.id).toBeNull();
    expect(after.version).toBe(0);
  });

  it('stores an override with its reason beside the computed value, and audits all three', async () => {
    const current = await report('2024-Q1');
    const r = await nv.request('PUT', url('2024-Q1'), {
      body: {
        entries: entries(current),
        kpiValues: [
          { targetIndex: 0, value: '18' },
          {
            targetIndex: 1,
            value: '70',
            overrideReason: 'Hai hồ sơ liên thông chưa đồng bộ về hệ thống',
          },
          { targetIndex: 2, value: '' },
        ],
      },
      headers: ifMatch(current.version),
    });
    expect(r.statusCode, r.body).toBe(200);
    const saved = r.json() as SubmissionChangeDto;
    const override = {
      targetIndex: 1,
      value: 70,
      computedValue: 66.67,
      overrideReason: 'Hai hồ sơ liên thông chưa đồng bộ về hệ thống',
    };
    expect(saved.kpiValues).toEqual([
      { targetIndex: 0, value: 18 },
      override,
      { targetIndex: 2, value: null, computedValue: null, overrideReason: null },
    ]);
    const audits = await auditRows(saved.id!);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after.kpiValues).toContainEqual(override);

    // Back to the computed figure: no reason needed, none kept.
    const back = await nv.request('PUT', url('2024-Q1'), {
      body: { entries: entries(current), kpiValues: [{ targetIndex: 1, value: '66,67' }] },
      headers: ifMatch(saved.version),
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as SubmissionChangeDto).kpiValues).toEqual([
      { targetIndex: 1, value: 66.67, computedValue: 66.67, overrideReason: null },
    ]);
  });
});
