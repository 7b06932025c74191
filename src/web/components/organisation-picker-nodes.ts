/** The nodes of a unit picker: the listed units as a tree, plus a labelled node for every picked unit not listed. */
import type { TFunction } from 'i18next';
import type { Organisation, OrganisationLabel } from '@contract/organisations';
import { buildOrganisationTree, type OrganisationNode } from '@web/lib/organisation-tree';
import { organisationLabelText } from '@web/lib/organisation-labels';

/** One node of the picker's tree. */
export interface PickerNode {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children: PickerNode[];
}

/** The ids a picker's value holds (one id, several, or none). */
export function pickedIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The picked ids that are not among the listed units (a closed unit, one outside the user's subtree). */
export function unlistedIds(value: unknown, organisations: readonly Organisation[]): string[] {
  const listed = new Set(organisations.map((organisation) => organisation.id));
  return pickedIds(value).filter((id) => !listed.has(id));
}

/**
 * The tree of listed units, then one root node per unlisted picked unit, titled by its label
 * ("(đã giải thể / sáp nhập)" when closed) — never by its id, which antd would show for a value
 * no node holds. While labels load, or for an id no unit of the tenant has, a neutral title.
 */
export function buildPickerNodes(input: {
  organisations: readonly Organisation[];
  value: unknown;
  labels: ReadonlyMap<string, OrganisationLabel> | undefined;
  excludeId?: string;
  t: TFunction;
}): PickerNode[] {
  const { organisations, labels, excludeId, t } = input;
  const toPickerNode = ({ organisation, children }: OrganisationNode): PickerNode => ({
    value: organisation.id,
    title: `${organisation.name} (${organisation.code})`,
    searchText: `${organisation.name} ${organisation.code}`,
    disabled: organisation.id === excludeId,
    children: children.map(toPickerNode),
  });
  const listed = buildOrganisationTree(organisations).map(toPickerNode);
  const unlisted = unlistedIds(input.value, organisations).map((id): PickerNode => {
    const label = labels?.get(id);
    const title = label
      ? organisationLabelText(label, t)
      : t(labels ? 'unitLabels.unknown' : 'unitLabels.loading');
    return {
      value: id,
      title,
      searchText: label ? `${label.name} ${label.code}` : '',
      children: [],
    };
  });
  return [...listed, ...unlisted];
}
