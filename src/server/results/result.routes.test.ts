// A unit's result over HTTP: entering scores under If-Match (0 creates, a stale version gets
// 412), scores checked against the framework (≤ max except bonus, leaves only), roll-up and
// index on read, who may read and write whose result, and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { unitResults } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { FrameworkRow } from '../frameworks/framework.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';

/** Area 1 (criteria 1.1 = 6 and 1.2 = 4), area 2 = 90, and a bonus node B worth up to 2. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Lĩnh vực 1', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Tiêu chí 1.1',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Tiêu chí 1.2',
    maxPoints: 4,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  {
    code: '2',
    parentCode: null,
    name: 'Lĩnh vực 2',
    maxPoints: 90,
    method: 'survey',
    rule: { type: 'survey' },
  },
  {
    code: 'B',
    parentCode: null,
    name: 'Điểm thưởng sáng kiến',
    maxPoints: 2,
    isBonus: true,
    method: 'appraised',
    rule: { type: 'bonus', maxBonus: 2 },
  },
];

let t: TestApp;
let tenantId: string;
let framework: FrameworkRow;
let department: OrganisationRow;
let sibling: OrganisationRow;
let commune: OrganisationRow;
let focal: TestClient;
let departmentViewer: TestClient;
let otherTenantFocal: TestClient;
let otherTenantFramework: FrameworkRow;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  department = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Tư pháp' });
  sibling = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Y tế' });
  commune = await buildOrganisation(t.db, {
    tenantId,
    parentId: a.root.id,
    type: 'commune',
    name: 'Xã Tân Mỹ',
  });
  framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: a.root.id,
    nodes: NODES,
  });
  const signIn = async (tenant: string, unit: OrganisationRow, role: 'focal' | 'viewer') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: unit.id,
        grants: [{ role, organisationId: unit.id }],
      }),
    );
  focal = await signIn(tenantId, a.root, 'focal');
  departmentViewer = await signIn(tenantId, department, 'viewer');
  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherTenantFocal = await signIn(b.tenant.id, b.root, 'focal');
  otherTenantFramework = await buildFrameworkRow(t.db, {
    tenantId: b.tenant.id,
    ownerOrganisationId: b.root.id,
  });
});
afterAll(() => t.close());

const url = (unit: OrganisationRow, frameworkId = framework.id) =>
  `/api/frameworks/${frameworkId}/results/${unit.id}`;
const save = (client: TestClient, unit: OrganisationRow, body: unknown, version: number) =>
  client.request('PUT', url(unit), { body, headers: { 'if-match': `"${version}"` } });

describe('entering a result', () => {
  it('shows an empty result at version 0 before anything is saved', async () => {
    const response = await focal.get(url(department));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      version: 0,
      entries: [],
      // Nothing entered is "chưa có điểm", not an index of 0.
      totals: { score: 0, applicableMaxPoints: 100, indexPercent: null, scoreState: 'unscored' },
    });
  });

  it('creates with If-Match "0", rolls up, and takes "88,09"-style text as a number', async () => {
    const response = await save(
      focal,
      department,
      {
        source: { decisionNumber: '456/QĐ-UBND', decisionDate: '2024-03-15' },
        entries: [
          { nodeCode: '1.1', selfScore: 6, appraisedScore: '5,5' },
          { nodeCode: '1.2', appraisedScore: 4 },
          { nodeCode: '2', surveyScore: '80.59' },
          { nodeCode: 'B', appraisedScore: 1 },
        ],
      },
      0,
    );
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.version).toBe(1);
    expect(response.headers.etag).toBe('"1"');
    expect(result.totals).toEqual({
      maxPoints: 100,
      applicableMaxPoints: 100,
      score: 91.09,
      bonusScore: 1,
      lostPoints: 9.91,
      indexPercent: 91.09,
      scoreState: 'scored',
    });
    expect(result.nodes.find((node: { code: string }) => node.code === '1')).toMatchObject({
      score: 9.5,
      lostPoints: 0.5,
    });
    expect(result.source).toEqual({ decisionNumber: '456/QĐ-UBND', decisionDate: '2024-03-15' });
  });

  it('replaces entries with the current version and refuses a stale one with 412', async () => {
    const update = await save(
      focal,
      department,
      {
        entries: [
          { nodeCode: '1.1', appraisedScore: 6 },
          { nodeCode: '2', notApplicable: true },
        ],
      },
      1,
    );
    expect(update.statusCode, update.body).toBe(200);
    expect(update.json()).toMatchObject({
      version: 2,
      // 1.2 is no longer entered: area 1 is partial, so there is no index (not 60 %).
      totals: { applicableMaxPoints: 10, score: 6, indexPercent: null, scoreState: 'partial' },
    });
    expect(update.json().source.decisionNumber).toBe('456/QĐ-UBND');
    const stale = await save(focal, department, { entries: [] }, 1);
    expect(stale.statusCode).toBe(412);
    const missing = await focal.request('PUT', url(department), { body: { entries: [] } });
    expect(missing.statusCode).toBe(428);
  });

  it('refuses a score above the max, a score both on an area and under it, and an unknown code, naming each node', async () => {
    const response = await save(
      focal,
      sibling,
      {
        entries: [
          { nodeCode: '1.1', appraisedScore: 6.5 },
          { nodeCode: '1', appraisedScore: 3 },
          { nodeCode: '9.9', appraisedScore: 1 },
          { nodeCode: 'B', appraisedScore: 2 },
        ],
      },
      0,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details.map((detail: { field: string }) => detail.field)).toEqual([
      '1.1',
      '1.1',
      '9.9',
    ]);
    expect(response.json().details[0].message).toContain('vượt điểm tối đa');
    expect(response.json().details[1].message).toBe(
      'Tiêu chí «1» đã có điểm nhập trực tiếp nên không nhập thêm cho tiêu chí con «1.1»; mỗi nhánh chỉ nhập điểm ở một cấp.',
    );
    const rows = await t.db
      .select()
      .from(unitResults)
      .where(and(eq(unitResults.tenantId, tenantId), eq(unitResults.organisationId, sibling.id)));
    expect(rows).toEqual([]);
  });

  it('takes a score entered at area level, as a decision publishes it, and rolls up from there', async () => {
    const response = await save(
      focal,
      sibling,
      {
        entries: [
          { nodeCode: '1', appraisedScore: '8,5' },
          { nodeCode: '2', surveyScore: 80 },
        ],
      },
      0,
    );
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.totals).toMatchObject({
      score: 88.5,
      lostPoints: 11.5,
      indexPercent: 88.5,
      scoreState: 'scored',
    });
    const node = (code: string) =>
      result.nodes.find((each: { code: string }) => each.code === code);
    expect(node('1')).toMatchObject({ score: 8.5, lostPoints: 1.5, isEntered: true });
    expect(node('1.1')).toMatchObject({ scoreState: 'unscored', lostPoints: 0 });
    const gaps = await focal.get(`${url(sibling)}/gaps`);
    expect(gaps.statusCode, gaps.body).toBe(200);
    expect(gaps.json().totals.indexPercent).toBe(88.5);
    // Back to nothing for the next tests of the sibling.
    expect((await save(focal, sibling, { entries: [] }, 1)).statusCode).toBe(200);
  });

  it('refuses text that is not a number', async () => {
    const response = await save(
      focal,
      sibling,
      { entries: [{ nodeCode: '1.1', appraisedScore: 'abc' }] },
      0,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('«abc» không phải là số');
  });

  it('refuses a unit of a type the framework does not score', async () => {
    const response = await save(focal, commune, { entries: [] }, 0);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('không áp dụng');
  });
});

describe('who reads and writes', () => {
  it("lets a unit read its own result but not its sibling's, and not write its own", async () => {
    expect((await departmentViewer.get(url(department))).statusCode).toBe(200);
    expect((await departmentViewer.get(url(sibling))).statusCode).toBe(403);
    expect((await save(departmentViewer, department, { entries: [] }, 2)).statusCode).toBe(403);
  });

  it("answers 404 for another tenant's framework or unit", async () => {
    expect((await otherTenantFocal.get(url(department))).statusCode).toBe(404);
    expect((await focal.get(url(department, otherTenantFramework.id))).statusCode).toBe(404);
    const saved = await save(focal, department, { entries: [] }, 2);
    expect(saved.statusCode).toBe(200);
    const foreign = await focal.request('PUT', url(department, otherTenantFramework.id), {
      body: { entries: [] },
      headers: { 'if-match': '"0"' },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
