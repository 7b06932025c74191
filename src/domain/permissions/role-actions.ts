import { ACTION_NAMES, type Action } from './action';
import type { Role } from './role';

/** Quyền của vai trò: the actions each role holds at the unit where it is granted (reach is decided by `can`). */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTION_NAMES,
  focal: ['organisation.read', 'user.read', 'audit.read'],
  leader: ['organisation.read', 'user.read'],
  editor: ['organisation.read'],
  viewer: ['organisation.read'],
};

/** True when the role (vai trò) holds the action at all, wherever it is granted. */
export function roleHasAction(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}
