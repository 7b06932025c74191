// Thông báo của tôi: a user's own notices (list, mark read) and e-mail preferences.
import { DEFAULT_EMAIL_KINDS, NOTICE_KINDS } from '@contract/reports';
import type { Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import type { AuditEntry } from '../http/route';
import { versionMismatch } from '../http/app-error';
import * as repo from './notification.repository';

type Audit = (entry: AuditEntry) => Promise<void>;
type NoticeKindName = (typeof NOTICE_KINDS)[number];

/** How many notices a list shows at most (newest first). */
const LIST_LIMIT = 200;

export async function listNotifications(db: Database, actor: Actor, unreadOnly: boolean) {
  const rows = await repo.listUserNotifications(db, actor.tenantId, actor.userId, {
    unreadOnly,
    limit: LIST_LIMIT,
  });
  return {
    items: rows.map((row) => ({
      ...row,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    unreadCount: await repo.countUnread(db, actor.tenantId, actor.userId),
  };
}

/** Marks the given notices (only the user's own; others' ids are ignored), or all, read. */
export async function markNotificationsRead(
  db: Database,
  actor: Actor,
  ids: readonly string[] | undefined,
  audit: Audit,
) {
  const changed = await repo.markRead(db, actor.tenantId, actor.userId, ids ?? null);
  await audit({
    organisationId: null,
    action: 'notification.read',
    objectType: 'notification',
    objectId: changed.length === 1 ? changed[0]! : null,
    after: { ids: changed, all: ids === undefined },
  });
  return { unreadCount: await repo.countUnread(db, actor.tenantId, actor.userId) };
}

/** Known kinds in NOTICE_KINDS order, without repeats. */
const normaliseKinds = (kinds: readonly string[]): NoticeKindName[] =>
  NOTICE_KINDS.filter((kind) => kinds.includes(kind));

const present = (row: repo.PreferencesRow | null, emailEnabled: boolean) => ({
  emailKinds: normaliseKinds(row?.emailKinds ?? DEFAULT_EMAIL_KINDS),
  dailyDigest: row?.dailyDigest ?? false,
  /** 0 until the user first saves. */
  version: row?.version ?? 0,
  emailEnabled,
});

export async function getNotificationPreferences(
  db: Database,
  actor: Actor,
  emailEnabled: boolean,
) {
  return present(await repo.findPreferences(db, actor.tenantId, actor.userId), emailEnabled);
}

/** Saves over `expectedVersion` (0 = never saved); 412 when someone saved in between. */
export async function saveNotificationPreferences(
  db: Database,
  actor: Actor,
  input: { emailKinds: readonly string[]; dailyDigest: boolean },
  expectedVersion: number,
  emailEnabled: boolean,
  audit: Audit,
) {
  const values = { emailKinds: normaliseKinds(input.emailKinds), dailyDigest: input.dailyDigest };
  const current = await repo.findPreferences(db, actor.tenantId, actor.userId, true);
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== expectedVersion) throw versionMismatch(currentVersion);
  const saved =
    current === null
      ? await repo.insertPreferences(db, actor.tenantId, actor.userId, values)
      : await repo.updatePreferences(db, actor.tenantId, actor.userId, expectedVersion, values);
  if (!saved) {
    const latest = await repo.findPreferences(db, actor.tenantId, actor.userId);
    throw versionMismatch(latest?.version ?? 0);
  }
  const after = present(saved, emailEnabled);
  await audit({
    organisationId: null,
    action: 'notification_preferences.save',
    objectType: 'notification_preferences',
    objectId: actor.userId,
    before: current === null ? null : present(current, emailEnabled),
    after,
  });
  return after;
}
