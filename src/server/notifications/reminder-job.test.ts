// The daily reminders on real PostgreSQL and a real SMTP server, day by day with a fixed "today":
// who hears about a task deadline and when, tenants apart, a report submitted on time, the
// leaders' digest, and idempotency (every day runs twice; the second run sends nothing). Issuing
// the plans also tells the offices ('plan_issued', see event-notices.routes.test.ts): the counts
// of reminders leave those out.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { buildReportFixture } from '../../../test/report-fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createMailer, type Mailer } from './mailer';
import { collectDeadlines } from './deadlines';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/test-smtp-server';
import {
  daysBetween,
  giveEmails,
  issuePlanWithTasks,
  runDays,
  wantEmail,
} from '../../../test/reminder-fixtures';
import { runReminders } from './reminder-job';

let t: TestApp;
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  mailer = createMailer({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'parplan <no-reply@localhost>',
  });
});

afterAll(async () => {
  await smtp.close();
  await t.close();
});

const mail = (user: { login: string }) => `${user.login}@example.vn`;
const usersOf = (f: DistrictFixture) => Object.values(f.users);

describe('runReminders — a task due 15/03/2024', () => {
  it('reminds the lead office 3 and 1 days before, on the day and the day after, then escalates on day 3, tenant by tenant', async () => {
    const a = await buildDistrictFixture(t);
    const b = await buildDistrictFixture(t);
    const taskA = 'Rà soát quy trình nội bộ';
    const taskB = 'Công khai thủ tục hành chính';
    await issuePlanWithTasks(await a.client(a.users.focal), a.district.id, 'Kế hoạch A', [
      {
        content: taskA,
        leadOrganisationId: a.offices['Phòng Nội vụ'].id,
        timeframeText: 'Trước 15/03/2024',
      },
    ]);
    await issuePlanWithTasks(await b.client(b.users.focal), b.district.id, 'Kế hoạch B', [
      {
        content: taskB,
        leadOrganisationId: b.offices['Phòng Tư pháp'].id,
        timeframeText: 'Trước 15/03/2024',
      },
    ]);
    // A draft plan's deadlines remind nobody.
    const draft = await (
      await a.client(a.users.focal)
    ).post('/api/plans', { organisationId: a.district.id, year: 2024, title: 'Bản nháp' });
    expect(draft.statusCode, draft.body).toBe(201);
    await giveEmails(t.db, a.tenantId);
    await giveEmails(t.db, b.tenantId);
    // Everyone of tenant A wants every kind by e-mail; in tenant B only the Tư pháp editor does.
    await wantEmail(t.db, usersOf(a));
    await wantEmail(t.db, [b.users.tpEditor]);

    const received = await runDays(t.db, mailer, smtp, daysBetween('2024-03-01', '2024-03-20'));

    const escalation = (title: string) => `Quá hạn 3 ngày (báo cáo lãnh đạo): ${title}`;
    expect(received).toEqual({
      '2024-03-12': [
        `${mail(a.users.nvEditor)} | Nhắc hạn: còn 3 ngày — ${taskA}`,
        `${mail(b.users.tpEditor)} | Nhắc hạn: còn 3 ngày — ${taskB}`,
      ].sort(),
      '2024-03-14': [
        `${mail(a.users.nvEditor)} | Nhắc hạn: còn 1 ngày — ${taskA}`,
        `${mail(b.users.tpEditor)} | Nhắc hạn: còn 1 ngày — ${taskB}`,
      ].sort(),
      '2024-03-15': [
        `${mail(a.users.nvEditor)} | Đến hạn hôm nay: ${taskA}`,
        `${mail(b.users.tpEditor)} | Đến hạn hôm nay: ${taskB}`,
      ].sort(),
      '2024-03-16': [
        `${mail(a.users.nvEditor)} | Quá hạn 1 ngày: ${taskA}`,
        `${mail(b.users.tpEditor)} | Quá hạn 1 ngày: ${taskB}`,
      ].sort(),
      // The district's leader (the office's parent unit), and the focal units of the issuing
      // district and of the province above it. Tenant B's leaders and focals have no e-mail
      // preference: they see it in the app only.
      '2024-03-18': [
        `${mail(a.users.leader)} | ${escalation(taskA)}`,
        `${mail(a.users.focal)} | ${escalation(taskA)}`,
        `${mail(a.users.provinceFocal)} | ${escalation(taskA)}`,
      ].sort(),
    });

    // The e-mail body names the due date and what to do.
    const overdue = smtp.messages.find((m) => m.subject === `Quá hạn 1 ngày: ${taskA}`)!;
    expect(overdue.text).toContain('hạn ngày 15/03/2024');
    expect(overdue.from).toBe('no-reply@localhost');

    // In the app: tenant B's escalation reached its leader and focals without e-mail.
    const rows = await t.db.execute<{ login: string; kind: string; emailed: boolean }>(sql`
      SELECT u.login, n.kind, n.emailed_at IS NOT NULL AS emailed
      FROM notifications n JOIN users u ON u.tenant_id = n.tenant_id AND u.id = n.user_id
      WHERE n.tenant_id = ${b.tenantId} AND n.kind <> 'plan_issued'
      ORDER BY n.created_at, u.login`);
    const inApp = rows.rows.map((r) => `${r.login} ${r.kind} ${r.emailed}`).sort();
    expect(inApp).toEqual(
      [
        ...['before', 'before', 'due_today', 'overdue'].map(
          (kind) => `${b.users.tpEditor.login} ${kind} true`,
        ),
        `${b.users.leader.login} escalation false`,
        `${b.users.focal.login} escalation false`,
        `${b.users.provinceFocal.login} escalation false`,
      ].sort(),
    );
    const links = await t.db.execute<{ link: string }>(
      sql`SELECT DISTINCT link FROM notifications WHERE tenant_id = ${a.tenantId}`,
    );
    expect(links.rows.map((r) => r.link)).toEqual([expect.stringMatching(/^\/plans\/[0-9a-f-]+$/)]);
  });

  it('sends nothing for a task marked done, and only e-mails the kinds a user chose', async () => {
    const f = await buildDistrictFixture(t);
    const focal = await f.client(f.users.focal);
    const plan = await issuePlanWithTasks(focal, f.district.id, 'Kế hoạch C', [
      {
        content: 'Việc đã xong',
        leadOrganisationId: f.offices['Phòng Nội vụ'].id,
        timeframeText: 'Trước 15/03/2024',
      },
      {
        content: 'Việc còn dở',
        leadOrganisationId: f.offices['Phòng Văn hóa và Thông tin'].id,
        timeframeText: 'Trước 15/03/2024',
      },
    ]);
    await t.db.execute(
      sql`UPDATE plan_tasks SET status = 'done' WHERE plan_id = ${plan.id} AND content = 'Việc đã xong'`,
    );
    await giveEmails(t.db, f.tenantId);
    await wantEmail(t.db, [f.users.vhEditor], { kinds: ['overdue'] });
    const received = await runDays(
      t.db,
      mailer,
      smtp,
      daysBetween('2024-03-10', '2024-03-20'),
      f.tenantId,
    );
    expect(received).toEqual({
      '2024-03-16': [`${mail(f.users.vhEditor)} | Quá hạn 1 ngày: Việc còn dở`],
    });
    const notices = await t.db.execute<{ count: number }>(
      sql`SELECT count(*)::int AS count FROM notifications
          WHERE user_id = ${f.users.nvEditor.id} AND kind <> 'plan_issued'`,
    );
    expect(notices.rows[0]!.count).toBe(0);
  });
});

