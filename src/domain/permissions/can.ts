import { ACTIONS, type Action, type ActionDefinition } from './action';
import type { Role } from './role';
import { roleHasAction } from './role-actions';

/** Phân quyền: a role held by a user in one organisation (and, by reach, the units below it). */
export interface RoleGrant {
  role: Role;
  organisationId: string;
}

/** Người thực hiện: the signed-in user with the tenant they belong to and their role grants. */
export interface Actor {
  userId: string;
  tenantId: string;
  grants: readonly RoleGrant[];
}

/** Đơn vị bị tác động: the organisation an action targets, with its ids from the tenant root down to and including it. */
export interface OrganisationResource {
  tenantId: string;
  organisationId: string;
  path: readonly string[];
}

/** Where a resource sits relative to a grant's organisation: the unit itself, below it, or elsewhere (above, sibling, other branch). */
export type ResourceRelation = 'own' | 'descendant' | 'unrelated';

/**
 * Quan hệ đơn vị: 'own' when the resource is the grant's organisation, 'descendant' when the
 * grant's organisation is on the resource's path (the resource is below it), else 'unrelated'.
 * A grant held below the resource is 'unrelated' too: nothing ever reaches upward.
 */
export function relationOf(
  grantOrganisationId: string,
  resource: OrganisationResource,
): ResourceRelation {
  if (grantOrganisationId === resource.organisationId) return 'own';
  return resource.path.includes(grantOrganisationId) ? 'descendant' : 'unrelated';
}

/** Phạm vi tác động: whether an action of this kind reaches a resource in the given relation to the grant. */
export function reachAllows(definition: ActionDefinition, relation: ResourceRelation): boolean {
  if (relation === 'unrelated') return false;
  if (definition.kind === 'read' || definition.reach !== 'unit') return true;
  return relation === 'own';
}

/**
 * Kiểm tra quyền: true when one of the actor's grants holds the action and reaches the resource.
 * Always false across tenants, and false for a malformed path that does not end at the
 * resource (fail closed rather than trust a path built elsewhere).
 */
export function can(actor: Actor, action: Action, resource: OrganisationResource): boolean {
  if (actor.tenantId !== resource.tenantId) return false;
  if (resource.path[resource.path.length - 1] !== resource.organisationId) return false;
  const definition: ActionDefinition = ACTIONS[action];
  return actor.grants.some(
    (grant) =>
      roleHasAction(grant.role, action) &&
      (definition.kind === 'read' ||
        definition.reach !== 'tenant' ||
        grant.organisationId === resource.path[0]) &&
      reachAllows(definition, relationOf(grant.organisationId, resource)),
  );
}

/**
 * Phạm vi lọc danh sách: the distinct organisation ids whose subtrees the actor may apply the
 * action to, for filtering list queries within the actor's own tenant. For a write with reach
 * 'unit' the result is the same grant organisations, although only those units themselves (not
 * their subtrees) may be written: check each target with `can` before writing.
 */
export function grantRootsFor(actor: Actor, action: Action): string[] {
  const roots = actor.grants
    .filter((grant) => roleHasAction(grant.role, action))
    .map((grant) => grant.organisationId);
  return [...new Set(roots)];
}
