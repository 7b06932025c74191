import { describe, it, expect } from 'vitest';
import type { Action } from './action';
import {
  can,
  grantRootsFor,
  reachAllows,
  relationOf,
  type Actor,
  type OrganisationResource,
} from './can';
import type { Role } from './role';

// Tenant t1: Tỉnh P → Sở D → Phòng D-sub; Sở D2 is D's sibling. Grants in the table are held at D.
const PATHS: Record<string, string[]> = {
  P: ['P'],
  D: ['P', 'D'],
  'D-sub': ['P', 'D', 'D-sub'],
  D2: ['P', 'D2'],
};

function buildResource(organisationId: string, tenantId = 't1'): OrganisationResource {
  return { tenantId, organisationId, path: PATHS[organisationId] ?? [organisationId] };
}

function buildActor(grants: Actor['grants'], tenantId = 't1'): Actor {
  return { userId: 'u1', tenantId, grants };
}

const TARGETS = {
  own: buildResource('D'),
  child: buildResource('D-sub'),
  parent: buildResource('P'),
  sibling: buildResource('D2'),
  'other tenant': buildResource('D', 't2'),
} as const;

type Expected = [
  own: boolean,
  child: boolean,
  parent: boolean,
  sibling: boolean,
  otherTenant: boolean,
];

// Hand-written: what a role held at Sở D may do to D itself, its phòng, the province, a sibling sở, and another tenant's D.
const TABLE: [Role, Action, Expected][] = [
  ['admin', 'organisation.read', [true, true, false, false, false]],
  ['admin', 'organisation.update', [true, true, false, false, false]],
  ['admin', 'organisation.close', [true, true, false, false, false]],
  ['admin', 'role.assign', [true, true, false, false, false]],
  ['admin', 'audit.read', [true, true, false, false, false]],
  ['focal', 'organisation.read', [true, true, false, false, false]],
  ['focal', 'audit.read', [true, true, false, false, false]],
  ['focal', 'organisation.update', [false, false, false, false, false]],
  ['focal', 'user.manage', [false, false, false, false, false]],
  ['leader', 'organisation.read', [true, true, false, false, false]],
  ['leader', 'user.read', [true, true, false, false, false]],
  ['leader', 'audit.read', [false, false, false, false, false]],
  ['leader', 'role.assign', [false, false, false, false, false]],
  ['editor', 'organisation.read', [true, true, false, false, false]],
  ['editor', 'user.read', [false, false, false, false, false]],
  ['editor', 'organisation.update', [false, false, false, false, false]],
  ['viewer', 'organisation.read', [true, true, false, false, false]],
  ['viewer', 'user.read', [false, false, false, false, false]],
  ['viewer', 'organisation.import', [false, false, false, false, false]],
];

const CASES = TABLE.flatMap(([role, action, expected]) =>
  Object.keys(TARGETS).map((target, index) => ({
    role,
    action,
    target,
    expected: expected[index],
  })),
);

describe('can', () => {
  it.each(CASES)(
    '$role held at the sở: $action on $target → $expected',
    ({ role, action, target, expected }) => {
      const actor = buildActor([{ role, organisationId: 'D' }]);
      expect(can(actor, action, TARGETS[target as keyof typeof TARGETS])).toBe(expected);
    },
  );

  it('lets an admin of a department close a sub-unit below it', () => {
    expect(
      can(
        buildActor([{ role: 'admin', organisationId: 'D' }]),
        'organisation.close',
        buildResource('D-sub'),
      ),
    ).toBe(true);
  });

  it('lets a province admin manage every unit of the province', () => {
    const actor = buildActor([{ role: 'admin', organisationId: 'P' }]);
    for (const id of Object.keys(PATHS))
      expect(can(actor, 'user.manage', buildResource(id))).toBe(true);
  });

  it('combines grants: a viewer at the province who is admin of one sở writes only there', () => {
    const actor = buildActor([
      { role: 'viewer', organisationId: 'P' },
      { role: 'admin', organisationId: 'D2' },
    ]);
    expect(can(actor, 'organisation.read', buildResource('D-sub'))).toBe(true);
    expect(can(actor, 'organisation.update', buildResource('D2'))).toBe(true);
    expect(can(actor, 'organisation.update', buildResource('D'))).toBe(false);
  });

  it('denies an actor with no grants', () => {
    expect(can(buildActor([]), 'organisation.read', buildResource('D'))).toBe(false);
  });

  it('fails closed when the path does not end at the resource', () => {
    const actor = buildActor([{ role: 'admin', organisationId: 'P' }]);
    expect(
      can(actor, 'organisation.read', { tenantId: 't1', organisationId: 'D', path: ['P'] }),
    ).toBe(false);
  });
});

describe('reachAllows', () => {
  const unitWrite = { kind: 'write', reach: 'unit' } as const;

  it('lets a unit-reach write touch only the unit where the role is held', () => {
    expect(reachAllows(unitWrite, 'own')).toBe(true);
    expect(reachAllows(unitWrite, 'descendant')).toBe(false);
  });

  it('lets reads and subtree writes reach every unit below, but never an unrelated one', () => {
    expect(reachAllows({ kind: 'read' }, 'descendant')).toBe(true);
    expect(reachAllows({ kind: 'write', reach: 'subtree' }, 'descendant')).toBe(true);
    expect(reachAllows({ kind: 'read' }, 'unrelated')).toBe(false);
  });
});

describe('can with a tenant-reach write (dossier.import)', () => {
  it('lets a province grant import over the whole tenant, and nobody held below the root', () => {
    const province = buildActor([{ role: 'focal', organisationId: 'P' }]);
    for (const unit of ['P', 'D', 'D-sub', 'D2'])
      expect(can(province, 'dossier.import', buildResource(unit))).toBe(true);
    expect(can(province, 'dossier.import', buildResource('D', 't2'))).toBe(false);
    const department = buildActor([{ role: 'admin', organisationId: 'D' }]);
    for (const unit of ['P', 'D', 'D-sub'])
      expect(can(department, 'dossier.import', buildResource(unit))).toBe(false);
    const provinceEditor = buildActor([{ role: 'editor', organisationId: 'P' }]);
    expect(can(provinceEditor, 'dossier.import', buildResource('P'))).toBe(false);
  });
});

describe('relationOf', () => {
  it('tells own unit, a unit below, and a unit above or beside apart', () => {
    expect(relationOf('D', buildResource('D'))).toBe('own');
    expect(relationOf('D', buildResource('D-sub'))).toBe('descendant');
    expect(relationOf('D', buildResource('P'))).toBe('unrelated');
    expect(relationOf('D', buildResource('D2'))).toBe('unrelated');
  });
});

describe('grantRootsFor', () => {
  it('lists each organisation once where a grant holds the action', () => {
    const actor = buildActor([
      { role: 'focal', organisationId: 'P' },
      { role: 'viewer', organisationId: 'P' },
      { role: 'viewer', organisationId: 'D2' },
      { role: 'editor', organisationId: 'D' },
    ]);
    expect(grantRootsFor(actor, 'organisation.read')).toEqual(['P', 'D2', 'D']);
    expect(grantRootsFor(actor, 'audit.read')).toEqual(['P']);
    expect(grantRootsFor(actor, 'organisation.update')).toEqual([]);
  });
});
