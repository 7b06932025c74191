// Nhắc hạn hằng ngày: for each tenant, the notices due today (the domain decides which), one
// in-app notification per recipient and notice key, and an e-mail to those who asked for that
// kind. Idempotent by the notice key: a second run on the same day records and sends nothing.
import {
  DEFAULT_REMINDER_SETTINGS,
  noticeKey,
  noticesFor,
  type ReminderSettings,
} from '@domain/reminders/reminders';
import { deadlineKindLabel, noticeBody, noticeSubject } from '@domain/reminders/reminder-texts';
import { formatViDate } from '@domain/shared/vi-format';
import type { Database } from '../db/client';
import type { Mailer } from './mailer';
import { collectDeadlines, type TenantDeadline } from './deadlines';
import { loadRecipientDirectory } from './recipients';
import * as repo from './reminder.repository';

/** What one run did. */
export interface ReminderRunResult {
  tenants: number;
  /** Notices due today (before choosing recipients). */
  notices: number;
  /** New in-app notifications (one per user and notice key). */
  created: number;
  emailed: number;
  emailFailed: number;
  /** Daily digests recorded for leaders. */
  digests: number;
}

export interface ReminderRunOptions {
  /** The day in Vietnam (ISO). */
  today: string;
  /** Only this tenant (default: every tenant). */
  tenantId?: string;
  settings?: ReminderSettings;
  /** Where send failures are reported (default: console.error). */
  onError?: (error: unknown) => void;
}

/** Runs the reminders of `today`. */
export async function runReminders(
  db: Database,
  mailer: Mailer,
  options: ReminderRunOptions,
): Promise<ReminderRunResult> {
  const settings = options.settings ?? DEFAULT_REMINDER_SETTINGS;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const tenantIds =
    options.tenantId === undefined ? await repo.listTenantIds(db) : [options.tenantId];
  const total: ReminderRunResult = {
    tenants: tenantIds.length,
    notices: 0,
    created: 0,
    emailed: 0,
    emailFailed: 0,
    digests: 0,
  };
  for (const tenantId of tenantIds) {
    const deadlines = await collectDeadlines(db, tenantId);
    const notices = noticesFor(deadlines, options.today, settings);
    total.notices += notices.length;
    const hasDigests = deadlines.some((d) => !d.done && d.due < options.today);
    if (notices.length === 0 && !hasDigests) continue;
    const directory = await loadRecipientDirectory(db, tenantId);
    const preferences = await repo.listEmailPreferences(db, tenantId);
    const byId = new Map(deadlines.map((deadline) => [deadline.id, deadline]));

    const send = async (to: string, subject: string, text: string, ids: string[]) => {
      if (!mailer.enabled) return;
      try {
        const result = await mailer.send({ to: [to], subject, text });
        if (result.accepted.length > 0) {
          await repo.markEmailed(db, tenantId, ids);
          total.emailed++;
        } else total.emailFailed++;
      } catch (error) {
        total.emailFailed++;
        onError(error);
      }
    };

    for (const notice of notices) {
      const deadline = byId.get(notice.deadlineId)!;
      const subject = noticeSubject(notice, deadline);
      const body = noticeBody(notice, deadline);
      const key = noticeKey(notice);
      for (const recipient of directory.recipientsOf(notice.audience, deadline)) {
        const id = await repo.insertNotificationOnce(db, {
          tenantId,
          userId: recipient.userId,
          noticeKey: key,
          kind: notice.kind,
          subject,
          body,
          link: deadline.link,
        });
        if (id === null) continue;
        total.created++;
        const wanted = preferences.get(recipient.userId)?.emailKinds.includes(notice.kind);
        if (wanted && recipient.email) await send(recipient.email, subject, body, [id]);
      }
    }

    if (hasDigests) {
      for (const [userId, preference] of preferences) {
        if (!preference.dailyDigest) continue;
        const digest = directory.digestFor(userId, deadlines, options.today);
        if (!digest) continue;
        const { subject, body } = digestText(digest.items, options.today);
        const id = await repo.insertNotificationOnce(db, {
          tenantId,
          userId,
          noticeKey: `digest:${options.today}`,
          kind: 'digest',
          subject,
          body,
          link: null,
        });
        if (id === null) continue;
        total.digests++;
        if (digest.email) await send(digest.email, subject, body, [id]);
      }
    }
  }
  return total;
}

/** Bản tin hằng ngày: the subject and body listing what is overdue, oldest first. */
function digestText(
  items: readonly TenantDeadline[],
  today: string,
): { subject: string; body: string } {
  const sorted = [...items].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const lines = sorted.map(
    (item) => `- ${deadlineKindLabel(item.kind)} «${item.title}»: hạn ${formatViDate(item.due)}`,
  );
  return {
    subject: `Tổng hợp ngày ${formatViDate(today)}: ${sorted.length} việc quá hạn`,
    body:
      `Các việc quá hạn của đơn vị do đồng chí phụ trách tính đến ngày ${formatViDate(today)}:\n` +
      `${lines.join('\n')}\nĐề nghị lãnh đạo đơn vị chỉ đạo hoàn thành.`,
  };
}
