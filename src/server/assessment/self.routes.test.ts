// The self-assessment over HTTP: scores computed from the rule's inputs, bad input refused with
// nothing written, the window and the submission, two editors (412), tenancy, evidence (files,
// documents, the cap) and evidence carried forward from a task reported and accepted this year.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { QUARTERLY_BY_15TH } from '@domain/reports/reporting-rule';
import { defaultPlanContent } from '@domain/plans/plan-defaults';
import {
  assessmentEntries,
  assessmentEvidence,
  evidenceFiles,
  planTasks,
  plans,
  reportEntries,
  reportSubmissions,
} from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import {
  createTestApp,
  multipartFile,
  TEST_TODAY,
  TestClient,
  type TestApp,
} from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { buildAssessmentRound } from '../../../test/assessment-factories';
import { ifMatch, pdfBytes } from '../../../test/report-fixtures';

/** A small department framework: a plan that scores 0 without evidence, a ratio, a yes/no, a survey, a deduction, a bonus. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Chỉ đạo, điều hành', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Ban hành kế hoạch CCHC năm',
    maxPoints: 2,
    method: 'appraised',
    evidence: 'Kế hoạch CCHC năm',
    zeroWithoutEvidence: true,
    rule: {
      type: 'tiered',
      tiers: [
        { label: 'Ban hành đúng hạn', points: 2 },
        { label: 'Ban hành trễ hạn', points: 1 },
        { label: 'Không ban hành', points: 0 },
      ],
    },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    maxPoints: 3,
    method: 'appraised',
    evidence: 'Báo cáo kết quả giải quyết hồ sơ',
    rule: { type: 'ratio_threshold', threshold: 95 },
  },
  {
    code: '1.3',
    parentCode: '1',
    name: 'Đối thoại với người dân',
    maxPoints: 2,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  {
    code: '1.4',
    parentCode: '1',
    name: 'Sự hài lòng',
    maxPoints: 3,
    method: 'survey',
    rule: { type: 'survey' },
  },
  { code: '2', parentCode: null, name: 'Cải cách thể chế', maxPoints: 5 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Báo cáo đúng hạn',
    maxPoints: 5,
    method: 'appraised',
    evidence: 'Các báo cáo định kỳ',
    rule: { type: 'deduction', pointsPerEvent: 1 },
  },
  { code: '9', parentCode: null, name: 'Điểm thưởng', maxPoints: 1, isBonus: true },
  {
    code: '9.1',
    parentCode: '9',
    name: 'Sáng kiến',
    maxPoints: 1,
    method: 'appraised',
    isBonus: true,
    rule: { type: 'bonus', maxBonus: 1 },
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Fixture {
  tenantId: string;
  root: OrganisationRow;
  unit: OrganisationRow;
  roundId: string;
  frameworkId: string;
  editor: TestClient;
  otherEditor: TestClient;
  leader: TestClient;
  appraiser: TestClient;
  stranger: TestClient;
  url: string;
}

async function buildFixture(options: { year?: number } = {}): Promise<Fixture> {
  const { tenant, root } = await buildTenant(t.db);
  const unit = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: root.id,
    name: 'Sở Tư pháp',
  });
  const framework = await buildFrameworkRow(t.db, {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    year: options.year ?? 2026,
    nodes: NODES,
  });
  const round = await buildAssessmentRound(t.db, {
    tenantId: tenant.id,
    frameworkId: framework.id,
    ownerOrganisationId: root.id,
    year: options.year ?? 2026,
    units: [{ organisationId: unit.id }],
  });
  const user = (role: 'editor' | 'leader' | 'appraiser', at = unit) =>
    buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: at.id,
      grants: [{ role, organisationId: at.id }],
    }).then((row) => TestClient.signedInAs(t, row));
  const other = await buildTenant(t.db);
  const strangerUser = await buildUser(t.db, {
    tenantId: other.tenant.id,
    homeOrganisationId: other.root.id,
    grants: [{ role: 'admin', organisationId: other.root.id }],
  });
  return {
    tenantId: tenant.id,
    root,
    unit,
    roundId: round.id,
    frameworkId: framework.id,
    editor: await user('editor'),
    otherEditor: await user('editor'),
    leader: await user('leader'),
    appraiser: await user('appraiser', root),
    stranger: await TestClient.signedInAs(t, strangerUser),
    url: `/api/assessment-rounds/${round.id}/units/${unit.id}`,
  };
}

const entryCount = async (f: Fixture) =>
  (
    await t.db
      .select({ code: assessmentEntries.nodeCode })
      .from(assessmentEntries)
      .where(eq(assessmentEntries.organisationId, f.unit.id))
  ).length;

const evidenceCount = async (f: Fixture) =>
  (
    await t.db
      .select({ id: assessmentEvidence.id })
      .from(assessmentEvidence)
      .where(eq(assessmentEvidence.organisationId, f.unit.id))
  ).length;

/** Fills every self-scored criterion of the fixture with evidence where it needs it. */
async function fillEverything(f: Fixture) {
  const save = async (code: string, input: unknown) => {
    const r = await f.editor.put(`${f.url}/entries/${code}`, { input }, ifMatch(0));
    expect(r.statusCode, r.body).toBe(200);
  };
  await save('1.1', { type: 'tiered', tier: 'Ban hành đúng hạn' });
  await save('1.2', { type: 'ratio', numerator: 95, denominator: 100 });
  await save('1.3', { type: 'binary', achieved: true });
  await save('2.1', { type: 'deduction', events: 1 });
  await save('9.1', { type: 'points', points: 0.5 });
  for (const code of ['1.1', '1.2', '2.1']) {
    const r = await f.editor.post(`${f.url}/entries/${code}/evidence/document`, {
      number: `${code.replace('.', '')}/KH-STP`,
      date: '2026-01-10',
      issuer: 'Sở Tư pháp',
      pointer: 'Mục II',
      summary: 'Kế hoạch cải cách hành chính năm 2026',
    });
    expect(r.statusCode, r.body).toBe(201);
  }
}

