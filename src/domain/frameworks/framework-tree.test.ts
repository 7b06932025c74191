import { describe, it, expect } from 'vitest';
import { group, leaf } from './framework.fixture';
import {
  ancestorCodes,
  compareNodeCodes,
  frameworkTree,
  isBonusCode,
  isLeafCode,
  listNodesInOrder,
  nodeLevel,
} from './framework-tree';

describe('compareNodeCodes', () => {
  it('puts 1.2 before 1.10 (natural order, not text order)', () => {
    expect(compareNodeCodes('1.2', '1.10')).toBeLessThan(0);
  });

  it('puts an area before its criteria and those before the next area', () => {
    const codes = ['4', '3.1', '10', '3', '3.1.2', '3.10', '3.2'];
    expect([...codes].sort(compareNodeCodes)).toEqual([
      '3',
      '3.1',
      '3.1.2',
      '3.2',
      '3.10',
      '4',
      '10',
    ]);
  });

  it('orders lettered codes alphabetically', () => {
    expect(['7.b', '7.a', '7.c'].sort(compareNodeCodes)).toEqual(['7.a', '7.b', '7.c']);
  });
});

describe('frameworkTree', () => {
  const nodes = [
    leaf('1.10', 1),
    group('1', 3.5),
    leaf('1.2', 0.5),
    group('1.1', 2),
    leaf('1.1.1', 0.5),
    leaf('1.1.2', 1.5),
    group('2', 1, { isBonus: true }),
    leaf('2.1', 1, { rule: { type: 'bonus', maxBonus: 1 } }),
  ];
  const tree = frameworkTree(nodes);

  it('lists children per code in natural code order', () => {
    expect(tree.childrenByCode.get('1')?.map((node) => node.code)).toEqual(['1.1', '1.2', '1.10']);
  });

  it('walks parents before children', () => {
    expect(listNodesInOrder(tree).map((node) => node.code)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.2',
      '1.2',
      '1.10',
      '2',
      '2.1',
    ]);
  });

  it('derives the level from depth: lĩnh vực, tiêu chí, tiêu chí thành phần', () => {
    const levelOf = (code: string) => nodeLevel(tree, tree.byCode.get(code)!);
    expect([levelOf('1'), levelOf('1.1'), levelOf('1.1.2')]).toEqual([
      'area',
      'criterion',
      'sub_criterion',
    ]);
  });

  it('keeps a declared level', () => {
    const declared = frameworkTree([group('8', 10), leaf('8.1', 10, { level: 'sub_criterion' })]);
    expect(nodeLevel(declared, declared.byCode.get('8.1')!)).toBe('sub_criterion');
  });

  it('knows leaves, ancestors and bonus inheritance', () => {
    expect(isLeafCode(tree, '1.1.2')).toBe(true);
    expect(isLeafCode(tree, '1.1')).toBe(false);
    expect(ancestorCodes(tree, '1.1.2')).toEqual(['1.1', '1']);
    expect(isBonusCode(tree, '2.1')).toBe(true);
    expect(isBonusCode(tree, '1.2')).toBe(false);
  });
});