describe('runReminders — quarterly reports due on the 15th', () => {
  it('stops reminding a unit once it submitted before the due date; the late unit is escalated', async () => {
    const f = await buildReportFixture(t);
    await giveEmails(t.db, f.tenantId);
    await wantEmail(t.db, usersOf(f));
    const q1 = (await collectDeadlines(t.db, f.tenantId)).filter(
      (d) => d.kind === 'report' && d.due === '2024-03-15',
    );
    expect(q1.map((d) => d.unitId).sort()).toEqual([f.nvId, f.vhId].sort());
    const periodKey = q1[0]!.id.split('/')[1]!;
    const title = q1[0]!.title;
    expect(title).toContain(f.plan.content.title);

    const early = await runDays(
      t.db,
      mailer,
      smtp,
      daysBetween('2024-03-01', '2024-03-11'),
      f.tenantId,
    );
    expect(early).toEqual({});
    // Phòng Nội vụ submits on 11/03, before the due date.
    await t.db.execute(sql`
      INSERT INTO report_submissions
        (tenant_id, plan_id, period_key, organisation_id, status, submitted_at, days_late)
      VALUES (${f.tenantId}, ${f.plan.id}, ${periodKey}, ${f.nvId}, 'submitted',
              '2024-03-11T03:00:00Z', 0)`);

    const received = await runDays(
      t.db,
      mailer,
      smtp,
      daysBetween('2024-03-12', '2024-03-20'),
      f.tenantId,
    );
    const vhEditor = mail(f.users.vhEditor);
    expect(received).toEqual({
      '2024-03-12': [`${vhEditor} | Nhắc hạn: còn 3 ngày — ${title}`],
      '2024-03-14': [`${vhEditor} | Nhắc hạn: còn 1 ngày — ${title}`],
      '2024-03-15': [`${vhEditor} | Đến hạn hôm nay: ${title}`],
      '2024-03-16': [`${vhEditor} | Quá hạn 1 ngày: ${title}`],
      '2024-03-18': [
        `${mail(f.users.leader)} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${title}`,
        `${mail(f.users.focal)} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${title}`,
        `${mail(f.users.provinceFocal)} | Quá hạn 3 ngày (báo cáo lãnh đạo): ${title}`,
      ].sort(),
    });
    const nvNotices = await t.db.execute<{ count: number }>(
      sql`SELECT count(*)::int AS count FROM notifications
          WHERE user_id = ${f.users.nvEditor.id} AND kind <> 'plan_issued'`,
    );
    expect(nvNotices.rows[0]!.count).toBe(0);
  });
});

