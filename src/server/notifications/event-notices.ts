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
import type { OrganisationResource } from '@domain/permissions/can';
import type { ServiceContext } from '../http/service-context';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import * as repo from './event-notice.repository';

/**
 * Records the event's notices; returns how many users were newly notified (0 for a repeated
 * event). A unit's path is taken from the request's authorised resource when the unit is on it
 * (a report's reviewers sit above the reporting unit), so a write does not look it up again.
 */
export async function notifyEvent(
  ctx: Pick<ServiceContext, 'db' | 'actor'> & Partial<Pick<ServiceContext, 'resource'>>,
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
      const path = pathOnResource(ctx.resource, rule.unitId) ??
        (await findOrganisationPath(db, tenantId, rule.unitId)) ?? [rule.unitId];
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
  const { subject, body } = noticeEventText(event);
  return repo.insertEventNotifications(
    db,
    {
      tenantId,
      noticeKey: noticeEventKey(event),
      kind: event.kind,
      subject,
      body,
      link: noticeEventLink(event),
    },
    recipients,
  );
}

/** The path from the root to `unitId` when the authorised resource's path passes through it. */
function pathOnResource(
  resource: OrganisationResource | null | undefined,
  unitId: string,
): readonly string[] | null {
  const at = resource?.path.indexOf(unitId) ?? -1;
  return resource && at >= 0 ? resource.path.slice(0, at + 1) : null;
}
