// Event notices through the real routes, PostgreSQL and an in-process SMTP server: a submit tells
// the reviewers by bell (and by e-mail only those who chose it), once however often it is
// retried, never the actor nor another province; a rolled-back write tells nobody; return and
// accept tell the unit; issuing a plan and an amendment tell the units given tasks.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '@contract/plans';
import type { SubmissionDto } from '@contract/reports';
import { notifications } from '../db/schema';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import { createTestApp, TEST_TODAY, type TestApp, type TestClient } from '../../../test/test-app';
import type { UserRow } from '../users/user.repository';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/test-smtp-server';
import { giveEmails, wantEmail } from '../../../test/reminder-fixtures';
import { notifyEvent } from './event-notices';

let t: TestApp;
let smtp: TestSmtpServer;
let f: ReportFixture;
let nv: TestClient;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(async () => {
  t.setToday(TEST_TODAY);
  f = await buildReportFixture(t);
  nv = await f.client(f.users.nvEditor);
  await giveEmails(t.db, f.tenantId);
  // The last test's mail may still be on its way: let it land before a test counts messages.
  await t.app.eventMail.settled();
});

const Q1 = '2024-Q1';
const address = (user: UserRow) => `${user.login}@example.vn`;

/** The user's notices of `kind` as the bell lists them (subject, body, link). */
async function bell(user: UserRow, kind?: string) {
  const r = await (await f.client(user)).get('/api/notifications');
  expect(r.statusCode, r.body).toBe(200);
  const items = r.json().items as { kind: string; subject: string; body: string; link: string }[];
  return items.filter((item) => kind === undefined || item.kind === kind);
}

/** Mail received since `from`, as "address | subject" lines, once the app's queue has settled. */
async function mailSince(from: number) {
  await t.app.eventMail.settled();
  return smtp.messages
    .slice(from)
    .flatMap((message) => message.to.map((to) => `${to} | ${message.subject ?? ''}`))
    .sort();
}

