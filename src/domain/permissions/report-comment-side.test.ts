import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationResource } from './can';
import type { Role } from './role';
import { reportCommentSide } from './report-comment-side';

// Tỉnh P issues the plan; Văn phòng V (under P) reports on it; Sở Tư pháp S is a sibling of V.
const T = 'tenant-1';
const P: OrganisationResource = { tenantId: T, organisationId: 'P', path: ['P'] };
const V: OrganisationResource = { tenantId: T, organisationId: 'V', path: ['P', 'V'] };
const actorWith = (role: Role, organisationId: string, tenantId = T): Actor => ({
  userId: 'u',
  tenantId,
  grants: [{ role, organisationId }],
});

describe('reportCommentSide — who may write in a report thread, and as which side', () => {
  it('the province focal and the province leader speak as reviewers', () => {
    expect(reportCommentSide(actorWith('focal', 'P'), V, P)).toBe('reviewer');
    expect(reportCommentSide(actorWith('leader', 'P'), V, P)).toBe('reviewer');
  });

  it("the office's editor, leader and focal speak for the unit", () => {
    expect(reportCommentSide(actorWith('editor', 'V'), V, P)).toBe('unit');
    expect(reportCommentSide(actorWith('leader', 'V'), V, P)).toBe('unit');
    expect(reportCommentSide(actorWith('focal', 'V'), V, P)).toBe('unit');
  });

  it('an editor of the province is not a reviewer but reaches the office below it', () => {
    expect(reportCommentSide(actorWith('editor', 'P'), V, P)).toBe('unit');
  });

  it("refuses a viewer, a sibling department's editor and another province's focal", () => {
    expect(reportCommentSide(actorWith('viewer', 'V'), V, P)).toBeNull();
    expect(reportCommentSide(actorWith('editor', 'S'), V, P)).toBeNull();
    expect(reportCommentSide(actorWith('focal', 'P', 'tenant-2'), V, P)).toBeNull();
  });
});