describe('runReminders — daily digest', () => {
  it('sends a leader who asked for it one digest a day of the overdue items of the units they lead', async () => {
    const f = await buildDistrictFixture(t);
    await issuePlanWithTasks(await f.client(f.users.focal), f.district.id, 'Kế hoạch D', [
      {
        content: 'Việc quá hạn',
        leadOrganisationId: f.offices['Phòng Tư pháp'].id,
        timeframeText: 'Trước 15/03/2024',
      },
    ]);
    await giveEmails(t.db, f.tenantId);
    await wantEmail(t.db, [f.users.leader], { kinds: [], dailyDigest: true });
    const received = await runDays(
      t.db,
      mailer,
      smtp,
      daysBetween('2024-03-14', '2024-03-17'),
      f.tenantId,
    );
    expect(received).toEqual({
      '2024-03-16': [`${mail(f.users.leader)} | Tổng hợp ngày 16/03/2024: 1 việc quá hạn`],
      '2024-03-17': [`${mail(f.users.leader)} | Tổng hợp ngày 17/03/2024: 1 việc quá hạn`],
    });
    const digest = smtp.messages.at(-1)!;
    expect(digest.text).toContain('Nhiệm vụ «Việc quá hạn»: hạn 15/03/2024');
  });

  it('without SMTP records the notices in the app and sends nothing', async () => {
    const f = await buildDistrictFixture(t);
    await issuePlanWithTasks(await f.client(f.users.focal), f.district.id, 'Kế hoạch E', [
      {
        content: 'Việc không thư',
        leadOrganisationId: f.offices['Phòng Nội vụ'].id,
        timeframeText: 'Trước 15/03/2024',
      },
    ]);
    await giveEmails(t.db, f.tenantId);
    await wantEmail(t.db, usersOf(f));
    const before = smtp.messages.length;
    const result = await runReminders(t.db, createMailer(null), {
      today: '2024-03-15',
      tenantId: f.tenantId,
    });
    expect(result).toMatchObject({ tenants: 1, notices: 1, created: 1, emailed: 0 });
    expect(smtp.messages.length).toBe(before);
  });
});
