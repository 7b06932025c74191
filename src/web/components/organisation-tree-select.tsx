/**
 * Picks one or more units from the tenant's tree; typing filters without accents ("lap vo"). A
 * picked unit that is not offered (closed after a merger, or outside the user's subtree) still
 * shows its name, flagged "(đã giải thể / sáp nhập)", never its id.
 */
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationList } from '@web/lib/organisation-list';
import { useOrganisationLabels } from '@web/lib/organisation-labels';
import { matchesSearch } from '@contract/text-search';
import { existedInYear } from '@contract/plan-labels';
import { buildPickerNodes, unlistedIds } from './organisation-picker-nodes';

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

  // A picked unit the list does not hold (closed, or outside the user's subtree) is named by the
  // labels endpoint: antd would otherwise show its bare id.
  const unlisted = isLoading ? [] : unlistedIds(props.value, organisations);
  const { data: labels } = useOrganisationLabels(unlisted);
  const treeData = useMemo(
    () => buildPickerNodes({ organisations, value: props.value, labels, excludeId, t }),
    [organisations, props.value, labels, excludeId, t],
  );

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
