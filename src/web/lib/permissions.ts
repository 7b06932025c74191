/** What the signed-in user's roles allow on screen; the server checks again on every call. */
import type { Me } from '@contract/auth';

type Role = Me['roles'][number]['role'];

/** True when the user holds `role` in one of these units (a unit and its ancestors). */
export function holdsRoleInAny(me: Me, role: Role, organisationIds: readonly string[]): boolean {
  return me.roles.some(
    (grant) => grant.role === role && organisationIds.includes(grant.organisationId),
  );
}

/** True when the user holds `role` anywhere. */
export function holdsRole(me: Me, role: Role): boolean {
  return me.roles.some((grant) => grant.role === role);
}
