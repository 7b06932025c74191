import { describe, it, expect } from 'vitest';
import { ACTION_NAMES } from './action';
import { ROLES } from './role';
import { ROLE_ACTIONS, roleHasAction } from './role-actions';

describe('ROLE_ACTIONS', () => {
  it('gives the admin every action', () => {
    expect([...ROLE_ACTIONS.admin].sort()).toEqual([...ACTION_NAMES].sort());
  });

  it('gives the focal unit frameworks, results and plans to write, editors task status and reports, leaders only comments on reports, others no write', () => {
    const writesOf = (role: (typeof ROLES)[number]) =>
      ROLE_ACTIONS[role].filter((action) => !action.endsWith('.read'));
    expect(writesOf('focal')).toEqual([
      'framework.manage',
      'result.import',
      'plan.manage',
      'plan.import',
      'task.update',
      'report.submit',
      'report.review',
      'report.comment',
    ]);
    expect(writesOf('editor')).toEqual(['task.update', 'report.submit', 'report.comment']);
    expect(writesOf('leader')).toEqual(['report.comment']);
    for (const role of ROLES.filter(
      (candidate) => !['admin', 'focal', 'editor', 'leader'].includes(candidate),
    )) {
      expect(writesOf(role)).toEqual([]);
    }
  });

  it('lets the focal unit read the audit log but not the leader', () => {
    expect(roleHasAction('focal', 'audit.read')).toBe(true);
    expect(roleHasAction('leader', 'audit.read')).toBe(false);
  });

  it('lets editors and viewers see organisations, frameworks, results, the ranking and plans only', () => {
    const reader = [
      'organisation.read',
      'framework.read',
      'result.read',
      'ranking.read',
      'plan.read',
    ];
    expect(ROLE_ACTIONS.editor).toEqual([
      ...reader,
      'task.update',
      'report.submit',
      'report.comment',
    ]);
    expect(ROLE_ACTIONS.viewer).toEqual(reader);
  });
});
