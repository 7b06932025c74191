// The organisation tree over HTTP: reading within one's grants, accent-insensitive search,
// closed units, creating under the type rules, edits guarded by If-Match, cycles, closing with
// successors, and the audit trail each write leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, organisations } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { OrganisationRow } from './organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { auditEventsOf, organisationCodesOf } from '../../../test/route-helpers';

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let district: OrganisationRow;
let communeLapVo: OrganisationRow;
let communeBinhThanh: OrganisationRow;
let closedTown: OrganisationRow;
let department: OrganisationRow;
let otherTenantUnit: OrganisationRow;
let admin: TestClient;
let districtViewer: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  province = a.root;
  const under = (parent: OrganisationRow, type: OrganisationType, name: string, validTo?: string) =>
    buildOrganisation(t.db, { tenantId, parentId: parent.id, type, name, validTo });
  district = await under(province, 'district', 'Huyện Lấp Vò');
  communeLapVo = await under(district, 'commune', 'Xã Lấp Vò');
  communeBinhThanh = await under(district, 'commune', 'Xã Bình Thành');
  closedTown = await under(district, 'commune', 'Thị trấn Lấp Vò', '2025-06-30');
  department = await under(province, 'department', 'Sở Nội vụ');
  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherTenantUnit = await buildOrganisation(t.db, { tenantId: b.tenant.id, parentId: b.root.id });
  const adminUser = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: province.id,
    grants: [{ role: 'admin', organisationId: province.id }],
  });
  const viewerUser = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: district.id,
    grants: [{ role: 'viewer', organisationId: district.id }],
  });
  admin = await TestClient.signedInAs(t, adminUser);
  districtViewer = await TestClient.signedInAs(t, viewerUser);
});
afterAll(() => t.close());

const idsOf = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);
const newCommune = (name = 'Xã Mới') =>
  buildOrganisation(t.db, { tenantId, parentId: district.id, type: 'commune', name });
const rowOf = async (id: string) =>
  (await t.db.select().from(organisations).where(eq(organisations.id, id)))[0]!;

describe('listing and searching', () => {
  it('lists only the units under the reader’s grants: the district and its communes, not its siblings', async () => {
    const response = await districtViewer.get('/api/organisations');
    expect(response.statusCode).toBe(200);
    const ids = idsOf(response);
    expect(ids).toEqual(
      expect.arrayContaining([district.id, communeLapVo.id, communeBinhThanh.id]),
    );
    expect(ids).not.toContain(department.id);
    expect(ids).not.toContain(province.id);
  });

  it('hides closed units by default and shows them with includeClosed=true', async () => {
    expect(idsOf(await districtViewer.get('/api/organisations'))).not.toContain(closedTown.id);
    expect(idsOf(await districtViewer.get('/api/organisations?includeClosed=true'))).toContain(
      closedTown.id,
    );
  });

  it('finds "Huyện Lấp Vò" and "Xã Lấp Vò" when searching "lap vo", closed units included', async () => {
    const response = await admin.get('/api/organisations?q=lap%20vo');
    expect(response.statusCode).toBe(200);
    expect(idsOf(response).sort()).toEqual([district.id, communeLapVo.id, closedTown.id].sort());
  });
});

