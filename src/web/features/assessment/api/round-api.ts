/** Đợt đánh giá: the rounds list, one round, opening, changing and moving a round, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createRound,
  getRound,
  listRounds,
  transitionRound,
  updateRound,
  type RoundDto,
} from '@contract/assessment-rounds';
import type { EndpointBody } from '@contract/endpoint';
import { getFramework, listFrameworks } from '@contract/frameworks';
import { callApi } from '@web/lib/api-client';

/** Query keys of rounds; other parts of the feature invalidate `roundKeys.all` after a change. */
export const roundKeys = {
  all: ['assessment-rounds'] as const,
  list: (year: number | null) => ['assessment-rounds', 'list', year] as const,
  detail: (id: string) => ['assessment-rounds', 'detail', id] as const,
  frameworks: ['assessment-rounds', 'frameworks'] as const,
  framework: (id: string) => ['assessment-rounds', 'framework', id] as const,
};

/** The rounds the user may read, of one year or all. */
export function useRoundList(year: number | null) {
  return useQuery({
    queryKey: roundKeys.list(year),
    queryFn: ({ signal }) => callApi(listRounds, { query: year === null ? {} : { year }, signal }),
  });
}

/** One round with its units and what the user may do. */
export function useRound(roundId: string) {
  return useQuery({
    queryKey: roundKeys.detail(roundId),
    queryFn: ({ signal }) => callApi(getRound, { params: { id: roundId }, signal }),
    retry: false,
  });
}

/** The tenant's frameworks to open a round for. */
export function useFrameworkChoices(enabled: boolean) {
  return useQuery({
    queryKey: roundKeys.frameworks,
    queryFn: ({ signal }) => callApi(listFrameworks, { signal }),
    select: (response) => response.items,
    enabled,
  });
}

/** One framework's nodes (for the exemptable ones). */
export function useFrameworkNodes(frameworkId: string | undefined) {
  return useQuery({
    queryKey: roundKeys.framework(frameworkId ?? ''),
    queryFn: ({ signal }) => callApi(getFramework, { params: { id: frameworkId! }, signal }),
    select: (framework) => framework.nodes,
    enabled: frameworkId !== undefined,
  });
}

function useStoreRound() {
  const queryClient = useQueryClient();
  return (round: RoundDto) => {
    queryClient.setQueryData(roundKeys.detail(round.id), round);
    void queryClient.invalidateQueries({ queryKey: [...roundKeys.all, 'list'] });
  };
}

/** Mở đợt đánh giá. */
export function useCreateRound() {
  const store = useStoreRound();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createRound>) => callApi(createRound, { body }),
    onSuccess: store,
  });
}

/** Sửa tên, thời gian (and units while draft) under If-Match. */
export function useUpdateRound(roundId: string) {
  const store = useStoreRound();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof updateRound> }) =>
      callApi(updateRound, { params: { id: roundId }, body: input.body, ifMatch: input.version }),
    onSuccess: store,
  });
}

/** Chuyển trạng thái under If-Match. */
export function useTransitionRound(roundId: string) {
  const store = useStoreRound();
  return useMutation({
    mutationFn: (input: { version: number; to: RoundDto['state'] }) =>
      callApi(transitionRound, {
        params: { id: roundId },
        body: { to: input.to },
        ifMatch: input.version,
      }),
    onSuccess: store,
  });
}
