// Frameworks over HTTP: shipped templates copied into a tenant, validation errors naming node
// codes, edits guarded by If-Match, copying to a new year through a code mapping, who may read
// and manage, and tenant isolation (another tenant's framework answers 404).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Framework } from '@domain/frameworks/framework';
import { auditEvents, frameworks } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, TWO_AREA_NODES } from '../../../test/framework-factories';
import { auditEventsOf } from '../../../test/route-helpers';

const FOLDER = fileURLToPath(new URL('../../../frameworks/', import.meta.url));
const TEMPLATE_KEYS = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();
const templateOf = (key: string) =>
  JSON.parse(readFileSync(`${FOLDER}${key}.json`, 'utf8')) as Framework;

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let department: OrganisationRow;
let commune: OrganisationRow;
let focal: TestClient;
let departmentViewer: TestClient;
let otherTenantAdmin: TestClient;
let otherTenantFrameworkId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  province = a.root;
  department = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    name: 'Văn phòng UBND tỉnh',
  });
  commune = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    type: 'commune',
    name: 'Xã Tân Mỹ',
  });
  const signIn = async (
    tenant: string,
    unit: OrganisationRow,
    role: 'focal' | 'viewer' | 'admin',
  ) =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: unit.id,
        grants: [{ role, organisationId: unit.id }],
      }),
    );
  focal = await signIn(tenantId, province, 'focal');
  departmentViewer = await signIn(tenantId, department, 'viewer');
  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherTenantAdmin = await signIn(b.tenant.id, b.root, 'admin');
  otherTenantFrameworkId = (
    await buildFrameworkRow(t.db, { tenantId: b.tenant.id, ownerOrganisationId: b.root.id })
  ).id;
});
afterAll(() => t.close());

/** A small valid department framework: area 1 (criterion 1.1 with two leaves), area 2 a leaf. */
const definition = (overrides: Record<string, unknown> = {}) => ({
  code: 'PAR-TEST-2023',
  indexKind: 'par_index',
  name: 'Chỉ số CCHC thử năm 2023',
  year: 2023,
  unitTypes: ['department'],
  decision: { number: '123/QĐ-UBND', date: '2023-02-01', issuer: 'UBND tỉnh Đồng Tháp' },
  illustrative: false,
  scale: { unit: 'points', maxTotal: 100 },
  nodes: [
    { code: '1', parentCode: null, name: 'Công tác chỉ đạo, điều hành', maxPoints: 60 },
    { code: '1.1', parentCode: '1', name: 'Kế hoạch CCHC', maxPoints: 60 },
    {
      code: '1.1.1',
      parentCode: '1.1',
      name: 'Ban hành kế hoạch đúng hạn',
      maxPoints: 20,
      method: 'appraised',
      rule: { type: 'binary' },
    },
    {
      code: '1.1.2',
      parentCode: '1.1',
      name: 'Mức độ thực hiện kế hoạch',
      maxPoints: 40,
      method: 'appraised',
      rule: { type: 'ratio' },
    },
    {
      code: '2',
      parentCode: null,
      name: 'Khảo sát sự hài lòng',
      maxPoints: 40,
      method: 'survey',
      rule: { type: 'survey' },
    },
  ],
  ...overrides,
});

