import type { FrameworkNode, NodeLevel } from './framework';

const segmentCollator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/**
 * Thứ tự mã tiêu chí: natural order of dotted codes, segment by segment ("1.2" < "1.10",
 * "3" < "3.1" < "4", "7.a" < "7.b"); a negative number when `a` comes first.
 */
export function compareNodeCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  const shared = Math.min(left.length, right.length);
  for (let index = 0; index < shared; index += 1) {
    const order = segmentCollator.compare(left[index] ?? '', right[index] ?? '');
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Cây bộ chỉ số: lookups over a flat node list. `childrenByCode` holds, for every code that is
 * some node's parent, its children in natural code order; `roots` are the areas (parentCode
 * null). A node whose parent does not exist is reachable from no root (validateFramework says so).
 * With duplicate codes `byCode` keeps the first.
 */
export interface FrameworkTree {
  byCode: ReadonlyMap<string, FrameworkNode>;
  roots: FrameworkNode[];
  childrenByCode: ReadonlyMap<string, FrameworkNode[]>;
}

/** Dựng cây bộ chỉ số from the flat node list (see FrameworkTree). */
export function frameworkTree(nodes: readonly FrameworkNode[]): FrameworkTree {
  const byCode = new Map<string, FrameworkNode>();
  const childrenByCode = new Map<string, FrameworkNode[]>();
  const roots: FrameworkNode[] = [];
  for (const node of nodes) {
    if (!byCode.has(node.code)) byCode.set(node.code, node);
    if (node.parentCode === null) {
      roots.push(node);
      continue;
    }
    const siblings = childrenByCode.get(node.parentCode);
    if (siblings) siblings.push(node);
    else childrenByCode.set(node.parentCode, [node]);
  }
  const byNaturalCode = (a: FrameworkNode, b: FrameworkNode) => compareNodeCodes(a.code, b.code);
  roots.sort(byNaturalCode);
  for (const children of childrenByCode.values()) children.sort(byNaturalCode);
  return { byCode, roots, childrenByCode };
}

/** Tiêu chí con: the children of a code, in natural order (empty for a leaf). */
export function childrenOf(tree: FrameworkTree, code: string): FrameworkNode[] {
  return tree.childrenByCode.get(code) ?? [];
}

/** Tiêu chí lá: true when no node has this code as its parent (a leaf carries the scoring rule). */
export function isLeafCode(tree: FrameworkTree, code: string): boolean {
  return childrenOf(tree, code).length === 0;
}

/** Mã các cấp trên: the codes above a node, nearest first; stops at a missing parent or a cycle. */
export function ancestorCodes(tree: FrameworkTree, code: string): string[] {
  const ancestors: string[] = [];
  const seen = new Set<string>([code]);
  let parentCode = tree.byCode.get(code)?.parentCode ?? null;
  while (parentCode !== null && !seen.has(parentCode) && tree.byCode.has(parentCode)) {
    ancestors.push(parentCode);
    seen.add(parentCode);
    parentCode = tree.byCode.get(parentCode)?.parentCode ?? null;
  }
  return ancestors;
}

/** Cấp của nút: its declared level, else by depth (area, criterion, then sub-criterion at any deeper level). */
export function nodeLevel(tree: FrameworkTree, node: FrameworkNode): NodeLevel {
  if (node.level) return node.level;
  const depth = ancestorCodes(tree, node.code).length + 1;
  return depth === 1 ? 'area' : depth === 2 ? 'criterion' : 'sub_criterion';
}

/** Nút điểm thưởng: true when the node or any node above it is marked isBonus. */
export function isBonusCode(tree: FrameworkTree, code: string): boolean {
  return [code, ...ancestorCodes(tree, code)].some(
    (each) => tree.byCode.get(each)?.isBonus === true,
  );
}

/** Duyệt cây: every node reachable from the areas, parents before children, in natural order. */
export function listNodesInOrder(tree: FrameworkTree): FrameworkNode[] {
  const ordered: FrameworkNode[] = [];
  const seen = new Set<string>();
  const visit = (node: FrameworkNode) => {
    // A duplicated code could otherwise lead back to a node already on the path.
    if (seen.has(node.code)) return;
    seen.add(node.code);
    ordered.push(node);
    childrenOf(tree, node.code).forEach(visit);
  };
  tree.roots.forEach(visit);
  return ordered;
}
