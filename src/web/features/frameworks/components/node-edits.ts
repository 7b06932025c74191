/** Edits of the tree editor as plain functions over the node list: each returns a new list. */
import type { FrameworkNodeDto } from '@contract/frameworks';
import { compareNodeCodes } from '@contract/framework-rules';

/**
 * Thêm tiêu chí: appends the node. Its parent becomes a group, so the parent's own scoring rule
 * is dropped (a parent is scored by its children; validateFramework would refuse the rule).
 */
export function addNode(
  nodes: readonly FrameworkNodeDto[],
  node: FrameworkNodeDto,
): FrameworkNodeDto[] {
  const withParentAsGroup = nodes.map((each) =>
    each.code === node.parentCode && each.rule !== undefined ? withoutRule(each) : each,
  );
  return [...withParentAsGroup, node];
}

/**
 * Sửa tiêu chí: replaces the node first known as `originalCode`. A new code is carried to its
 * children's parentCode; a new parentCode moves the node with its whole subtree.
 */
export function updateNode(
  nodes: readonly FrameworkNodeDto[],
  originalCode: string,
  node: FrameworkNodeDto,
): FrameworkNodeDto[] {
  return nodes.map((each) => {
    if (each.code === originalCode) return node;
    if (each.parentCode === originalCode && node.code !== originalCode) {
      return { ...each, parentCode: node.code };
    }
    return each;
  });
}

/** Xóa tiêu chí lá: removes a node nobody has as parent; a parent is left as is (null). */
export function deleteLeaf(
  nodes: readonly FrameworkNodeDto[],
  code: string,
): FrameworkNodeDto[] | null {
  if (nodes.some((each) => each.parentCode === code)) return null;
  return nodes.filter((each) => each.code !== code);
}

/** Codes of the node and everything below it. */
export function listSubtreeCodes(nodes: readonly FrameworkNodeDto[], code: string): Set<string> {
  const subtree = new Set<string>([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const each of nodes) {
      if (each.parentCode !== null && subtree.has(each.parentCode) && !subtree.has(each.code)) {
        subtree.add(each.code);
        grew = true;
      }
    }
  }
  return subtree;
}

/** Where a node may move: every other node outside its own subtree (which would make a loop), in code order. */
export function listParentCandidates(
  nodes: readonly FrameworkNodeDto[],
  code: string | null,
): string[] {
  const excluded = code === null ? new Set<string>() : listSubtreeCodes(nodes, code);
  return nodes
    .map((each) => each.code)
    .filter((each) => !excluded.has(each))
    .sort(compareNodeCodes);
}

/** The code a new child of `parentCode` would naturally get: "3" → "3.<next>", null → "<next area>". */
export function suggestChildCode(
  nodes: readonly FrameworkNodeDto[],
  parentCode: string | null,
): string {
  const prefix = parentCode === null ? '' : `${parentCode}.`;
  const taken = new Set(nodes.map((each) => each.code));
  let next = nodes.filter((each) => each.parentCode === parentCode).length + 1;
  while (taken.has(`${prefix}${next}`)) next += 1;
  return `${prefix}${next}`;
}

function withoutRule(node: FrameworkNodeDto): FrameworkNodeDto {
  const { rule: _dropped, ...rest } = node;
  return rest;
}
