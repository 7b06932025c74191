import { describe, it, expect } from 'vitest';
import { ACTION_NAMES } from './action';
import { ROLES } from './role';
import { ROLE_ACTIONS, roleHasAction } from './role-actions';

describe('ROLE_ACTIONS', () => {
  it('gives the admin every action', () => {
    expect([...ROLE_ACTIONS.admin].sort()).toEqual([...ACTION_NAMES].sort());
  });

  it('gives the focal unit frameworks, results, plans and rounds to write, editors task status, reports and self-assessment, leaders comments and the self-assessment to submit, appraisers appraisal only, viewers no write', () => {
    const writesOf = (role: (typeof ROLES)[number]) =>
      ROLE_ACTIONS[role].filter((action) => !action.endsWith('.read'));
    expect(writesOf('focal')).toEqual([
      'framework.manage',
      'result.import',
      'dossier.import',
      'plan.manage',
      'plan.import',
      'task.update',
      'report.submit',
      'report.review',
      'report.comment',
      'assessment.manage',
      'assessment.self',
      'assessment.submit',
    ]);
    expect(writesOf('editor')).toEqual([
      'task.update',
      'report.submit',
      'report.comment',
      'assessment.self',
    ]);
    expect(writesOf('leader')).toEqual(['report.comment', 'assessment.self', 'assessment.submit']);
    expect(writesOf('appraiser')).toEqual(['assessment.appraise']);
    for (const role of ROLES.filter(
      (candidate) => !['admin', 'focal', 'editor', 'leader', 'appraiser'].includes(candidate),
    )) {
      expect(writesOf(role)).toEqual([]);
    }
  });

  it('lets the focal unit read the audit log but not the leader', () => {
    expect(roleHasAction('focal', 'audit.read')).toBe(true);
    expect(roleHasAction('leader', 'audit.read')).toBe(false);
  });

  it('lets editors and viewers see organisations, frameworks, results, the ranking, plans and rounds only', () => {
    const reader = [
      'organisation.read',
      'framework.read',
      'result.read',
      'ranking.read',
      'plan.read',
      'assessment.read',
    ];
    expect(ROLE_ACTIONS.editor).toEqual([
      ...reader,
      'task.update',
      'report.submit',
      'report.comment',
      'assessment.self',
    ]);
    expect(ROLE_ACTIONS.viewer).toEqual(reader);
  });
});
