import { describe, expect, it } from 'vitest';
import { ACTION_NAMES } from './action';
import { ROLES } from './role';
import { can, type OrganisationResource } from './can';
import {
  EXPECTED_PERMISSIONS,
  MATRIX_SCOPES,
  isExpectedAllowed,
  type MatrixScope,
} from './permission-matrix.fixture';

// Tenant A: P (province) → D1 (where the role is held) → S1; P → D2. Tenant B: PB → DB.
const resources: Record<MatrixScope, OrganisationResource> = {
  own: { tenantId: 'A', organisationId: 'D1', path: ['P', 'D1'] },
  child: { tenantId: 'A', organisationId: 'S1', path: ['P', 'D1', 'S1'] },
  parent: { tenantId: 'A', organisationId: 'P', path: ['P'] },
  sibling: { tenantId: 'A', organisationId: 'D2', path: ['P', 'D2'] },
  otherTenant: { tenantId: 'B', organisationId: 'DB', path: ['PB', 'DB'] },
};

describe('permission matrix over can()', () => {
  for (const role of ROLES) {
    for (const action of ACTION_NAMES) {
      for (const scope of MATRIX_SCOPES) {
        const expected = isExpectedAllowed(role, action, scope);
        it(`${expected ? 'lets' : 'refuses'} ${role} at D1 ${action} on ${scope}`, () => {
          const actor = { userId: 'u', tenantId: 'A', grants: [{ role, organisationId: 'D1' }] };
          expect(can(actor, action, resources[scope])).toBe(expected);
        });
      }
    }
  }

  it('names only actions that exist, so a renamed action cannot silently drop out of the matrix', () => {
    for (const role of ROLES) {
      for (const action of Object.keys(EXPECTED_PERMISSIONS[role]))
        expect(ACTION_NAMES).toContain(action);
    }
  });
});
