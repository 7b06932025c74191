/** Nhập kế hoạch từ văn bản: upload, poll while reading, re-read with line overrides, create the draft, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createPlanFromImport,
  getPlanImport,
  rereadPlanImport,
  uploadPlanImport,
  type PlanImportDto,
} from '@contract/plan-imports';
import type { EndpointBody } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';
import { planKeys } from './plans-api';

/** Query keys of plan imports. */
export const planImportKeys = {
  detail: (id: string) => ['plan-imports', id] as const,
};

/** How often the review page asks for progress while a large file is read in the background. */
export const IMPORT_POLL_MS = 1000;

/** Lần nhập: polled every second while the server is still reading the file. */
export function usePlanImport(id: string) {
  return useQuery({
    queryKey: planImportKeys.detail(id),
    queryFn: ({ signal }) => callApi(getPlanImport, { params: { id }, signal }),
    refetchInterval: (query) => (query.state.data?.status === 'reading' ? IMPORT_POLL_MS : false),
    retry: false,
  });
}

/** Tải lên văn bản kế hoạch: the file for a unit (and year, when chosen); answers the import. */
export function useUploadPlanImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; organisationId: string; year?: number }) => {
      const formData = new FormData();
      formData.append('file', input.file, input.file.name);
      return callApi(uploadPlanImport, {
        query: { organisationId: input.organisationId, year: input.year },
        formData,
      });
    },
    onSuccess: (planImport) => rememberImport(queryClient, planImport),
  });
}

/** Đọc lại với các sửa cấp dòng: the server reads the stored file again; the answer replaces the reading. */
export function useRereadPlanImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof rereadPlanImport>) =>
      callApi(rereadPlanImport, { params: { id }, body }),
    onSuccess: (planImport) => rememberImport(queryClient, planImport),
  });
}

/** Tạo dự thảo: the reviewed reading becomes a draft plan; answers its id. */
export function useCreatePlanFromImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createPlanFromImport>) =>
      callApi(createPlanFromImport, { params: { id }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: planImportKeys.detail(id) }),
      ]),
  });
}

function rememberImport(
  queryClient: ReturnType<typeof useQueryClient>,
  planImport: PlanImportDto,
): void {
  queryClient.setQueryData(planImportKeys.detail(planImport.id), planImport);
}
