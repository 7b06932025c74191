// KPI pages over HTTP, on dossiers and rollups inserted by the test factory: a district with two
// communes and a commune straight under the province. Every expected figure below is counted by
// hand from the dossiers listed in beforeAll (see the comments there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { KpiTree } from '@contract/kpis';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';

let t: TestApp;
let province: OrganisationRow;
let district: OrganisationRow;
let anBinh: OrganisationRow;
let tanMy: OrganisationRow;
let binhThanh: OrganisationRow;
let otherCommune: OrganisationRow;
let focal: TestClient;
let districtViewer: TestClient;

const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  const tenantId = a.tenant.id;
  province = a.root;
  district = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    type: 'district',
    code: 'H-LV',
    name: 'Huyện Lấp Vò',
  });
  const commune = (parent: OrganisationRow, code: string, name: string) =>
    buildOrganisation(t.db, { tenantId, parentId: parent.id, type: 'commune', code, name });
  anBinh = await commune(district, 'XA-AB', 'Xã An Bình');
  tanMy = await commune(district, 'XA-TM', 'Xã Tân Mỹ');
  binhThanh = await commune(province, 'XA-BT', 'Xã Bình Thành');
  const unitIds = new Map(
    [province, district, anBinh, tanMy, binhThanh].map((unit) => [unit.code, unit.id]),
  );
  const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };
  await insertDossiers(t.db, { tenantId, unitIds }, [
    // March 2026 (Vietnam time).
    // Huyện Lấp Vò itself: d1 on time, at the counter.
    buildDossier({ code: 'D1', unitCode: 'H-LV' }),
    // Xã An Bình: a1 on time (online, full, fee paid online); a2 late (online, partial); a3
    // finished before the promised day but after two supplement requests (late); a4 still open.
    buildDossier({
      code: 'A1',
      unitCode: 'XA-AB',
      field: 'Đất đai',
      receivedAt: '2026-03-04T03:00:00Z',
      channel: 'online',
      onlineLevel: 'full',
      hasFee: true,
      paidOnline: true,
    }),
    buildDossier({
      code: 'A2',
      unitCode: 'XA-AB',
      field: 'Đất đai',
      receivedAt: '2026-03-05T03:00:00Z',
      promisedAt: '2026-03-08T10:00:00Z',
      finishedAt: '2026-03-09T08:00:00Z',
      channel: 'online',
      onlineLevel: 'partial',
    }),
    buildDossier({
      code: 'A3',
      unitCode: 'XA-AB',
      field: 'Đất đai',
      receivedAt: '2026-03-06T03:00:00Z',
      promisedAt: '2026-03-20T10:00:00Z',
      finishedAt: '2026-03-15T08:00:00Z',
      supplementRequests: 2,
    }),
    buildDossier({
      code: 'A4',
      unitCode: 'XA-AB',
      receivedAt: '2026-03-07T03:00:00Z',
      status: 'processing',
      finishedAt: null,
      channel: 'online',
      onlineLevel: 'partial',
    }),
    // Xã Tân Mỹ: b1 on time (early) with an unpaid fee; b2 early, online.
    buildDossier({ code: 'B1', unitCode: 'XA-TM', hasFee: true }),
    buildDossier({
      code: 'B2',
      unitCode: 'XA-TM',
      receivedAt: '2026-03-10T03:00:00Z',
      finishedAt: '2026-03-11T08:00:00Z',
      channel: 'online',
      onlineLevel: 'partial',
    }),
    // Xã Bình Thành (under the province, not the district): e1 late.
    buildDossier({ code: 'E1', unitCode: 'XA-BT', receivedAt: '2026-03-10T04:00:00Z', ...late }),
    // April 2026: a5 on time; b3 received 31/03 17:30 UTC = 01/04 00:30 in Vietnam, on time.
    buildDossier({
      code: 'A5',
      unitCode: 'XA-AB',
      receivedAt: '2026-04-02T02:00:00Z',
      promisedAt: '2026-04-06T10:00:00Z',
      finishedAt: '2026-04-05T08:00:00Z',
    }),
    buildDossier({
      code: 'B3',
      unitCode: 'XA-TM',
      receivedAt: '2026-03-31T17:30:00Z',
      promisedAt: '2026-04-03T10:00:00Z',
      finishedAt: '2026-04-02T08:00:00Z',
    }),
    // February 2026: 53 late dossiers at Xã Tân Mỹ, one an hour from 01/02 08:00 (Vietnam).
    ...Array.from({ length: 53 }, (_, i) => {
      const receivedAt = hours('2026-02-01T01:00:00Z', i);
      return buildDossier({
        code: `F-${String(i).padStart(2, '0')}`,
        unitCode: 'XA-TM',
        receivedAt,
        promisedAt: hours(receivedAt, 24),
        finishedAt: hours(receivedAt, 72),
      });
    }),
  ]);

  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherCommune = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    type: 'commune',
    code: 'XA-AB',
    name: 'Xã An Bình (tỉnh khác)',
  });
  await insertDossiers(
    t.db,
    { tenantId: b.tenant.id, unitIds: new Map([['XA-AB', otherCommune.id]]) },
    [buildDossier({ code: 'A1', unitCode: 'XA-AB' })],
  );

  const signIn = async (unit: OrganisationRow, role: 'focal' | 'viewer') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId,
        homeOrganisationId: unit.id,
        grants: [{ role, organisationId: unit.id }],
      }),
    );
  focal = await signIn(province, 'focal');
  districtViewer = await signIn(district, 'viewer');
});

