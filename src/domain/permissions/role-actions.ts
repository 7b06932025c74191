import { ACTION_NAMES, type Action } from './action';
import type { Role } from './role';

/** What every role may read about indices: frameworks, its results, its peers' ranking. */
const RESULT_READER = [
  'framework.read',
  'result.read',
  'ranking.read',
  'plan.read',
  'assessment.read',
] as const;

/** Quyền của vai trò: the actions each role holds at the unit where it is granted (reach is decided by `can`). */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTION_NAMES,
  focal: [
    'organisation.read',
    'user.read',
    'audit.read',
    'framework.read',
    'framework.manage',
    'result.read',
    'result.import',
    'dossier.import',
    'ranking.read',
    'plan.read',
    'plan.manage',
    'plan.import',
    'task.update',
    'report.submit',
    'report.review',
    'report.comment',
    'assessment.read',
    'assessment.manage',
    'assessment.self',
    'assessment.submit',
  ],
  leader: [
    'organisation.read',
    'user.read',
    ...RESULT_READER,
    'report.comment',
    'assessment.self',
    'assessment.submit',
  ],
  editor: [
    'organisation.read',
    ...RESULT_READER,
    'task.update',
    'report.submit',
    'report.comment',
    'assessment.self',
  ],
  viewer: ['organisation.read', ...RESULT_READER],
  // Thành viên hội đồng thẩm định: reads what it appraises and appraises it; never scores a unit's own
  // self-assessment (the service refuses an appraiser appraising the unit it belongs to).
  appraiser: ['organisation.read', ...RESULT_READER, 'assessment.appraise'],
};

/** True when the role (vai trò) holds the action at all, wherever it is granted. */
export function roleHasAction(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}
