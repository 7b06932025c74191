/**
 * The expected permission matrix, written out by hand from the rules (not derived from
 * ROLE_ACTIONS): which scopes each role reaches with each action when the role is held in a
 * department D1. Scopes: own (D1), child (a sub-unit of D1), parent (the province), sibling
 * (another department), otherTenant (a department of another province). Anything not listed is
 * denied. Used by the domain test over `can()` and the server test over HTTP. `dossier.import`
 * reaches the whole tenant but only from a grant at its root, so no role held in D1 has it anywhere.
 */
import type { Action } from './action';
import type { Role } from './role';

/** Where the target sits relative to the unit holding the role. */
export const MATRIX_SCOPES = ['own', 'child', 'parent', 'sibling', 'otherTenant'] as const;
/** One of MATRIX_SCOPES. */
export type MatrixScope = (typeof MATRIX_SCOPES)[number];

const DOWN: MatrixScope[] = ['own', 'child'];

/** Allowed scopes per role and action. */
export const EXPECTED_PERMISSIONS: Record<Role, Partial<Record<Action, MatrixScope[]>>> = {
  admin: {
    'organisation.read': DOWN,
    'organisation.create': DOWN,
    'organisation.update': DOWN,
    'organisation.close': DOWN,
    'organisation.import': DOWN,
    'user.read': DOWN,
    'user.manage': DOWN,
    'user.unlock': DOWN,
    'user.reset_two_factor': DOWN,
    'role.assign': DOWN,
    'audit.read': DOWN,
    'framework.read': DOWN,
    'framework.manage': DOWN,
    'result.read': DOWN,
    'result.import': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'plan.manage': DOWN,
    'plan.import': DOWN,
    'task.update': DOWN,
    'report.submit': DOWN,
    'report.review': DOWN,
    'report.comment': DOWN,
    'assessment.read': DOWN,
    'assessment.manage': DOWN,
    'assessment.self': DOWN,
    'assessment.submit': DOWN,
    'assessment.appraise': DOWN,
  },
  focal: {
    'organisation.read': DOWN,
    'user.read': DOWN,
    'audit.read': DOWN,
    'framework.read': DOWN,
    'framework.manage': DOWN,
    'result.read': DOWN,
    'result.import': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'plan.manage': DOWN,
    'plan.import': DOWN,
    'task.update': DOWN,
    'report.submit': DOWN,
    'report.review': DOWN,
    'report.comment': DOWN,
    'assessment.read': DOWN,
    'assessment.manage': DOWN,
    'assessment.self': DOWN,
    'assessment.submit': DOWN,
  },
  leader: {
    'organisation.read': DOWN,
    'user.read': DOWN,
    'framework.read': DOWN,
    'result.read': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'report.comment': DOWN,
    'assessment.read': DOWN,
    'assessment.self': DOWN,
    'assessment.submit': DOWN,
  },
  editor: {
    'organisation.read': DOWN,
    'framework.read': DOWN,
    'result.read': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'task.update': DOWN,
    'report.submit': DOWN,
    'report.comment': DOWN,
    'assessment.read': DOWN,
    'assessment.self': DOWN,
  },
  viewer: {
    'organisation.read': DOWN,
    'framework.read': DOWN,
    'result.read': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'assessment.read': DOWN,
  },
  appraiser: {
    'organisation.read': DOWN,
    'framework.read': DOWN,
    'result.read': DOWN,
    'ranking.read': DOWN,
    'plan.read': DOWN,
    'assessment.read': DOWN,
    'assessment.appraise': DOWN,
  },
};

/** Whether the matrix allows `role` to apply `action` at `scope`. */
export function isExpectedAllowed(role: Role, action: Action, scope: MatrixScope): boolean {
  return EXPECTED_PERMISSIONS[role][action]?.includes(scope) ?? false;
}
