/** Builds the organisation tree on the client from the API's flat list. */
import type { Organisation } from '@contract/organisations';
import { ORGANISATION_TYPE_VALUES } from './contract-values';

/** One node of the tree with its children, ordered for display. */
export interface OrganisationNode {
  organisation: Organisation;
  children: OrganisationNode[];
}

const collator = new Intl.Collator('vi');
const typeRank = new Map<string, number>(
  ORGANISATION_TYPE_VALUES.map((type, index) => [type, index]),
);

// Under a province: departments first, then districts, then communes, each alphabetical.
function compareSiblings(a: OrganisationNode, b: OrganisationNode): number {
  const byType =
    (typeRank.get(a.organisation.type) ?? 0) - (typeRank.get(b.organisation.type) ?? 0);
  return byType !== 0 ? byType : collator.compare(a.organisation.name, b.organisation.name);
}

/**
 * The forest of the given organisations. A unit whose parent is not in the list (the user
 * reads only a subtree, or the parent is filtered out) becomes a root.
 */
export function buildOrganisationTree(organisations: readonly Organisation[]): OrganisationNode[] {
  const nodes = new Map<string, OrganisationNode>(
    organisations.map((organisation) => [organisation.id, { organisation, children: [] }]),
  );
  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: OrganisationNode[]) => {
    list.sort(compareSiblings);
    list.forEach((node) => sortDeep(node.children));
  };
  sortDeep(roots);
  return roots;
}

/** Ids of the unit's ancestors present in the list, nearest first (to expand the tree to it). */
export function listAncestorIds(organisations: readonly Organisation[], id: string): string[] {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const ancestors: string[] = [];
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId && byId.has(parentId) && !ancestors.includes(parentId)) {
    ancestors.push(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return ancestors;
}
