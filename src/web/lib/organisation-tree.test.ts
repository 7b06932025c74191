import { describe, expect, it } from 'vitest';
import type { Organisation } from '@contract/organisations';
import { buildOrganisationTree, listAncestorIds, type OrganisationNode } from './organisation-tree';

let sequence = 0;
function buildOrganisation(
  overrides: Partial<Organisation> & Pick<Organisation, 'name'>,
): Organisation {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    code: `DV${sequence}`,
    type: 'commune',
    parentId: null,
    validFrom: '2025-07-01',
    validTo: null,
    version: 1,
    ...overrides,
  };
}

const names = (nodes: OrganisationNode[]) => nodes.map((node) => node.organisation.name);

describe('buildOrganisationTree', () => {
  const province = buildOrganisation({ name: 'Tỉnh Đồng Tháp', type: 'province' });
  const communeB = buildOrganisation({ name: 'Xã Bình Thành', parentId: province.id });
  const communeA = buildOrganisation({ name: 'Phường Cao Lãnh', parentId: province.id });
  const department = buildOrganisation({
    name: 'Sở Nội vụ',
    type: 'department',
    parentId: province.id,
  });
  const office = buildOrganisation({
    name: 'Phòng Cải cách hành chính',
    type: 'sub_unit',
    parentId: department.id,
  });

  it('puts departments before communes under a province, each in Vietnamese alphabetical order', () => {
    const [root] = buildOrganisationTree([communeB, office, communeA, department, province]);

    expect(root?.organisation.name).toBe('Tỉnh Đồng Tháp');
    expect(names(root?.children ?? [])).toEqual(['Sở Nội vụ', 'Phường Cao Lãnh', 'Xã Bình Thành']);
    expect(names(root?.children[0]?.children ?? [])).toEqual(['Phòng Cải cách hành chính']);
  });

  it('makes a unit whose parent the user cannot see a root of its own', () => {
    const roots = buildOrganisationTree([department, office]);

    expect(names(roots)).toEqual(['Sở Nội vụ']);
  });

  it('lists the ancestors present in the list, nearest first', () => {
    expect(listAncestorIds([province, department, office], office.id)).toEqual([
      department.id,
      province.id,
    ]);
    expect(listAncestorIds([department, office], office.id)).toEqual([department.id]);
  });
});
