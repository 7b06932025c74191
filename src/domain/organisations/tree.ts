/** Nút cây đơn vị: the minimum an organisation needs to be placed in the tree. */
export interface OrganisationNode {
  id: string;
  parentId: string | null;
}

/** Cây đơn vị: one node with its children, in input order. */
export interface OrganisationTreeNode<T extends OrganisationNode> {
  node: T;
  children: OrganisationTreeNode<T>[];
}

function indexById<T extends OrganisationNode>(nodes: readonly T[]): Map<string, T> {
  return new Map(nodes.map((node) => [node.id, node]));
}

function indexChildren<T extends OrganisationNode>(nodes: readonly T[]): Map<string, T[]> {
  const children = new Map<string, T[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }
  return children;
}

/**
 * Đường dẫn đơn vị: the ids from the root down to and including `id`. A parent missing from
 * `nodes` ends the walk (that node is treated as a root). Throws on an unknown id or a cycle.
 */
export function ancestorPath<T extends OrganisationNode>(
  nodes: readonly T[],
  id: string,
): string[] {
  const byId = indexById(nodes);
  if (!byId.has(id)) throw new Error(`Unknown organisation ${id}`);
  const path: string[] = [];
  const seen = new Set<string>();
  for (
    let node = byId.get(id);
    node;
    node = node.parentId === null ? undefined : byId.get(node.parentId)
  ) {
    if (seen.has(node.id)) throw new Error(`Cycle in the organisation tree at ${node.id}`);
    seen.add(node.id);
    path.push(node.id);
  }
  return path.reverse();
}

/**
 * Vòng lặp: true when moving `id` under `newParentId` would make it its own ancestor. Also true
 * when the new parent's ancestry already loops, so a broken tree is never extended.
 */
export function wouldCreateCycle<T extends OrganisationNode>(
  nodes: readonly T[],
  id: string,
  newParentId: string | null,
): boolean {
  const byId = indexById(nodes);
  const seen = new Set<string>();
  for (let current = newParentId; current !== null; current = byId.get(current)?.parentId ?? null) {
    if (current === id || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

/**
 * Dựng cây: the roots with their subtrees. A node whose parent is missing becomes a root; a
 * node caught in a cycle is shown once, the first of its cycle in input order becoming a root,
 * so every node appears exactly once.
 */
export function buildTree<T extends OrganisationNode>(
  nodes: readonly T[],
): OrganisationTreeNode<T>[] {
  const byId = indexById(nodes);
  const children = indexChildren(nodes);
  const placed = new Set<string>();
  const grow = (node: T): OrganisationTreeNode<T> => {
    placed.add(node.id);
    const below = (children.get(node.id) ?? []).filter((child) => !placed.has(child.id));
    for (const child of below) placed.add(child.id);
    return { node, children: below.map(grow) };
  };
  const isRoot = (node: T) => node.parentId === null || !byId.has(node.parentId);
  const roots = nodes.filter(isRoot).map(grow);
  for (const node of nodes) if (!placed.has(node.id)) roots.push(grow(node));
  return roots;
}

/** Đơn vị cấp dưới: the ids of every node below `id` (not `id` itself), parents before children. */
export function descendantIds<T extends OrganisationNode>(
  nodes: readonly T[],
  id: string,
): string[] {
  const children = indexChildren(nodes);
  const found: string[] = [];
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const child of children.get(current) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      found.push(child.id);
      queue.push(child.id);
    }
  }
  return found;
}
