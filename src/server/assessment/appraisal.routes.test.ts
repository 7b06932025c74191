// Appraisal over HTTP: the appraised score (range, «Có / không», comment when it differs), the
// own-unit rule, two appraisers on one criterion (412), request → answer → appraisal 2 kept apart
// from appraisal 1, confirmation, the board's deltas, sign-off with an unconfirmed unit, another
// tenant (404), and the audit rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { assessmentRounds, auditEvents, notifications } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import {
  addEvidence,
  addRoundUnit,
  addSelfEntry,
  buildRound,
} from '../../../test/assessment-appraisal-factories';

/** Area 1 (1.1 ratio 6, 1.2 binary 4), area 2 (2.1 ratio 10), area 3 survey (20). */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Kế hoạch CCHC',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Báo cáo đúng hạn',
    maxPoints: 4,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  { code: '2', parentCode: null, name: 'Thủ tục hành chính', maxPoints: 10 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Công khai TTHC',
    maxPoints: 10,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '3',
    parentCode: null,
    name: 'Điều tra xã hội học',
    maxPoints: 20,
    method: 'survey',
    rule: { type: 'survey' },
  },
];

let t: TestApp;
let tenantId: string;
let roundId: string;
let deptA: OrganisationRow;
let deptB: OrganisationRow;
let appraiser: TestClient;
let appraiser2: TestClient;
let ownAppraiser: TestClient;
let editorA: TestClient;
let otherTenant: TestClient;
let appraiserId: string;

const unitUrl = (unit: OrganisationRow) => `/api/assessment-rounds/${roundId}/units/${unit.id}`;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  const noiVu = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Nội vụ' });
  deptA = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Tư pháp' });
  deptB = await buildOrganisation(t.db, { tenantId, parentId: a.root.id, name: 'Sở Y tế' });
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: a.root.id,
    nodes: NODES,
    year: 2026,
  });
  const round = await buildRound(t.db, {
    tenantId,
    frameworkId: framework.id,
    ownerOrganisationId: a.root.id,
  });
  roundId = round.id;
  for (const unit of [deptA, deptB]) {
    await addRoundUnit(t.db, { tenantId, roundId, organisationId: unit.id });
    await addSelfEntry(t.db, {
      tenantId,
      roundId,
      organisationId: unit.id,
      nodeCode: '1.1',
      selfScore: 6,
    });
    await addSelfEntry(t.db, {
      tenantId,
      roundId,
      organisationId: unit.id,
      nodeCode: '1.2',
      selfScore: 4,
    });
    await addSelfEntry(t.db, {
      tenantId,
      roundId,
      organisationId: unit.id,
      nodeCode: '2.1',
      selfScore: 8,
    });
  }
  await addEvidence(t.db, {
    tenantId,
    roundId,
    organisationId: deptA.id,
    nodeCode: '1.1',
    kind: 'file',
    fileName: 'ke-hoach.pdf',
    contentType: 'application/pdf',
  });
  await addEvidence(t.db, {
    tenantId,
    roundId,
    organisationId: deptA.id,
    nodeCode: '1.1',
    kind: 'file',
    fileName: 'bang-tinh.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const council = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: noiVu.id,
    fullName: 'Nguyễn Văn Thẩm',
    grants: [{ role: 'appraiser', organisationId: a.root.id }],
  });
  appraiserId = council.id;
  appraiser = await TestClient.signedInAs(t, council);
  appraiser2 = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: noiVu.id,
      grants: [{ role: 'appraiser', organisationId: a.root.id }],
    }),
  );
  ownAppraiser = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: deptA.id,
      grants: [{ role: 'appraiser', organisationId: a.root.id }],
    }),
  );
  editorA = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: deptA.id,
      grants: [{ role: 'editor', organisationId: deptA.id }],
    }),
  );
  const b = await buildTenant(t.db);
  otherTenant = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: b.tenant.id,
      homeOrganisationId: b.root.id,
      grants: [{ role: 'appraiser', organisationId: b.root.id }],
    }),
  );
});
afterAll(() => t.close());

