/** The tenant's organisations as one cached query, shared by the tree and every unit picker. */
import { useQuery } from '@tanstack/react-query';
import { listOrganisations } from '@contract/organisations';
import { callApi } from './api-client';

/** Query keys of organisation data; invalidate `organisationKeys.all` after any change. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: { q?: string; includeClosed: boolean }) =>
    ['organisations', 'list', query] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
};

function organisationListQuery(options: { includeClosed: boolean; q?: string }) {
  const query = { q: options.q || undefined, includeClosed: options.includeClosed };
  return {
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      callApi(listOrganisations, {
        query: { q: query.q, includeClosed: query.includeClosed ? 'true' : 'false' },
        signal,
      }),
  };
}

/** The organisations the user may read, flat; closed ones only when asked. */
export function useOrganisationList(options: {
  includeClosed: boolean;
  q?: string;
  enabled?: boolean;
}) {
  return useQuery({
    ...organisationListQuery(options),
    select: (response) => response.items,
    enabled: options.enabled ?? true,
  });
}

/** What the server says the user may do with the unit list (e.g. `canImport`), from the same cached query. */
export function useOrganisationListAbilities(options: { includeClosed: boolean }) {
  return useQuery({
    ...organisationListQuery(options),
    select: (response) => response.abilities,
  }).data;
}
