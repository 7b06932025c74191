import { can, type Actor, type OrganisationResource } from './can';
import type { Role } from './role';

/** Bên của người viết trong trao đổi về báo cáo: the reporting unit, or its reviewers. */
export type ReportCommentSide = 'unit' | 'reviewer';

/** Roles that speak for the reviewing side when held on the plan's unit or above: who accepts, and the leaders over them. */
const REVIEWING_ROLES: readonly Role[] = ['admin', 'focal', 'leader'];

/**
 * Ai được trao đổi về báo cáo: 'reviewer' when the actor may review the report (report.review on
 * the plan's unit) or leads the plan's unit or a unit above it; otherwise 'unit' when the actor
 * may comment on the reporting unit (its editors, focals and leaders, or those of a unit above
 * it); otherwise null. The reviewing side is asked first, so the province's focal who also
 * reaches every unit speaks as the reviewer.
 */
export function reportCommentSide(
  actor: Actor,
  unit: OrganisationResource,
  planUnit: OrganisationResource,
): ReportCommentSide | null {
  const reviewing: Actor = {
    ...actor,
    grants: actor.grants.filter((grant) => REVIEWING_ROLES.includes(grant.role)),
  };
  if (can(actor, 'report.review', planUnit) || can(reviewing, 'report.comment', planUnit))
    return 'reviewer';
  return can(actor, 'report.comment', unit) ? 'unit' : null;
}
