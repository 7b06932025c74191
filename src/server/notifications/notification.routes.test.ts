// A user's notifications and e-mail preferences over HTTP on real PostgreSQL: the unread count,
// marking some or all read, nobody else's notices, preferences with If-Match; and the settings.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { loadConfig } from '../config';
import { insertNotificationOnce } from './reminder.repository';

let t: TestApp;
let f: DistrictFixture;
let editor: TestClient;
const ids: string[] = [];
let othersId: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await buildDistrictFixture(t);
  for (const [i, user] of [
    [1, f.users.nvEditor],
    [2, f.users.nvEditor],
    [3, f.users.nvEditor],
    [4, f.users.vhEditor],
  ] as const) {
    const id = await insertNotificationOnce(t.db, {
      tenantId: f.tenantId,
      userId: user.id,
      noticeKey: `test:${i}`,
      kind: 'before',
      subject: `Thông báo ${i}`,
      body: `Nội dung ${i}`,
      link: null,
    });
    if (user === f.users.vhEditor) othersId = id!;
    else ids.push(id!);
  }
  editor = await f.client(f.users.nvEditor);
});

afterAll(() => t.close());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

describe('GET /api/notifications and POST /api/notifications/read', () => {
  it('lists only my own notices, newest first, with the unread count', async () => {
    const r = await editor.get('/api/notifications');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.unreadCount).toBe(3);
    expect(body.items.map((n: { subject: string }) => n.subject)).toEqual([
      'Thông báo 3',
      'Thông báo 2',
      'Thông báo 1',
    ]);
    expect(body.items[0]).toMatchObject({ kind: 'before', body: 'Nội dung 3', readAt: null });
  });

  it('marks some read, ignores another user’s ids, then marks all read; audited', async () => {
    const some = await editor.post('/api/notifications/read', { ids: [ids[0], othersId] });
    expect(some.statusCode, some.body).toBe(200);
    expect(some.json()).toEqual({ unreadCount: 2 });
    const unread = (await editor.get('/api/notifications?unreadOnly=true')).json();
    expect(unread.items.map((n: { id: string }) => n.id).sort()).toEqual([ids[1], ids[2]].sort());
    const all = await editor.post('/api/notifications/read', {});
    expect(all.json()).toEqual({ unreadCount: 0 });
    const listed = (await editor.get('/api/notifications')).json();
    expect(listed.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);

    // The other user's notice is still unread.
    const other = await (await f.client(f.users.vhEditor)).get('/api/notifications');
    expect(other.json().unreadCount).toBe(1);
    const audits = await t.db.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM audit_events
      WHERE tenant_id = ${f.tenantId} AND object_type = 'notification'
        AND actor_user_id = ${f.users.nvEditor.id}`);
    expect(audits.rows[0]!.count).toBe(2);
  });

  it('refuses the anonymous', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(r.statusCode).toBe(401);
  });
});

describe('notification preferences', () => {
  it('round-trips with If-Match and refuses a stale version with 412', async () => {
    const first = await editor.get('/api/notification-preferences');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      emailKinds: ['assessment_explanation_request'],
      dailyDigest: false,
      version: 0,
      emailEnabled: false,
    });
    const missing = await editor.request('PUT', '/api/notification-preferences', {
      body: { emailKinds: ['overdue'], dailyDigest: false },
    });
    expect(missing.statusCode).toBe(428);

    const saved = await editor.request('PUT', '/api/notification-preferences', {
      body: { emailKinds: ['overdue', 'before', 'overdue'], dailyDigest: true },
      headers: ifMatch(0),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      emailKinds: ['before', 'overdue'],
      dailyDigest: true,
      version: 1,
      emailEnabled: false,
    });
    expect(saved.headers.etag).toBe('"1"');

    const stale = await editor.request('PUT', '/api/notification-preferences', {
      body: { emailKinds: [], dailyDigest: false },
      headers: ifMatch(0),
    });
    expect(stale.statusCode).toBe(412);

    const second = await editor.request('PUT', '/api/notification-preferences', {
      body: { emailKinds: ['escalation'], dailyDigest: false },
      headers: ifMatch(1),
    });
    expect(second.json()).toMatchObject({ emailKinds: ['escalation'], version: 2 });
    expect((await editor.get('/api/notification-preferences')).json()).toMatchObject({
      emailKinds: ['escalation'],
      dailyDigest: false,
      version: 2,
    });
    // Someone else's preferences are untouched.
    const other = await (await f.client(f.users.vhEditor)).get('/api/notification-preferences');
    expect(other.json().version).toBe(0);

    const audits = await t.db.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM audit_events
      WHERE tenant_id = ${f.tenantId} AND object_type = 'notification_preferences'
        AND object_id = ${f.users.nvEditor.id}`);
    expect(audits.rows[0]!.count).toBe(2);
  });

  it('says e-mail is enabled when SMTP is configured', async () => {
    const withSmtp = await createTestApp({ SMTP_HOST: '127.0.0.1' });
    try {
      const g = await buildDistrictFixture(withSmtp);
      const client = await g.client(g.users.leader);
      const r = await client.get('/api/notification-preferences');
      expect(r.json().emailEnabled).toBe(true);
    } finally {
      await withSmtp.close();
    }
  });
});

describe('settings', () => {
  it('reads SMTP and reminder settings with their defaults', () => {
    const plain = loadConfig({});
    expect(plain.mail).toBeNull();
    expect(plain.reminders).toEqual({ daysBefore: [3, 1], onTheDay: true, escalateAfterDays: 3 });
    expect(plain.PARPLAN_JOBS).toBe(true);

    const full = loadConfig({
      SMTP_HOST: 'smtp.example.vn',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'parplan',
      SMTP_PASSWORD: 'bí mật',
      MAIL_FROM: 'CCHC <cchc@example.vn>',
      REMINDER_DAYS_BEFORE: '7, 3,1',
      REMINDER_ESCALATE_AFTER_DAYS: '5',
      PARPLAN_JOBS: 'false',
    });
    expect(full.mail).toEqual({
      host: 'smtp.example.vn',
      port: 465,
      secure: true,
      user: 'parplan',
      password: 'bí mật',
      from: 'CCHC <cchc@example.vn>',
    });
    expect(full.reminders).toEqual({ daysBefore: [7, 3, 1], onTheDay: true, escalateAfterDays: 5 });
    expect(full.PARPLAN_JOBS).toBe(false);
    expect(loadConfig({ REMINDER_DAYS_BEFORE: '' }).reminders.daysBefore).toEqual([]);
  });

  it('refuses bad reminder settings', () => {
    expect(() => loadConfig({ REMINDER_DAYS_BEFORE: '3,0' })).toThrow(/REMINDER_DAYS_BEFORE/);
    expect(() => loadConfig({ REMINDER_DAYS_BEFORE: '3,3' })).toThrow(/REMINDER_DAYS_BEFORE/);
    expect(() => loadConfig({ REMINDER_DAYS_BEFORE: 'ba' })).toThrow(/REMINDER_DAYS_BEFORE/);
    expect(() => loadConfig({ REMINDER_ESCALATE_AFTER_DAYS: '0' })).toThrow(
      /REMINDER_ESCALATE_AFTER_DAYS/,
    );
  });
});
