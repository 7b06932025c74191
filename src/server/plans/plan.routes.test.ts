// Plans over HTTP on real PostgreSQL: drafting from lost points (sample 000), the issue rules,
// concurrent edits, task status by lead and coordinating units, "my unit's tasks", the cascade
// to a child unit, amendments with their diff, tenancy and the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { PlanDetail, PlanTaskDto } from '@contract/plans';
import { SAMPLE_000_SUB_CRITERIA } from '@domain/results/sample-000.fixture';
import { auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';

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

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function draftFromGaps(client = focal, threshold = 0): Promise<PlanDetail> {
  const r = await client.post('/api/plans/from-gaps', {
    organisationId: f.district.id,
    frameworkIds: [f.frameworkId],
    threshold,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function getPlan(id: string, client = focal): Promise<PlanDetail> {
  const r = await client.get(`/api/plans/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** Gives every task without a lead the Phòng Nội vụ, then issues the plan as 12/KH-UBND. */
async function issue(plan: PlanDetail, number = '12'): Promise<PlanDetail> {
  const unassigned = plan.tasks.filter((task) => task.lead === null).map((task) => task.id);
  if (unassigned.length > 0) {
    const r = await focal.post(`/api/plans/${plan.id}/tasks/assign`, {
      taskIds: unassigned,
      leadOrganisationId: f.offices['Phòng Nội vụ'].id,
    });
    expect(r.statusCode, r.body).toBe(200);
  }
  const current = await getPlan(plan.id);
  const r = await focal.post(
    `/api/plans/${plan.id}/issue`,
    { number, issuedOn: '2024-03-22' },
    ifMatch(current.version),
  );
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** Enters the signer's name (the last thing drafts from lost points lack besides lead units). */
async function sign(plan: PlanDetail): Promise<PlanDetail> {
  const current = await getPlan(plan.id);
  const r = await focal.patch(
    `/api/plans/${plan.id}`,
    { signature: { ...current.content.signature, signerName: 'Nguyễn Văn A' } },
    ifMatch(current.version),
  );
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** A plan drafted from lost points, signed and issued as 12/KH-UBND. */
async function issuedPlan(): Promise<PlanDetail> {
  return issue(await sign(await draftFromGaps()));
}

describe('Lập kế hoạch khắc phục from sample 000', () => {
  it('drafts one task per lost sub-criterion, biggest loss first, with points at stake and default leads', async () => {
    const plan = await draftFromGaps();
    const lost = SAMPLE_000_SUB_CRITERIA.filter((item) => item.maxPoints > item.score);
    expect(plan).toMatchObject({ status: 'draft', year: 2024, documentNumber: '…/KH-UBND' });
    expect(plan.tasks).toHaveLength(lost.length);
    const stakes = plan.tasks.map((task) => task.pointsAtStake);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    for (const task of plan.tasks) {
      const item = lost.find((row) => row.code === task.nodeLinks[0]?.code)!;
      expect(task.pointsAtStake).toBeCloseTo(item.maxPoints - item.score, 4);
      expect(task.timeframeText).toBe('Thường xuyên');
      const expectedLead = item.defaultLeadUnit
        .split(';')[0]!
        .replace(/\(.*\)/, '')
        .trim();
      if (expectedLead.startsWith('Các cơ quan')) expect(task.lead).toBeNull();
      else expect(task.lead?.name, item.code).toBe(expectedLead);
    }
    expect(plan.content.issuingBody).toBe('ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ');
    expect(plan.content.place).toBe('Lấp Vò');
    expect(plan.content.title).toBe('Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023');
    expect(plan.content.targets[0]).toMatchObject({ comparator: 'gte', unit: '%' });
  });

  it('lists what blocks issuing (no signer) and warns, per row, of leads it could not name', async () => {
    const plan = await draftFromGaps();
    const errors = plan.readiness.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => issue.field)).toEqual(['signature.signerName']);
    const unled = plan.tasks
      .map((task, index) => (task.lead ? null : index + 1))
      .filter((row) => row !== null);
    expect(unled.length).toBeGreaterThan(0);
    const leadWarnings = plan.readiness.filter(
      (issue) => issue.severity === 'warning' && issue.field === 'leadOrganisationId',
    );
    expect(leadWarnings.map((issue) => issue.taskRow)).toEqual(unled);
  });

  it('is refused to an editor, and audited as denied', async () => {
    const editor = await f.client(f.users.nvEditor);
    const r = await editor.post('/api/plans/from-gaps', {
      organisationId: f.district.id,
      frameworkIds: [f.frameworkId],
    });
    expect(r.statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorUserId, f.users.nvEditor.id), eq(auditEvents.outcome, 'denied')),
      );
    expect(denied.map((event) => event.action)).toEqual(['plan.manage']);
  });
});

describe('issuing', () => {
  it('refuses an unsigned plan and changes nothing; issues one whose leads are unstated, with warnings', async () => {
    const plan = await draftFromGaps();
    const unsigned = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '104', issuedOn: '2024-03-22' },
      ifMatch(plan.version),
    );
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().message).toContain('Chưa thể ban hành');
    expect(unsigned.json().details.map((detail: { field: string }) => detail.field)).toEqual([
      'signerName',
    ]);
    expect(await getPlan(plan.id)).toMatchObject({ status: 'draft', version: plan.version });

    const before = await sign(plan);
    expect(before.tasks.some((task) => task.lead === null)).toBe(true);
    const r = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '104', issuedOn: '2024-03-22' },
      ifMatch(before.version),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'issued', documentNumber: '104/KH-UBND' });
  });

  it('allows an unreadable timeframe in a draft but warns before issuing, and issues with the warning', async () => {
    const plan = await draftFromGaps();
    const task = plan.tasks[0]!;
    const edited = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { timeframeText: 'Tùy tình hình thực tế' },
      ifMatch(task.version),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ timeframeKind: 'unknown', dueDates: [] });
    const draft = await getPlan(plan.id);
    expect(draft.readiness).toContainEqual(
      expect.objectContaining({ severity: 'warning', taskRow: 1, field: 'timeframeText' }),
    );
    const issued = await issue(await sign(draft));
    expect(issued).toMatchObject({
      status: 'issued',
      documentNumber: '12/KH-UBND',
      issuedOn: '2024-03-22',
    });
    expect(issued.readiness).toEqual([]);
  });

  it('refuses to issue twice and to edit an issued plan or its tasks, with a clear message', async () => {
    const plan = await draftFromGaps();
    const issued = await issue(await sign(plan));
    const again = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '13', issuedOn: '2024-03-23' },
      ifMatch(issued.version),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Kế hoạch này đã được ban hành trước đó.');
    const edit = await focal.patch(
      `/api/plans/${plan.id}`,
      { title: 'Khác' },
      ifMatch(issued.version),
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('Kế hoạch đã ban hành, không thể sửa');
    const task = issued.tasks[0]!;
    const taskEdit = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { content: 'Khác' },
      ifMatch(task.version),
    );
    expect(taskEdit.statusCode).toBe(409);
    expect((await getPlan(plan.id)).tasks[0]?.content).toBe(task.content);
  });
});

describe('editing tasks', () => {
  it('gives the second of two editors of the same task a 412, never a silent overwrite', async () => {
    const plan = await draftFromGaps();
    const task = plan.tasks[1]!;
    const other = await f.client(f.users.focal);
    const first = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { timeframeText: 'Quý II/2024' },
      ifMatch(task.version),
    );
    const second = await other.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { timeframeText: 'Quý III/2024' },
      ifMatch(task.version),
    );
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(412);
    const stored = (await getPlan(plan.id)).tasks[1]!;
    expect(stored).toMatchObject({ timeframeText: 'Quý II/2024', dueDates: ['2024-06-30'] });
    // A one-field edit keeps every other field as it was.
    const {
      timeframeText: _a,
      timeframeKind: _b,
      dueDates: _c,
      version: _d,
      isOverdue: _e,
      ...rest
    } = task;
    expect(stored).toMatchObject(rest);
    expect(stored.lead).not.toBeNull();
  });

  it('adds coordinating units, refuses an unknown or another tenant unit, and records before/after', async () => {
    const plan = await draftFromGaps();
    const task = plan.tasks.find((candidate) => candidate.coordinating.length === 0)!;
    const foreign = await buildTenant(t.db);
    const refused = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { coordinatingOrganisationIds: [foreign.root.id] },
      ifMatch(task.version),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].field).toBe('coordinatingOrganisationIds');
    const tp = f.offices['Phòng Tư pháp'];
    const added = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { coordinatingOrganisationIds: [tp.id] },
      ifMatch(task.version),
    );
    expect(added.statusCode, added.body).toBe(200);
    expect((added.json() as PlanTaskDto).coordinating).toEqual([
      { id: tp.id, name: 'Phòng Tư pháp' },
    ]);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, task.id), eq(auditEvents.action, 'plan.manage')));
    expect((event?.after as PlanTaskDto).coordinating).toHaveLength(1);
    expect((event?.before as PlanTaskDto).coordinating).toHaveLength(0);
  });

  it("accepts units that existed in the plan's year (merged since) and refuses one closed before it", async () => {
    const plan = await draftFromGaps();
    const task = plan.tasks[0]!;
    const unit = (validTo: string) =>
      buildOrganisation(t.db, {
        tenantId: f.tenantId,
        parentId: f.district.id,
        type: 'sub_unit',
        validTo,
      });
    const closedBefore = await unit('2023-12-31');
    const mergedAfter = await unit('2025-06-30');
    const refused = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { leadOrganisationId: closedBefore.id },
      ifMatch(task.version),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0]).toEqual({
      field: 'leadOrganisationId',
      message: 'Cơ quan chủ trì không tồn tại trong năm của kế hoạch.',
    });
    const accepted = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { leadOrganisationId: mergedAfter.id },
      ifMatch(task.version),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('bulk-assigns a lead and coordinating units to several tasks at once', async () => {
    const plan = await draftFromGaps();
    const ids = plan.tasks.slice(0, 3).map((task) => task.id);
    const r = await focal.post(`/api/plans/${plan.id}/tasks/assign`, {
      taskIds: ids,
      leadOrganisationId: f.offices['Phòng Tư pháp'].id,
      addCoordinatingOrganisationIds: [f.offices['Phòng Nội vụ'].id],
    });
    expect(r.json()).toEqual({ updated: 3 });
    const tasks = (await getPlan(plan.id)).tasks.slice(0, 3);
    for (const task of tasks) {
      expect(task.lead?.name).toBe('Phòng Tư pháp');
      expect(task.coordinating.map((unit) => unit.name)).toContain('Phòng Nội vụ');
    }
  });
});

describe('task status and "Nhiệm vụ của đơn vị tôi"', () => {
  it('lets the lead and a coordinating unit update status, refuses a unit with no part, and 412s a stale version', async () => {
    const plan = await issuedPlan();
    const vhId = f.offices['Phòng Văn hóa và Thông tin'].id;
    const vpId = f.offices['Văn phòng HĐND và UBND'].id;
    const shared = plan.tasks.find(
      (task) => task.lead?.id === vhId && task.coordinating.some((unit) => unit.id === vpId),
    )!;
    expect(shared, 'the 7.x task led by VH with VP coordinating').toBeDefined();
    const vh = await f.client(f.users.vhEditor);
    const lead = await vh.patch(
      `/api/tasks/${shared.id}/status`,
      { status: 'in_progress', statusNote: 'Đã giao chuyên viên' },
      ifMatch(shared.version),
    );
    expect(lead.statusCode, lead.body).toBe(200);
    const stale = await vh.patch(
      `/api/tasks/${shared.id}/status`,
      { status: 'done', statusNote: '' },
      ifMatch(shared.version),
    );
    expect(stale.statusCode).toBe(412);
    const tp = await f.client(f.users.tpEditor);
    const outsider = await tp.patch(
      `/api/tasks/${shared.id}/status`,
      { status: 'done', statusNote: '' },
      ifMatch(shared.version + 1),
    );
    expect(outsider.statusCode).toBe(403);
    const reasonless = await vh.patch(
      `/api/tasks/${shared.id}/status`,
      { status: 'cannot_do', statusNote: ' ' },
      ifMatch(shared.version + 1),
    );
    expect(reasonless.statusCode).toBe(400);
    expect(reasonless.json().details[0].message).toBe('Nêu lý do không thực hiện được.');
    expect((await getPlan(plan.id)).tasks.find((task) => task.id === shared.id)?.status).toBe(
      'in_progress',
    );
  });

  it('shows a unit its tasks as lead and as coordinator separately, across plans, issued only', async () => {
    const plan = await issuedPlan();
    await draftFromGaps(); // a second, unissued draft: its tasks are not assignments yet
    const vpId = f.offices['Văn phòng HĐND và UBND'].id;
    const vp = await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: vpId,
      grants: [{ role: 'viewer', organisationId: vpId }],
    });
    const client = await f.client(vp);
    const r = await client.get(`/api/my-tasks?organisationId=${vpId}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    const leads = plan.tasks.filter((task) => task.lead?.id === vpId);
    const coordinates = plan.tasks.filter((task) =>
      task.coordinating.some((unit) => unit.id === vpId),
    );
    expect(body.asLead.map((task: PlanTaskDto) => task.id)).toEqual(leads.map((task) => task.id));
    expect(body.asCoordinator.map((task: PlanTaskDto) => task.id)).toEqual(
      coordinates.map((task) => task.id),
    );
    expect(coordinates.length).toBeGreaterThan(0);
    expect(body.asLead[0].plan).toMatchObject({ id: plan.id, documentNumber: '12/KH-UBND' });
    const elsewhere = await client.get(
      `/api/my-tasks?organisationId=${f.offices['Phòng Nội vụ'].id}`,
    );
    expect(elsewhere.statusCode).toBe(403);
  });
});

describe('cascade and amendments', () => {
  it("copies the parent plan's tasks for a child unit into its draft, linked, and rolls them up in the parent", async () => {
    const provinceFocal = await f.client(f.users.provinceFocal);
    const created = await provinceFocal.post('/api/plans', {
      organisationId: f.province.id,
      year: 2024,
      title: 'Cải cách hành chính năm 2024',
    });
    expect(created.statusCode, created.body).toBe(201);
    const parent = created.json() as PlanDetail;
    for (const [content, lead] of [
      ['Rà soát TTHC cấp huyện', f.district.id],
      ['Số hóa hồ sơ tại xã', f.commune.id],
      ['Nhiệm vụ của tỉnh', f.province.id],
    ] as const) {
      const r = await provinceFocal.post(`/api/plans/${parent.id}/tasks`, {
        content,
        leadOrganisationId: lead,
        timeframeText: 'Quý II/2024',
        outputKind: 'report',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const signed = await provinceFocal.patch(
      `/api/plans/${parent.id}`,
      { signature: { ...parent.content.signature, signerName: 'Trần Văn B' } },
      ifMatch((await getPlan(parent.id, provinceFocal)).version),
    );
    const issued = await provinceFocal.post(
      `/api/plans/${parent.id}/issue`,
      { number: '16', issuedOn: '2024-01-03' },
      ifMatch(signed.json().version),
    );
    expect(issued.statusCode, issued.body).toBe(200);

    const child = await focal.post('/api/plans', {
      organisationId: f.district.id,
      year: 2024,
      title: 'Cải cách hành chính năm 2024',
      implementsPlanId: parent.id,
    });
    expect(child.statusCode, child.body).toBe(201);
    const draft = child.json() as PlanDetail;
    expect(draft.tasks.map((task) => task.content)).toEqual([
      'Rà soát TTHC cấp huyện',
      'Số hóa hồ sơ tại xã',
    ]);
    expect(draft.tasks[0]?.parentTaskId).toBe(issued.json().tasks[0].id);
    expect(draft.tasks[1]?.lead?.id).toBe(f.commune.id);
    expect(draft.content.preamble).toMatch(
      /^Thực hiện Kế hoạch số 16\/KH-UBND ngày 03\/01\/2024 của Ủy ban nhân dân/,
    );
    expect(draft.implementsPlan?.id).toBe(parent.id);
    // The basis names the parent's issuer as a sentence writes it, not in the header's capitals.
    expect(draft.content.basis[0]?.issuer).toMatch(/^Ủy ban nhân dân tỉnh \p{Lu}/u);

    const rollUp = await getPlan(parent.id, provinceFocal);
    expect(rollUp.derivedTasks.map((task) => [task.parentTaskId, task.organisation.name])).toEqual([
      [rollUp.tasks[0]!.id, 'Huyện Lấp Vò'],
      [rollUp.tasks[1]!.id, 'Huyện Lấp Vò'],
    ]);
  });

  it('refuses to carry out a draft parent plan or one of a unit not above', async () => {
    const sibling = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.province.id,
      type: 'district',
    });
    const provinceFocal = await f.client(f.users.provinceFocal);
    const other = await provinceFocal.post('/api/plans', {
      organisationId: sibling.id,
      year: 2024,
      title: 'X',
    });
    const r = await focal.post('/api/plans', {
      organisationId: f.district.id,
      year: 2024,
      title: 'Y',
      implementsPlanId: other.json().id,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().details[0].field).toBe('implementsPlanId');
  });

  it('amends an issued plan: a new draft, a diff of what changed, and the old version superseded on issue', async () => {
    const plan = await draftFromGaps();
    const issued = await issue(await sign(plan));
    const amended = await focal.post(`/api/plans/${plan.id}/amend`);
    expect(amended.statusCode, amended.body).toBe(201);
    const draft = amended.json() as PlanDetail;
    expect(draft).toMatchObject({
      status: 'draft',
      amendsPlanId: plan.id,
      documentNumber: '…/KH-UBND',
    });
    expect(draft.tasks.map((task) => task.lineageId)).toEqual(
      issued.tasks.map((task) => task.lineageId),
    );
    const second = await focal.post(`/api/plans/${plan.id}/amend`);
    expect(second.statusCode).toBe(409);

    const task = draft.tasks[0]!;
    await focal.patch(
      `/api/plans/${draft.id}/tasks/${task.id}`,
      { timeframeText: 'Quý III/2024' },
      ifMatch(task.version),
    );
    const diff = await focal.get(`/api/plans/${draft.id}/diff`);
    expect(diff.json().changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'content', field: 'number', before: '12', after: '' }),
        expect.objectContaining({
          kind: 'task_changed',
          field: 'timeframeText',
          before: 'Thường xuyên',
          after: 'Quý III/2024',
        }),
      ]),
    );
    await issue(await getPlan(draft.id), '20');
    const old = await getPlan(plan.id);
    expect(old.status).toBe('superseded');
    expect(old.history.map((version) => version.id)).toEqual([plan.id, draft.id]);
  });
});