afterAll(() => t?.close());

async function treeOf(client: TestClient, from: string, to: string): Promise<KpiTree> {
  const response = await client.get(`/api/kpis/tree?from=${from}&to=${to}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const unitOf = (tree: KpiTree, unit: OrganisationRow) => {
  const found = tree.units.find((row) => row.id === unit.id);
  if (!found) throw new Error(`${unit.code} not in the tree`);
  return found;
};

describe('KPI tree', () => {
  it('sums each unit over its subtree for March 2026 and computes KPIs from the sums', async () => {
    const tree = await treeOf(focal, '2026-03', '2026-03');
    expect(tree.units.map((unit) => unit.code).sort()).toEqual(
      [province.code, 'H-LV', 'XA-AB', 'XA-BT', 'XA-TM'].sort(),
    );
    expect(tree.abilities.canImport).toBe(true);
    expect(tree.kpis.map((kpi) => kpi.key)).toContain('on_time');

    // Xã An Bình: 4 received, 3 finished, 1 on time (A1); online A1, A2, A4; fee A1 paid online.
    const ab = unitOf(tree, anBinh);
    expect(ab.totals).toMatchObject({
      received: 4,
      finished: 3,
      finishedOnTime: 1,
      finishedLate: 2,
    });
    expect(ab.kpis['on_time']!.value).toBeCloseTo(100 / 3, 10);
    expect(ab.kpis['on_time']!.count).toBe(3);
    expect(ab.kpis['online_share']).toEqual({ value: 75, count: 4 });
    expect(ab.kpis['paid_online_share']).toEqual({ value: 100, count: 1 });

    // Xã Tân Mỹ: B1, B2 on time (B2 early); B2 online; B1's fee not paid online.
    const tm = unitOf(tree, tanMy);
    expect(tm.kpis['on_time']).toEqual({ value: 100, count: 2 });
    // Both finished a day or more before the promised day: B1 12/03 for 13/03, B2 11/03.
    expect(tm.totals.finishedEarly).toBe(2);
    expect(tm.kpis['paid_online_share']).toEqual({ value: 0, count: 1 });

    // Huyện Lấp Vò = D1 + An Bình + Tân Mỹ: 7 received, 6 finished, 4 on time (not the mean of
    // 100 %, 33,33 % and 100 %); 4 online of 7; fees 1 paid of 2.
    const lv = unitOf(tree, district);
    expect(lv.totals).toMatchObject({ received: 7, finished: 6, finishedOnTime: 4 });
    expect(lv.kpis['on_time']!.value).toBeCloseTo((4 / 6) * 100, 10);
    expect(lv.kpis['online_share']!.value).toBeCloseTo((4 / 7) * 100, 10);
    expect(lv.kpis['paid_online_share']).toEqual({ value: 50, count: 2 });

    // Xã Bình Thành: one late dossier, no fees (nothing counted → null, shown "—").
    const bt = unitOf(tree, binhThanh);
    expect(bt.kpis['on_time']).toEqual({ value: 0, count: 1 });
    expect(bt.kpis['paid_online_share']).toEqual({ value: null, count: 0 });

    // The province: the district's 7 and Bình Thành's 1; 4 on time of 7 finished.
    const p = unitOf(tree, province);
    expect(p.totals).toMatchObject({ received: 8, finished: 7, finishedOnTime: 4 });
    expect(p.kpis['on_time']!.value).toBeCloseTo((4 / 7) * 100, 10);
    expect(p.kpis['online_share']).toEqual({ value: 50, count: 8 });
  });

  it('sums the months of a period: a quarter adds February, March–April adds April', async () => {
    // Q1: February's 53 late dossiers at Tân Mỹ join March's figures.
    const quarter = await treeOf(focal, '2026-01', '2026-03');
    expect(unitOf(quarter, district).totals).toMatchObject({
      received: 60,
      finished: 59,
      finishedOnTime: 4,
      finishedLate: 55,
    });
    expect(unitOf(quarter, province).totals.received).toBe(61);
    // March–April: A5 and B3 (received 01/04 00:30 in Vietnam) are April's.
    const spring = await treeOf(focal, '2026-03', '2026-04');
    expect(unitOf(spring, district).kpis['on_time']).toEqual({ value: 75, count: 8 });
    const january = await treeOf(focal, '2026-01', '2026-01');
    expect(unitOf(january, province).kpis['on_time']).toEqual({ value: null, count: 0 });
  });

  it("shows a district viewer its own subtree only, and never another tenant's dossiers", async () => {
    const tree = await treeOf(districtViewer, '2026-03', '2026-03');
    expect(tree.units.map((unit) => unit.code).sort()).toEqual(['H-LV', 'XA-AB', 'XA-TM']);
    expect(tree.abilities.canImport).toBe(false);
    expect(unitOf(tree, district).totals.received).toBe(7);
    const other = await focal.get(`/api/kpis/units/${otherCommune.id}/months?year=2026`);
    expect(other.statusCode).toBe(404);
    const otherDossiers = await focal.get(
      `/api/kpis/units/${otherCommune.id}/dossiers?month=2026-03&counter=received`,
    );
    expect(otherDossiers.statusCode).toBe(404);
    // Above the viewer's grant: forbidden.
    const above = await districtViewer.get(`/api/kpis/units/${province.id}/months?year=2026`);
    expect(above.statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts or a malformed month', async () => {
    expect((await focal.get('/api/kpis/tree?from=2026-04&to=2026-03')).statusCode).toBe(400);
    expect((await focal.get('/api/kpis/tree?from=2026-4&to=2026-05')).statusCode).toBe(400);
  });
});

describe('a unit by month', () => {
  it('lists twelve months and the fields of the year over the subtree', async () => {
    const response = await focal.get(`/api/kpis/units/${district.id}/months?year=2026`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.months).toHaveLength(12);
    const month = (m: string) => view.months.find((row: { month: string }) => row.month === m);
    expect(month('2026-01').kpis['on_time']).toEqual({ value: null, count: 0 });
    expect(month('2026-02').kpis['on_time']).toEqual({ value: 0, count: 53 });
    expect(month('2026-03').totals.received).toBe(7);
    expect(month('2026-04').kpis['on_time']).toEqual({ value: 100, count: 2 });
    expect(view.yearTotal.totals).toMatchObject({ received: 62, finished: 61, finishedOnTime: 6 });
    // Hộ tịch: D1, A4, B1, B2, A5, B3 and the 53 of February; Đất đai: A1, A2, A3 (1 on time).
    expect(view.fields.map((row: { field: string }) => row.field)).toEqual(['Hộ tịch', 'Đất đai']);
    expect(view.fields[0].totals.received).toBe(59);
    expect(view.fields[1].kpis['on_time'].value).toBeCloseTo(100 / 3, 10);
    expect(view.targets).toEqual([]);
  });
});

describe('drill-down', () => {
  const dossiers = (unit: OrganisationRow, query: string) =>
    focal.get(`/api/kpis/units/${unit.id}/dossiers?${query}`);

  it("lists a district's late dossiers of March across its communes, newest first", async () => {
    const response = await dossiers(district, 'month=2026-03&counter=finishedLate');
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(page.items.map((item: { code: string }) => item.code)).toEqual(['A3', 'A2']);
    expect(page.items[1]).toMatchObject({
      unitCode: 'XA-AB',
      unitName: 'Xã An Bình',
      receivedAt: '2026-03-05T03:00:00Z',
      finishedAt: '2026-03-09T08:00:00Z',
      channel: 'online',
      onlineLevel: 'partial',
    });
  });

  it('filters "not counted on time" among finished dossiers, or among all', async () => {
    const finished = await dossiers(
      district,
      'month=2026-03&counter=finishedOnTime&has=false&among=finished',
    );
    expect(finished.json().items.map((item: { code: string }) => item.code)).toEqual(['A3', 'A2']);
    const all = await dossiers(district, 'month=2026-03&counter=finishedOnTime&has=false');
    expect(all.json().items.map((item: { code: string }) => item.code)).toEqual(['A4', 'A3', 'A2']);
  });

  it('pages 50 at a time with the total, and reads the month in Vietnam time', async () => {
    const first = (await dossiers(tanMy, 'month=2026-02&counter=finishedLate')).json();
    expect(first.total).toBe(53);
    expect(first.items).toHaveLength(50);
    expect(first.items[0].code).toBe('F-52');
    expect(first.items[49].code).toBe('F-03');
    const second = (await dossiers(tanMy, 'month=2026-02&counter=finishedLate&page=2')).json();
    expect(second.items.map((item: { code: string }) => item.code)).toEqual([
      'F-02',
      'F-01',
      'F-00',
    ]);
    expect(second.total).toBe(53);
    const april = (await dossiers(tanMy, 'month=2026-04&counter=received')).json();
    expect(april.items.map((item: { code: string }) => item.code)).toEqual(['B3']);
  });
});

describe('.xlsx exports', () => {
  async function open(url: string) {
    const response = await focal.get(url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook;
  }

  const rowsOf = (sheet: ExcelJS.Worksheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    return rows;
  };

  it('exports the tree with the counts as numbers and the KPIs in a percent format', async () => {
    const workbook = await open('/api/kpis/tree.xlsx?from=2026-03&to=2026-03');
    const sheet = workbook.worksheets[0]!;
    const rows = rowsOf(sheet);
    const header = rows.find((row) => row[0] === 'Mã đơn vị')!;
    expect(header.slice(0, 5)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Hồ sơ tiếp nhận',
      'Tỷ lệ hồ sơ giải quyết đúng hạn (%)',
    ]);
    const lv = rows.find((row) => row[0] === 'H-LV')!;
    expect(lv[3]).toBe(7);
    expect(lv[4] as number).toBeCloseTo(4 / 6, 10);
    expect(lv[5]).toBe(6);
    let onTimeCell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'H-LV') onTimeCell = row.getCell(5);
    });
    expect(onTimeCell?.numFmt).toBe('0.00%');
    const paidColumn = header.indexOf('Tỷ lệ hồ sơ thanh toán trực tuyến (%)');
    const bt = rows.find((row) => row[0] === 'XA-BT')!;
    expect(bt[paidColumn] ?? null).toBeNull();
  });

  it("exports a unit's months and fields", async () => {
    const workbook = await open(`/api/kpis/units/${district.id}/months.xlsx?year=2026`);
    const months = rowsOf(workbook.getWorksheet('KPI theo tháng')!);
    const march = months.find((row) => row[0] === 'Tháng 03/2026')!;
    expect(march[1]).toBe(7);
    expect(march[2] as number).toBeCloseTo(4 / 6, 10);
    const year = months.find((row) => row[0] === 'Cả năm 2026')!;
    expect(year[1]).toBe(62);
    const fields = rowsOf(workbook.getWorksheet('KPI theo lĩnh vực')!);
    expect(fields.find((row) => row[0] === 'Đất đai')![1]).toBe(3);
  });
});