describe('shipped templates', () => {
  it('lists every shipped framework file as a template', async () => {
    const response = await departmentViewer.get('/api/framework-templates');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { key: string; nodeCount: number }[];
    expect(items.map((item) => item.key)).toEqual(TEMPLATE_KEYS);
    for (const item of items) expect(item.nodeCount).toBe(templateOf(item.key).nodes.length);
  });

  it.each(TEMPLATE_KEYS)('creates a tenant framework from the template %s', async (key) => {
    const response = await focal.post('/api/frameworks/from-template', { templateKey: key });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    const template = templateOf(key);
    expect(created).toMatchObject({
      code: template.code,
      year: template.year,
      ownerOrganisationId: province.id,
      templateKey: key,
      version: 1,
      nodeCount: template.nodes.length,
    });
    expect(response.headers.etag).toBe('"1"');
    const read = await departmentViewer.get(`/api/frameworks/${created.id}`);
    expect(read.json().nodes).toEqual(template.nodes);
  });

  it('copies a template for another year under another code', async () => {
    const response = await focal.post('/api/frameworks/from-template', {
      templateKey: 'par-index-commune-illustrative',
      year: 2025,
      code: 'PAR-XA-2025-DT',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ code: 'PAR-XA-2025-DT', year: 2025 });
  });

  it('refuses a second copy under the same code with 409, and an unknown template with 404', async () => {
    const again = await focal.post('/api/frameworks/from-template', {
      templateKey: 'sipas-2023',
    });
    expect(again.statusCode).toBe(409);
    const unknown = await focal.post('/api/frameworks/from-template', { templateKey: 'khong-co' });
    expect(unknown.statusCode).toBe(404);
  });

  it('lists the tenant frameworks by index kind and year, and those that apply to a unit', async () => {
    const sipas = await departmentViewer.get('/api/frameworks?indexKind=sipas');
    expect(sipas.json().items.map((item: { code: string }) => item.code)).toEqual(['SIPAS-2023']);
    const of2025 = await departmentViewer.get('/api/frameworks?year=2025');
    expect(of2025.json().items.map((item: { year: number }) => item.year)).toEqual([2025]);
    const forCommune = await focal.get(`/api/frameworks/for-unit/${commune.id}`);
    const communeTypes = forCommune
      .json()
      .items.map((item: { unitTypes: string[] }) => item.unitTypes);
    expect(communeTypes.length).toBeGreaterThan(0);
    for (const types of communeTypes) expect(types).toContain('commune');
  });
});

