// Abilities in responses: each unit, account, role grant and framework carries what the signed-in
// actor may do with it, decided by the policy module on the object's unit — so they differ
// between a province administrator, a district administrator, a reader and another province.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@domain/permissions/role';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { listOrganisationPaths } from '../organisations/organisation-path.repository';
import type { UserRow } from '../users/user.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let district: OrganisationRow;
let commune: OrganisationRow;
let closedCommune: OrganisationRow;
let department: OrganisationRow;
let otherRoot: OrganisationRow;
let communeEditor: UserRow;
let communeUserWithProvinceGrant: UserRow;
let provinceAdmin: TestClient;
let districtAdmin: TestClient;
let districtLeader: TestClient;
let districtViewer: TestClient;
let provinceFocal: TestClient;
let districtFocal: TestClient;
let otherTenantAdmin: TestClient;
let provinceFrameworkId: string;
let districtFrameworkId: string;

const NONE = { canCreateChild: false, canEdit: false, canClose: false };
const ALL = { canCreateChild: true, canEdit: true, canClose: true };

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  province = a.root;
  const under = (
    parent: OrganisationRow,
    type: 'district' | 'commune' | 'department',
    validTo?: string,
  ) => buildOrganisation(t.db, { tenantId, parentId: parent.id, type, validTo });
  district = await under(province, 'district');
  commune = await under(district, 'commune');
  closedCommune = await under(district, 'commune', '2025-06-30');
  department = await under(province, 'department');
  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherRoot = b.root;

  const signIn = async (unit: OrganisationRow, role: Role, tenant = tenantId) =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: unit.id,
        grants: [{ role, organisationId: unit.id }],
      }),
    );
  provinceAdmin = await signIn(province, 'admin');
  districtAdmin = await signIn(district, 'admin');
  districtLeader = await signIn(district, 'leader');
  districtViewer = await signIn(district, 'viewer');
  provinceFocal = await signIn(province, 'focal');
  districtFocal = await signIn(district, 'focal');
  otherTenantAdmin = await signIn(otherRoot, 'admin', b.tenant.id);

  communeEditor = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: commune.id,
    grants: [{ role: 'editor', organisationId: commune.id }],
  });
  communeUserWithProvinceGrant = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: commune.id,
    grants: [{ role: 'viewer', organisationId: province.id }],
  });
  provinceFrameworkId = (
    await buildFrameworkRow(t.db, { tenantId, ownerOrganisationId: province.id })
  ).id;
  districtFrameworkId = (
    await buildFrameworkRow(t.db, { tenantId, ownerOrganisationId: district.id })
  ).id;
});
afterAll(() => t.close());