async function entryOf(unit: OrganisationRow, nodeCode: string, client = appraiser) {
  const view = await client.get(`${unitUrl(unit)}/appraisal`);
  expect(view.statusCode).toBe(200);
  return (view.json().entries as { nodeCode: string; version: number }[]).find(
    (entry) => entry.nodeCode === nodeCode,
  )!;
}

describe('the appraisal view', () => {
  it('shows the self scores, the evidence links (PDF inline, .xlsx download) and the stage', async () => {
    const r = await appraiser.get(`${unitUrl(deptA)}/appraisal`);
    expect(r.statusCode).toBe(200);
    const view = r.json();
    expect(view.round.appraisalStage).toBe(1);
    expect(view.actions).toMatchObject({ appraise: true, confirm: true, explain: false });
    const entry = view.entries.find((e: { nodeCode: string }) => e.nodeCode === '1.1');
    expect(entry.selfScore).toBe(6);
    expect(
      entry.evidence.map((e: { contentUrl: string; inline: boolean }) => [e.inline, e.contentUrl]),
    ).toEqual([
      [true, `/api/assessment-evidence/${entry.evidence[0].id}/content?inline=true`],
      [false, `/api/assessment-evidence/${entry.evidence[1].id}/content`],
    ]);
    expect(view.nodes.find((n: { code: string }) => n.code === '3').survey).toBe(true);
  });

  it('tells the council member of the unit why they may not appraise it', async () => {
    const view = (await ownAppraiser.get(`${unitUrl(deptA)}/appraisal`)).json();
    expect(view.actions.appraise).toBe(false);
    expect(view.actions.appraiseRefusal).toBe(
      'Thành viên hội đồng không thẩm định đơn vị của mình',
    );
  });
});

describe('setting an appraised score', () => {
  it('refuses a differing score without a comment, and writes nothing', async () => {
    const entry = await entryOf(deptA, '1.1');
    const r = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 4.5, comment: '' },
      ifMatch(entry.version),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('khác điểm trước đó (6)');
    expect((await entryOf(deptA, '1.1')).version).toBe(entry.version);
  });

  it('refuses a score out of range and 2 on a «Có / không» criterion worth 4', async () => {
    const e11 = await entryOf(deptA, '1.1');
    const over = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 7, comment: 'x' },
      ifMatch(e11.version),
    );
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toBe('Điểm thẩm định tiêu chí 1.1 phải từ 0 đến 6 điểm.');
    const e12 = await entryOf(deptA, '1.2');
    const half = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.2`,
      { score: 2, comment: 'x' },
      ifMatch(e12.version),
    );
    expect(half.statusCode).toBe(400);
    expect(half.json().message).toContain('chỉ nhận 0 hoặc 4 điểm');
  });

  it('refuses a survey node: it is the survey part', async () => {
    const r = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/3`,
      { score: 10, comment: 'x' },
      ifMatch(0),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('điều tra xã hội học');
  });

  it('refuses the appraiser whose home unit it is, with the reason, and writes nothing', async () => {
    const entry = await entryOf(deptA, '2.1');
    const r = await ownAppraiser.put(
      `${unitUrl(deptA)}/appraisal/2.1`,
      { score: 8, comment: '' },
      ifMatch(entry.version),
    );
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toBe('Thành viên hội đồng không thẩm định đơn vị của mình');
    expect((await entryOf(deptA, '2.1')).version).toBe(entry.version);
  });

  it('lets one of two appraisers with the same version win; the other gets 412', async () => {
    const entry = await entryOf(deptA, '1.1');
    const first = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 4.5, comment: 'Kế hoạch ban hành muộn' },
      ifMatch(entry.version),
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      appraisedScore1: 4.5,
      appraisalComment1: 'Kế hoạch ban hành muộn',
    });
    const second = await appraiser2.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 3, comment: 'Thiếu minh chứng' },
      ifMatch(entry.version),
    );
    expect(second.statusCode).toBe(412);
    expect((await entryOf(deptA, '1.1')).version).toBe(entry.version + 1);
    const view = (await appraiser.get(`${unitUrl(deptA)}/appraisal`)).json();
    expect(
      view.entries.find((e: { nodeCode: string }) => e.nodeCode === '1.1').appraisedScore1,
    ).toBe(4.5);
  });

  it('audits the change with the score before and after', async () => {
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.objectType, 'assessment_entry'),
          eq(auditEvents.actorUserId, appraiserId),
        ),
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'assessment.appraise',
      outcome: 'allowed',
      organisationId: deptA.id,
      objectId: `${roundId}/${deptA.id}/1.1`,
      before: { stage: 1, score: null, scoreBefore: 6 },
      after: { stage: 1, score: 4.5, comment: 'Kế hoạch ban hành muộn' },
    });
  });

  it('answers 404 to another tenant', async () => {
    const view = await otherTenant.get(`${unitUrl(deptA)}/appraisal`);
    expect(view.statusCode).toBe(404);
    const r = await otherTenant.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 6, comment: '' },
      ifMatch(2),
    );
    expect(r.statusCode).toBe(404);
  });
});

