// Nhập kế hoạch từ văn bản over HTTP on real PostgreSQL: sample 002 uploaded as .txt and read at
// once, read again with a line ignored, made into a draft (tasks, group lead, reporting rule, the
// original kept and downloadable byte for byte); another tenant sees nothing, a leader may look
// but not import, bad files and a task led by another tenant's unit write nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { PlanImportDto } from '@contract/plan-imports';
import type { PlanDetail } from '@contract/plans';
import { QUARTERLY_BY_15TH } from '@domain/reports/reporting-rule';
import { SAMPLE_002_TEXT } from '@domain/plans/import/fixtures/sample-002.fixture';
import { auditEvents, planImports, planTasks, plans } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: DistrictFixture;
let focal: TestClient;
beforeEach(async () => {
  f = await buildDistrictFixture(t);
  focal = await f.client(f.users.focal);
});

async function upload(
  client: TestClient,
  organisationId: string,
  fileName: string,
  content: Buffer | string,
  contentType = 'text/plain',
) {
  const { payload, headers } = multipartFile(fileName, content, contentType);
  return client.request('POST', `/api/plan-imports?organisationId=${organisationId}&year=2024`, {
    payload,
    headers,
  });
}

async function uploadSample(): Promise<PlanImportDto> {
  const r = await upload(focal, f.district.id, 'ke-hoach-002.txt', SAMPLE_002_TEXT);
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

const countOf = async (table: typeof plans | typeof planTasks | typeof planImports) =>
  (await t.db.select({ n: count() }).from(table).where(eq(table.tenantId, f.tenantId)))[0]!.n;

/** The body the review screen sends: the reading's content and the tasks the person kept. */
function draftBody(planImport: PlanImportDto, leadOrganisationId: string) {
  const result = planImport.result!;
  const sectionId = result.content.sections[0]?.id ?? null;
  return {
    content: result.content,
    tasks: [
      {
        key: 't1',
        sectionId,
        content: 'Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính',
        leadOrganisationId,
        // Read twice and once as the lead itself: kept once, the lead left out.
        coordinatingOrganisationIds: [
          f.offices['Phòng Tư pháp'].id,
          f.offices['Phòng Tư pháp'].id,
          leadOrganisationId,
        ],
        timeframeText: 'Quý II/2024',
        leadText: 'Phòng Nội vụ',
        origin: 'prose',
      },
      {
        key: 't2',
        sectionId,
        content: 'Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công',
        leadOrganisationId: null,
        leadGroup: {
          kind: 'units',
          organisationIds: [f.offices['Phòng Tư pháp'].id, f.offices['Phòng Nội vụ'].id],
        },
        timeframeText: 'Thường xuyên',
        origin: 'prose',
      },
    ],
    reportingRule: QUARTERLY_BY_15TH,
  };
}

describe('uploading a plan document', () => {
  it('reads a small .txt at once: the lines of the left pane, the reading and its totals', async () => {
    const planImport = await uploadSample();
    expect(planImport).toMatchObject({
      organisationId: f.district.id,
      organisationName: 'Huyện Lấp Vò',
      year: 2024,
      fileName: 'ke-hoach-002.txt',
      format: 'txt',
      sizeBytes: Buffer.byteLength(SAMPLE_002_TEXT),
      status: 'ready',
      progress: 100,
      error: null,
      planId: null,
      can: { create: true },
    });
    expect(planImport.lines).toEqual(SAMPLE_002_TEXT.split('\n'));
    expect(planImport.result!.content.year).toBe(2024);
    expect(planImport.totals).toMatchObject({ tasks: planImport.result!.tasks.length });

    const again = await focal.get(`/api/plan-imports/${planImport.id}`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(planImport);
    const [audited] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'plan.import'), eq(auditEvents.objectId, planImport.id)));
    expect(audited).toMatchObject({ outcome: 'allowed', organisationId: f.district.id });
  });

  it('reads it again with a line ignored: the line is gone from the reading, the overrides kept', async () => {
    const planImport = await uploadSample();
    const ignored = 'tổ chức, đối với sự phục vụ của cơ';
    const line = planImport.lines.findIndex((text) => text.includes(ignored));
    expect(line).toBeGreaterThan(0);
    expect(JSON.stringify(planImport.result)).toContain(ignored);

    const overrides = [{ line, role: 'ignore' }];
    const r = await focal.post(`/api/plan-imports/${planImport.id}/read`, { overrides });
    expect(r.statusCode, r.body).toBe(200);
    const reread: PlanImportDto = r.json();
    expect(reread.overrides).toEqual(overrides);
    expect(JSON.stringify(reread.result)).not.toContain(ignored);
    expect(reread.result).not.toEqual(planImport.result);
    expect(reread.lines).toEqual(planImport.lines);
  });

  it('refuses an empty file, a binary file and a spreadsheet, writing nothing', async () => {
    const before = await countOf(planImports);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]);
    for (const [name, content] of [
      ['trong.txt', Buffer.alloc(0)],
      ['anh.txt', png],
      ['nul.txt', Buffer.from('KẾ HOẠCH\u0000\u0000\u0001')],
      ['bang.xlsx', Buffer.from('PK\u0003\u0004')],
    ] as const) {
      const r = await upload(focal, f.district.id, name, content, 'application/octet-stream');
      expect(r.statusCode, `${name}: ${r.body}`).toBe(400);
      expect(r.json().message).toMatch(/tệp|Tệp/);
    }
    const missing = await focal.request(
      'POST',
      `/api/plan-imports?organisationId=${f.district.id}`,
      { body: {} },
    );
    expect(missing.statusCode).toBe(400);
    expect(await countOf(planImports)).toBe(before);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenantId), eq(auditEvents.action, 'plan.import')));
    expect(audited).toEqual([]);
  });
});