describe('self-assessment over HTTP', () => {
  let f: Fixture;
  beforeEach(async () => {
    t.setToday(TEST_TODAY);
    f = await buildFixture();
  });

  it('computes a ratio from its two counts: 95 of 100 with a 95 % threshold is full points', async () => {
    const r = await f.editor.put(
      `${f.url}/entries/1.2`,
      { input: { type: 'ratio', numerator: 95, denominator: 100 } },
      ifMatch(0),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers.etag).toBe('"1"');
    expect(r.json()).toMatchObject({
      nodeCode: '1.2',
      computedScore: 3,
      selfScore: 3,
      rate: 95,
      version: 1,
      // Scored without its report attached: the unit must explain.
      needsExplanation: true,
    });
    const form = (await f.editor.get(f.url)).json();
    expect(form.status).toBe('in_progress');
    expect(form.completion).toMatchObject({ applicable: 5, scored: 1, needingExplanation: 1 });
    expect(form.actions).toEqual({ edit: true, submit: false, withdraw: false });
  });

  it('refuses a denominator of 0, a numerator above it, a bonus above its maximum and a survey criterion, writing nothing', async () => {
    const attempts: [string, unknown, RegExp][] = [
      ['1.2', { type: 'ratio', numerator: 5, denominator: 0 }, /Mẫu số phải lớn hơn 0/],
      ['1.2', { type: 'ratio', numerator: 101, denominator: 100 }, /không được lớn hơn mẫu số/],
      ['9.1', { type: 'points', points: 2 }, /Điểm thưởng phải từ 0 đến 1/],
      ['1.2', { type: 'points', points: 3 }, /chấm bằng tử số \/ mẫu số/],
      ['1.4', { type: 'points', points: 3 }, /điều tra xã hội học, không tự chấm/],
    ];
    for (const [code, input, message] of attempts) {
      const r = await f.editor.put(`${f.url}/entries/${code}`, { input }, ifMatch(0));
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().message).toMatch(message);
    }
    expect(await entryCount(f)).toBe(0);
  });

  it('counts a plan criterion 0 until its plan is attached, then its tier', async () => {
    const saved = await f.editor.put(
      `${f.url}/entries/1.1`,
      { input: { type: 'tiered', tier: 'Ban hành đúng hạn' } },
      ifMatch(0),
    );
    expect(saved.json()).toMatchObject({
      computedScore: 2,
      selfScore: 0,
      zeroForMissingEvidence: true,
      needsExplanation: false,
    });
    const added = await f.editor.post(`${f.url}/entries/1.1/evidence/document`, {
      number: '15/KH-STP',
      date: '2026-01-10',
      issuer: 'Sở Tư pháp',
      pointer: 'Toàn văn',
      summary: 'Kế hoạch CCHC năm 2026',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().entry).toMatchObject({
      selfScore: 2,
      version: 2,
      zeroForMissingEvidence: false,
    });
    expect(added.json().evidence.document).toMatchObject({
      number: '15/KH-STP',
      pointer: 'Toàn văn',
    });
    // The same document again is the same item.
    const again = await f.editor.post(`${f.url}/entries/1.1/evidence/document`, {
      number: '15/KH-STP',
      date: '2026-01-10',
      issuer: 'Sở Tư pháp',
    });
    expect(again.json()).toMatchObject({
      created: false,
      evidence: { id: added.json().evidence.id },
    });
    const removed = await f.editor.delete(`/api/assessment-evidence/${added.json().evidence.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().entry).toMatchObject({ selfScore: 0, version: 3 });
  });

  it('stores an uploaded PDF, opens it in place for an appraiser, refuses another type and the 21st item', async () => {
    const upload = (name: string, bytes: Buffer, type: string) => {
      const { payload, headers } = multipartFile(name, bytes, type);
      return f.editor.request('POST', `${f.url}/entries/1.2/evidence`, { payload, headers });
    };
    const stored = await upload('bao-cao.pdf', pdfBytes('báo cáo hồ sơ'), 'application/pdf');
    expect(stored.statusCode, stored.body).toBe(201);
    const id = stored.json().evidence.id as string;
    expect(stored.json().evidence).toMatchObject({
      kind: 'file',
      previewable: true,
      contentType: 'application/pdf',
    });

    const inline = await f.appraiser.get(`/api/assessment-evidence/${id}/content?inline=true`);
    expect(inline.statusCode, inline.body).toBe(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(String(inline.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(inline.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await f.stranger.get(`/api/assessment-evidence/${id}/content`)).statusCode).toBe(404);

    const exe = await upload(
      'bao-cao.pdf',
      Buffer.from('MZ\x90\x00 not a pdf at all'),
      'application/pdf',
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.json().message).toMatch(/phải là PDF, Word/);
    expect(await evidenceCount(f)).toBe(1);

    for (let index = 1; index < 20; index++) {
      const r = await f.editor.post(`${f.url}/entries/1.2/evidence/document`, {
        number: `${index}/BC-STP`,
        date: null,
        issuer: 'Sở Tư pháp',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const over = await f.editor.post(`${f.url}/entries/1.2/evidence/document`, {
      number: '21/BC-STP',
      date: null,
      issuer: 'Sở Tư pháp',
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toBe(
      'Mỗi tiêu chí có tối đa 20 tài liệu kiểm chứng; hãy xóa bớt trước khi thêm.',
    );
    expect(await evidenceCount(f)).toBe(20);
  });

  it('answers 412 to the second of two editors saving the same criterion', async () => {
    const first = await f.editor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: true } },
      ifMatch(0),
    );
    expect(first.statusCode).toBe(200);
    const second = await f.otherEditor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: false } },
      ifMatch(0),
    );
    expect(second.statusCode).toBe(412);
    const form = (await f.editor.get(f.url)).json();
    expect(form.entries.find((e: { nodeCode: string }) => e.nodeCode === '1.3')).toMatchObject({
      selfScore: 2,
      version: 1,
    });
  });

  it('lets the leader submit only when everything is scored and explained, then refuses edits until withdrawn', async () => {
    const early = await f.leader.post(`${f.url}/submit`, {}, ifMatch(1));
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toMatch(/chưa chấm 5 tiêu chí \(1\.1, 1\.2, 1\.3, 2\.1, 9\.1\)/);

    await fillEverything(f);
    const editorTries = await f.editor.post(`${f.url}/submit`, {}, ifMatch(2));
    expect(editorTries.statusCode).toBe(403);
    const version = (await f.leader.get(f.url)).json().version as number;
    const submitted = await f.leader.post(`${f.url}/submit`, {}, ifMatch(version));
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      actions: { edit: false, submit: false, withdraw: true },
    });

    const late = await f.editor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: false } },
      ifMatch(1),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/đã gửi bản tự đánh giá nên không sửa được/);

    const withdrawn = await f.leader.post(
      `${f.url}/withdraw`,
      {},
      ifMatch(submitted.json().version),
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('in_progress');
    const edited = await f.editor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: false } },
      ifMatch(1),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().selfScore).toBe(0);
  });

  it('refuses a submission and an edit after the window closed', async () => {
    await fillEverything(f);
    t.setToday('2026-07-01');
    const version = (await f.leader.get(f.url)).json().version as number;
    const r = await f.leader.post(`${f.url}/submit`, {}, ifMatch(version));
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toBe('Ngoài thời hạn tự đánh giá (từ 01/06/2026 đến 30/06/2026).');
    const edit = await f.editor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: false } },
      ifMatch(1),
    );
    expect(edit.statusCode).toBe(409);
    expect((await f.leader.get(f.url)).json()).toMatchObject({
      status: 'in_progress',
      actions: { edit: false, submit: false },
    });
  });

  it('answers 404 to another tenant, and lists the unit’s completion for its readers', async () => {
    expect((await f.stranger.get(f.url)).statusCode).toBe(404);
    const put = await f.stranger.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: true } },
      ifMatch(0),
    );
    expect(put.statusCode).toBe(404);
    expect(await entryCount(f)).toBe(0);
    await f.editor.put(
      `${f.url}/entries/1.3`,
      { input: { type: 'binary', achieved: true } },
      ifMatch(0),
    );
    const completion = await f.appraiser.get(`/api/assessment-rounds/${f.roundId}/completion`);
    expect(completion.statusCode, completion.body).toBe(200);
    expect(completion.json().items).toEqual([
      {
        organisationId: f.unit.id,
        completion: expect.objectContaining({ applicable: 5, scored: 1, percent: 20 }),
      },
    ]);
    expect(
      (await f.stranger.get(`/api/assessment-rounds/${f.roundId}/completion`)).statusCode,
    ).toBe(404);
  });
});

describe('evidence carried forward from a task', () => {
  it('proposes the issued document and file of an accepted report on a task linked to last year’s criterion, and attaches it once', async () => {
    t.setToday(TEST_TODAY);
    const { tenant, root } = await buildTenant(t.db);
    // Last year's framework (2025) had the dialogue as 1.5; this year's copy renumbered it 1.3.
    const lastYear = await buildFrameworkRow(t.db, {
      tenantId: tenant.id,
      ownerOrganisationId: root.id,
      year: 2025,
      nodes: NODES.map((node) => (node.code === '1.3' ? { ...node, code: '1.5' } : node)),
    });
    const thisYear = await buildFrameworkRow(t.db, {
      tenantId: tenant.id,
      ownerOrganisationId: root.id,
      year: 2026,
      nodes: NODES,
      copiedFromId: lastYear.id,
      codeMapping: { '1.5': '1.3' },
    });
    const unit = await buildOrganisation(t.db, {
      tenantId: tenant.id,
      parentId: root.id,
      name: 'Sở Tư pháp',
    });
    const round = await buildAssessmentRound(t.db, {
      tenantId: tenant.id,
      frameworkId: thisYear.id,
      ownerOrganisationId: root.id,
      year: 2026,
      units: [{ organisationId: unit.id }],
    });
    const editor = await TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId: tenant.id,
        homeOrganisationId: unit.id,
        grants: [{ role: 'editor', organisationId: unit.id }],
      }),
    );
    // The 2026 plan drafted from the 2025 results: a task on criterion 1.5 of 2025, done.
    const [plan] = await t.db
      .insert(plans)
      .values({
        tenantId: tenant.id,
        organisationId: unit.id,
        year: 2026,
        status: 'issued',
        reportingRule: QUARTERLY_BY_15TH,
        content: defaultPlanContent(
          { name: unit.name, type: 'department', parent: null },
          2026,
          'Kế hoạch CCHC năm 2026',
        ),
      })
      .returning();
    const link = {
      frameworkId: lastYear.id,
      frameworkCode: lastYear.code,
      indexKind: 'par_index',
      code: '1.5',
      name: 'Đối thoại với người dân',
      maxPoints: 2,
      score: 0,
      pointsAtStake: 2,
    };
    const [task] = await t.db
      .insert(planTasks)
      .values({
        tenantId: tenant.id,
        planId: plan!.id,
        position: 1,
        content: 'Tổ chức đối thoại giữa Giám đốc Sở với người dân',
        leadOrganisationId: unit.id,
        outputKind: 'report',
        timeframeText: 'Quý I/2026',
        status: 'done',
        nodeLinks: [link],
      })
      .returning();
    const [unlinked] = await t.db
      .insert(planTasks)
      .values({
        tenantId: tenant.id,
        planId: plan!.id,
        position: 2,
        content: 'Nhiệm vụ khác',
        leadOrganisationId: unit.id,
        outputKind: 'report',
        timeframeText: 'Quý I/2026',
        status: 'done',
        nodeLinks: [{ ...link, code: '2.1' }],
      })
      .returning();
    const [report] = await t.db
      .insert(reportSubmissions)
      .values({
        tenantId: tenant.id,
        planId: plan!.id,
        periodKey: '2026-Q1',
        organisationId: unit.id,
        status: 'accepted',
      })
      .returning();
    await t.db.insert(reportEntries).values({
      tenantId: tenant.id,
      submissionId: report!.id,
      taskId: task!.id,
      status: 'done',
      progress: 100,
      result: 'Đã tổ chức đối thoại ngày 20/3/2026',
      documentRefs: [
        {
          number: 'Thông báo số 45/TB-STP',
          date: '2026-03-25',
          issuer: 'Sở Tư pháp',
          summary: 'Kết luận buổi đối thoại',
        },
      ],
    });
    const [file] = await t.db
      .insert(evidenceFiles)
      .values({
        tenantId: tenant.id,
        submissionId: report!.id,
        taskId: task!.id,
        fileName: 'bien-ban-doi-thoai.pdf',
        contentType: 'application/pdf',
        sizeBytes: 100,
        sha256: 'a'.repeat(64),
        storageKey: `${tenant.id}/bien-ban`,
      })
      .returning();
    // A draft report of the other task offers nothing (only accepted evidence counts).
    await t.db.insert(reportSubmissions).values({
      tenantId: tenant.id,
      planId: plan!.id,
      periodKey: '2026-Q2',
      organisationId: unit.id,
      status: 'submitted',
    });
    void unlinked;

    const url = `/api/assessment-rounds/${round.id}/units/${unit.id}`;
    const proposed = await editor.get(`${url}/proposed-evidence?nodeCode=1.3`);
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().items).toEqual([
      expect.objectContaining({
        nodeCode: '1.3',
        kind: 'report_evidence',
        evidenceFileId: file!.id,
        fileName: 'bien-ban-doi-thoai.pdf',
        periodKey: '2026-Q1',
        attached: false,
        task: expect.objectContaining({ id: task!.id, status: 'done' }),
      }),
      expect.objectContaining({
        nodeCode: '1.3',
        kind: 'task_output',
        documentIndex: 0,
        document: expect.objectContaining({ number: 'Thông báo số 45/TB-STP', date: '2026-03-25' }),
        attached: false,
      }),
    ]);

    const attach = () =>
      editor.post(`${url}/entries/1.3/evidence/from-task`, { taskId: task!.id, documentIndex: 0 });
    const first = await attach();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      created: true,
      evidence: {
        kind: 'task_output',
        document: { number: 'Thông báo số 45/TB-STP' },
        sourceTask: { id: task!.id },
      },
    });
    const second = await attach();
    expect(second.json()).toMatchObject({
      created: false,
      evidence: { id: first.json().evidence.id },
    });
    const fileAttached = await editor.post(`${url}/entries/1.3/evidence/from-task`, {
      taskId: task!.id,
      evidenceFileId: file!.id,
    });
    expect(fileAttached.statusCode, fileAttached.body).toBe(201);
    expect(fileAttached.json().evidence).toMatchObject({
      kind: 'report_evidence',
      fileName: 'bien-ban-doi-thoai.pdf',
      previewable: true,
    });
    const rows = await t.db
      .select()
      .from(assessmentEvidence)
      .where(and(eq(assessmentEvidence.roundId, round.id), eq(assessmentEvidence.nodeCode, '1.3')));
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.kind === 'report_evidence')?.storageKey).toBeNull();

    // A task not linked to 1.3 cannot be attached to it.
    const wrong = await editor.post(`${url}/entries/1.3/evidence/from-task`, {
      taskId: unlinked!.id,
      documentIndex: 0,
    });
    expect(wrong.statusCode).toBe(400);
    const after = (await editor.get(`${url}/proposed-evidence?nodeCode=1.3`)).json().items;
    expect(after.every((item: { attached: boolean }) => item.attached)).toBe(true);
  });
});
