/** Tìm kiếm: the search endpoint as a cached query, skipped until the query is long enough. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { search, SEARCH_MIN_LENGTH } from '@contract/search';
import { callApi } from '@web/lib/api-client';

/** Query keys of search results. */
export const searchKeys = {
  results: (q: string) => ['search', q] as const,
};

/** True when `q` is long enough to search. */
export const isSearchable = (q: string) => q.trim().length >= SEARCH_MIN_LENGTH;

/** The grouped results for `q` (the previous results stay while the next ones load). */
export function useSearchResults(q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: searchKeys.results(trimmed),
    queryFn: ({ signal }) => callApi(search, { query: { q: trimmed }, signal }),
    enabled: isSearchable(trimmed),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
