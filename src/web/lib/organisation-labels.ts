/**
 * Tên đơn vị theo mã: the names behind unit ids that a screen holds but whose unit is not in its
 * list (closed after the 2025 merger, or outside the user's subtree), so no screen shows a bare
 * id; closed units read "(đã giải thể / sáp nhập vào …)".
 */
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { listOrganisationLabels, type OrganisationLabel } from '@contract/organisations';
import { callApi } from './api-client';
import { organisationKeys } from './organisation-list';

/** The labels of these units (none asked: no request), by id. */
export function useOrganisationLabels(ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    queryKey: [...organisationKeys.all, 'labels', sorted] as const,
    queryFn: ({ signal }) =>
      callApi(listOrganisationLabels, { query: { ids: sorted.join(',') }, signal }),
    select: (response) => new Map(response.items.map((label) => [label.id, label])),
    enabled: sorted.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** "Phòng Văn hóa và Thông tin (đã giải thể / sáp nhập)", "Thị trấn Lấp Vò (… vào Xã Lấp Vò)", or the name. */
export function organisationLabelText(label: OrganisationLabel, t: TFunction): string {
  if (!label.closedOn) return label.name;
  if (label.successors.length === 0) return t('unitLabels.closed', { name: label.name });
  return t('unitLabels.closedWithSuccessor', {
    name: label.name,
    successors: label.successors.map((successor) => successor.name).join(', '),
  });
}