describe('reading one unit', () => {
  it('answers a malformed id with 404', async () => {
    const response = await admin.get('/api/organisations/not-a-uuid');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('answers another tenant’s unit exactly as a unit that does not exist', async () => {
    const foreign = await admin.get(`/api/organisations/${otherTenantUnit.id}`);
    const unknown = await admin.get('/api/organisations/00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(unknown.body);
  });
});

describe('creating', () => {
  const create = (body: Record<string, unknown>) =>
    admin.post('/api/organisations', {
      parentId: district.id,
      type: 'commune',
      validFrom: '2025-07-01',
      ...body,
    });

  it('creates a commune under a district and audits it with the created unit', async () => {
    const response = await create({ code: 'XA-TAN-MY', name: 'Xã Tân Mỹ' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: 'XA-TAN-MY', parentId: district.id, version: 1 });
    const [event] = await auditEventsOf(t, tenantId, eq(auditEvents.objectId, created.id));
    expect(event).toMatchObject({ action: 'organisation.create', outcome: 'allowed' });
    expect(event!.after).toMatchObject({ name: 'Xã Tân Mỹ' });
  });

  it('refuses a commune under a commune with a Vietnamese message naming both types', async () => {
    const response = await create({
      parentId: communeLapVo.id,
      code: 'XA-TRONG-XA',
      name: 'Xã Con',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(
      'Đơn vị loại «Xã, phường, thị trấn, đặc khu» không thể chứa đơn vị loại «Xã, phường, thị trấn, đặc khu».',
    );
    expect(await organisationCodesOf(t, tenantId)).not.toContain('XA-TRONG-XA');
  });

  it('refuses a duplicate code with 409 on the field "code"', async () => {
    const response = await create({ code: communeLapVo.code, name: 'Xã Trùng Mã' });
    expect(response.statusCode).toBe(409);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('refuses a code that differs from an existing one only by letter case', async () => {
    const response = await create({ code: communeLapVo.code.toLowerCase(), name: 'Xã Trùng Mã' });
    expect(response.statusCode).toBe(409);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('refuses an empty name and a malformed date with one detail per field, writing nothing', async () => {
    const before = await organisationCodesOf(t, tenantId);
    const response = await create({ code: 'XA-HONG', name: '   ', validFrom: '31/02/2025' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'validFrom']));
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });
});

describe('editing with If-Match', () => {
  const rename = (id: string, name: string, headers: Record<string, string> = {}) =>
    admin.patch(`/api/organisations/${id}`, { name }, headers);

  it('requires If-Match: 428 without it, and the unit is unchanged', async () => {
    const unit = await newCommune('Xã Định An');
    const response = await rename(unit.id, 'Xã Định Yên');
    expect(response.statusCode).toBe(428);
    expect(await rowOf(unit.id)).toMatchObject({ name: 'Xã Định An', version: 1 });
  });

  it('refuses a stale version with 412 and leaves the unit unchanged', async () => {
    const unit = await newCommune('Xã Định An');
    expect((await rename(unit.id, 'Xã Một', { 'if-match': '"1"' })).statusCode).toBe(200);
    const stale = await rename(unit.id, 'Xã Hai', { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(await rowOf(unit.id)).toMatchObject({ name: 'Xã Một', version: 2 });
  });

  it('saves with the current version: 200, version + 1, a new ETag, and an audit of before and after', async () => {
    const unit = await newCommune('Xã Long Hưng A');
    const response = await rename(unit.id, 'Xã Long Hưng B', { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Xã Long Hưng B', version: 2 });
    expect(response.headers.etag).toBe('"2"');
    const [event] = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.objectId, unit.id), eq(auditEvents.action, 'organisation.update'))!,
    );
    expect(event!.before).toMatchObject({ name: 'Xã Long Hưng A' });
    expect(event!.after).toMatchObject({ name: 'Xã Long Hưng B' });
  });

  it('refuses to move a unit under its own descendant and changes nothing', async () => {
    const parent = await buildOrganisation(t.db, {
      tenantId,
      parentId: province.id,
      type: 'district',
      name: 'Huyện Lai Vung',
    });
    const child = await buildOrganisation(t.db, {
      tenantId,
      parentId: parent.id,
      type: 'sub_unit',
      name: 'Phòng Nội vụ',
    });
    const grandchild = await buildOrganisation(t.db, {
      tenantId,
      parentId: child.id,
      type: 'sub_unit',
      name: 'Bộ phận Một cửa',
    });
    const response = await admin.patch(
      `/api/organisations/${child.id}`,
      { parentId: grandchild.id },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'parentId' })]);
    expect(await rowOf(child.id)).toMatchObject({ parentId: parent.id, version: 1 });
  });

  it('refuses a start date after the date the unit was closed', async () => {
    const unit = await newCommune('Xã Đã Đóng');
    expect(
      (await admin.post(`/api/organisations/${unit.id}/close`, { validTo: '2025-06-30' }))
        .statusCode,
    ).toBe(200);
    const response = await admin.patch(
      `/api/organisations/${unit.id}`,
      { validFrom: '2026-01-01' },
      { 'if-match': '"2"' },
    );
    expect(response.statusCode).toBe(400);
    expect(await rowOf(unit.id)).toMatchObject({ validFrom: '2020-01-01', validTo: '2025-06-30' });
  });
});

describe('closing', () => {
  it('records successors, shown as successors of the closed unit and predecessors of the heir', async () => {
    const merged = await newCommune('Xã Vĩnh Thới');
    const heir = await newCommune('Xã Vĩnh Thạnh');
    const response = await admin.post(`/api/organisations/${merged.id}/close`, {
      validTo: '2025-06-30',
      successorIds: [heir.id],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ validTo: '2025-06-30', version: 2 });
    const closed = (await admin.get(`/api/organisations/${merged.id}`)).json();
    expect(closed.successors).toEqual([
      expect.objectContaining({ id: heir.id, name: 'Xã Vĩnh Thạnh' }),
    ]);
    const successor = (await admin.get(`/api/organisations/${heir.id}`)).json();
    expect(successor.predecessors).toEqual([expect.objectContaining({ id: merged.id })]);
    const [event] = await auditEventsOf(
      t,
      tenantId,
      and(eq(auditEvents.objectId, merged.id), eq(auditEvents.action, 'organisation.close'))!,
    );
    expect(event!.before).toMatchObject({ validTo: null });
    expect(event!.after).toMatchObject({ validTo: '2025-06-30', successorIds: [heir.id] });
  });

  it('refuses an end date before the start date and leaves the unit open', async () => {
    const unit = await newCommune('Xã Tân Khánh Trung');
    const response = await admin.post(`/api/organisations/${unit.id}/close`, {
      validTo: '2019-12-31',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'validTo' })]);
    expect(await rowOf(unit.id)).toMatchObject({ validTo: null, version: 1 });
  });
});
