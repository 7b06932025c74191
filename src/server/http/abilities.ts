// Plumbing: fills the `abilities` of objects in responses (contract/abilities.ts) from the one
// policy module. A feature's presenter names which action decides each ability; this file asks
// `can()` with the object's unit, whose path comes from one query for all objects of a response
// (never one query per object).
import type { Abilities, AbilityName } from '@contract/abilities';
import type { Action } from '@domain/permissions/action';
import { can, grantRootsFor, type Actor, type OrganisationResource } from '@domain/permissions/can';
import type { Database } from '../db/client';
import { listOrganisationPaths } from '../organisations/organisation-path.repository';

/** Which action decides each ability, e.g. `{ canEdit: 'organisation.update' }`. */
export type AbilityRules<K extends AbilityName> = Record<K, Action>;

/**
 * Each ability is `can(actor, action, resource)`; all false when the resource is unknown (null),
 * as the route would answer 404.
 */
export function abilitiesOn<K extends AbilityName>(
  actor: Actor,
  resource: OrganisationResource | null,
  rules: AbilityRules<K>,
): Abilities<K> {
  const names = Object.keys(rules) as K[];
  return Object.fromEntries(
    names.map((name) => [name, resource !== null && can(actor, rules[name], resource)]),
  ) as Abilities<K>;
}

/**
 * Abilities on a collection (a list's "Thêm", "Nhập" buttons): true when one of the actor's
 * grants holds the action, so there is some unit it may apply to; the call itself is
 * authorised on the unit the form names. Not for actions with reach 'tenant'.
 */
export function abilitiesAnywhere<K extends AbilityName>(
  actor: Actor,
  rules: AbilityRules<K>,
): Abilities<K> {
  const names = Object.keys(rules) as K[];
  return Object.fromEntries(
    names.map((name) => [name, grantRootsFor(actor, rules[name]).length > 0]),
  ) as Abilities<K>;
}

/**
 * The units of a response's objects as policy resources, by unit id, from one query; an id not
 * in the actor's tenant is absent (its abilities are then all false).
 */
export async function loadResources(
  db: Database,
  actor: Actor,
  organisationIds: readonly string[],
): Promise<Map<string, OrganisationResource>> {
  const paths = await listOrganisationPaths(db, actor.tenantId, [...new Set(organisationIds)]);
  const resources = new Map<string, OrganisationResource>();
  for (const [organisationId, path] of paths)
    resources.set(organisationId, { tenantId: actor.tenantId, organisationId, path });
  return resources;
}