describe('a unit’s abilities', () => {
  const abilitiesOf = async (client: TestClient, id: string) => {
    const response = await client.get(`/api/organisations/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json().abilities;
  };

  it('lets the province and the district administrator add, edit and close a commune; a reader nothing', async () => {
    expect(await abilitiesOf(provinceAdmin, commune.id)).toEqual(ALL);
    expect(await abilitiesOf(districtAdmin, commune.id)).toEqual(ALL);
    expect(await abilitiesOf(districtViewer, commune.id)).toEqual(NONE);
    expect(await abilitiesOf(districtLeader, commune.id)).toEqual(NONE);
  });

  it('never offers closing the province itself, nor a child or a second closing for a closed unit', async () => {
    expect(await abilitiesOf(provinceAdmin, province.id)).toEqual({ ...ALL, canClose: false });
    expect(await abilitiesOf(provinceAdmin, closedCommune.id)).toEqual({
      canCreateChild: false,
      canEdit: true,
      canClose: false,
    });
  });

  it('answers another province’s administrator 404, as for an unknown unit', async () => {
    expect((await otherTenantAdmin.get(`/api/organisations/${commune.id}`)).statusCode).toBe(404);
  });

  it('offers importing units to an administrator only', async () => {
    const canImport = async (client: TestClient) =>
      (await client.get('/api/organisations')).json().abilities.canImport;
    expect(await canImport(provinceAdmin)).toBe(true);
    expect(await canImport(districtAdmin)).toBe(true);
    expect(await canImport(provinceFocal)).toBe(false);
    expect(await canImport(districtViewer)).toBe(false);
  });
});

describe('an account’s abilities', () => {
  const listAs = async (client: TestClient) => {
    const response = await client.get(`/api/users?organisationId=${commune.id}`);
    expect(response.statusCode).toBe(200);
    return response.json() as {
      items: {
        id: string;
        abilities: Record<string, boolean>;
        roles: { organisationId: string; abilities: { canRevoke: boolean } }[];
      }[];
      abilities: { canCreate: boolean };
    };
  };
  const itemOf = (list: Awaited<ReturnType<typeof listAs>>, user: UserRow) =>
    list.items.find((item) => item.id === user.id)!;

  it('lets an administrator above the home unit edit, grant and unlock; a leader nothing', async () => {
    // No two-factor reset: the editor has not turned it on (mfa/two-factor.routes.test.ts).
    const all = { canEdit: true, canGrantRole: true, canUnlock: true, canResetTwoFactor: false };
    expect(itemOf(await listAs(provinceAdmin), communeEditor).abilities).toEqual(all);
    expect(itemOf(await listAs(districtAdmin), communeEditor).abilities).toEqual(all);
    expect(itemOf(await listAs(districtLeader), communeEditor).abilities).toEqual({
      canEdit: false,
      canGrantRole: false,
      canUnlock: false,
      canResetTwoFactor: false,
    });
  });

  it('decides revoking on each grant’s unit: the district administrator cannot revoke a province grant', async () => {
    const revocable = async (client: TestClient) =>
      itemOf(await listAs(client), communeUserWithProvinceGrant).roles.map(
        (grant) => grant.abilities.canRevoke,
      );
    expect(await revocable(provinceAdmin)).toEqual([true]);
    expect(await revocable(districtAdmin)).toEqual([false]);
    expect(itemOf(await listAs(districtAdmin), communeEditor).roles[0]!.abilities.canRevoke).toBe(
      true,
    );
  });

  it('offers adding an account to an administrator, not to a leader', async () => {
    expect((await listAs(districtAdmin)).abilities.canCreate).toBe(true);
    expect((await listAs(districtLeader)).abilities.canCreate).toBe(false);
  });

  it('never lists another province’s accounts', async () => {
    const response = await otherTenantAdmin.get('/api/users');
    const ids = (response.json() as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).not.toContain(communeEditor.id);
  });
});

describe('a framework’s abilities', () => {
  const abilitiesOf = async (client: TestClient, id: string) => {
    const response = await client.get(`/api/frameworks/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json().abilities;
  };
  const ALL_FRAMEWORK = { canEdit: true, canCopy: true, canImport: true };
  const NO_FRAMEWORK = { canEdit: false, canCopy: false, canImport: false };

  it('lets the focal of the owner unit (or above) manage it; a lower focal and a reader not', async () => {
    expect(await abilitiesOf(provinceFocal, provinceFrameworkId)).toEqual(ALL_FRAMEWORK);
    expect(await abilitiesOf(provinceFocal, districtFrameworkId)).toEqual(ALL_FRAMEWORK);
    expect(await abilitiesOf(districtFocal, provinceFrameworkId)).toEqual(NO_FRAMEWORK);
    expect(await abilitiesOf(districtFocal, districtFrameworkId)).toEqual(ALL_FRAMEWORK);
    expect(await abilitiesOf(districtViewer, districtFrameworkId)).toEqual(NO_FRAMEWORK);
  });

  it('answers another province 404, and offers creating one to focal points only', async () => {
    expect((await otherTenantAdmin.get(`/api/frameworks/${provinceFrameworkId}`)).statusCode).toBe(
      404,
    );
    const canCreate = async (client: TestClient) =>
      (await client.get('/api/frameworks')).json().abilities.canCreate;
    expect(await canCreate(districtFocal)).toBe(true);
    expect(await canCreate(districtViewer)).toBe(false);
  });
});

describe('the paths behind abilities', () => {
  it('reads many units’ paths in one query, leaving out ids of another province', async () => {
    const paths = await listOrganisationPaths(t.db, tenantId, [
      commune.id,
      department.id,
      otherRoot.id,
    ]);
    expect(Object.fromEntries(paths)).toEqual({
      [commune.id]: [province.id, district.id, commune.id],
      [department.id]: [province.id, department.id],
    });
  });
});
