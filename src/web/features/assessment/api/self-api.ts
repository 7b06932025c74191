/** Tự đánh giá của đơn vị over the contract: the form, a criterion's save, evidence, proposals, submit and withdraw. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addSelfEvidenceDocument,
  addSelfEvidenceFromTask,
  deleteSelfEvidence,
  getRoundCompletion,
  getSelfAssessment,
  listProposedEvidence,
  saveSelfEntry,
  submitSelfAssessment,
  updateSelfAssessment,
  uploadSelfEvidence,
  withdrawSelfAssessment,
  type SelfAssessmentDto,
  type SelfCompletionDto,
  type SelfEntryDto,
  type SelfScoringInputDto,
} from '@contract/assessment-self';
import { listSelfKpiProposals } from '@contract/assessment-kpi-proposals';
import { callApi } from '@web/lib/api-client';

/** Which self-assessment: the round and the taking-part unit. */
export interface SelfAddress {
  roundId: string;
  organisationId: string;
}

/** Query keys of self-assessment data. */
export const selfKeys = {
  form: (address: SelfAddress) => ['assessment', 'self', address.roundId, address.organisationId],
  proposals: (address: SelfAddress, nodeCode: string) => [
    'assessment',
    'self',
    address.roundId,
    address.organisationId,
    'proposals',
    nodeCode,
  ],
};

const paramsOf = (address: SelfAddress) => ({
  id: address.roundId,
  organisationId: address.organisationId,
});

/** Đề xuất từ dữ liệu hồ sơ of the unit's KPI-reading criteria (read once per visit of the form). */
export function useKpiProposals(address: SelfAddress) {
  return useQuery({
    queryKey: [...selfKeys.form(address), 'kpi-proposals'],
    queryFn: ({ signal }) => callApi(listSelfKpiProposals, { params: paramsOf(address), signal }),
    retry: false,
    staleTime: Infinity,
  });
}

/**
 * The unit's self-assessment. Never refetched in the background: each criterion saves against the
 * version it last read, and a silent refetch could hide someone else's save.
 */
export function useSelfAssessment(address: SelfAddress) {
  return useQuery({
    queryKey: selfKeys.form(address),
    queryFn: ({ signal }) => callApi(getSelfAssessment, { params: paramsOf(address), signal }),
    retry: false,
    staleTime: Infinity,
  });
}

/** Puts a saved entry (and the completion it changed) into the cached form. */
function useEntryWriter(address: SelfAddress) {
  const queryClient = useQueryClient();
  return (entry: SelfEntryDto, completion: SelfCompletionDto) =>
    queryClient.setQueryData<SelfAssessmentDto>(selfKeys.form(address), (form) =>
      form
        ? {
            ...form,
            status: form.status === 'not_started' ? 'in_progress' : form.status,
            entries: form.entries.map((each) => (each.nodeCode === entry.nodeCode ? entry : each)),
            completion,
          }
        : form,
    );
}

/** What one criterion's save sends. */
export interface EntryChanges {
  input?: SelfScoringInputDto | null;
  notApplicable?: boolean;
  selfExplanation?: string;
}

/** Lưu một tiêu chí (If-Match: the entry's version, 0 before its first save). */
export function useSaveEntry(address: SelfAddress) {
  const write = useEntryWriter(address);
  return useMutation({
    mutationFn: (variables: { nodeCode: string; version: number; changes: EntryChanges }) =>
      callApi(saveSelfEntry, {
        params: { ...paramsOf(address), nodeCode: variables.nodeCode },
        body: variables.changes,
        ifMatch: variables.version,
      }),
    onSuccess: ({ completion, ...entry }) => write(entry, completion),
  });
}

/** Reloads the form (after a 412 or a submission). */
export function useReloadSelf(address: SelfAddress) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: selfKeys.form(address) });
}

/** Evidence writes: upload a file, cite a document, carry from a task, delete. */
export function useEvidenceWrites(address: SelfAddress, nodeCode: string) {
  const write = useEntryWriter(address);
  const queryClient = useQueryClient();
  const params = { ...paramsOf(address), nodeCode };
  const done = ({ entry, completion }: { entry: SelfEntryDto; completion: SelfCompletionDto }) => {
    write(entry, completion);
    void queryClient.invalidateQueries({ queryKey: selfKeys.proposals(address, nodeCode) });
  };
  return {
    upload: useMutation({
      mutationFn: (file: File) => {
        const formData = new FormData();
        formData.append('file', file);
        return callApi(uploadSelfEvidence, { params, formData });
      },
      onSuccess: done,
    }),
    addDocument: useMutation({
      mutationFn: (body: {
        number: string;
        date: string | null;
        issuer: string;
        pointer: string;
        summary: string;
      }) => callApi(addSelfEvidenceDocument, { params, body }),
      onSuccess: done,
    }),
    fromTask: useMutation({
      mutationFn: (body: { taskId: string; evidenceFileId?: string; documentIndex?: number }) =>
        callApi(addSelfEvidenceFromTask, { params, body }),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (evidenceId: string) => callApi(deleteSelfEvidence, { params: { evidenceId } }),
      onSuccess: done,
    }),
  };
}

/** Minh chứng đề xuất từ nhiệm vụ for one criterion (loaded when the drawer opens). */
export function useProposedEvidence(address: SelfAddress, nodeCode: string, isOpen: boolean) {
  return useQuery({
    queryKey: selfKeys.proposals(address, nodeCode),
    queryFn: ({ signal }) =>
      callApi(listProposedEvidence, { params: paramsOf(address), query: { nodeCode }, signal }),
    enabled: isOpen,
  });
}

/** Khó khăn, kiến nghị (If-Match: the unit's version). */
export function useSaveNotes(address: SelfAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: {
      version: number;
      difficulties?: string;
      recommendations?: string;
    }) => {
      const { version, ...body } = variables;
      return callApi(updateSelfAssessment, { params: paramsOf(address), body, ifMatch: version });
    },
    onSuccess: (saved) =>
      queryClient.setQueryData<SelfAssessmentDto>(selfKeys.form(address), (form) =>
        form ? { ...form, ...saved } : form,
      ),
  });
}

/** Gửi / rút bản tự đánh giá (If-Match: the unit's version); the form is reloaded after. */
export function useSubmission(address: SelfAddress) {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: selfKeys.form(address) });
  return {
    submit: useMutation({
      mutationFn: (version: number) =>
        callApi(submitSelfAssessment, { params: paramsOf(address), ifMatch: version }),
      onSuccess: reload,
    }),
    withdraw: useMutation({
      mutationFn: (version: number) =>
        callApi(withdrawSelfAssessment, { params: paramsOf(address), ifMatch: version }),
      onSuccess: reload,
    }),
  };
}

/** Tiến độ tự đánh giá của các đơn vị trong đợt (the round page's completion column). */
export function useRoundCompletion(roundId: string) {
  return useQuery({
    queryKey: ['assessment', 'self', roundId, 'completion'],
    queryFn: () => callApi(getRoundCompletion, { params: { id: roundId } }),
  });
}
