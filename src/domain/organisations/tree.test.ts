import { describe, it, expect } from 'vitest';
import {
  ancestorPath,
  buildTree,
  descendantIds,
  wouldCreateCycle,
  type OrganisationTreeNode,
} from './tree';

interface Unit {
  id: string;
  parentId: string | null;
  name: string;
}

function buildUnit(id: string, parentId: string | null): Unit {
  return { id, parentId, name: `Đơn vị ${id}` };
}

// Tỉnh → Huyện Lấp Vò → Xã Bình Thạnh → Công chức Tư pháp; Tỉnh → Sở Nội vụ.
const PROVINCE = [
  buildUnit('tinh', null),
  buildUnit('lap-vo', 'tinh'),
  buildUnit('binh-thanh', 'lap-vo'),
  buildUnit('tu-phap', 'binh-thanh'),
  buildUnit('so-noi-vu', 'tinh'),
];

function shape<T extends Unit>(trees: OrganisationTreeNode<T>[]): unknown[] {
  return trees.map((tree) => ({ [tree.node.id]: shape(tree.children) }));
}

describe('ancestorPath', () => {
  it('lists the units from the province down to a commune officer', () => {
    expect(ancestorPath(PROVINCE, 'tu-phap')).toEqual(['tinh', 'lap-vo', 'binh-thanh', 'tu-phap']);
  });

  it('is just the root for the root', () => {
    expect(ancestorPath(PROVINCE, 'tinh')).toEqual(['tinh']);
  });

  it('stops at a unit whose parent is missing', () => {
    expect(ancestorPath([buildUnit('a', 'gone'), buildUnit('b', 'a')], 'b')).toEqual(['a', 'b']);
  });

  it('throws on a cycle instead of looping forever', () => {
    const looped = [buildUnit('a', 'b'), buildUnit('b', 'a'), buildUnit('c', 'a')];
    expect(() => ancestorPath(looped, 'c')).toThrow(/Cycle/);
  });

  it('throws on an unknown id', () => {
    expect(() => ancestorPath(PROVINCE, 'nowhere')).toThrow(/Unknown/);
  });
});

describe('wouldCreateCycle', () => {
  it('refuses to move a district under one of its own communes', () => {
    expect(wouldCreateCycle(PROVINCE, 'lap-vo', 'binh-thanh')).toBe(true);
  });

  it('refuses to make a unit its own parent', () => {
    expect(wouldCreateCycle(PROVINCE, 'lap-vo', 'lap-vo')).toBe(true);
  });

  it('allows moving a commune under the province directly (the 2025 two-level reform)', () => {
    expect(wouldCreateCycle(PROVINCE, 'binh-thanh', 'tinh')).toBe(false);
  });

  it('allows making a unit a root', () => {
    expect(wouldCreateCycle(PROVINCE, 'lap-vo', null)).toBe(false);
  });

  it('refuses a new parent whose own ancestry already loops', () => {
    const looped = [...PROVINCE, buildUnit('x', 'y'), buildUnit('y', 'x')];
    expect(wouldCreateCycle(looped, 'so-noi-vu', 'x')).toBe(true);
  });
});

describe('buildTree', () => {
  it('nests children under their parents in input order', () => {
    expect(shape(buildTree(PROVINCE))).toEqual([
      { tinh: [{ 'lap-vo': [{ 'binh-thanh': [{ 'tu-phap': [] }] }] }, { 'so-noi-vu': [] }] },
    ]);
  });

  it('keeps the caller’s own fields on each node', () => {
    expect(buildTree(PROVINCE)[0]?.node.name).toBe('Đơn vị tinh');
  });

  it('turns an orphan whose parent is missing into a root', () => {
    const trees = buildTree([buildUnit('tinh', null), buildUnit('mo-coi', 'deleted')]);
    expect(shape(trees)).toEqual([{ tinh: [] }, { 'mo-coi': [] }]);
  });

  it('still shows each unit of a cycle exactly once', () => {
    const trees = buildTree([buildUnit('a', 'b'), buildUnit('b', 'a')]);
    expect(shape(trees)).toEqual([{ a: [{ b: [] }] }]);
  });

  it('returns no roots for no units', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('descendantIds', () => {
  it('lists every unit below a district, parents first, without the district itself', () => {
    expect(descendantIds(PROVINCE, 'lap-vo')).toEqual(['binh-thanh', 'tu-phap']);
  });

  it('is empty for a leaf', () => {
    expect(descendantIds(PROVINCE, 'tu-phap')).toEqual([]);
  });

  it('terminates on a cycle', () => {
    expect(descendantIds([buildUnit('a', 'b'), buildUnit('b', 'a')], 'a')).toEqual(['b']);
  });
});
