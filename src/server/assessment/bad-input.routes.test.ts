// The "Bad input" over HTTP, one refusal at a time: each answers its status with the reason
// in Vietnamese, and leaves no trace — the page re-read through the API is unchanged, the tenant's
// audit log has no new row, no evidence bytes reach the disk. Cases already proven elsewhere with
// those three checks are not repeated here (see the report of the bad-input part).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { OWN_UNIT_REFUSAL } from '@domain/assessment/appraisal-rules';
import { assessmentEntries, assessmentRounds, auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import type { UserRow } from '../users/user.repository';
import {
  createTestApp,
  multipartFile,
  TEST_TODAY,
  TestClient,
  type TestApp,
} from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import { buildAssessmentRound } from '../../../test/assessment-factories';
import {
  addRoundUnit,
  addSelfEntry,
  buildRound,
} from '../../../test/assessment-appraisal-factories';
import {
  buildEntries,
  buildRound as buildResultsRound,
} from '../../../test/assessment-results-factories';
import { ifMatch, pdfBytes } from '../../../test/report-fixtures';
import { waitFor } from '../../../test/wait-for';

/**
 * One of each self-scored input kind, none needing evidence (so a filled unit may submit):
 * points without a rule (2), tiers (2), a ratio (3), a deduction (3); then a binary (4) and a
 * survey criterion (5) for the appraisal and the survey part.
 */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Chỉ đạo, điều hành', maxPoints: 10 },
  { code: '1.1', parentCode: '1', name: 'Sáng kiến cải cách', maxPoints: 2, method: 'appraised' },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Ban hành kế hoạch CCHC năm',
    maxPoints: 2,
    method: 'appraised',
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
    code: '1.3',
    parentCode: '1',
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    maxPoints: 3,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.4',
    parentCode: '1',
    name: 'Báo cáo đúng hạn',
    maxPoints: 3,
    method: 'appraised',
    rule: { type: 'deduction', pointsPerEvent: 1 },
  },
  { code: '2', parentCode: null, name: 'Tác động', maxPoints: 9 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Đối thoại với người dân',
    maxPoints: 4,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  {
    code: '2.2',
    parentCode: '2',
    name: 'Sự hài lòng của người dân',
    maxPoints: 5,
    method: 'survey',
    rule: { type: 'survey' },
  },
];

/** A valid input for every self-scored criterion. */
const FILLED: [string, unknown][] = [
  ['1.1', { type: 'points', points: 1.5 }],
  ['1.2', { type: 'tiered', tier: 'Ban hành trễ hạn' }],
  ['1.3', { type: 'ratio', numerator: 90, denominator: 100 }],
  ['1.4', { type: 'deduction', events: 1 }],
  ['2.1', { type: 'binary', achieved: true }],
];

let t: TestApp;
let evidenceDir: string;
beforeAll(async () => {
  // Our own evidence folder, so a test can see that a refused upload left no bytes behind.
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'parplan-bad-input-'));
  t = await createTestApp({ EVIDENCE_DIR: evidenceDir });
});
afterAll(async () => {
  await t.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

const storedFiles = () => readdirSync(evidenceDir, { recursive: true }).length;

async function auditRows(tenantId: string) {
  return (
    await t.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, tenantId))
  ).length;
}

/**
 * Sends a bad request and checks the refusal left no trace: `status`, the Vietnamese `message`
 * (exact text or a stable fragment), the same answer from `reread` before and after, no new audit
 * row in the tenant, no new stored file.
 */
async function expectRefusedWithoutTrace(
  tenantId: string,
  reread: () => Promise<LightMyRequestResponse>,
  send: () => Promise<LightMyRequestResponse>,
  expected: { status: number; message: string | RegExp },
): Promise<void> {
  const before = await reread();
  expect(before.statusCode, before.body).toBe(200);
  const [auditBefore, filesBefore] = [await auditRows(tenantId), storedFiles()];
  const response = await send();
  expect(response.statusCode, response.body).toBe(expected.status);
  const message = response.json().message as string;
  if (typeof expected.message === 'string') expect(message).toBe(expected.message);
  else expect(message).toMatch(expected.message);
  expect((await reread()).json()).toEqual(before.json());
  expect(await auditRows(tenantId)).toBe(auditBefore);
  expect(storedFiles()).toBe(filesBefore);
}

