/** Picks one or more units from the tenant's tree; typing filters without accents ("lap vo"). */
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationList } from '@web/lib/organisation-list';
import { buildOrganisationTree, type OrganisationNode } from '@web/lib/organisation-tree';
import { matchesSearch } from '@contract/text-search';
import { existedInYear } from '@contract/plan-labels';

interface PickerNode {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children: PickerNode[];
}

type OrganisationTreeSelectProps = Omit<TreeSelectProps, 'treeData' | 'loading'> & {
  /** A unit that may not be picked (e.g. the one being closed cannot succeed itself). */
  excludeId?: string;
  /**
   * Offer the units that existed during this year instead of today's (a 2024 plan of a district
   * merged in 2025 still assigns its offices).
   */
  validInYear?: number;
};

export function OrganisationTreeSelect({
  excludeId,
  validInYear,
  ...props
}: OrganisationTreeSelectProps) {
  const { t } = useTranslation();
  const { data: listed = [], isLoading } = useOrganisationList({
    includeClosed: validInYear !== undefined,
  });
  const organisations = useMemo(
    () =>
      validInYear === undefined
        ? listed
        : listed.filter((unit) => existedInYear(unit, validInYear)),
    [listed, validInYear],
  );

  const treeData = useMemo(() => {
    const toPickerNode = ({ organisation, children }: OrganisationNode): PickerNode => ({
      value: organisation.id,
      title: `${organisation.name} (${organisation.code})`,
      searchText: `${organisation.name} ${organisation.code}`,
      disabled: organisation.id === excludeId,
      children: children.map(toPickerNode),
    });
    return buildOrganisationTree(organisations).map(toPickerNode);
  }, [organisations, excludeId]);

  return (
    <TreeSelect
      showSearch
      allowClear
      treeDefaultExpandedKeys={treeData.map((node) => node.value)}
      filterTreeNode={(input, node) => matchesSearch(String(node['searchText'] ?? ''), input)}
      placeholder={t('organisations.searchPlaceholder')}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
      {...props}
      treeData={treeData}
      loading={isLoading}
    />
  );
}
