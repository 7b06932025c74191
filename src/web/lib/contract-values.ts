/** The enumerated values of the contract (roles, organisation kinds), read from its schemas. */
import { roleGrantSchema, type Me } from '@contract/auth';

/** Vai trò: every role, in the contract's order. */
export const ROLE_VALUES = roleGrantSchema.shape.role.options;
/** A role. */
export type RoleValue = Me['roles'][number]['role'];

/** Loại đơn vị: every kind of organisation, from the highest level down. */
export const ORGANISATION_TYPE_VALUES = roleGrantSchema.shape.organisationType.options;
/** A kind of organisation. */
export type OrganisationTypeValue = Me['roles'][number]['organisationType'];
