// The thread of a report (trao đổi về báo cáo) over HTTP: the unit's editor and the district's
// focal write as their sides, the other side hears; the return comment joins the thread while the
// return API keeps answering returnComment; who may not write is refused and audited; another
// province's thread is 404.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportCommentDto } from '@contract/report-comments';
import type { SubmissionDto } from '@contract/reports';
import { auditEvents } from '../db/schema';
import { buildUser } from '../../../test/factories';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import type { UserRow } from '../users/user.repository';

let t: TestApp;
let f: ReportFixture;
let nv: TestClient;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
});

const Q1 = '2024-Q1';
const threadUrl = () => `${reportUrl(f.plan, Q1, f.nvId)}/comments`;
type Thread = {
  items: ReportCommentDto[];
  abilities: { canComment: boolean };
  mySide: string | null;
};

async function bellOf(user: UserRow, kind: string) {
  const r = await (await f.client(user)).get('/api/notifications');
  return (r.json().items as { kind: string; subject: string; body: string }[]).filter(
    (item) => item.kind === kind,
  );
}

async function auditOf(userId: string, outcome: 'allowed' | 'denied') {
  return t.db
    .select({ objectType: auditEvents.objectType, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, userId),
        eq(auditEvents.action, 'report.comment'),
        eq(auditEvents.outcome, outcome),
      ),
    );
}

describe('a report thread', () => {
  it('the focal asks for an explanation, the editor answers: each side hears the other, in order', async () => {
    const asked = await f.focal.post(threadUrl(), {
      kind: 'explanation_request',
      body: 'Giải trình vì sao chưa rà soát xong',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ mySide: 'reviewer', abilities: { canComment: true } });
    const [request] = await bellOf(f.users.nvEditor, 'explanation_request');
    expect(request).toMatchObject({
      subject: 'Đề nghị giải trình: báo cáo Quý I/2024 của Phòng Nội vụ',
    });
    expect(request!.body).toContain('(Huyện Lấp Vò) đề nghị giải trình');
    expect(await bellOf(f.users.vhEditor, 'explanation_request')).toEqual([]);

    const answered = await nv.post(threadUrl(), { body: 'Còn 3 thủ tục chờ ý kiến Sở' });
    expect(answered.statusCode, answered.body).toBe(201);
    const thread = answered.json() as Thread;
    expect(thread.mySide).toBe('unit');
    expect(
      thread.items.map((item) => [item.kind, item.side, item.author.organisation.name, item.body]),
    ).toEqual([
      ['explanation_request', 'reviewer', 'Huyện Lấp Vò', 'Giải trình vì sao chưa rà soát xong'],
      ['comment', 'unit', 'Phòng Nội vụ', 'Còn 3 thủ tục chờ ý kiến Sở'],
    ]);
    expect(thread.items[1]!.author.fullName).toBe(f.users.nvEditor.fullName);
    // The district focal and the province focal (the reviewers) hear the answer; the author does not.
    expect(await bellOf(f.users.focal, 'comment')).toHaveLength(1);
    expect(await bellOf(f.users.provinceFocal, 'comment')).toHaveLength(1);
    expect(await bellOf(f.users.nvEditor, 'comment')).toEqual([]);

    expect(await auditOf(f.users.nvEditor.id, 'allowed')).toEqual([
      expect.objectContaining({
        objectType: 'report_comment',
        after: expect.objectContaining({ kind: 'comment', side: 'unit' }),
      }),
    ]);
  });

  it('the district leader writes as a reviewer; a reviewer-side participant hears the answer', async () => {
    const leader = await f.client(f.users.leader);
    const r = await leader.post(threadUrl(), { body: 'Đề nghị làm rõ tiến độ' });
    expect(r.statusCode, r.body).toBe(201);
    expect((r.json() as Thread).items[0]).toMatchObject({ side: 'reviewer' });
    await nv.post(threadUrl(), { body: 'Đã làm rõ' });
    expect(await bellOf(f.users.leader, 'comment')).toHaveLength(1);
  });

  it('the return comment joins the thread and the return API still answers it', async () => {
    const url = reportUrl(f.plan, Q1, f.nvId);
    const current = (await nv.get(url)).json() as SubmissionDto;
    const saved = await nv.request('PUT', url, { body: {}, headers: ifMatch(current.version) });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await nv.post(`${url}/submit`, {}, ifMatch(saved.json().version));
    expect(submitted.statusCode, submitted.body).toBe(200);
    const returned = await f.focal.post(
      `${url}/review`,
      { decision: 'return', comment: 'Bổ sung minh chứng' },
      ifMatch(submitted.json().version),
    );
    expect(returned.statusCode, returned.body).toBe(200);
    expect((returned.json() as SubmissionDto).returnComment).toBe('Bổ sung minh chứng');
    const thread = (await nv.get(threadUrl())).json() as Thread;
    expect(thread.items.map((item) => [item.kind, item.side, item.body])).toEqual([
      ['return', 'reviewer', 'Bổ sung minh chứng'],
    ]);
  });

  it('refuses an editor of another office and a viewer of the unit (403, audited) and an empty comment (400)', async () => {
    const tp = await f.client(f.users.tpEditor);
    expect((await tp.post(threadUrl(), { body: 'Không phải việc của tôi' })).statusCode).toBe(403);
    expect(await auditOf(f.users.tpEditor.id, 'denied')).toHaveLength(1);
    const viewer = await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: f.nvId,
      grants: [{ role: 'viewer', organisationId: f.nvId }],
    });
    const viewing = await f.client(viewer);
    expect((await viewing.post(threadUrl(), { body: 'Xem thôi' })).statusCode).toBe(403);
    const read = await viewing.get(threadUrl());
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ abilities: { canComment: false }, mySide: null });
    expect((await nv.post(threadUrl(), { body: '   ' })).statusCode).toBe(400);
    expect((await nv.get(threadUrl())).json().items).toEqual([]);
  });

  it("another province's focal gets 404 for reading and writing, and the thread is untouched", async () => {
    await nv.post(threadUrl(), { body: 'Ý kiến của đơn vị' });
    const other = await buildReportFixture(t);
    const stranger = await other.client(other.users.provinceFocal);
    expect((await stranger.get(threadUrl())).statusCode).toBe(404);
    expect((await stranger.post(threadUrl(), { body: 'Xen vào' })).statusCode).toBe(404);
    expect(await auditOf(other.users.provinceFocal.id, 'denied')).toHaveLength(1);
    expect((await nv.get(threadUrl())).json().items).toHaveLength(1);
  });
});
