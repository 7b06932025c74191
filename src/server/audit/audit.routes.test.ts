// Reading the audit log over HTTP: newest first in pages, filters by action, outcome and
// Vietnamese calendar dates, and each reader seeing only the units (and tenant) they may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildAuditEvent } from '../../../test/audit-factories';

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let district: OrganisationRow;
let commune: OrganisationRow;
let department: OrganisationRow;
let provinceAdmin: TestClient;
let districtFocal: TestClient;
let otherTenantAdmin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db);
  tenantId = a.tenant.id;
  province = a.root;
  district = await buildOrganisation(t.db, { tenantId, parentId: province.id, type: 'district' });
  commune = await buildOrganisation(t.db, { tenantId, parentId: district.id, type: 'commune' });
  department = await buildOrganisation(t.db, { tenantId, parentId: province.id });
  const signedIn = async (tenant: string, unitId: string, role: 'admin' | 'focal') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: unitId,
        grants: [{ role, organisationId: unitId }],
      }),
    );
  provinceAdmin = await signedIn(tenantId, province.id, 'admin');
  districtFocal = await signedIn(tenantId, district.id, 'focal');
  const b = await buildTenant(t.db);
  otherTenantAdmin = await signedIn(b.tenant.id, b.root.id, 'admin');
});
afterAll(() => t.close());

interface Page {
  items: { id: string; at: string; action: string; outcome: string; organisationId: string }[];
  total: number;
  page: number;
  pageSize: number;
}
const readAudit = async (client: TestClient, query: string): Promise<Page> => {
  const response = await client.get(`/api/audit?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
};
const event = (
  action: string,
  at: string,
  extra: { organisationId?: string; outcome?: 'allowed' | 'denied' } = {},
) =>
  buildAuditEvent(t.db, {
    tenantId,
    organisationId: extra.organisationId ?? district.id,
    action,
    outcome: extra.outcome,
    at: new Date(at),
  });

describe('order and paging', () => {
  it('returns events newest first, a page at a time, with the total', async () => {
    const created = [];
    for (const day of ['01', '02', '03', '04', '05'])
      created.push(await event('test.paging', `2024-05-${day}T03:00:00Z`));
    const [oldest, second, third, fourth, newest] = created.map((e) => e.id);
    const first = await readAudit(provinceAdmin, 'action=test.paging&pageSize=2&page=1');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((e) => e.id)).toEqual([newest, fourth]);
    const middle = await readAudit(provinceAdmin, 'action=test.paging&pageSize=2&page=2');
    expect(middle.items.map((e) => e.id)).toEqual([third, second]);
    const last = await readAudit(provinceAdmin, 'action=test.paging&pageSize=2&page=3');
    expect(last.items.map((e) => e.id)).toEqual([oldest]);
  });

  it('puts the write just made at the top of the log', async () => {
    const renamed = await provinceAdmin.patch(
      `/api/organisations/${department.id}`,
      { name: 'Sở Nội vụ' },
      { 'if-match': `"${department.version}"` },
    );
    expect(renamed.statusCode).toBe(200);
    const page = await readAudit(provinceAdmin, 'pageSize=1');
    expect(page.items[0]).toMatchObject({
      action: 'organisation.update',
      outcome: 'allowed',
      organisationId: department.id,
    });
  });
});

describe('filters', () => {
  it('filters by action and by outcome', async () => {
    await event('test.outcome', '2024-06-01T03:00:00Z', { outcome: 'allowed' });
    const denied = await event('test.outcome', '2024-06-02T03:00:00Z', { outcome: 'denied' });
    await event('test.other', '2024-06-03T03:00:00Z', { outcome: 'denied' });
    const page = await readAudit(provinceAdmin, 'action=test.outcome&outcome=denied');
    expect(page.total).toBe(1);
    expect(page.items.map((e) => e.id)).toEqual([denied.id]);
  });

  it('reads from and to as calendar days in Asia/Ho_Chi_Minh', async () => {
    // 15/03/2024 in Vietnam runs from 2024-03-14T17:00Z to 2024-03-15T17:00Z.
    await event('test.dates', '2024-03-14T16:30:00Z'); // 23:30 on 14/03 in Vietnam
    const early = await event('test.dates', '2024-03-14T17:30:00Z'); // 00:30 on 15/03
    const late = await event('test.dates', '2024-03-15T16:30:00Z'); // 23:30 on 15/03
    await event('test.dates', '2024-03-15T17:30:00Z'); // 00:30 on 16/03
    const page = await readAudit(provinceAdmin, 'action=test.dates&from=2024-03-15&to=2024-03-15');
    expect(page.items.map((e) => e.id)).toEqual([late.id, early.id]);
  });
});

describe('who sees what', () => {
  it('shows a district focal only the events of units under the district', async () => {
    const inDistrict = await event('test.reach', '2024-07-01T03:00:00Z', {
      organisationId: district.id,
    });
    const inCommune = await event('test.reach', '2024-07-02T03:00:00Z', {
      organisationId: commune.id,
    });
    await event('test.reach', '2024-07-03T03:00:00Z', { organisationId: department.id });
    await event('test.reach', '2024-07-04T03:00:00Z', { organisationId: province.id });
    const page = await readAudit(districtFocal, 'action=test.reach');
    expect(page.items.map((e) => e.id)).toEqual([inCommune.id, inDistrict.id]);
    expect(page.total).toBe(2);
    expect((await readAudit(provinceAdmin, 'action=test.reach')).total).toBe(4);
  });

  it('shows another tenant’s admin nothing of this tenant', async () => {
    await event('test.tenant', '2024-08-01T03:00:00Z', { organisationId: district.id });
    expect((await readAudit(otherTenantAdmin, 'action=test.tenant')).total).toBe(0);
    const named = await readAudit(otherTenantAdmin, `organisationId=${district.id}`);
    expect(named).toMatchObject({ total: 0, items: [] });
    const all = await readAudit(otherTenantAdmin, 'pageSize=200');
    const ours = [province.id, district.id, commune.id, department.id];
    expect(all.items.filter((e) => ours.includes(e.organisationId))).toEqual([]);
  });
});