const signedIn = (user: UserRow) => TestClient.signedInAs(t, user);

/** How many sessions of the test database wait on a lock (the race tests wait on this, not on time). */
async function lockWaiters(): Promise<number> {
  const result = await t.pool.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
  );
  return result.rows[0].n as number;
}

/** A unit in self-assessment (window 01/06–30/06/2026) with its editor and leader. */
async function buildSelfFixture() {
  t.setToday(TEST_TODAY);
  const { tenant, root } = await buildTenant(t.db);
  const unit = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: root.id,
    name: 'Sở Tư pháp',
  });
  const framework = await buildFrameworkRow(t.db, {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    year: 2026,
    nodes: NODES,
  });
  const round = await buildAssessmentRound(t.db, {
    tenantId: tenant.id,
    frameworkId: framework.id,
    ownerOrganisationId: root.id,
    year: 2026,
    units: [{ organisationId: unit.id }],
  });
  const member = (role: 'editor' | 'leader') =>
    buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: unit.id,
      grants: [{ role, organisationId: unit.id }],
    }).then(signedIn);
  const editor = await member('editor');
  const leader = await member('leader');
  const url = `/api/assessment-rounds/${round.id}/units/${unit.id}`;
  return { tenantId: tenant.id, url, editor, leader, form: () => editor.get(url) };
}
type SelfFixture = Awaited<ReturnType<typeof buildSelfFixture>>;

async function fill(f: SelfFixture) {
  for (const [code, input] of FILLED) {
    const r = await f.editor.put(`${f.url}/entries/${code}`, { input }, ifMatch(0));
    expect(r.statusCode, r.body).toBe(200);
  }
}

async function submit(f: SelfFixture) {
  const version = (await f.form()).json().version as number;
  const r = await f.leader.post(`${f.url}/submit`, {}, ifMatch(version));
  expect(r.statusCode, r.body).toBe(200);
}

function upload(f: SelfFixture, nodeCode: string, fileName: string, bytes: Buffer, type: string) {
  const { payload, headers } = multipartFile(fileName, bytes, type);
  return f.editor.request('POST', `${f.url}/entries/${nodeCode}/evidence`, { payload, headers });
}

describe('self-assessment: a score outside the rule', () => {
  it('refuses points over the maximum or below 0, an unknown tier, negative or fractional counts, and a ratio with denominator 0 or numerator above it, keeping the saved scores', async () => {
    const f = await buildSelfFixture();
    await fill(f);
    const attempts: [string, unknown, string | RegExp][] = [
      [
        '1.1',
        { type: 'points', points: 2.5 },
        'Điểm phải từ 0 đến 2 (điểm tối đa), nhận được 2,5.',
      ],
      ['1.1', { type: 'points', points: -1 }, /^Điểm phải từ 0 đến 2 \(điểm tối đa\)/],
      ['1.2', { type: 'tiered', tier: 'Xuất sắc' }, /Mức «Xuất sắc» không có trong quy tắc/],
      ['1.3', { type: 'ratio', numerator: 5, denominator: 0 }, /^Mẫu số phải lớn hơn 0/],
      [
        '1.3',
        { type: 'ratio', numerator: 101, denominator: 100 },
        'Tử số (101) không được lớn hơn mẫu số (100).',
      ],
      ['1.3', { type: 'ratio', numerator: -1, denominator: 100 }, /^Tử số không được âm/],
      ['1.3', { type: 'ratio', numerator: 2.5, denominator: 10 }, /phải là số nguyên/],
      ['1.4', { type: 'deduction', events: -1 }, /Số lần vi phạm phải là số nguyên không âm/],
      ['1.4', { type: 'deduction', events: 0.5 }, /Số lần vi phạm phải là số nguyên không âm/],
      ['2.1', { type: 'points', points: 2 }, /chấm bằng «Có \/ không»/],
    ];
    for (const [code, input, message] of attempts) {
      await expectRefusedWithoutTrace(
        f.tenantId,
        f.form,
        () => f.editor.put(`${f.url}/entries/${code}`, { input }, ifMatch(1)),
        { status: 400, message },
      );
    }
    const entries = (await f.form()).json().entries as { nodeCode: string; selfScore: number }[];
    expect(entries.map((entry) => [entry.nodeCode, entry.selfScore])).toEqual([
      ['1.1', 1.5],
      ['1.2', 1],
      ['1.3', 2.7],
      ['1.4', 2],
      ['2.1', 4],
    ]);
  });
});

