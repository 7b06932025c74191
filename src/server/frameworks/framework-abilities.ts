// What the actor may do with a framework and with the framework list (contract
// FRAMEWORK_ABILITIES), decided by the policy module on the framework's owner unit, where the
// write routes authorise.
import type { Abilities } from '@contract/abilities';
import type { FRAMEWORK_ABILITIES, FRAMEWORK_LIST_ABILITIES } from '@contract/frameworks';
import type { Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import { abilitiesAnywhere, abilitiesOn, loadResources } from '../http/abilities';

/** Abilities on one framework: every write is framework.manage on its owner unit. */
export async function frameworkAbilities(
  db: Database,
  actor: Actor,
  ownerOrganisationId: string,
): Promise<Abilities<(typeof FRAMEWORK_ABILITIES)[number]>> {
  const resources = await loadResources(db, actor, [ownerOrganisationId]);
  return abilitiesOn(actor, resources.get(ownerOrganisationId) ?? null, {
    canEdit: 'framework.manage',
    canCopy: 'framework.manage',
    canImport: 'framework.manage',
  });
}

/** Abilities on the framework list: creating one needs framework.manage on some unit. */
export function frameworkListAbilities(
  actor: Actor,
): Abilities<(typeof FRAMEWORK_LIST_ABILITIES)[number]> {
  return abilitiesAnywhere(actor, { canCreate: 'framework.manage' });
}
