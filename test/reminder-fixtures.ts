// Plumbing for reminder tests: an issued plan with one task, e-mail addresses and preferences
// written straight into the test database, and a run of the job over a range of days.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { PlanDetail } from '@contract/plans';
import { NOTICE_KINDS } from '@contract/reports';
import type { Database } from '../src/server/db/client';
import type { TestClient } from './test-app';
import type { Mailer } from '../src/server/notifications/mailer';
import { runReminders, type ReminderRunResult } from '../src/server/notifications/reminder-job';
import type { TestSmtpServer } from './test-smtp-server';

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Creates, signs and issues a plan of `organisationId` for 2024 holding the given tasks. */
export async function issuePlanWithTasks(
  focal: TestClient,
  organisationId: string,
  title: string,
  tasks: { content: string; leadOrganisationId: string; timeframeText: string }[],
): Promise<PlanDetail> {
  const created = await focal.post('/api/plans', { organisationId, year: 2024, title });
  expect(created.statusCode, created.body).toBe(201);
  const planId = created.json().id as string;
  for (const task of tasks) {
    const r = await focal.post(`/api/plans/${planId}/tasks`, {
      ...task,
      coordinatingOrganisationIds: [],
      outputKind: 'report',
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  const current = (await focal.get(`/api/plans/${planId}`)).json() as PlanDetail;
  const signed = await focal.patch(
    `/api/plans/${planId}`,
    { signature: { ...current.content.signature, signerName: 'Nguyễn Văn A' } },
    ifMatch(current.version),
  );
  expect(signed.statusCode, signed.body).toBe(200);
  const issued = await focal.post(
    `/api/plans/${planId}/issue`,
    { number: '15', issuedOn: '2024-01-10' },
    ifMatch(signed.json().version),
  );
  expect(issued.statusCode, issued.body).toBe(200);
  return issued.json() as PlanDetail;
}

/** Gives every user of the tenant the address `<login>@example.vn`. */
export async function giveEmails(db: Database, tenantId: string): Promise<void> {
  await db.execute(
    sql`UPDATE users SET email = login || '@example.vn' WHERE tenant_id = ${tenantId}`,
  );
}

/** Saves preferences for these users: every kind by e-mail unless told otherwise. */
export async function wantEmail(
  db: Database,
  users: readonly { tenantId: string; id: string }[],
  options: { kinds?: readonly string[]; dailyDigest?: boolean } = {},
): Promise<void> {
  const kinds = options.kinds ?? NOTICE_KINDS;
  for (const user of users) {
    await db.execute(sql`
      INSERT INTO notification_preferences (tenant_id, user_id, email_kinds, daily_digest)
      VALUES (${user.tenantId}, ${user.id},
              ${`{${kinds.join(',')}}`}::text[], ${options.dailyDigest ?? false})`);
  }
}

/** ISO days from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); ; day.setUTCDate(day.getUTCDate() + 1)) {
    const iso = day.toISOString().slice(0, 10);
    if (iso > to) return days;
    days.push(iso);
  }
}

/**
 * Runs the job for each day (twice: the second run must create and send nothing) and returns
 * the mail received on each day that had any, as "address | subject" lines, sorted.
 */
export async function runDays(
  db: Database,
  mailer: Mailer,
  smtp: TestSmtpServer,
  days: readonly string[],
  tenantId?: string,
): Promise<Record<string, string[]>> {
  const byDay: Record<string, string[]> = {};
  for (const today of days) {
    const before = smtp.messages.length;
    await runReminders(db, mailer, { today, ...(tenantId ? { tenantId } : {}) });
    const received = smtp.messages.slice(before);
    const again: ReminderRunResult = await runReminders(db, mailer, {
      today,
      ...(tenantId ? { tenantId } : {}),
    });
    expect({ created: again.created, emailed: again.emailed, digests: again.digests }).toEqual({
      created: 0,
      emailed: 0,
      digests: 0,
    });
    expect(smtp.messages.length).toBe(before + received.length);
    if (received.length > 0) {
      byDay[today] = received
        .flatMap((message) => message.to.map((to) => `${to} | ${message.subject ?? ''}`))
        .sort();
    }
  }
  return byDay;
}