describe('self-assessment: evidence over the cap or of the wrong type', () => {
  it('refuses a file over 20 MB (413), an .exe, a binary renamed .pdf and an HTML page named .pdf, storing nothing', async () => {
    const f = await buildSelfFixture();
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(4096, 1),
    ]);
    const attempts: [string, Buffer, string, number, string | RegExp][] = [
      [
        'lon.pdf',
        Buffer.concat([pdfBytes(), Buffer.alloc(21 * 1024 * 1024, 32)]),
        'application/pdf',
        413,
        'Tệp quá lớn (tối đa 20 MB); chưa có dữ liệu nào được ghi.',
      ],
      ['cai-dat.exe', exe, 'application/octet-stream', 400, /^Tệp minh chứng phải là PDF, Word/],
      ['bao-cao.pdf', exe, 'application/pdf', 400, /^Tệp minh chứng phải là PDF, Word/],
      [
        'bao-cao.pdf',
        Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 131 + 7) % 256)),
        'application/pdf',
        400,
        /^Tệp minh chứng phải là PDF, Word/,
      ],
      [
        'trang.pdf',
        Buffer.from('<html><script>alert(1)</script></html>'),
        'application/pdf',
        400,
        /^Tệp minh chứng phải là PDF, Word/,
      ],
      ['rong.pdf', Buffer.alloc(0), 'application/pdf', 400, 'Tệp minh chứng rỗng.'],
    ];
    for (const [name, bytes, type, status, message] of attempts) {
      await expectRefusedWithoutTrace(
        f.tenantId,
        f.form,
        () => upload(f, '1.3', name, bytes, type),
        {
          status,
          message,
        },
      );
    }
    expect((await f.form()).json().completion).toMatchObject({ scored: 0, withEvidence: 0 });
    // The same folder takes a real PDF: the refusals above, not the set-up, stored nothing.
    const accepted = await upload(f, '1.3', 'bao-cao.pdf', pdfBytes('báo cáo'), 'application/pdf');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(storedFiles()).toBeGreaterThan(0);
  });
});

describe('self-assessment: outside the window', () => {
  it('refuses a submission before the window opens and after it closes, and a withdrawal after it closes', async () => {
    const f = await buildSelfFixture();
    await fill(f);
    const reason = 'Ngoài thời hạn tự đánh giá (từ 01/06/2026 đến 30/06/2026).';
    const version = (await f.form()).json().version as number;
    for (const day of ['2026-05-31', '2026-07-01']) {
      t.setToday(day);
      await expectRefusedWithoutTrace(
        f.tenantId,
        f.form,
        () => f.leader.post(`${f.url}/submit`, {}, ifMatch(version)),
        { status: 409, message: reason },
      );
    }
    t.setToday('2026-06-30');
    await submit(f);
    t.setToday('2026-07-01');
    const submitted = (await f.form()).json();
    expect(submitted).toMatchObject({ status: 'submitted', actions: { withdraw: false } });
    await expectRefusedWithoutTrace(
      f.tenantId,
      f.form,
      () => f.leader.post(`${f.url}/withdraw`, {}, ifMatch(submitted.version)),
      { status: 409, message: reason },
    );
  });
});