describe('creating the draft', () => {
  it('creates the draft of the unit in one go: tasks, group lead, reporting rule, the original file kept', async () => {
    const planImport = await uploadSample();
    const nv = f.offices['Phòng Nội vụ'].id;
    const r = await focal.post(
      `/api/plan-imports/${planImport.id}/plan`,
      draftBody(planImport, nv),
    );
    expect(r.statusCode, r.body).toBe(201);
    const { planId } = r.json() as { planId: string };

    const planResponse = await focal.get(`/api/plans/${planId}`);
    expect(planResponse.statusCode, planResponse.body).toBe(200);
    const plan: PlanDetail = planResponse.json();
    expect(plan).toMatchObject({
      status: 'draft',
      year: 2024,
      organisation: { id: f.district.id },
      sourceImportId: planImport.id,
    });
    expect(plan.content.sections).toEqual(planImport.result!.content.sections);
    // One written task led by one office, one group task expanded into one row per office.
    expect(plan.tasks.map((task) => [task.content.slice(0, 24), task.lead?.id])).toEqual([
      ['Rà soát, cập nhật quy tr', nv],
      ['Công khai kết quả giải q', f.offices['Phòng Tư pháp'].id],
      ['Công khai kết quả giải q', nv],
    ]);
    expect(plan.tasks[0]!.coordinating.map((unit) => unit.id)).toEqual([
      f.offices['Phòng Tư pháp'].id,
    ]);
    expect(plan.tasks[1]!.groupId).toBe(plan.tasks[2]!.groupId);
    const [row] = await t.db
      .select({ reportingRule: plans.reportingRule, sourceImportId: plans.sourceImportId })
      .from(plans)
      .where(eq(plans.id, planId));
    expect(row).toEqual({ reportingRule: QUARTERLY_BY_15TH, sourceImportId: planImport.id });

    const after = await focal.get(`/api/plan-imports/${planImport.id}`);
    expect(after.json()).toMatchObject({ status: 'created', planId, can: { create: false } });
    const file = await focal.get(`/api/plan-imports/${planImport.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.headers['content-disposition']).toContain('ke-hoach-002.txt');
    expect(file.rawPayload.equals(Buffer.from(SAMPLE_002_TEXT))).toBe(true);

    const twice = await focal.post(
      `/api/plan-imports/${planImport.id}/plan`,
      draftBody(planImport, nv),
    );
    expect(twice.statusCode).toBe(409);
  });

  it("refuses a task led by another tenant's unit, writing nothing", async () => {
    const planImport = await uploadSample();
    const other = await buildTenant(t.db);
    const foreign = await buildOrganisation(t.db, {
      tenantId: other.tenant.id,
      parentId: other.root.id,
    });
    const plansBefore = await countOf(plans);
    const tasksBefore = await countOf(planTasks);
    const r = await focal.post(
      `/api/plan-imports/${planImport.id}/plan`,
      draftBody(planImport, foreign.id),
    );
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().details).toContainEqual({
      field: 'tasks.0.leadOrganisationId',
      message: 'Nhiệm vụ 1: cơ quan chủ trì không tồn tại trong năm 2024.',
    });
    expect(await countOf(plans)).toBe(plansBefore);
    expect(await countOf(planTasks)).toBe(tasksBefore);
    const still = await focal.get(`/api/plan-imports/${planImport.id}`);
    expect(still.json()).toMatchObject({ status: 'ready', planId: null });
  });

  it('refuses a task under a section the plan does not have, writing nothing', async () => {
    const planImport = await uploadSample();
    const body = draftBody(planImport, f.offices['Phòng Nội vụ'].id);
    body.tasks[0]!.sectionId = 'no-such-section';
    const plansBefore = await countOf(plans);
    const r = await focal.post(`/api/plan-imports/${planImport.id}/plan`, body);
    expect(r.statusCode, r.body).toBe(400);
    expect(await countOf(plans)).toBe(plansBefore);
  });
});

describe('who may import', () => {
  it("answers 404 for another tenant's import, on every route", async () => {
    const planImport = await uploadSample();
    const other = await buildTenant(t.db);
    const stranger = await TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: other.tenant.id,
        homeOrganisationId: other.root.id,
        grants: [{ role: 'admin', organisationId: other.root.id }],
      }),
    );
    expect((await stranger.get(`/api/plan-imports/${planImport.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/plan-imports/${planImport.id}/file`)).statusCode).toBe(404);
    const reread = await stranger.post(`/api/plan-imports/${planImport.id}/read`, {
      overrides: [],
    });
    expect(reread.statusCode).toBe(404);
    const create = await stranger.post(
      `/api/plan-imports/${planImport.id}/plan`,
      draftBody(planImport, f.offices['Phòng Nội vụ'].id),
    );
    expect(create.statusCode).toBe(404);
    const intoOther = await upload(stranger, f.district.id, 'ke-hoach.txt', SAMPLE_002_TEXT);
    expect(intoOther.statusCode).toBe(404);
  });

  it('lets a leader of the unit read an import but not upload, re-read or create (403)', async () => {
    const planImport = await uploadSample();
    const leader = await f.client(f.users.leader);
    const seen = await leader.get(`/api/plan-imports/${planImport.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().can).toEqual({ create: false });
    const before = await countOf(planImports);
    expect((await upload(leader, f.district.id, 'k.txt', SAMPLE_002_TEXT)).statusCode).toBe(403);
    expect(await countOf(planImports)).toBe(before);
    const reread = await leader.post(`/api/plan-imports/${planImport.id}/read`, { overrides: [] });
    expect(reread.statusCode).toBe(403);
    const create = await leader.post(
      `/api/plan-imports/${planImport.id}/plan`,
      draftBody(planImport, f.offices['Phòng Nội vụ'].id),
    );
    expect(create.statusCode).toBe(403);
    // An editor of an office below does not read the district's imports at all.
    const editor = await f.client(f.users.nvEditor);
    expect((await editor.get(`/api/plan-imports/${planImport.id}`)).statusCode).toBe(403);
  });
});
