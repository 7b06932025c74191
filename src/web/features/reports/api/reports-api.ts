/** Báo cáo định kỳ của đơn vị: the unit's reports, one report with autosave, submit, review and evidence, over the contract. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@contract/endpoint';
import {
  deleteEvidence,
  getPreviousReport,
  getSubmission,
  replaceEvidence,
  listMyReports,
  reviewSubmission,
  saveSubmission,
  submitSubmission,
  uploadEvidence,
  type SubmissionChangeDto,
  type SubmissionDto,
} from '@contract/reports';
import { mergeSubmissionChange } from './merge-submission-change';
import { callApi, isApiError } from '@web/lib/api-client';

/** Which report: the plan, the period's key and the reporting unit. */
export interface ReportAddress {
  planId: string;
  periodKey: string;
  organisationId: string;
}

/** Query keys of report data; every write refreshes `reportKeys.mine` lists. */
export const reportKeys = {
  all: ['reports'] as const,
  mine: (organisationId: string) => ['reports', 'mine', organisationId] as const,
  submission: (address: ReportAddress) =>
    ['reports', 'submission', address.planId, address.periodKey, address.organisationId] as const,
};

function paramsOf(address: ReportAddress) {
  return {
    id: address.planId,
    periodKey: address.periodKey,
    organisationId: address.organisationId,
  };
}

/** Báo cáo của đơn vị tôi: every report the unit owes or owed. */
export function useMyReports(organisationId: string | null) {
  return useQuery({
    queryKey: reportKeys.mine(organisationId ?? ''),
    queryFn: ({ signal }) =>
      callApi(listMyReports, { query: { organisationId: organisationId ?? '' }, signal }),
    enabled: organisationId !== null,
  });
}

/**
 * One unit's report for one period. Never refetched in the background: the form keeps typing
 * against the version it last saved, and a silent refetch could hide someone else's save.
 */
export function useSubmission(address: ReportAddress) {
  return useQuery({
    queryKey: reportKeys.submission(address),
    queryFn: ({ signal }) => callApi(getSubmission, { params: paramsOf(address), signal }),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Keeps the report the server returned, so the next save sends its version; lists refresh. */
function rememberSubmission(
  queryClient: QueryClient,
  address: ReportAddress,
  submission: SubmissionDto,
) {
  queryClient.setQueryData(reportKeys.submission(address), submission);
  return queryClient.invalidateQueries({ queryKey: ['reports', 'mine'] });
}

/**
 * Merges what a save or a submit changed into the cached report (see mergeSubmissionChange);
 * with no report cached (never the case on the report page) the page's next read fetches it.
 */
function rememberChange(
  queryClient: QueryClient,
  address: ReportAddress,
  change: SubmissionChangeDto,
) {
  const cached = queryClient.getQueryData<SubmissionDto>(reportKeys.submission(address));
  if (cached)
    return rememberSubmission(queryClient, address, mergeSubmissionChange(cached, change));
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.submission(address) }),
    queryClient.invalidateQueries({ queryKey: ['reports', 'mine'] }),
  ]);
}

/** Lưu nháp (autosave), guarded by the report's version ("0" before the first save). */
export function useSaveSubmission(address: ReportAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof saveSubmission> }) =>
      callApi(saveSubmission, {
        params: paramsOf(address),
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: (change) => rememberChange(queryClient, address, change),
  });
}

/**
 * Nộp báo cáo with If-Match and an Idempotency-Key; a lost connection or a server failure is
 * retried once with the same key, so a submit that did arrive is not counted twice.
 */
export function useSubmitSubmission(address: ReportAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; idempotencyKey: string }) =>
      callApi(submitSubmission, {
        params: paramsOf(address),
        ifMatch: input.version,
        idempotencyKey: input.idempotencyKey,
      }),
    retry: (failures, error) => failures < 1 && isRetryable(error),
    onSuccess: (change) => rememberChange(queryClient, address, change),
  });
}

/** True when the request may not have reached the server or it failed on its side. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

/** Tiếp nhận or trả lại (with a comment), guarded by the report's version. */
export function useReviewSubmission(address: ReportAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof reviewSubmission> }) =>
      callApi(reviewSubmission, {
        params: paramsOf(address),
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: (submission) => rememberSubmission(queryClient, address, submission),
  });
}

/**
 * Tải lên tệp minh chứng for one task. The new file is added to the cached report instead of
 * refetching it, so the form's unsaved typing and its version are left alone.
 */
export function useUploadEvidence(address: ReportAddress, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const formData = new FormData();
      formData.append('file', file);
      return callApi(uploadEvidence, { params: paramsOf(address), query: { taskId }, formData });
    },
    onSuccess: ({ evidence }) =>
      queryClient.setQueryData<SubmissionDto>(reportKeys.submission(address), (submission) =>
        submission
          ? {
              ...submission,
              entries: submission.entries.map((entry) =>
                entry.task.id !== taskId || entry.evidence.some((old) => old.id === evidence.id)
                  ? entry
                  : { ...entry, evidence: [...entry.evidence, evidence] },
              ),
            }
          : submission,
      ),
  });
}

/** Replaces one evidence file of the cached report (a new file, or none when deleted), leaving the form alone. */
function updateCachedEvidence(
  queryClient: QueryClient,
  address: ReportAddress,
  oldId: string,
  replacement: SubmissionDto['entries'][number]['evidence'][number] | null,
) {
  queryClient.setQueryData<SubmissionDto>(reportKeys.submission(address), (submission) =>
    submission
      ? {
          ...submission,
          entries: submission.entries.map((entry) => {
            if (!entry.evidence.some((file) => file.id === oldId)) return entry;
            const others = entry.evidence.filter(
              (file) => file.id !== oldId && file.id !== replacement?.id,
            );
            return { ...entry, evidence: replacement ? [...others, replacement] : others };
          }),
        }
      : submission,
  );
}

/** Xóa tệp minh chứng (before the report is submitted). */
export function useDeleteEvidence(address: ReportAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => callApi(deleteEvidence, { params: { id: evidenceId } }),
    onSuccess: (_, evidenceId) => updateCachedEvidence(queryClient, address, evidenceId, null),
  });
}

/** Thay tệp minh chứng by a new file, in the old one's place. */
export function useReplaceEvidence(address: ReportAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { evidenceId: string; file: File }) => {
      const formData = new FormData();
      formData.append('file', input.file);
      return callApi(replaceEvidence, { params: { id: input.evidenceId }, formData });
    },
    onSuccess: ({ evidence, replacedId }) =>
      updateCachedEvidence(queryClient, address, replacedId, evidence),
  });
}

/** Báo cáo kỳ trước of the unit (read when "Sao chép từ kỳ trước" is pressed, never cached). */
export function fetchPreviousReport(address: ReportAddress) {
  return callApi(getPreviousReport, { params: paramsOf(address) });
}
