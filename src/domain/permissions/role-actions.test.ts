import { describe, it, expect } from 'vitest';
import { ACTION_NAMES } from './action';
import { ROLES } from './role';
import { ROLE_ACTIONS, roleHasAction } from './role-actions';

describe('ROLE_ACTIONS', () => {
  it('gives the admin every action', () => {
    expect([...ROLE_ACTIONS.admin].sort()).toEqual([...ACTION_NAMES].sort());
  });

  it('gives no role other than admin any write', () => {
    for (const role of ROLES.filter((candidate) => candidate !== 'admin')) {
      expect(ROLE_ACTIONS[role].every((action) => action.endsWith('.read'))).toBe(true);
    }
  });

  it('lets the focal unit read the audit log but not the leader', () => {
    expect(roleHasAction('focal', 'audit.read')).toBe(true);
    expect(roleHasAction('leader', 'audit.read')).toBe(false);
  });

  it('lets editors and viewers see only organisations', () => {
    expect(ROLE_ACTIONS.editor).toEqual(['organisation.read']);
    expect(ROLE_ACTIONS.viewer).toEqual(['organisation.read']);
  });
});