describe('self-assessment: a unit editing after it submitted', () => {
  it('refuses a score, «không áp dụng», an explanation, difficulties, a document, a file, evidence from a task and deleting evidence', async () => {
    const f = await buildSelfFixture();
    await fill(f);
    const cited = await f.editor.post(`${f.url}/entries/1.3/evidence/document`, {
      number: '15/BC-STP',
      date: '2026-03-10',
      issuer: 'Sở Tư pháp',
    });
    expect(cited.statusCode, cited.body).toBe(201);
    await submit(f);
    const unitVersion = (await f.form()).json().version as number;
    const reason =
      /^Đơn vị đã gửi bản tự đánh giá nên không sửa được; lãnh đạo đơn vị rút bản đã gửi/;
    const attempts: (() => Promise<LightMyRequestResponse>)[] = [
      () =>
        f.editor.put(
          `${f.url}/entries/2.1`,
          { input: { type: 'binary', achieved: false } },
          ifMatch(1),
        ),
      () => f.editor.put(`${f.url}/entries/1.1`, { notApplicable: true }, ifMatch(1)),
      () =>
        f.editor.put(`${f.url}/entries/1.1`, { selfExplanation: 'Sửa sau khi gửi' }, ifMatch(1)),
      () => f.editor.patch(f.url, { difficulties: 'Sửa sau khi gửi' }, ifMatch(unitVersion)),
      () =>
        f.editor.post(`${f.url}/entries/1.2/evidence/document`, {
          number: '16/KH-STP',
          date: '2026-01-10',
          issuer: 'Sở Tư pháp',
        }),
      () => upload(f, '1.2', 'ke-hoach.pdf', pdfBytes('kế hoạch'), 'application/pdf'),
      () =>
        f.editor.post(`${f.url}/entries/1.2/evidence/from-task`, {
          taskId: '00000000-0000-4000-8000-000000000000',
          documentIndex: 0,
        }),
      () => f.editor.delete(`/api/assessment-evidence/${cited.json().evidence.id}`),
      // The leader holds the same right and meets the same refusal.
      () => f.leader.patch(f.url, { recommendations: 'Kiến nghị mới' }, ifMatch(unitVersion)),
    ];
    for (const send of attempts) {
      await expectRefusedWithoutTrace(f.tenantId, f.form, send, { status: 409, message: reason });
    }
  });
});

/** Two departments in appraisal (stage 1, window 01/06–30/06/2026), each self-scored 1.3 = 3 and 2.1 = 4. */
async function buildAppraisalFixture() {
  t.setToday(TEST_TODAY);
  const { tenant, root } = await buildTenant(t.db);
  const tenantId = tenant.id;
  const noiVu = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Nội vụ' });
  const deptA = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Tư pháp' });
  const deptB = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Y tế' });
  const office = await buildOrganisation(t.db, {
    tenantId,
    parentId: deptA.id,
    type: 'sub_unit',
    name: 'Văn phòng Sở Tư pháp',
  });
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: root.id,
    year: 2026,
    nodes: NODES,
  });
  const round = await buildRound(t.db, {
    tenantId,
    frameworkId: framework.id,
    ownerOrganisationId: root.id,
  });
  for (const unit of [deptA, deptB]) {
    await addRoundUnit(t.db, { tenantId, roundId: round.id, organisationId: unit.id });
    for (const [nodeCode, selfScore] of [
      ['1.3', 3],
      ['2.1', 4],
    ] as const) {
      await addSelfEntry(t.db, {
        tenantId,
        roundId: round.id,
        organisationId: unit.id,
        nodeCode,
        selfScore,
      });
    }
  }
  const user = (
    home: OrganisationRow,
    grants: { role: 'appraiser' | 'editor'; at: OrganisationRow }[],
  ) =>
    buildUser(t.db, {
      tenantId,
      homeOrganisationId: home.id,
      grants: grants.map((grant) => ({ role: grant.role, organisationId: grant.at.id })),
    }).then(signedIn);
  const unitUrl = (unit: OrganisationRow) => `/api/assessment-rounds/${round.id}/units/${unit.id}`;
  const council = await user(noiVu, [{ role: 'appraiser', at: root }]);
  return {
    tenantId,
    round,
    deptA,
    deptB,
    unitUrl,
    council,
    otherCouncil: await user(noiVu, [{ role: 'appraiser', at: root }]),
    /** A council member who also edits Sở Tư pháp's self-assessment. */
    editorInCouncil: await user(noiVu, [
      { role: 'appraiser', at: root },
      { role: 'editor', at: deptA },
    ]),
    /** A council member working in a sub-unit of Sở Tư pháp. */
    memberBelow: await user(office, [{ role: 'appraiser', at: root }]),
    /** A council member granted on Sở Tư pháp alone (the group-of-units grant), working elsewhere. */
    grantedOnUnit: await user(noiVu, [{ role: 'appraiser', at: deptA }]),
    editorA: await user(deptA, [{ role: 'editor', at: deptA }]),
    view: (unit: OrganisationRow, client = council) => client.get(`${unitUrl(unit)}/appraisal`),
  };
}
type AppraisalFixture = Awaited<ReturnType<typeof buildAppraisalFixture>>;

