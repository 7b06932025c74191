/** The tenant's organisations as a tree built on the client; virtual scrolling for thousands of communes. */
import { useMemo } from 'react';
import { Empty, Tree, type TreeDataNode } from 'antd';
import type { Organisation } from '@contract/organisations';
import { buildOrganisationTree, type OrganisationNode } from '@web/lib/organisation-tree';
import { OrganisationLabel } from './organisation-label';

interface OrganisationTreeProps {
  organisations: Organisation[];
  selectedId: string | null;
  expandedIds: string[];
  onExpand: (ids: string[]) => void;
  onSelect: (id: string) => void;
}

const TREE_HEIGHT_PX = 560;

function toTreeData({ organisation, children }: OrganisationNode): TreeDataNode {
  return {
    key: organisation.id,
    title: <OrganisationLabel organisation={organisation} />,
    children: children.map(toTreeData),
    isLeaf: children.length === 0,
  };
}

export function OrganisationTree({
  organisations,
  selectedId,
  expandedIds,
  onExpand,
  onSelect,
}: OrganisationTreeProps) {
  const treeData = useMemo(
    () => buildOrganisationTree(organisations).map(toTreeData),
    [organisations],
  );
  if (treeData.length === 0) return <Empty />;
  return (
    <div data-testid="org-tree">
      <Tree
        blockNode
        showLine
        height={TREE_HEIGHT_PX}
        treeData={treeData}
        selectedKeys={selectedId ? [selectedId] : []}
        expandedKeys={expandedIds}
        onExpand={(keys) => onExpand(keys.map(String))}
        onSelect={(keys) => {
          const [key] = keys;
          if (key !== undefined) onSelect(String(key));
        }}
      />
    </div>
  );
}
