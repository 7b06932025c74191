import type { Role } from '../permissions/role';
import type { NoticeEvent } from './notice-events';

// Người nhận thông báo sự kiện: who hears about an event, from the tenant's role grants. The
// reporting side is the users holding a role on the unit itself; the reviewing side is the focal
// (đầu mối) on the plan's issuing unit or any unit above it — those who may accept or return the
// report. Admins are not told (they run the system, not the reporting), nor is the actor.

/** Một phân quyền of an active user: who holds which role where. */
export interface GrantHolder {
  userId: string;
  organisationId: string;
  role: Role;
}

/** Who reviews (tiếp nhận / trả lại) a report. */
const REVIEWER_ROLES: readonly Role[] = ['focal'];
/** Who writes a unit's report: told when it comes back. */
const REPORT_WRITERS: readonly Role[] = ['editor', 'focal'];
/** Who speaks for the unit in a report's thread: told of the reviewers' comments. */
const UNIT_SPEAKERS: readonly Role[] = ['editor', 'focal', 'leader'];
/** Everyone of the unit: told of an accepted report, a plan or a task given to it. */
const UNIT_MEMBERS: readonly Role[] = ['editor', 'focal', 'leader', 'viewer'];

/** Nhóm người nhận. */
export type RecipientRule =
  /** Holders of `roles` on one of `unitIds` itself. */
  | { to: 'unit'; unitIds: readonly string[]; roles: readonly Role[] }
  /** Holders of `roles` on `unitId` or any unit above it. */
  | { to: 'unit_or_above'; unitId: string; roles: readonly Role[] }
  /** These users, while they hold any role in the tenant. */
  | { to: 'users'; userIds: readonly string[] };

/** Quy tắc người nhận of each event kind. */
export function recipientRules(event: NoticeEvent): RecipientRule[] {
  switch (event.kind) {
    case 'submitted':
      return [{ to: 'unit_or_above', unitId: event.report.planUnitId, roles: REVIEWER_ROLES }];
    case 'returned':
      return [{ to: 'unit', unitIds: [event.report.organisationId], roles: REPORT_WRITERS }];
    case 'accepted':
      return [{ to: 'unit', unitIds: [event.report.organisationId], roles: UNIT_MEMBERS }];
    case 'plan_issued':
    case 'plan_amended':
      return [{ to: 'unit', unitIds: event.unitIds, roles: UNIT_MEMBERS }];
    case 'task_assigned':
      return [{ to: 'unit', unitIds: [event.unitId], roles: UNIT_MEMBERS }];
    case 'comment':
    case 'explanation_request': {
      const side: RecipientRule =
        event.fromSide === 'unit'
          ? { to: 'unit_or_above', unitId: event.report.planUnitId, roles: REVIEWER_ROLES }
          : { to: 'unit', unitIds: [event.report.organisationId], roles: UNIT_SPEAKERS };
      return [side, { to: 'users', userIds: event.participants }];
    }
    case 'assessment_explanation_request':
      return [{ to: 'unit', unitIds: [event.unit.id], roles: UNIT_SPEAKERS }];
  }
}

/**
 * Người nhận: the users the rules reach, each once, in grant order, never `actorUserId`.
 * `pathOf(unitId)` is the unit's ids from the tenant's root down to it.
 */
export function resolveRecipients(
  rules: readonly RecipientRule[],
  grants: readonly GrantHolder[],
  pathOf: (unitId: string) => readonly string[],
  actorUserId: string,
): string[] {
  const found = new Set<string>();
  for (const rule of rules) {
    const units =
      rule.to === 'unit'
        ? new Set(rule.unitIds)
        : rule.to === 'unit_or_above'
          ? new Set(pathOf(rule.unitId))
          : null;
    const wanted = rule.to === 'users' ? new Set(rule.userIds) : null;
    for (const grant of grants) {
      const reached =
        wanted !== null
          ? wanted.has(grant.userId)
          : rule.to !== 'users' &&
            rule.roles.includes(grant.role) &&
            units!.has(grant.organisationId);
      if (reached && grant.userId !== actorUserId) found.add(grant.userId);
    }
  }
  return [...found];
}
