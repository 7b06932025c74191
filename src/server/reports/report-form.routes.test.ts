// The report form's rules over HTTP on real PostgreSQL: tasks numbered and ordered as in the plan
// and marked when due in the period, "Hoàn thành" below 100 % refused, evidence deleted, replaced
// and previewed in place before submitting (refused after), and the previous period's report read
// for "Sao chép từ kỳ trước".
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PreviousReportDto, SubmissionDto } from '@contract/reports';
import { auditEvents } from '../db/schema';
import {
  createTestApp,
  multipartFile,
  TEST_TODAY,
  type TestApp,
  type TestClient,
} from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  pdfBytes,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import { auditEventsOf } from '../../../test/route-helpers';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let evidenceDir: string;
beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'parplan-report-form-'));
  t = await createTestApp({ EVIDENCE_DIR: evidenceDir });
});
afterAll(async () => {
  await t.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

let f: ReportFixture;
let nv: TestClient;
let vh: TestClient;
beforeEach(async () => {
  t.setToday(TEST_TODAY);
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
  vh = await f.client(f.users.vhEditor);
});

const Q1 = '2024-Q1';
const Q2 = '2024-Q2';

/** Every stored evidence file of the tenant, by the files under its directory. */
const storedFiles = () => {
  try {
    return readdirSync(path.join(evidenceDir, f.tenantId));
  } catch {
    return [];
  }
};

async function saveEntries(
  client: TestClient,
  periodKey: string,
  organisationId: string,
  entry: { status: string; progress: number; result?: string },
) {
  const url = reportUrl(f.plan, periodKey, organisationId);
  const current = (await client.get(url)).json() as SubmissionDto;
  return client.request('PUT', url, {
    body: {
      entries: current.entries.map((e) => ({
        taskId: e.task.id,
        reason: '',
        documentRefs: [],
        result: '',
        ...entry,
      })),
      kpiValues: [{ targetIndex: 0, value: '97,5' }],
    },
    headers: ifMatch(current.version),
  });
}

describe('tasks as the plan numbers them', () => {
  it('lists the unit’s tasks in plan order with their appendix number, marked when due in the period', async () => {
    const q2 = (await vh.get(reportUrl(f.plan, Q2, f.vhId))).json() as SubmissionDto;
    expect(q2.entries.map((entry) => [entry.task.number, entry.task.content])).toEqual([
      ['1', 'Rà soát thủ tục hành chính'],
      ['2', 'Số hóa hồ sơ'],
    ]);
    // "Quý II/2024" is due 30/06: in the Q2 report (data to 14/06, due 15/06), not in Q1's.
    expect(q2.entries.map((entry) => entry.task.dueInPeriod)).toEqual(['due', 'due']);
    const q1 = (await vh.get(reportUrl(f.plan, Q1, f.vhId))).json() as SubmissionDto;
    expect(q1.entries.map((entry) => entry.task.dueInPeriod)).toEqual([null, null]);
    // In Q4 the Q2 task not started is still owed, as overdue.
    const q4 = (await vh.get(reportUrl(f.plan, '2024-Q4', f.vhId))).json() as SubmissionDto;
    expect(q4.entries.map((entry) => entry.task.dueInPeriod)).toEqual(['overdue', 'overdue']);
  });
});

describe('"Hoàn thành" means 100 %', () => {
  it('refuses a task reported done below 100 % with a Vietnamese 400 on its progress, saving nothing', async () => {
    t.setToday('2024-03-10');
    const refused = await saveEntries(nv, Q1, f.nvId, { status: 'done', progress: 80 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([
      {
        field: 'entries.0.progress',
        message:
          'Nhiệm vụ «Hoàn thành» phải có tiến độ 100%; nếu chưa xong, chọn «Đang thực hiện».',
      },
    ]);
    const report = (await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto;
    expect(report.version).toBe(0);
    const accepted = await saveEntries(nv, Q1, f.nvId, { status: 'done', progress: 100 });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
});

describe('evidence before submitting', () => {
  const upload = (client: TestClient, name: string, bytes: Buffer, type = 'application/pdf') => {
    const { payload, headers } = multipartFile(name, bytes, type);
    return client.request(
      'POST',
      `${reportUrl(f.plan, Q1, f.nvId)}/evidence?taskId=${f.plan.tasks[0]!.id}`,
      { payload, headers },
    );
  };
  const evidenceOf = async () =>
    ((await nv.get(reportUrl(f.plan, Q1, f.nvId))).json() as SubmissionDto).entries.flatMap(
      (entry) => entry.evidence,
    );

  it('deletes a file: the row, its bytes and its download go; the audit keeps its name and hash', async () => {
    t.setToday('2024-03-10');
    const uploaded = await upload(nv, 'bien-ban.pdf', pdfBytes('xoa'));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json().evidence.id as string;
    expect(storedFiles()).toHaveLength(1);

    const deleted = await nv.request('DELETE', `/api/evidence/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json()).toEqual({ deleted: true });
    expect(await evidenceOf()).toEqual([]);
    expect((await nv.get(`/api/evidence/${id}`)).statusCode).toBe(404);
    // The bytes are removed once the answer is sent (after the commit): wait for that condition.
    await expect.poll(() => storedFiles()).toEqual([]);
    const events = await auditEventsOf(
      t,
      f.tenantId,
      eq(auditEvents.objectId, id),
      eq(auditEvents.outcome, 'allowed'),
    );
    expect(events.map((event) => event.after)).toEqual([
      expect.objectContaining({ fileName: 'bien-ban.pdf' }),
      { deleted: true },
    ]);
    expect(events[1]?.before).toMatchObject({
      fileName: 'bien-ban.pdf',
      sha256: expect.any(String),
    });
  });

  it('replaces a file with another (checked by content): the new one in its place, the old one gone', async () => {
    t.setToday('2024-03-10');
    const uploaded = await upload(nv, 'anh-cu.pdf', pdfBytes('cu'));
    const oldId = uploaded.json().evidence.id as string;
    const { payload, headers } = multipartFile('anh-moi.png', PNG, 'image/png');
    const replaced = await nv.request('PUT', `/api/evidence/${oldId}`, { payload, headers });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({
      replacedId: oldId,
      evidence: { fileName: 'anh-moi.png', contentType: 'image/png' },
    });
    expect((await evidenceOf()).map((file) => file.fileName)).toEqual(['anh-moi.png']);
    await expect.poll(() => storedFiles().length).toBe(1);

    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(512, 1)]);
    const bad = multipartFile('virus.pdf', exe, 'application/pdf');
    const refused = await nv.request('PUT', `/api/evidence/${replaced.json().evidence.id}`, bad);
    expect(refused.statusCode).toBe(400);
    expect((await evidenceOf()).map((file) => file.fileName)).toEqual(['anh-moi.png']);
  });

  it('refuses delete and replace once the report is submitted (409), keeping the file', async () => {
    t.setToday('2024-03-10');
    const id = (await upload(nv, 'bao-cao.pdf', pdfBytes())).json().evidence.id as string;
    const saved = await saveEntries(nv, Q1, f.nvId, { status: 'in_progress', progress: 50 });
    const submitted = await nv.post(
      `${reportUrl(f.plan, Q1, f.nvId)}/submit`,
      {},
      ifMatch(saved.json().version),
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    const deleted = await nv.request('DELETE', `/api/evidence/${id}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().message).toBe('Báo cáo đã nộp: không xóa tệp minh chứng được nữa.');
    const { payload, headers } = multipartFile('moi.png', PNG, 'image/png');
    const replaced = await nv.request('PUT', `/api/evidence/${id}`, { payload, headers });
    expect(replaced.statusCode).toBe(409);
    expect((await evidenceOf()).map((file) => file.id)).toEqual([id]);
    expect(storedFiles()).toHaveLength(1);
  });

  it('answers 404 to another province and 403 to an editor of another unit', async () => {
    t.setToday('2024-03-10');
    const id = (await upload(nv, 'bao-cao.pdf', pdfBytes())).json().evidence.id as string;
    const other = await buildReportFixture(t);
    const foreign = await other.client(other.users.nvEditor);
    expect((await foreign.request('DELETE', `/api/evidence/${id}`)).statusCode).toBe(404);
    expect((await foreign.get(`/api/evidence/${id}/inline`)).statusCode).toBe(404);
    const stranger = await f.client(f.users.tpEditor);
    expect((await stranger.request('DELETE', `/api/evidence/${id}`)).statusCode).toBe(403);
    expect(await evidenceOf()).toHaveLength(1);
  });

  it('serves a PDF or image inline for the preview, framed by our own pages only; Word only downloads', async () => {
    t.setToday('2024-03-10');
    const bytes = pdfBytes('xem');
    const id = (await upload(nv, 'ke-hoach.pdf', bytes)).json().evidence.id as string;
    const inline = await f.focal.get(`/api/evidence/${id}/inline`);
    expect(inline.statusCode).toBe(200);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(String(inline.headers['content-disposition'])).toMatch(
      /^inline; filename="ke-hoach\.pdf"/,
    );
    expect(String(inline.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(String(inline.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.rawPayload.equals(bytes)).toBe(true);

    const word = new Document({ sections: [{ children: [new Paragraph('Biên bản')] }] });
    const { payload, headers } = multipartFile(
      'bien-ban.docx',
      await Packer.toBuffer(word),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const stored = await nv.request(
      'POST',
      `${reportUrl(f.plan, Q1, f.nvId)}/evidence?taskId=${f.plan.tasks[0]!.id}`,
      { payload, headers },
    );
    expect(stored.statusCode, stored.body).toBe(201);
    const refused = await nv.get(`/api/evidence/${stored.json().evidence.id}/inline`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('hãy tải tệp này về');
  });
});

describe('the previous period’s report (Sao chép từ kỳ trước)', () => {
  const previousOf = async (periodKey: string) => {
    const r = await nv.get(`${reportUrl(f.plan, periodKey, f.nvId)}/previous`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as PreviousReportDto;
  };

  it('has nothing to copy when the unit sent no earlier report (a draft never sent does not count)', async () => {
    t.setToday('2024-03-10');
    const draft = await saveEntries(nv, Q1, f.nvId, { status: 'in_progress', progress: 30 });
    expect(draft.statusCode, draft.body).toBe(200);
    t.setToday('2024-04-01');
    expect(await previousOf(Q2)).toEqual({
      period: null,
      status: null,
      submittedAt: null,
      entries: [],
      kpiValues: [],
    });
    expect((await previousOf(Q1)).period).toBeNull();
  });

  it('reads the latest earlier report the unit submitted: status, %, result and KPI figures per task', async () => {
    t.setToday('2024-03-10');
    const saved = await saveEntries(nv, Q1, f.nvId, {
      status: 'in_progress',
      progress: 60,
      result: 'Đã rà soát 12/20 thủ tục',
    });
    const submitted = await nv.post(
      `${reportUrl(f.plan, Q1, f.nvId)}/submit`,
      {},
      ifMatch(saved.json().version),
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    t.setToday('2024-07-01');
    const previous = await previousOf('2024-Q3');
    expect(previous).toMatchObject({
      period: { key: Q1, label: expect.stringContaining('Quý I') },
      status: 'submitted',
      entries: [
        {
          taskId: f.plan.tasks[0]!.id,
          status: 'in_progress',
          progress: 60,
          result: 'Đã rà soát 12/20 thủ tục',
        },
      ],
      kpiValues: [{ targetIndex: 0, value: 97.5 }],
    });
    // Another province's unit of the same id space is not found.
    const other = await buildReportFixture(t);
    const foreign = await other.client(other.users.nvEditor);
    expect((await foreign.get(`${reportUrl(f.plan, '2024-Q3', f.nvId)}/previous`)).statusCode).toBe(
      404,
    );
  });
});