/** Saves Phòng Nội vụ's Q1 report and submits it (with `key` as Idempotency-Key). */
async function saveAndSubmit(client: TestClient, key?: string) {
  const url = reportUrl(f.plan, Q1, f.nvId);
  const current = (await client.get(url)).json() as SubmissionDto;
  const saved = await client.request('PUT', url, {
    body: {
      entries: current.entries.map((entry) => ({
        taskId: entry.task.id,
        status: 'in_progress',
        progress: 50,
        result: 'Đã rà soát 12 thủ tục',
        reason: '',
        documentRefs: [],
      })),
    },
    headers: ifMatch(current.version),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const version = (saved.json() as SubmissionDto).version;
  const submitted = await client.post(
    `${url}/submit`,
    {},
    {
      ...ifMatch(version),
      ...(key ? { 'idempotency-key': key } : {}),
    },
  );
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { version, submitted: submitted.json() as SubmissionDto };
}

const SUBMITTED = 'Báo cáo đã nộp: Phòng Nội vụ — Quý I/2024';

describe('a report submitted', () => {
  it("tells the district's and the province's focal in the bell, and by e-mail only the one who chose it", async () => {
    await wantEmail(t.db, [f.users.provinceFocal], { kinds: ['submitted'] });
    await wantEmail(t.db, [f.users.focal], { kinds: ['returned'] });
    const before = smtp.messages.length;
    await saveAndSubmit(nv);

    for (const focal of [f.users.focal, f.users.provinceFocal]) {
      const [notice, ...others] = await bell(focal, 'submitted');
      expect(others).toEqual([]);
      expect(notice).toMatchObject({
        subject: SUBMITTED,
        link: `/reports/${f.plan.id}/${Q1}/${f.nvId}`,
      });
      expect(notice!.body).toContain('(muộn 822 ngày)'); // due 15/03/2024, today 15/06/2026
    }
    expect(await mailSince(before)).toEqual([`${address(f.users.provinceFocal)} | ${SUBMITTED}`]);
    const [mail] = smtp.messages.slice(before);
    expect(mail!.text).toContain('Phòng Nội vụ đã nộp báo cáo Quý I/2024');
  });

  it('never tells the editor who submitted, the other office or the leader', async () => {
    await wantEmail(t.db, Object.values(f.users));
    await saveAndSubmit(nv);
    for (const user of [f.users.nvEditor, f.users.vhEditor, f.users.leader, f.users.tpEditor])
      expect(await bell(user, 'submitted')).toEqual([]);
  });

  it('a retried submit (same Idempotency-Key) makes no second notice and no second e-mail', async () => {
    await wantEmail(t.db, [f.users.focal]);
    const before = smtp.messages.length;
    const { version } = await saveAndSubmit(nv, 'submit-once');
    const retry = await nv.post(
      `${reportUrl(f.plan, Q1, f.nvId)}/submit`,
      {},
      {
        ...ifMatch(version),
        'idempotency-key': 'submit-once',
      },
    );
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await bell(f.users.focal, 'submitted')).toHaveLength(1);
    expect(await mailSince(before)).toEqual([`${address(f.users.focal)} | ${SUBMITTED}`]);
  });

  it('the same event recorded twice gives each user one row, and one e-mail', async () => {
    await wantEmail(t.db, [f.users.focal]);
    const before = smtp.messages.length;
    const event = {
      kind: 'accepted' as const,
      report: {
        planId: f.plan.id,
        planTitle: f.plan.content.title,
        planUnitId: f.district.id,
        periodKey: Q1,
        periodLabel: 'Quý I/2024',
        organisationId: f.district.id,
        organisationName: f.district.name,
      },
      version: 7,
    };
    const actor = { userId: f.users.leader.id, tenantId: f.tenantId, grants: [] };
    expect(await notifyEvent({ db: t.db, actor }, event)).toBe(1);
    expect(await notifyEvent({ db: t.db, actor }, event)).toBe(0);
    t.app.eventMail.kick();
    expect(await mailSince(before)).toHaveLength(1);
  });

  it('a write that rolls back notifies nobody', async () => {
    const actor = { userId: f.users.nvEditor.id, tenantId: f.tenantId, grants: [] };
    const failed = t.db.transaction(async (tx) => {
      const created = await notifyEvent(
        { db: tx, actor },
        {
          kind: 'submitted',
          report: {
            planId: f.plan.id,
            planTitle: f.plan.content.title,
            planUnitId: f.district.id,
            periodKey: Q1,
            periodLabel: 'Quý I/2024',
            organisationId: f.nvId,
            organisationName: 'Phòng Nội vụ',
          },
          version: 99,
          daysLate: 0,
        },
      );
      expect(created).toBe(2); // both focals, inside the transaction
      throw new Error('the write failed after notifying');
    });
    await expect(failed).rejects.toThrow('the write failed after notifying');
    const rows = await t.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.tenantId, f.tenantId), eq(notifications.kind, 'submitted')));
    expect(rows).toEqual([]);
  });

  it("another province's focal never hears of it", async () => {
    const other = await buildReportFixture(t);
    await saveAndSubmit(nv);
    expect(await bell(f.users.focal, 'submitted')).toHaveLength(1);
    const r = await (await other.client(other.users.focal)).get('/api/notifications');
    expect(
      (r.json().items as { kind: string }[]).filter((item) => item.kind === 'submitted'),
    ).toEqual([]);
  });
});