describe('explanation and appraisal 2', () => {
  it('asks → the unit answers → appraisal 2 is kept apart from appraisal 1', async () => {
    const e21 = await entryOf(deptA, '2.1');
    const asked = await appraiser.post(
      `${unitUrl(deptA)}/appraisal/2.1/explanation-request`,
      { request: 'Bổ sung danh mục TTHC đã công khai' },
      ifMatch(e21.version),
    );
    expect(asked.statusCode).toBe(200);
    const notices = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'assessment_explanation_request'));
    expect(notices.map((n) => n.link)).toEqual([
      `/assessment/${roundId}/units/${deptA.id}/explanations`,
    ]);

    // Not yet the explanation window's state: the unit cannot answer.
    const early = await editorA.put(
      `${unitUrl(deptA)}/explanations/2.1`,
      { explanation: 'Đã công khai 120/120 TTHC' },
      ifMatch(asked.json().version),
    );
    expect(early.statusCode).toBe(409);

    await t.db
      .update(assessmentRounds)
      .set({ state: 'explanation' })
      .where(eq(assessmentRounds.id, roundId));
    const answered = await editorA.put(
      `${unitUrl(deptA)}/explanations/2.1`,
      { explanation: 'Đã công khai 120/120 TTHC' },
      ifMatch(asked.json().version),
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.json().explanation).toBe('Đã công khai 120/120 TTHC');
    // An appraiser may not score in the explanation state.
    const closed = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/2.1`,
      { score: 10, comment: 'x' },
      ifMatch(answered.json().version),
    );
    expect(closed.statusCode).toBe(409);

    await t.db
      .update(assessmentRounds)
      .set({ state: 'appraisal', appraisalStage: 2 })
      .where(eq(assessmentRounds.id, roundId));
    const second = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/2.1`,
      { score: 10, comment: 'Giải trình đầy đủ' },
      ifMatch(answered.json().version),
    );
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      appraisedScore1: null,
      appraisedScore2: 10,
      appraisalComment2: 'Giải trình đầy đủ',
      countingScore: 10,
    });
    // Stage 2 compares with appraisal 1 (here: none, so the self score 8): 10 needed a comment.
    const e11 = await entryOf(deptA, '1.1');
    const keep = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.1`,
      { score: 4.5, comment: '' },
      ifMatch(e11.version),
    );
    expect(keep.statusCode).toBe(200);
    expect(keep.json()).toMatchObject({ appraisedScore1: 4.5, appraisedScore2: 4.5 });
  });
});

describe('the board, confirmation and sign-off', () => {
  it('shows self vs appraised per area and overall, without the survey part', async () => {
    const r = await appraiser.get(`/api/assessment-rounds/${roundId}/board`);
    expect(r.statusCode, r.body).toBe(200);
    const board = r.json();
    expect(board.areas.map((a: { code: string }) => a.code)).toEqual(['1', '2']);
    const rowA = board.rows.find(
      (row: { organisation: { id: string } }) => row.organisation.id === deptA.id,
    );
    // Self 6 + 4 + 8 = 18; appraised 4,5 (1.1, stage 2) + 10 (2.1, stage 2); 1.2 not appraised yet.
    expect(rowA.areas[0]).toMatchObject({ code: '1', self: 10, appraised: 4.5, delta: -5.5 });
    expect(rowA.areas[1]).toMatchObject({ code: '2', self: 8, appraised: 10, delta: 2 });
    expect(rowA.total).toMatchObject({
      self: 18,
      appraised: 14.5,
      delta: -3.5,
      applicableMaxPoints: 20,
    });
    const rowB = board.rows.find(
      (row: { organisation: { id: string } }) => row.organisation.id === deptB.id,
    );
    expect(rowB.total).toMatchObject({ self: 18, appraised: null, delta: null });
    // The largest gap first; minGap keeps only deptA.
    expect(board.rows[0].organisation.id).toBe(deptA.id);
    const filtered = (
      await appraiser.get(`/api/assessment-rounds/${roundId}/board?minGap=1`)
    ).json();
    expect(
      filtered.rows.map((row: { organisation: { id: string } }) => row.organisation.id),
    ).toEqual([deptA.id]);
    expect(board.actions.signOff).toBe(false);
  });

  it('refuses the sign-off while a unit is unconfirmed, naming it', async () => {
    const [round] = await t.db
      .select()
      .from(assessmentRounds)
      .where(eq(assessmentRounds.id, roundId));
    const r = await appraiser.post(
      `/api/assessment-rounds/${roundId}/sign-off`,
      {},
      ifMatch(round!.version),
    );
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toContain('Sở Tư pháp');
    expect(r.json().message).toContain('Sở Y tế');
  });

  it('confirms a unit: untouched criteria keep the score before, then edits are closed; sign-off follows', async () => {
    const viewA = (await appraiser.get(`${unitUrl(deptA)}/appraisal`)).json();
    const confirmed = await appraiser.post(
      `${unitUrl(deptA)}/appraisal/confirm`,
      {},
      ifMatch(viewA.version),
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const entries = confirmed.json().entries as {
      nodeCode: string;
      appraisedScore2: number | null;
    }[];
    expect(entries.find((e) => e.nodeCode === '1.2')!.appraisedScore2).toBe(4);
    expect(confirmed.json().actions.appraise).toBe(false);
    const again = await appraiser.put(
      `${unitUrl(deptA)}/appraisal/1.2`,
      { score: 0, comment: 'x' },
      ifMatch(9),
    );
    expect(again.statusCode).toBe(409);

    const viewB = (await appraiser.get(`${unitUrl(deptB)}/appraisal`)).json();
    expect(
      (await appraiser.post(`${unitUrl(deptB)}/appraisal/confirm`, {}, ifMatch(viewB.version)))
        .statusCode,
    ).toBe(200);
    const board = (await appraiser.get(`/api/assessment-rounds/${roundId}/board`)).json();
    expect(board.unconfirmed).toEqual([]);
    expect(board.actions.signOff).toBe(true);
    const signed = await appraiser.post(
      `/api/assessment-rounds/${roundId}/sign-off`,
      {},
      ifMatch(board.round.version),
    );
    expect(signed.statusCode).toBe(200);
    const stale = await appraiser.post(
      `/api/assessment-rounds/${roundId}/sign-off`,
      {},
      ifMatch(board.round.version),
    );
    expect(stale.statusCode).toBe(412);
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.objectType, 'assessment_round'), eq(auditEvents.objectId, roundId)),
      );
    expect(audits.map((row) => row.action)).toEqual(['assessment.appraise']);
  });

  it('refuses the board to a unit editor who appraises nothing', async () => {
    expect((await editorA.get(`/api/assessment-rounds/${roundId}/board`)).statusCode).toBe(403);
  });
});
