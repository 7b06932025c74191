// Scoring rounds over HTTP: opening one with the default units and per-unit exemptions, bad
// windows and exemptions refused with nothing written, one round per framework, forward-only
// transitions with their reasons, 412 on a stale version, tenant isolation, and a department
// reading the round it takes part in without managing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { assessmentRounds, auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { FrameworkRow } from '../frameworks/framework.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';

/** Area 1 (appraised) and area 3 «Cải cách thủ tục hành chính», which a unit may be exempted from. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo, điều hành', maxPoints: 60 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Kế hoạch CCHC',
    maxPoints: 60,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '3',
    parentCode: null,
    name: 'Cải cách thủ tục hành chính',
    maxPoints: 40,
    applicability: { exemptable: true },
  },
  {
    code: '3.1',
    parentCode: '3',
    name: 'Tỷ lệ hồ sơ đúng hạn',
    maxPoints: 40,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

const WINDOWS = {
  selfAssessment: { opensOn: '2026-06-01', closesOn: '2026-06-30' },
  appraisal: { opensOn: '2026-07-01', closesOn: '2026-08-15' },
  explanation: { opensOn: '2026-07-20', closesOn: '2026-07-31' },
};

let t: TestApp;
let tenantId: string;
let root: OrganisationRow;
let vanPhong: OrganisationRow;
let tuPhap: OrganisationRow;
let taiChinh: OrganisationRow;
let focal: TestClient;
let vanPhongEditor: TestClient;
let taiChinhEditor: TestClient;
let otherTenantFocal: TestClient;
let otherTenantRoot: OrganisationRow;
let otherTenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  root = a.root;
  const unit = (name: string, extra: Partial<Parameters<typeof buildOrganisation>[1]> = {}) =>
    buildOrganisation(t.db, { tenantId, parentId: root.id, name, code: name, ...extra });
  taiChinh = await unit('Sở Tài chính');
  tuPhap = await unit('Sở Tư pháp');
  vanPhong = await unit('Văn phòng UBND tỉnh');
  await unit('Sở Giao thông cũ', { validTo: '2025-06-30' });
  await unit('Xã Tân Mỹ', { type: 'commune' });
  const signIn = async (tenant: string, at: OrganisationRow, role: 'focal' | 'editor') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant,
        homeOrganisationId: at.id,
        grants: [{ role, organisationId: at.id }],
      }),
    );
  focal = await signIn(tenantId, root, 'focal');
  vanPhongEditor = await signIn(tenantId, vanPhong, 'editor');
  taiChinhEditor = await signIn(tenantId, taiChinh, 'editor');
  const b = await buildTenant(t.db, 'Tỉnh Khác');
  otherTenantId = b.tenant.id;
  otherTenantRoot = b.root;
  otherTenantFocal = await signIn(b.tenant.id, b.root, 'focal');
});
afterAll(() => t.close());

const newFramework = (tenant = tenantId, owner = root) =>
  buildFrameworkRow(t.db, {
    tenantId: tenant,
    ownerOrganisationId: owner.id,
    year: 2026,
    name: 'Chỉ số CCHC sở, ban, ngành năm 2026',
    nodes: NODES,
  });

const roundsOf = async (framework: FrameworkRow) =>
  (
    await t.db
      .select({ n: count() })
      .from(assessmentRounds)
      .where(
        and(
          eq(assessmentRounds.tenantId, framework.tenantId),
          eq(assessmentRounds.frameworkId, framework.id),
        ),
      )
  )[0]!.n;

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function openRound(body: Record<string, unknown> = {}, framework?: FrameworkRow) {
  const fw = framework ?? (await newFramework());
  const response = await focal.post('/api/assessment-rounds', {
    frameworkId: fw.id,
    ownerOrganisationId: root.id,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { framework: fw, round: response.json() };
}

describe('opening a round', () => {
  it('takes the departments that exist in the year by default, named after the framework', async () => {
    const { round } = await openRound();
    expect(round).toMatchObject({
      name: 'Đánh giá Chỉ số CCHC sở, ban, ngành năm 2026',
      year: 2026,
      state: 'draft',
      appraisalStage: 1,
      owner: { id: root.id, name: 'Tỉnh Đồng Tháp' },
      version: 1,
      actions: { manage: true, transitionTo: 'self_assessment' },
    });
    expect(round.units.map((u: { organisation: { name: string } }) => u.organisation.name)).toEqual(
      ['Sở Tài chính', 'Sở Tư pháp', 'Văn phòng UBND tỉnh'],
    );
    expect(round.units[0]).toMatchObject({ status: 'not_started', exemptNodeCodes: [] });
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.objectId, round.id)));
    expect(audited.map((e) => [e.action, e.outcome])).toEqual([['assessment.manage', 'allowed']]);
  });

  it('keeps the units asked for with their exemption from the procedures area', async () => {
    const { round } = await openRound({
      units: [
        { organisationId: tuPhap.id },
        {
          organisationId: vanPhong.id,
          exemptNodeCodes: ['3'],
          exemptionNote: 'Không có TTHC thuộc thẩm quyền.',
        },
      ],
      windows: WINDOWS,
    });
    expect(round.windows).toEqual(WINDOWS);
    // TEST_TODAY is 15/06/2026: the self-assessment is open with 15 days left.
    expect(round.windowStatus).toEqual({
      selfAssessment: { phase: 'open', daysLeft: 15 },
      appraisal: { phase: 'upcoming', daysLeft: 61 },
      explanation: { phase: 'upcoming', daysLeft: 46 },
    });
    expect(
      round.units.map((u: { organisation: { id: string }; exemptNodeCodes: string[] }) => [
        u.organisation.id,
        u.exemptNodeCodes,
      ]),
    ).toEqual([
      [tuPhap.id, []],
      [vanPhong.id, ['3']],
    ]);
  });

  it('refuses an exemption the framework does not allow, writing nothing', async () => {
    const framework = await newFramework();
    const response = await focal.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: root.id,
      units: [{ organisationId: vanPhong.id, exemptNodeCodes: ['1.1'] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(
      'Tiêu chí «1.1 Kế hoạch CCHC» không được miễn áp dụng cho từng đơn vị (bộ chỉ số không cho phép).',
    );
    expect(await roundsOf(framework)).toBe(0);
  });

  it('refuses a commune under a department framework', async () => {
    const framework = await newFramework();
    const [commune] = (await focal.get('/api/organisations'))
      .json()
      .items.filter((o: { name: string }) => o.name === 'Xã Tân Mỹ');
    const response = await focal.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: root.id,
      units: [{ organisationId: commune.id }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('Bộ chỉ số không áp dụng cho Xã Tân Mỹ');
    expect(await roundsOf(framework)).toBe(0);
  });

  it('refuses windows out of order, writing nothing', async () => {
    const framework = await newFramework();
    const response = await focal.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: root.id,
      windows: { ...WINDOWS, appraisal: { opensOn: '2026-06-15', closesOn: '2026-08-15' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      message: 'Thẩm định chỉ bắt đầu khi đã hết thời gian tự đánh giá.',
      details: [{ field: 'windows.appraisal.opensOn' }],
    });
    expect(await roundsOf(framework)).toBe(0);
  });

  it('refuses a second round of the same framework (409)', async () => {
    const { framework } = await openRound();
    const response = await focal.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: root.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/đã có đợt đánh giá «Đánh giá Chỉ số CCHC/);
    expect(await roundsOf(framework)).toBe(1);
  });

  it('refuses an editor opening a round (403)', async () => {
    const framework = await newFramework();
    const response = await vanPhongEditor.post('/api/assessment-rounds', {
      frameworkId: framework.id,
      ownerOrganisationId: vanPhong.id,
    });
    expect(response.statusCode).toBe(403);
    expect(await roundsOf(framework)).toBe(0);
  });
});

describe('moving a round', () => {
  it('opens the self-assessment only once its window is set, then goes forward only', async () => {
    const { round } = await openRound();
    const move = (to: string, version: number) =>
      focal.post(`/api/assessment-rounds/${round.id}/transition`, { to }, ifMatch(version));

    const noWindow = await move('self_assessment', 1);
    expect(noWindow.statusCode).toBe(409);
    expect(noWindow.json().message).toBe('Chưa đặt thời gian tự đánh giá.');

    const patched = await focal.patch(
      `/api/assessment-rounds/${round.id}`,
      { windows: WINDOWS, name: 'Đợt đánh giá CCHC 2026' },
      ifMatch(1),
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.headers.etag).toBe('"2"');

    const skip = await move('appraisal', 2);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toContain('bước tiếp theo là «Tự đánh giá»');

    const opened = await move('self_assessment', 2);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({
      state: 'self_assessment',
      version: 3,
      name: 'Đợt đánh giá CCHC 2026',
      actions: { transitionTo: 'appraisal' },
    });

    const final = await move('final', 3);
    expect(final.statusCode).toBe(409);
    expect(final.json().message).toBe(
      'Đợt đánh giá chỉ có kết quả chính thức khi chốt kết quả, không chuyển trực tiếp.',
    );
    expect((await move('draft', 3)).statusCode).toBe(409);

    const units = await focal.patch(
      `/api/assessment-rounds/${round.id}`,
      { units: [{ organisationId: tuPhap.id }] },
      ifMatch(3),
    );
    expect(units.statusCode).toBe(409);
    expect(units.json().message).toBe('Chỉ sửa đơn vị tham gia khi đợt đánh giá còn là dự thảo.');

    for (const [to, version, stage] of [
      ['appraisal', 3, 1],
      ['explanation', 4, 1],
      ['appraisal', 5, 2],
    ] as const) {
      const response = await move(to, version);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ state: to, appraisalStage: stage });
    }
    const after = (await focal.get(`/api/assessment-rounds/${round.id}`)).json();
    expect(after).toMatchObject({ state: 'appraisal', appraisalStage: 2, version: 6 });
    expect(after.actions.transitionTo).toBeNull();
  });

  it('refuses opening a round without units', async () => {
    const { round } = await openRound({ units: [], windows: WINDOWS });
    const response = await focal.post(
      `/api/assessment-rounds/${round.id}/transition`,
      { to: 'self_assessment' },
      ifMatch(1),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('Đợt đánh giá chưa có đơn vị tham gia.');
  });

  it('answers 412 to a stale version and leaves the round as it was', async () => {
    const { round } = await openRound({ windows: WINDOWS });
    expect(
      (await focal.patch(`/api/assessment-rounds/${round.id}`, { name: 'Lần 1' }, ifMatch(1)))
        .statusCode,
    ).toBe(200);
    const stale = await focal.patch(
      `/api/assessment-rounds/${round.id}`,
      { name: 'Lần 2' },
      ifMatch(1),
    );
    expect(stale.statusCode).toBe(412);
    const staleMove = await focal.post(
      `/api/assessment-rounds/${round.id}/transition`,
      { to: 'self_assessment' },
      ifMatch(1),
    );
    expect(staleMove.statusCode).toBe(412);
    expect((await focal.get(`/api/assessment-rounds/${round.id}`)).json()).toMatchObject({
      name: 'Lần 1',
      state: 'draft',
      version: 2,
    });
  });

  it('changes the units of a draft round and refuses one outside the owner', async () => {
    const { round } = await openRound();
    const outside = await focal.patch(
      `/api/assessment-rounds/${round.id}`,
      { units: [{ organisationId: otherTenantRoot.id }] },
      ifMatch(1),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toBe('Đơn vị không thuộc đơn vị chủ trì đợt đánh giá.');
    const changed = await focal.patch(
      `/api/assessment-rounds/${round.id}`,
      { units: [{ organisationId: tuPhap.id, exemptNodeCodes: ['3'] }] },
      ifMatch(1),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().units).toMatchObject([
      { organisation: { id: tuPhap.id }, exemptNodeCodes: ['3'] },
    ]);
  });
});

describe('who sees a round', () => {
  it('answers 404 to another tenant, on reads and writes', async () => {
    const { round } = await openRound();
    expect((await otherTenantFocal.get(`/api/assessment-rounds/${round.id}`)).statusCode).toBe(404);
    expect(
      (
        await otherTenantFocal.patch(
          `/api/assessment-rounds/${round.id}`,
          { name: 'X' },
          ifMatch(1),
        )
      ).statusCode,
    ).toBe(404);
    const list = (await otherTenantFocal.get('/api/assessment-rounds')).json();
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(round.id);
    const foreign = await buildFrameworkRow(t.db, {
      tenantId: otherTenantId,
      ownerOrganisationId: otherTenantRoot.id,
    });
    const crossed = await focal.post('/api/assessment-rounds', {
      frameworkId: foreign.id,
      ownerOrganisationId: root.id,
    });
    expect(crossed.statusCode).toBe(404);
  });

  it('lets a department editor read the round it takes part in, not manage it', async () => {
    const { round } = await openRound({
      units: [{ organisationId: vanPhong.id }, { organisationId: tuPhap.id }],
    });
    const read = await vanPhongEditor.get(`/api/assessment-rounds/${round.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().actions).toEqual({
      manage: false,
      appraise: false,
      read: [vanPhong.id],
      self: [vanPhong.id],
      submit: [],
      transitionTo: null,
    });
    const list = (await vanPhongEditor.get('/api/assessment-rounds?year=2026')).json();
    expect(list.abilities.canCreate).toBe(false);
    expect(list.items.map((r: { id: string }) => r.id)).toContain(round.id);
    expect(
      (await vanPhongEditor.patch(`/api/assessment-rounds/${round.id}`, { name: 'X' }, ifMatch(1)))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await vanPhongEditor.post(
          `/api/assessment-rounds/${round.id}/transition`,
          { to: 'self_assessment' },
          ifMatch(1),
        )
      ).statusCode,
    ).toBe(403);

    // Sở Tài chính does not take part: neither the round nor the list shows it.
    expect((await taiChinhEditor.get(`/api/assessment-rounds/${round.id}`)).statusCode).toBe(403);
    const other = (await taiChinhEditor.get('/api/assessment-rounds')).json();
    expect(other.items.map((r: { id: string }) => r.id)).not.toContain(round.id);
  });

  it('lists the focal unit’s rounds of a year with their counts', async () => {
    const { round } = await openRound({ units: [{ organisationId: tuPhap.id }] });
    const list = (await focal.get('/api/assessment-rounds?year=2026')).json();
    expect(list.abilities.canCreate).toBe(true);
    expect(list.items.find((r: { id: string }) => r.id === round.id)).toMatchObject({
      unitCount: 1,
      submittedCount: 0,
      state: 'draft',
    });
    expect((await focal.get('/api/assessment-rounds?year=2025')).json().items).toEqual([]);
  });
});