async function entryVersion(f: AppraisalFixture, unit: OrganisationRow, nodeCode: string) {
  const entries = (await f.view(unit)).json().entries as { nodeCode: string; version: number }[];
  return entries.find((entry) => entry.nodeCode === nodeCode)?.version ?? 0;
}

describe('appraisal: a score outside the rule', () => {
  it('refuses above the maximum, below 0 and between 0 and the max of a «Có / không» criterion', async () => {
    const f = await buildAppraisalFixture();
    const attempts: [string, number, string | RegExp][] = [
      ['1.3', 3.5, 'Điểm thẩm định tiêu chí 1.3 phải từ 0 đến 3 điểm.'],
      ['1.3', -0.25, 'Điểm thẩm định tiêu chí 1.3 phải từ 0 đến 3 điểm.'],
      ['2.1', 2, /^Điểm thẩm định .*chỉ nhận 0 hoặc 4 điểm/],
    ];
    for (const [nodeCode, score, message] of attempts) {
      const version = await entryVersion(f, f.deptA, nodeCode);
      await expectRefusedWithoutTrace(
        f.tenantId,
        () => f.view(f.deptA),
        () =>
          f.council.put(
            `${f.unitUrl(f.deptA)}/appraisal/${nodeCode}`,
            { score, comment: 'Thiếu minh chứng' },
            ifMatch(version),
          ),
        { status: 400, message },
      );
    }
  });
});

