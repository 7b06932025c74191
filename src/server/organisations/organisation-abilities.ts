// What the actor may do with a unit and with the unit list (contract ORGANISATION_ABILITIES),
// decided by the policy module and the unit's state.
import type { Abilities } from '@contract/abilities';
import type { ORGANISATION_ABILITIES, ORGANISATION_LIST_ABILITIES } from '@contract/organisations';
import type { Actor, OrganisationResource } from '@domain/permissions/can';
import { abilitiesAnywhere, abilitiesOn } from '../http/abilities';

type OrganisationAbilities = Abilities<(typeof ORGANISATION_ABILITIES)[number]>;

/** Abilities on one unit; a closed unit (validTo set) takes no child and is not closed again; the root is never closed. */
export function organisationAbilities(
  actor: Actor,
  resource: OrganisationResource,
  unit: { validTo: string | null; parentId: string | null },
): OrganisationAbilities {
  const policy = abilitiesOn(actor, resource, {
    canCreateChild: 'organisation.create',
    canEdit: 'organisation.update',
    canClose: 'organisation.close',
  });
  const isClosed = unit.validTo !== null;
  return {
    canCreateChild: policy.canCreateChild && !isClosed,
    canEdit: policy.canEdit,
    canClose: policy.canClose && !isClosed && unit.parentId !== null,
  };
}

/** Abilities on the unit list: import needs organisation.import on some unit (the file names the parents). */
export function organisationListAbilities(
  actor: Actor,
): Abilities<(typeof ORGANISATION_LIST_ABILITIES)[number]> {
  return abilitiesAnywhere(actor, { canImport: 'organisation.import' });
}
