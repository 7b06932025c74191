/**
 * Quyền trên đối tượng: what the signed-in actor may do with one object, sent with the object
 * (after Outline's `presenters/policy.ts`). The server fills each flag from the one policy module
 * (`can()` in `domain/permissions`, plus the object's state where it matters, e.g. a closed unit
 * takes no new child), so the web shows a button when its flag is true and never re-decides from
 * role names. The server still authorises every call.
 */
import { z } from 'zod';

/** The name of one ability: a verb after `can`, e.g. 'canEdit', 'canIssue', 'canClose'. */
export type AbilityName = `can${string}`;

/**
 * An object's `abilities`: one boolean per name, all required.
 *
 * @example
 * const ORGANISATION_ABILITIES = ['canCreateChild', 'canEdit', 'canClose'] as const;
 * organisationDetailSchema.extend({ abilities: abilitiesSchema(ORGANISATION_ABILITIES) });
 */
export function abilitiesSchema<const K extends AbilityName>(names: readonly K[]) {
  const shape = Object.fromEntries(names.map((name) => [name, z.boolean()]));
  return z.object(shape as Record<K, z.ZodBoolean>);
}

/** The abilities named by a list of names, as a type: `{ canEdit: boolean; … }`. */
export type Abilities<K extends AbilityName> = Record<K, boolean>;