describe('reading', () => {
  it('lets the leader read plans below but not edit them; another tenant gets 404', async () => {
    const plan = await draftFromGaps();
    expect(plan.abilities).toEqual({ canEdit: true, canIssue: true, canAmend: false });
    const leader = await f.client(f.users.leader);
    const read = await leader.get(`/api/plans/${plan.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ canEdit: false, canIssue: false, canAmend: false });
    expect(
      (await leader.patch(`/api/plans/${plan.id}`, { title: 'X' }, ifMatch(plan.version)))
        .statusCode,
    ).toBe(403);
    const list = await leader.get('/api/plans?year=2024');
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([plan.id]);

    const foreign = await buildTenant(t.db);
    const stranger = await buildUser(t.db, {
      tenantId: foreign.tenant.id,
      homeOrganisationId: foreign.root.id,
      grants: [{ role: 'admin', organisationId: foreign.root.id }],
    });
    const client = await TestClient.signedInAs(t, stranger);
    const unknown = await client.get(`/api/plans/00000000-0000-4000-8000-000000000000`);
    const crossTenant = await client.get(`/api/plans/${plan.id}`);
    expect(crossTenant.statusCode).toBe(404);
    expect(crossTenant.json()).toEqual(unknown.json());
    expect((await client.get('/api/plans')).json().items).toEqual([]);
  });
});
