/**
 * Hành động: every action a route can perform. Each is a read (reaches the role's unit and
 * all units below it) or a write; a write reaches only the role's own unit unless its
 * `reach` says 'subtree' (e.g. a tenant administrator managing the units below).
 */
export const ACTIONS = {
  'organisation.read': { kind: 'read' },
  'organisation.create': { kind: 'write', reach: 'subtree' },
  'organisation.update': { kind: 'write', reach: 'subtree' },
  'organisation.close': { kind: 'write', reach: 'subtree' },
  'organisation.import': { kind: 'write', reach: 'subtree' },
  'user.read': { kind: 'read' },
  'user.manage': { kind: 'write', reach: 'subtree' },
  'role.assign': { kind: 'write', reach: 'subtree' },
  'audit.read': { kind: 'read' },
} as const satisfies Record<string, ActionDefinition>;

/** How far an action reaches from the unit where the role is held. */
export type ActionDefinition = { kind: 'read' } | { kind: 'write'; reach: 'unit' | 'subtree' };

/** The name of an action, e.g. 'organisation.update'. */
export type Action = keyof typeof ACTIONS;

/** Every action name, in declaration order (used by the generated permission matrix). */
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