describe('creating and editing', () => {
  it('creates a framework and audits it', async () => {
    const response = await focal.post('/api/frameworks', definition());
    expect(response.statusCode, response.body).toBe(201);
    const events = await auditEventsOf(
      t,
      tenantId,
      eq(auditEvents.objectId, response.json().id),
      eq(auditEvents.action, 'framework.manage'),
    );
    expect(events).toHaveLength(1);
  });

  it('refuses an invalid node list with 400 naming each node code, and writes nothing', async () => {
    const nodes = definition().nodes.map((node) =>
      node.code === '1.1.2'
        ? { ...node, maxPoints: 30 } // children of 1.1 now sum to 50, not 60
        : node.code === '2'
          ? { ...node, rule: undefined } // a leaf without a rule
          : node,
    );
    nodes.push({ ...nodes[0]!, code: '1.1.1', parentCode: '1.1' } as (typeof nodes)[number]);
    const response = await focal.post(
      '/api/frameworks',
      definition({ code: 'PAR-BAD-2023', nodes }),
    );
    expect(response.statusCode).toBe(400);
    const fields = (response.json().details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['1.1', '2', '1.1.1']));
    for (const detail of response.json().details)
      expect(detail.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵ]/);
    const stored = await t.db
      .select()
      .from(frameworks)
      .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.code, 'PAR-BAD-2023')));
    expect(stored).toEqual([]);
  });

  it('replaces the definition with If-Match, refuses a stale version (412) and a missing one (428)', async () => {
    const created = (
      await focal.post('/api/frameworks', definition({ code: 'PAR-EDIT-2023' }))
    ).json();
    const renamed = definition({ code: 'PAR-EDIT-2023', name: 'Tên mới' });
    const missing = await focal.request('PUT', `/api/frameworks/${created.id}`, { body: renamed });
    expect(missing.statusCode).toBe(428);
    const first = await focal.request('PUT', `/api/frameworks/${created.id}`, {
      body: renamed,
      headers: { 'if-match': '"1"' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Tên mới', version: 2 });
    expect(first.headers.etag).toBe('"2"');
    const stale = await focal.request('PUT', `/api/frameworks/${created.id}`, {
      body: definition({ code: 'PAR-EDIT-2023', name: 'Bản cũ' }),
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    expect((await departmentViewer.get(`/api/frameworks/${created.id}`)).json().name).toBe(
      'Tên mới',
    );
  });

  it('keeps configured grade bands and offers the provincial ones by default', async () => {
    const bands = [
      { code: 'A', label: 'Nhóm A', minPercent: 90 },
      { code: 'B', label: 'Nhóm B', minPercent: 0 },
    ];
    const custom = await focal.post(
      '/api/frameworks',
      definition({ code: 'PAR-BANDS-2023', gradeBands: bands }),
    );
    expect(custom.json()).toMatchObject({ gradeBands: bands, hasCustomGradeBands: true });
    const plain = await focal.post('/api/frameworks', definition({ code: 'PAR-PLAIN-2023' }));
    expect(plain.json().gradeBands.map((band: { label: string }) => band.label)).toEqual([
      'Tốt',
      'Khá',
      'Trung bình',
      'Yếu',
    ]);
  });

  it('lets a unit viewer read frameworks but not create one (403)', async () => {
    expect((await departmentViewer.get('/api/frameworks')).statusCode).toBe(200);
    const response = await departmentViewer.post(
      '/api/frameworks',
      definition({ code: 'PAR-VIEWER-2023' }),
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('copying to a new year', () => {
  let source: { id: string; version: number };
  beforeAll(async () => {
    source = (await focal.post('/api/frameworks', definition({ code: 'PAR-SO-THU-2023' }))).json();
  });

  it('copies to 2024 renaming codes through the mapping and remembering where it came from', async () => {
    const response = await focal.post(`/api/frameworks/${source.id}/copy`, {
      year: 2024,
      codeMapping: { '1.1.2': '1.1.3', '2': '3' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const copy = response.json();
    expect(copy).toMatchObject({
      code: 'PAR-SO-THU-2024',
      year: 2024,
      version: 1,
      copiedFromId: source.id,
    });
    expect(copy.codeMapping).toEqual({
      '1': '1',
      '1.1': '1.1',
      '1.1.1': '1.1.1',
      '1.1.2': '1.1.3',
      '2': '3',
    });
    expect(copy.nodes.map((node: { code: string }) => node.code)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.3',
      '3',
    ]);
  });

  it('refuses a mapping naming a code the source lacks, and one merging two codes', async () => {
    const unknown = await focal.post(`/api/frameworks/${source.id}/copy`, {
      year: 2025,
      codeMapping: { '9.9': '9.10' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toEqual([expect.objectContaining({ field: '9.9' })]);
    const merged = await focal.post(`/api/frameworks/${source.id}/copy`, {
      year: 2025,
      codeMapping: { '1.1.2': '1.1.1' },
    });
    expect(merged.statusCode).toBe(400);
    expect(merged.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: '1.1.1' })]),
    );
  });
});

describe('tenant isolation', () => {
  it("answers 404 for another tenant's framework, to read, edit, copy or export", async () => {
    const id = otherTenantFrameworkId;
    expect((await focal.get(`/api/frameworks/${id}`)).statusCode).toBe(404);
    expect((await focal.get(`/api/frameworks/${id}/nodes.xlsx`)).statusCode).toBe(404);
    const edit = await focal.request('PUT', `/api/frameworks/${id}`, {
      body: definition({ code: 'PAR-STEAL-2023' }),
      headers: { 'if-match': '"1"' },
    });
    expect(edit.statusCode).toBe(404);
    expect((await focal.post(`/api/frameworks/${id}/copy`, { year: 2030 })).statusCode).toBe(404);
  });

  it("lists only the caller's tenant frameworks", async () => {
    const items = (await otherTenantAdmin.get('/api/frameworks')).json().items as { id: string }[];
    expect(items.map((item) => item.id)).toEqual([otherTenantFrameworkId]);
  });

  it('refuses to create a framework owned by a unit of another tenant (404)', async () => {
    const response = await otherTenantAdmin.post('/api/frameworks', {
      ...definition({ code: 'PAR-CROSS-2023', nodes: TWO_AREA_NODES }),
      ownerOrganisationId: province.id,
    });
    expect(response.statusCode).toBe(404);
  });
});
