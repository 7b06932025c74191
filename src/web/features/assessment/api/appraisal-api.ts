/** Thẩm định và bảng của Hội đồng over the contract: one unit's view, its writes, the board, the sign-off. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerExplanation,
  confirmUnitAppraisal,
  getCouncilBoard,
  getUnitAppraisal,
  requestExplanation,
  setAppraisedScore,
  signOffBoard,
  type UnitAppraisalDto,
} from '@contract/assessment-appraisal';
import { callApi } from '@web/lib/api-client';

/** Which unit of which round. */
export interface RoundUnitAddress {
  roundId: string;
  organisationId: string;
}

const unitKey = (address: RoundUnitAddress) =>
  ['assessment', 'appraisal', address.roundId, address.organisationId] as const;
const paramsOf = (address: RoundUnitAddress) => ({
  id: address.roundId,
  organisationId: address.organisationId,
});

/** The unit's appraisal view (also the unit's explanations page). */
export function useUnitAppraisal(address: RoundUnitAddress) {
  return useQuery({
    queryKey: unitKey(address),
    queryFn: ({ signal }) => callApi(getUnitAppraisal, { params: paramsOf(address), signal }),
  });
}

/**
 * Puts a write's answer in the cached view. A refetch of the view still in flight (one a save
 * asked for) started before the write and would land after it with the old data — the confirmed
 * tag or the answer vanishing from the screen — so it is cancelled first.
 */
function useViewWritten(address: RoundUnitAddress) {
  const queryClient = useQueryClient();
  return async (update: (view: UnitAppraisalDto | undefined) => UnitAppraisalDto | undefined) => {
    await queryClient.cancelQueries({ queryKey: unitKey(address) });
    queryClient.setQueryData<UnitAppraisalDto>(unitKey(address), update);
  };
}

/** Replaces one entry in the cached view after a write. */
function useEntryWritten(address: RoundUnitAddress) {
  const written = useViewWritten(address);
  return (entry: UnitAppraisalDto['entries'][number]) =>
    written((view) =>
      view
        ? {
            ...view,
            entries: view.entries.map((each) => (each.nodeCode === entry.nodeCode ? entry : each)),
          }
        : view,
    );
}

/** Chấm điểm thẩm định of one criterion (If-Match: the entry's version). */
export function useSetAppraisedScore(address: RoundUnitAddress) {
  const written = useEntryWritten(address);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { nodeCode: string; version: number; score: number; comment: string }) =>
      callApi(setAppraisedScore, {
        params: { ...paramsOf(address), nodeCode: input.nodeCode },
        body: { score: input.score, comment: input.comment },
        ifMatch: input.version,
      }),
    onSuccess: async (entry) => {
      await written(entry);
      void queryClient.invalidateQueries({ queryKey: unitKey(address) });
    },
  });
}

/** Đề nghị giải trình on one criterion. */
export function useRequestExplanation(address: RoundUnitAddress) {
  const written = useEntryWritten(address);
  return useMutation({
    mutationFn: (input: { nodeCode: string; version: number; request: string }) =>
      callApi(requestExplanation, {
        params: { ...paramsOf(address), nodeCode: input.nodeCode },
        body: { request: input.request },
        ifMatch: input.version,
      }),
    onSuccess: written,
  });
}

/** Giải trình của đơn vị on one criterion. */
export function useAnswerExplanation(address: RoundUnitAddress) {
  const written = useEntryWritten(address);
  return useMutation({
    mutationFn: (input: { nodeCode: string; version: number; explanation: string }) =>
      callApi(answerExplanation, {
        params: { ...paramsOf(address), nodeCode: input.nodeCode },
        body: { explanation: input.explanation },
        ifMatch: input.version,
      }),
    onSuccess: written,
  });
}

/** Xác nhận thẩm định đơn vị (If-Match: the unit's version). */
export function useConfirmUnitAppraisal(address: RoundUnitAddress) {
  const written = useViewWritten(address);
  return useMutation({
    mutationFn: (version: number) =>
      callApi(confirmUnitAppraisal, { params: paramsOf(address), ifMatch: version }),
    onSuccess: (view) => written(() => view),
  });
}

/** The board filter as the page holds it. */
export interface BoardQuery {
  area?: string;
  minGap?: number;
  top?: number;
}

/** Bảng tổng hợp của Hội đồng. */
export function useCouncilBoard(roundId: string, query: BoardQuery) {
  return useQuery({
    queryKey: ['assessment', 'board', roundId, query] as const,
    queryFn: ({ signal }) => callApi(getCouncilBoard, { params: { id: roundId }, query, signal }),
  });
}

/** Hội đồng ký xác nhận (If-Match: the round's version). */
export function useSignOffBoard(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      callApi(signOffBoard, { params: { id: roundId }, ifMatch: version }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['assessment', 'board', roundId] }),
  });
}
