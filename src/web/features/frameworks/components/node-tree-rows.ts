/** Turns a framework's flat node list into the nested rows of the tree table, and groups issues by node. */
import type { FrameworkNodeDto } from '@contract/frameworks';
import { frameworkTree } from '@contract/framework-rules';

/** One row of the node table: the node and, for a parent, its children in natural code order. */
export interface NodeTreeRow {
  key: string;
  node: FrameworkNodeDto;
  children?: NodeTreeRow[];
}

/**
 * Rows from the areas down. Nodes no area reaches (a missing parent, a parent loop) are shown
 * at the top level after the areas, so an editor can still see and fix them.
 */
export function buildNodeTreeRows(nodes: readonly FrameworkNodeDto[]): NodeTreeRow[] {
  const tree = frameworkTree(nodes);
  const placed = new Set<string>();
  const toRow = (node: FrameworkNodeDto): NodeTreeRow | null => {
    if (placed.has(node.code)) return null;
    placed.add(node.code);
    const children = (tree.childrenByCode.get(node.code) ?? [])
      .map(toRow)
      .filter((row): row is NodeTreeRow => row !== null);
    return children.length > 0 ? { key: node.code, node, children } : { key: node.code, node };
  };
  const rows = tree.roots.map(toRow).filter((row): row is NodeTreeRow => row !== null);
  for (const node of nodes) {
    const row = toRow(node);
    if (row) rows.push(row);
  }
  return rows;
}

/** Every code of the rows, parents before children (to expand the whole tree). */
export function listRowKeys(rows: readonly NodeTreeRow[]): string[] {
  return rows.flatMap((row) => [row.key, ...listRowKeys(row.children ?? [])]);
}

/** Validation messages per node code; those about the framework as a whole under null. */
export function groupIssuesByCode(
  issues: readonly { code: string | null; message: string }[],
): Map<string | null, string[]> {
  const grouped = new Map<string | null, string[]>();
  for (const issue of issues) {
    const messages = grouped.get(issue.code);
    if (messages) messages.push(issue.message);
    else grouped.set(issue.code, [issue.message]);
  }
  return grouped;
}
