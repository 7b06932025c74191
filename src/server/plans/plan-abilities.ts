// What the actor may do with a plan (contract PLAN_ABILITIES): plan.manage on the plan's unit,
// and the plan's state (a draft is edited and issued, an issued plan amended).
import type { Abilities } from '@contract/abilities';
import type { PLAN_ABILITIES, PlanSummary } from '@contract/plans';
import type { Actor, OrganisationResource } from '@domain/permissions/can';
import { abilitiesOn } from '../http/abilities';

/** Abilities on one plan; all false without its unit (unknown) or for a superseded version. */
export function planAbilities(
  actor: Actor,
  resource: OrganisationResource | null,
  status: PlanSummary['status'],
): Abilities<(typeof PLAN_ABILITIES)[number]> {
  const { canManage } = abilitiesOn(actor, resource, { canManage: 'plan.manage' });
  return {
    canEdit: canManage && status === 'draft',
    canIssue: canManage && status === 'draft',
    canAmend: canManage && status === 'issued',
  };
}
