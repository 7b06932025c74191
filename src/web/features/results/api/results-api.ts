/** Kết quả đánh giá: frameworks to choose from, rankings, gap analyses, a unit's result and the file import, over the contract. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getFramework, listFrameworks } from '@contract/frameworks';
import {
  getGapAnalysis,
  getRanking,
  getUnitResult,
  importResults,
  saveUnitResult,
} from '@contract/results';
import type { EndpointBody, EndpointQuery } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';

const resultKeys = {
  all: ['results'] as const,
  frameworks: ['results', 'frameworks'] as const,
  framework: (id: string) => ['results', 'framework', id] as const,
  ranking: (query: object) => ['results', 'ranking', query] as const,
  gaps: (query: object) => ['results', 'gaps', query] as const,
  unitResult: (frameworkId: string, organisationId: string) =>
    ['results', 'unit', frameworkId, organisationId] as const,
};

/** The tenant's frameworks, newest year first. */
export function useFrameworkChoices() {
  return useQuery({
    queryKey: resultKeys.frameworks,
    queryFn: ({ signal }) => callApi(listFrameworks, { signal }),
    select: (response) => response.items,
  });
}

/** One framework with its node tree (for the entry form). */
export function useFrameworkTree(frameworkId: string) {
  return useQuery({
    queryKey: resultKeys.framework(frameworkId),
    queryFn: ({ signal }) => callApi(getFramework, { params: { id: frameworkId }, signal }),
  });
}

/** Bảng xếp hạng read from a viewpoint unit, optionally of a unit type below it. */
export function useRanking(
  frameworkId: string | null,
  query: EndpointQuery<typeof getRanking> | null,
) {
  return useQuery({
    queryKey: resultKeys.ranking({ frameworkId, ...query }),
    queryFn: ({ signal }) =>
      callApi(getRanking, { params: { id: frameworkId ?? '' }, query: query!, signal }),
    enabled: frameworkId !== null && query !== null,
    retry: false,
  });
}

/** Filters of the gap table as the page holds them. */
export interface GapFilters {
  area?: string;
  onlyLost: boolean;
  onlyDropped: boolean;
}

/** The filter query as the API reads it ("true" flags, nothing when off). */
export function toGapQuery(filters: GapFilters): EndpointQuery<typeof getGapAnalysis> {
  return {
    area: filters.area || undefined,
    onlyLost: filters.onlyLost ? 'true' : undefined,
    onlyDropped: filters.onlyDropped ? 'true' : undefined,
  };
}

/** Phân tích điểm bị trừ of one unit, filtered; the previous table stays while a filter loads. */
export function useGapAnalysis(frameworkId: string, organisationId: string, filters: GapFilters) {
  const query = toGapQuery(filters);
  return useQuery({
    queryKey: resultKeys.gaps({ frameworkId, organisationId, ...query }),
    queryFn: ({ signal }) =>
      callApi(getGapAnalysis, { params: { id: frameworkId, organisationId }, query, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** A unit's result (version 0 when nothing is saved yet). */
export function useUnitResult(frameworkId: string, organisationId: string) {
  return useQuery({
    queryKey: resultKeys.unitResult(frameworkId, organisationId),
    queryFn: ({ signal }) =>
      callApi(getUnitResult, { params: { id: frameworkId, organisationId }, signal }),
  });
}

/** Lưu kết quả, guarded by the version read (412 when someone saved first). */
export function useSaveUnitResult(frameworkId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof saveUnitResult> }) =>
      callApi(saveUnitResult, {
        params: { id: frameworkId, organisationId },
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(resultKeys.unitResult(frameworkId, organisationId), saved);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[1] === 'ranking' || query.queryKey[1] === 'gaps',
      });
    },
  });
}

/** Nhập kết quả: a dry run previews totals and writes nothing; the real run writes all units or none. */
export function useImportResults(frameworkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      file: File;
      dryRun: boolean;
      decisionNumber?: string;
      decisionDate?: string;
    }) => {
      const formData = new FormData();
      formData.append('file', input.file, input.file.name);
      return callApi(importResults, {
        params: { id: frameworkId },
        formData,
        query: {
          dryRun: input.dryRun ? 'true' : undefined,
          decisionNumber: input.decisionNumber || undefined,
          decisionDate: input.decisionNumber ? input.decisionDate || undefined : undefined,
        },
      });
    },
    onSuccess: (result) =>
      result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}
