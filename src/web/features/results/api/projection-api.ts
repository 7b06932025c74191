/** Dự báo năm nay: the unit's projected range on this year's framework of the index, over the contract. */
import { useQuery } from '@tanstack/react-query';
import { getProjection } from '@contract/assessment-projection';
import { callApi } from '@web/lib/api-client';

/** The projection for the unit, from any framework of the index (the server finds this year's). */
export function useProjection(frameworkId: string, organisationId: string) {
  return useQuery({
    queryKey: ['results', 'projection', frameworkId, organisationId],
    queryFn: ({ signal }) =>
      callApi(getProjection, {
        params: { id: organisationId },
        query: { frameworkId },
        signal,
      }),
    // A unit without this year's framework answers 404: retrying cannot help.
    retry: false,
  });
}
