/** Đánh giá chỉ tiêu: a plan's targets met / not met / not yet known from the results, over the contract. */
import { useQuery } from '@tanstack/react-query';
import { evaluatePlanTargets } from '@contract/plans';
import { callApi } from '@web/lib/api-client';

/** Under ['plans'], so every plan write (which invalidates ['plans']) reads the verdicts again. */
export const targetEvaluationKey = (planId: string) => ['plans', 'targets', planId] as const;

/** The verdict of each target of the plan, in the plan's order. */
export function usePlanTargetEvaluations(planId: string) {
  return useQuery({
    queryKey: targetEvaluationKey(planId),
    queryFn: ({ signal }) => callApi(evaluatePlanTargets, { params: { id: planId }, signal }),
    retry: false,
  });
}
