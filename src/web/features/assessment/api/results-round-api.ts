/** Kết quả đợt đánh giá: the round's results, survey scores typed or imported, finalise and publish, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  finaliseRound,
  getRoundResults,
  importSurveyScores,
  publishRound,
  saveSurveyScore,
  type RoundPublication,
} from '@contract/assessment-results';
import { callApi } from '@web/lib/api-client';

const roundResultKeys = {
  all: ['assessment-results'] as const,
  round: (roundId: string) => ['assessment-results', roundId] as const,
};

/** The round's results as they stand (or as finalised). */
export function useRoundResults(roundId: string) {
  return useQuery({
    queryKey: roundResultKeys.round(roundId),
    queryFn: ({ signal }) => callApi(getRoundResults, { params: { id: roundId }, signal }),
    retry: false,
  });
}

/** Lưu điểm điều tra xã hội học of one unit and node, under the cell's version (412 when stale). */
export function useSaveSurveyScore(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      organisationId: string;
      nodeCode: string;
      version: number;
      points: number | null;
    }) =>
      callApi(saveSurveyScore, {
        params: { id: roundId, organisationId: input.organisationId, nodeCode: input.nodeCode },
        body: { points: input.points },
        ifMatch: input.version,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: roundResultKeys.round(roundId) }),
  });
}

/** Nhập điểm điều tra từ tệp: a dry run lists every error and writes nothing; the real run writes all or none. */
export function useImportSurvey(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; dryRun: boolean }) => {
      const formData = new FormData();
      formData.append('file', input.file, input.file.name);
      return callApi(importSurveyScores, {
        params: { id: roundId },
        formData,
        query: { dryRun: input.dryRun ? 'true' : 'false' },
      });
    },
    onSuccess: (result) =>
      result.dryRun
        ? undefined
        : queryClient.invalidateQueries({ queryKey: roundResultKeys.round(roundId) }),
  });
}

/** Chốt kết quả under the round's version. */
export function useFinaliseRound(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      callApi(finaliseRound, { params: { id: roundId }, ifMatch: version }),
    onSuccess: (results) => {
      queryClient.setQueryData(roundResultKeys.round(roundId), results);
      // The ranking and gap analysis now read the written results.
      return queryClient.invalidateQueries({ queryKey: ['results'] });
    },
  });
}

/** Công bố under the round's version. */
export function usePublishRound(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; publication: RoundPublication }) =>
      callApi(publishRound, {
        params: { id: roundId },
        body: input.publication,
        ifMatch: input.version,
      }),
    onSuccess: (results) => queryClient.setQueryData(roundResultKeys.round(roundId), results),
  });
}
