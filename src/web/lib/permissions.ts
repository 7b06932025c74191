/**
 * Which modules the signed-in user may open, from the server's list of their actions. What the
 * user may do with one object comes with the object (`item.abilities`, contract/abilities.ts),
 * never from role names here; the server checks again on every call.
 */
import type { Me } from '@contract/auth';
import type { AppModuleKey } from './app-modules';

/** An action name as /api/auth/me lists them. */
export type MeAction = Me['actions'][number];

/** The action a module's page needs: the server's list of the user's actions decides. */
const MODULE_ACTIONS: Partial<Record<AppModuleKey, MeAction>> = {
  frameworks: 'framework.read',
  results: 'result.read',
  kpis: 'result.read',
  assessment: 'assessment.read',
  plans: 'plan.read',
  tasks: 'plan.read',
  reports: 'plan.read',
  organisations: 'organisation.read',
  users: 'user.read',
  audit: 'audit.read',
};

/** True when the user may open the module (the overview and "sắp có" pages are open to all). */
export function canOpenModule(me: Me, moduleKey: AppModuleKey): boolean {
  const action = MODULE_ACTIONS[moduleKey];
  return action === undefined || me.actions.includes(action);
}