describe('a report reviewed', () => {
  it('returned: the editors of the unit hear with the comment; accepted: everyone of the unit', async () => {
    const { submitted } = await saveAndSubmit(nv);
    const url = reportUrl(f.plan, Q1, f.nvId);
    const returned = await f.focal.post(
      `${url}/review`,
      { decision: 'return', comment: 'Bổ sung số liệu tháng 3' },
      ifMatch(submitted.version),
    );
    expect(returned.statusCode, returned.body).toBe(200);
    const [notice] = await bell(f.users.nvEditor, 'returned');
    expect(notice).toMatchObject({
      subject: `Báo cáo bị trả lại: Quý I/2024 — ${f.plan.content.title}`,
    });
    expect(notice!.body).toContain('“Bổ sung số liệu tháng 3”');
    expect(await bell(f.users.focal, 'returned')).toEqual([]);

    const again = await saveAndSubmit(nv);
    const accepted = await f.focal.post(
      `${url}/review`,
      { decision: 'accept' },
      ifMatch(again.submitted.version),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await bell(f.users.nvEditor, 'accepted')).toHaveLength(1);
    // The district focal resubmitted nothing but heard of both submissions.
    expect(await bell(f.users.focal, 'submitted')).toHaveLength(2);
  });
});

describe('a plan issued or amended', () => {
  it('tells the lead and coordinating offices, not the focal who issued it', async () => {
    const [issued] = await bell(f.users.vhEditor, 'plan_issued');
    expect(issued).toMatchObject({
      subject: `Kế hoạch mới ban hành: ${f.plan.content.title}`,
      link: `/plans/${f.plan.id}`,
    });
    expect(issued!.body).toContain('Kế hoạch số 12 ngày 10/01/2024');
    expect(await bell(f.users.nvEditor, 'plan_issued')).toHaveLength(1);
    expect(await bell(f.users.tpEditor, 'plan_issued')).toEqual([]);
    expect(await bell(f.users.focal, 'plan_issued')).toEqual([]);
  });

  it('an amendment giving a task to Phòng Tư pháp tells it of the task, and every office of the amendment', async () => {
    const amended = await f.focal.post(`/api/plans/${f.plan.id}/amend`, {});
    expect(amended.statusCode, amended.body).toBe(201);
    let draft = amended.json() as PlanDetail;
    const task = draft.tasks.find((each) => each.content === 'Số hóa hồ sơ')!;
    const moved = await f.focal.patch(
      `/api/plans/${draft.id}/tasks/${task.id}`,
      { leadOrganisationId: f.offices['Phòng Tư pháp'].id },
      ifMatch(task.version),
    );
    expect(moved.statusCode, moved.body).toBe(200);
    draft = (await f.focal.get(`/api/plans/${draft.id}`)).json() as PlanDetail;
    const issued = await f.focal.post(
      `/api/plans/${draft.id}/issue`,
      { number: '20', issuedOn: '2024-04-01' },
      ifMatch(draft.version),
    );
    expect(issued.statusCode, issued.body).toBe(200);

    const [assigned] = await bell(f.users.tpEditor, 'task_assigned');
    expect(assigned).toMatchObject({ subject: 'Nhiệm vụ được giao: Số hóa hồ sơ' });
    // Phòng Nội vụ keeps its task: told of the amendment, not of a new task.
    expect(await bell(f.users.nvEditor, 'task_assigned')).toEqual([]);
    for (const editor of [f.users.nvEditor, f.users.vhEditor, f.users.tpEditor])
      expect(await bell(editor, 'plan_amended')).toHaveLength(1);
  });
});

describe('the e-mail queue', () => {
  it('sends a queued e-mail once even when kicked many times', async () => {
    await wantEmail(t.db, [f.users.focal]);
    const before = smtp.messages.length;
    await saveAndSubmit(nv);
    for (let i = 0; i < 5; i++) t.app.eventMail.kick();
    expect(await mailSince(before)).toEqual([`${address(f.users.focal)} | ${SUBMITTED}`]);
    const [row] = await t.db
      .execute<{ pending: boolean; emailed: boolean }>(
        sql`
      SELECT email_pending AS pending, emailed_at IS NOT NULL AS emailed
      FROM notifications WHERE tenant_id = ${f.tenantId} AND user_id = ${f.users.focal.id}
        AND kind = 'submitted'`,
      )
      .then((result) => result.rows);
    expect(row).toEqual({ pending: false, emailed: true });
  });
});
