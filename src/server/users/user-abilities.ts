// What the actor may do with accounts in a list and with their role grants (contract
// USER_ABILITIES, ROLE_GRANT_ABILITIES), from the policy module with one path query per list.
import type { User, UserListItem, USER_LIST_ABILITIES } from '@contract/users';
import type { Abilities } from '@contract/abilities';
import type { Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import { abilitiesAnywhere, abilitiesOn, loadResources } from '../http/abilities';

/**
 * Each account with its abilities, decided on its home unit, and each grant's, decided on the
 * grant's unit (where the revoke route authorises it). Resetting two-factor is offered only for
 * another account that has it on (one's own is turned off with a code, and the reset refuses it).
 */
export async function withUserAbilities(
  db: Database,
  actor: Actor,
  users: readonly User[],
): Promise<UserListItem[]> {
  const resources = await loadResources(db, actor, [
    ...users.map((user) => user.homeOrganisationId),
    ...users.flatMap((user) => user.roles.map((grant) => grant.organisationId)),
  ]);
  const on = (organisationId: string) => resources.get(organisationId) ?? null;
  return users.map((user) => {
    const abilities = abilitiesOn(actor, on(user.homeOrganisationId), {
      canEdit: 'user.manage',
      canGrantRole: 'role.assign',
      canUnlock: 'user.unlock',
      canResetTwoFactor: 'user.reset_two_factor',
    });
    return {
      ...user,
      roles: user.roles.map((grant) => ({
        ...grant,
        abilities: abilitiesOn(actor, on(grant.organisationId), { canRevoke: 'role.assign' }),
      })),
      abilities: {
        ...abilities,
        canResetTwoFactor:
          abilities.canResetTwoFactor && user.twoFactorEnabled && user.id !== actor.userId,
      },
    };
  });
}

/** Abilities on the user list: adding an account needs user.manage on some unit. */
export function userListAbilities(actor: Actor): Abilities<(typeof USER_LIST_ABILITIES)[number]> {
  return abilitiesAnywhere(actor, { canCreate: 'user.manage' });
}