describe('appraisal: a council member on their own unit', () => {
  it('refuses a member who edits the unit, and one working in a sub-unit of it: score, explanation request and confirmation', async () => {
    const f = await buildAppraisalFixture();
    const url = f.unitUrl(f.deptA);
    const version = await entryVersion(f, f.deptA, '1.3');
    const unitVersion = (await f.view(f.deptA)).json().version as number;
    for (const member of [f.editorInCouncil, f.memberBelow]) {
      expect((await f.view(f.deptA, member)).json().actions).toMatchObject({
        appraise: false,
        appraiseRefusal: OWN_UNIT_REFUSAL,
      });
      const attempts = [
        () =>
          member.put(`${url}/appraisal/1.3`, { score: 1, comment: 'Tự hạ điểm' }, ifMatch(version)),
        () =>
          member.post(
            `${url}/appraisal/1.3/explanation-request`,
            { request: 'Bổ sung báo cáo' },
            ifMatch(version),
          ),
        () => member.post(`${url}/appraisal/confirm`, {}, ifMatch(unitVersion)),
      ];
      for (const send of attempts) {
        await expectRefusedWithoutTrace(f.tenantId, () => f.view(f.deptA), send, {
          status: 403,
          message: OWN_UNIT_REFUSAL,
        });
      }
    }
  });

  it('lets a member granted on the unit itself but working elsewhere appraise it (an appraiser grant does not make a unit one’s own)', async () => {
    const f = await buildAppraisalFixture();
    const r = await f.grantedOnUnit.put(
      `${f.unitUrl(f.deptA)}/appraisal/1.3`,
      { score: 2.5, comment: 'Tỷ lệ chưa đạt' },
      ifMatch(await entryVersion(f, f.deptA, '1.3')),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ appraisedScore1: 2.5 });
    // The same member has no right on another department.
    const other = await f.grantedOnUnit.put(
      `${f.unitUrl(f.deptB)}/appraisal/1.3`,
      { score: 2.5, comment: 'Tỷ lệ chưa đạt' },
      ifMatch(await entryVersion(f, f.deptB, '1.3')),
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});

describe('appraisal: two council members on the same criterion at once', () => {
  it('applies one and answers 412 to the other, on a saved entry and on one never saved', async () => {
    const f = await buildAppraisalFixture();
    const url = `${f.unitUrl(f.deptB)}/appraisal`;
    const countAppraisals = async () =>
      (
        await t.db
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(eq(auditEvents.tenantId, f.tenantId))
      ).filter((row) => row.action === 'assessment.appraise').length;
    // 1.4 has no entry yet (version 0: both try to insert it), 1.3 has the unit's self score.
    for (const [nodeCode, scores] of [
      ['1.3', [2, 1]],
      ['1.4', [3, 0]],
    ] as const) {
      const version = await entryVersion(f, f.deptB, nodeCode);
      const auditBefore = await countAppraisals();
      const answers = await Promise.all([
        f.council.put(
          `${url}/${nodeCode}`,
          { score: scores[0], comment: 'Lần một' },
          ifMatch(version),
        ),
        f.otherCouncil.put(
          `${url}/${nodeCode}`,
          { score: scores[1], comment: 'Lần hai' },
          ifMatch(version),
        ),
      ]);
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses, answers.map((answer) => answer.body).join('\n')).toEqual([200, 412]);
      const refused = answers.find((answer) => answer.statusCode === 412)!;
      expect(refused.json().message).toBe(
        'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
      );
      const winner = answers.find((answer) => answer.statusCode === 200)!.json();
      const stored = ((await f.view(f.deptB)).json().entries as { nodeCode: string }[]).find(
        (entry) => entry.nodeCode === nodeCode,
      );
      expect(stored).toMatchObject({
        appraisedScore1: winner.appraisedScore1,
        appraisalComment1: winner.appraisalComment1,
        version: version + 1,
      });
      expect(await countAppraisals()).toBe(auditBefore + 1);
    }
  });
});

describe('appraisal: confirming a unit while another member scores it', () => {
  it('never reports a score as saved that the confirmation then replaces', async () => {
    const f = await buildAppraisalFixture();
    const url = `${f.unitUrl(f.deptB)}/appraisal`;
    // Sở Y tế has every criterion scored but 2.1, whose self score (4) the confirmation would keep.
    for (const [nodeCode, score] of [
      ['1.1', 1],
      ['1.2', 1],
      ['1.4', 2],
    ] as const) {
      const r = await f.council.put(
        `${url}/${nodeCode}`,
        { score, comment: 'Thẩm định' },
        ifMatch(0),
      );
      expect(r.statusCode, r.body).toBe(200);
    }
    const unitVersion = (await f.view(f.deptB)).json().version as number;
    const version21 = await entryVersion(f, f.deptB, '2.1');
    let confirm!: Promise<LightMyRequestResponse>;
    let score!: Promise<LightMyRequestResponse>;
    // Another transaction holds Sở Y tế's row (a unit write in flight), so the confirmation waits
    // at a known point while the second member's score arrives.
    await t.db.transaction(async (tx) => {
      await tx.execute(
        sql`SELECT 1 FROM assessment_units WHERE round_id = ${f.round.id} AND organisation_id = ${f.deptB.id} FOR UPDATE`,
      );
      confirm = f.council.post(`${url}/confirm`, {}, ifMatch(unitVersion));
      await waitFor(async () => (await lockWaiters()) >= 1, 10_000, 'the confirmation to wait');
      let answered = false;
      score = f.otherCouncil.put(
        `${url}/2.1`,
        { score: 0, comment: 'Không tổ chức đối thoại' },
        ifMatch(version21),
      );
      void score.then(() => (answered = true));
      await waitFor(
        async () => answered || (await lockWaiters()) >= 2,
        10_000,
        'the score to be answered or to wait',
      );
    });
    const [confirmed, scored] = await Promise.all([confirm, score]);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const stored = ((await f.view(f.deptB)).json().entries as { nodeCode: string }[]).find(
      (entry) => entry.nodeCode === '2.1',
    );
    if (scored.statusCode === 200) expect(stored).toMatchObject({ appraisedScore1: 0 });
    else {
      expect(scored.statusCode, scored.body).toBe(409);
      expect(scored.json().message).toBe(
        'Đơn vị đã được xác nhận thẩm định lần 1; không sửa điểm được nữa.',
      );
      expect(stored).toMatchObject({ appraisedScore1: 4 });
    }
  });
});

describe('explanation outside its window', () => {
  it('refuses the unit’s answer before the window opens and after it closes', async () => {
    const f = await buildAppraisalFixture();
    await t.db
      .update(assessmentRounds)
      .set({
        state: 'explanation',
        explanationOpensOn: '2026-06-05',
        explanationClosesOn: '2026-06-10',
      })
      .where(eq(assessmentRounds.id, f.round.id));
    await t.db
      .update(assessmentEntries)
      .set({ explanationRequest: 'Bổ sung danh sách hồ sơ trễ hạn' })
      .where(eq(assessmentEntries.roundId, f.round.id));
    const version = await entryVersion(f, f.deptA, '1.3');
    const answer = () =>
      f.editorA.put(
        `${f.unitUrl(f.deptA)}/explanations/1.3`,
        { explanation: 'Đã bổ sung' },
        ifMatch(version),
      );
    for (const [day, message] of [
      ['2026-06-04', 'Chưa đến thời hạn giải trình (từ ngày 05/06/2026).'],
      ['2026-06-11', 'Đã hết thời hạn giải trình (đến ngày 10/06/2026).'],
    ] as const) {
      t.setToday(day);
      await expectRefusedWithoutTrace(f.tenantId, () => f.view(f.deptA), answer, {
        status: 409,
        message,
      });
    }
    // Inside the window the same answer is taken: the refusals were the window's.
    t.setToday('2026-06-10');
    expect((await answer()).statusCode).toBe(200);
  });
});

describe('survey part, finalising and publishing', () => {
  /** A round in appraisal: Sở Tư pháp confirmed, Sở Y tế not; both with every score. */
  async function buildResultsFixture(options: { allConfirmed?: boolean } = {}) {
    t.setToday(TEST_TODAY);
    const { tenant, root } = await buildTenant(t.db);
    const [deptA, deptB] = [
      await buildOrganisation(t.db, { tenantId: tenant.id, parentId: root.id, name: 'Sở Tư pháp' }),
      await buildOrganisation(t.db, { tenantId: tenant.id, parentId: root.id, name: 'Sở Y tế' }),
    ];
    const framework = await buildFrameworkRow(t.db, {
      tenantId: tenant.id,
      ownerOrganisationId: root.id,
      year: 2026,
      nodes: NODES,
    });
    const round = await buildResultsRound(t.db, {
      framework,
      ownerOrganisationId: root.id,
      units: [
        { organisationId: deptA.id },
        { organisationId: deptB.id, appraisal1Done: options.allConfirmed ?? false },
      ],
    });
    for (const unit of [deptA, deptB]) {
      await buildEntries(t.db, {
        tenantId: tenant.id,
        roundId: round.id,
        organisationId: unit.id,
        entries: [
          ...['1.1', '1.2', '1.3', '1.4', '2.1'].map((nodeCode) => ({
            nodeCode,
            selfScore: 1,
            appraisedScore1: 1,
          })),
          { nodeCode: '2.2', surveyScore: 4 },
        ],
      });
    }
    const focal = await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'focal', organisationId: root.id }],
    }).then(signedIn);
    const url = `/api/assessment-rounds/${round.id}`;
    return {
      tenantId: tenant.id,
      framework,
      round,
      deptA,
      focal,
      url,
      results: () => focal.get(`${url}/results`),
    };
  }

  it('refuses survey points above the node’s maximum or below 0', async () => {
    const f = await buildResultsFixture();
    for (const [points, shown] of [
      [5.5, '5,5'],
      [-1, '-1'],
    ] as const) {
      await expectRefusedWithoutTrace(
        f.tenantId,
        f.results,
        () => f.focal.put(`${f.url}/units/${f.deptA.id}/survey/2.2`, { points }, ifMatch(1)),
        {
          status: 400,
          message: `Sở Tư pháp: điểm tiêu chí 2.2 phải từ 0 đến 5, nhận được ${shown}.`,
        },
      );
    }
  });

  it('refuses publishing before finalising, and finalising while a unit’s appraisal is unconfirmed', async () => {
    const f = await buildResultsFixture();
    await expectRefusedWithoutTrace(
      f.tenantId,
      f.results,
      () =>
        f.focal.post(
          `${f.url}/publish`,
          { decisionNumber: '12/QĐ-UBND', decisionDate: '2026-06-20', issuer: 'UBND tỉnh' },
          ifMatch(f.round.version),
        ),
      { status: 409, message: 'Chỉ công bố được kết quả đã chốt; hãy chốt kết quả trước.' },
    );
    await expectRefusedWithoutTrace(
      f.tenantId,
      f.results,
      () => f.focal.post(`${f.url}/finalise`, {}, ifMatch(f.round.version)),
      {
        status: 409,
        message: 'Chưa chốt được kết quả: Sở Y tế: chưa xác nhận kết quả thẩm định lần 1.',
      },
    );
    const refused = await f.focal.post(`${f.url}/finalise`, {}, ifMatch(f.round.version));
    expect(refused.json().details.map((detail: { message: string }) => detail.message)).toEqual([
      'Sở Y tế: chưa xác nhận kết quả thẩm định lần 1.',
    ]);
    expect((await f.results()).json().round).toMatchObject({ state: 'appraisal' });
  });

  it('never leaves a survey score typed while finalising out of the written result', async () => {
    const f = await buildResultsFixture({ allConfirmed: true });
    // An earlier result of Sở Tư pháp: finalising rewrites it, and waits here while the test holds it.
    await buildUnitResult(t.db, {
      framework: f.framework,
      organisationId: f.deptA.id,
      entries: [{ nodeCode: '1', appraisedScore: 2 }],
    });
    let finalise!: Promise<LightMyRequestResponse>;
    let survey!: Promise<LightMyRequestResponse>;
    await t.db.transaction(async (tx) => {
      await tx.execute(
        sql`SELECT 1 FROM unit_results WHERE framework_id = ${f.framework.id} AND organisation_id = ${f.deptA.id} FOR UPDATE`,
      );
      finalise = f.focal.post(`${f.url}/finalise`, {}, ifMatch(f.round.version));
      await waitFor(async () => (await lockWaiters()) >= 1, 10_000, 'finalising to wait');
      let answered = false;
      survey = f.focal.put(`${f.url}/units/${f.deptA.id}/survey/2.2`, { points: 2 }, ifMatch(1));
      void survey.then(() => (answered = true));
      await waitFor(
        async () => answered || (await lockWaiters()) >= 2,
        10_000,
        'the survey score to be answered or to wait',
      );
    });
    const [finalised, typed] = await Promise.all([finalise, survey]);
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(typed.statusCode, typed.body).toBe(200);
    const result = await f.focal.get(`/api/frameworks/${f.framework.id}/results/${f.deptA.id}`);
    expect(
      (result.json().entries as { nodeCode: string }[]).find((entry) => entry.nodeCode === '2.2'),
    ).toMatchObject({ surveyScore: 2 });
  });
});
