// Thông báo sự kiện: turns an event (a report submitted, returned, accepted; a plan issued or
// amended; a task assigned; a comment) into one in-app notice per recipient, written in the
// transaction of the write that caused it — a rolled-back write notifies nobody — and queued
// for e-mail for those who chose the kind. The mail goes out after commit (event-mail.ts).
import {
  noticeEventKey,
  noticeEventLink,
  noticeEventText,
  type NoticeEvent,
} from '@domain/notifications/notice-events';
import { recipientRules, resolveRecipients } from '@domain/notifications/notice-recipients';
import type { ServiceContext } from '../http/service-context';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import * as repo from './event-notice.repository';

/** Records the event's notices; returns how many users were newly notified (0 for a repeated event). */
export async function notifyEvent(
  ctx: Pick<ServiceContext, 'db' | 'actor'>,
  event: NoticeEvent,
): Promise<number> {
  const { db, actor } = ctx;
  const tenantId = actor.tenantId;
  const rules = recipientRules(event);
  const paths = new Map<string, readonly string[]>();
  const unitIds = new Set<string>();
  const userIds = new Set<string>();
  for (const rule of rules) {
    if (rule.to === 'unit') rule.unitIds.forEach((id) => unitIds.add(id));
    else if (rule.to === 'users') rule.userIds.forEach((id) => userIds.add(id));
    else {
      const path = (await findOrganisationPath(db, tenantId, rule.unitId)) ?? [rule.unitId];
      paths.set(rule.unitId, path);
      path.forEach((id) => unitIds.add(id));
    }
  }
  const grants = await repo.listGrantHoldersOn(db, tenantId, [...unitIds], [...userIds]);
  const recipients = resolveRecipients(
    rules,
    grants,
    (unitId) => paths.get(unitId) ?? [unitId],
    actor.userId,
  );
  if (recipients.length === 0) return 0;
  const wantsEmail = await repo.listUsersWantingEmail(db, tenantId, recipients, event.kind);
  const { subject, body } = noticeEventText(event);
  const noticeKey = noticeEventKey(event);
  const link = noticeEventLink(event);
  let created = 0;
  for (const userId of recipients) {
    const isNew = await repo.insertEventNotificationOnce(db, {
      tenantId,
      userId,
      noticeKey,
      kind: event.kind,
      subject,
      body,
      link,
      emailPending: wantsEmail.has(userId),
    });
    if (isNew) created++;
  }
  return created;
}
