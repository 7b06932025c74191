/** Nhập dữ liệu hồ sơ: upload an export, poll its job, cancel it, download its error report — over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cancelDossierImport,
  downloadDossierImportErrors,
  getDossierImport,
  uploadDossierImport,
  type DossierImportJobDto,
} from '@contract/dossier-imports';
import { callApi, downloadFile } from '@web/lib/api-client';
import { isDossierImportRunning } from '../components/dossier-import-view-model';
import { kpisKey } from './kpis-api';

/** Query key of one import job. */
export const dossierImportKey = (id: string) => ['dossier-imports', id] as const;

/** How often the page asks for progress while the job is queued or running. */
export const DOSSIER_IMPORT_POLL_MS = 1000;

/** The job, polled every second until it ends; the KPI queries refresh once it has. */
export function useDossierImport(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: dossierImportKey(id ?? ''),
    queryFn: async ({ signal }) => {
      const job = await callApi(getDossierImport, { params: { id: id ?? '' }, signal });
      if (job.status === 'succeeded') await queryClient.invalidateQueries({ queryKey: kpisKey });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data && isDossierImportRunning(query.state.data) ? DOSSIER_IMPORT_POLL_MS : false,
    retry: false,
  });
}

/** What an upload sends besides the file. */
export interface DossierUploadChoice {
  file: File;
  source: string;
  mode: DossierImportJobDto['mode'];
  /** Ánh xạ cột chosen in the mapping step (field → the file's header), over the saved one. */
  mapping?: Record<string, string>;
}

/** Tải lên tệp hồ sơ: answers the queued job. */
export function useUploadDossierImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DossierUploadChoice) => {
      const formData = new FormData();
      formData.append('file', input.file, input.file.name);
      return callApi(uploadDossierImport, {
        query: {
          source: input.source,
          mode: input.mode,
          ...(input.mapping ? { mapping: JSON.stringify(input.mapping) } : {}),
        },
        formData,
      });
    },
    onSuccess: (job) => queryClient.setQueryData(dossierImportKey(job.id), job),
  });
}

/** Hủy lần nhập: answers the cancelled job. */
export function useCancelDossierImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(cancelDossierImport, { params: { id } }),
    onSuccess: (job) => queryClient.setQueryData(dossierImportKey(job.id), job),
  });
}

/** Downloads the job's error report (.csv). */
export function downloadDossierImportErrorReport(id: string): Promise<void> {
  return downloadFile(downloadDossierImportErrors, { params: { id } });
}
