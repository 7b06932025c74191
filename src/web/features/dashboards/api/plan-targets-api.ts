/** Chỉ tiêu theo chỉ số: the targets of a unit's plans of a year with their verdicts, over the contract. */
import { useQuery } from '@tanstack/react-query';
import { listUnitPlanTargets } from '@contract/plan-targets';
import { callApi } from '@web/lib/api-client';

/** Under ['plans'], so plan writes (which invalidate ['plans']) refresh the dashboard too. */
export const unitPlanTargetsKey = (organisationId: string, year: number) =>
  ['plans', 'unit-targets', organisationId, year] as const;

/** The unit's current plans of the year, each with its targets by index; idle until both are chosen. */
export function useUnitPlanTargets(organisationId: string | null, year: number | null) {
  return useQuery({
    queryKey: unitPlanTargetsKey(organisationId ?? '', year ?? 0),
    queryFn: ({ signal }) =>
      callApi(listUnitPlanTargets, {
        query: { organisationId: organisationId ?? '', year: year ?? 0 },
        signal,
      }),
    enabled: organisationId !== null && year !== null,
    retry: false,
  });
}
