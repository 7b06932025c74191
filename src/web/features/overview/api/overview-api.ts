/** Tổng quan: the signed-in user's to-do home and the move of a role to a successor unit, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getOverview, moveGrantToSuccessor } from '@contract/overview';
import { callApi } from '@web/lib/api-client';

/** Query key of the to-do home. */
export const overviewKey = ['overview'] as const;

/** The to-do home (refetched when the window regains focus: the list changes during the day). */
export function useOverview() {
  return useQuery({
    queryKey: overviewKey,
    queryFn: ({ signal }) => callApi(getOverview, { signal }),
  });
}

/** "Chuyển sang <đơn vị kế thừa>": moves the grant, then refreshes the home. */
export function useMoveGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { grantId: string; successorId: string }) =>
      callApi(moveGrantToSuccessor, {
        params: { id: input.grantId },
        body: { successorId: input.successorId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: overviewKey }),
  });
}
