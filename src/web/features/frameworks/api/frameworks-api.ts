/** Bộ chỉ số: reads and writes of the tenant's frameworks over the contract, cached with TanStack Query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  copyFramework,
  createFrameworkFromTemplate,
  exportFrameworkNodes,
  getFramework,
  importFrameworkNodes,
  listFrameworks,
  listFrameworkTemplates,
  updateFramework,
  type FrameworkDefinition,
} from '@contract/frameworks';
import type { EndpointBody } from '@contract/endpoint';
import { callApi, downloadFile } from '@web/lib/api-client';

/** Query keys of framework data; invalidate `frameworkKeys.all` after any change. */
export const frameworkKeys = {
  all: ['frameworks'] as const,
  list: ['frameworks', 'list'] as const,
  templates: ['frameworks', 'templates'] as const,
  detail: (id: string) => ['frameworks', 'detail', id] as const,
};

/** Every framework of the tenant (filtered on screen: the list is short). */
export function useFrameworkList() {
  return useQuery({
    queryKey: frameworkKeys.list,
    queryFn: ({ signal }) => callApi(listFrameworks, { signal }),
    select: (response) => response.items,
  });
}

/** What the server says the user may do with the framework list (`canCreate`), from the same cached query. */
export function useFrameworkListAbilities() {
  return useQuery({
    queryKey: frameworkKeys.list,
    queryFn: ({ signal }) => callApi(listFrameworks, { signal }),
    select: (response) => response.abilities,
  }).data;
}

/** The shipped templates, offered by "Tạo từ mẫu". */
export function useFrameworkTemplates(enabled: boolean) {
  return useQuery({
    queryKey: frameworkKeys.templates,
    queryFn: ({ signal }) => callApi(listFrameworkTemplates, { signal }),
    select: (response) => response.items,
    enabled,
  });
}

/** One framework with its nodes; disabled until one is chosen. */
export function useFrameworkDetail(id: string | null) {
  return useQuery({
    queryKey: frameworkKeys.detail(id ?? ''),
    queryFn: ({ signal }) => callApi(getFramework, { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
  });
}

function useInvalidateFrameworks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
}

/** Tạo từ mẫu. */
export function useCreateFrameworkFromTemplate() {
  const invalidate = useInvalidateFrameworks();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createFrameworkFromTemplate>) =>
      callApi(createFrameworkFromTemplate, { body }),
    onSuccess: invalidate,
  });
}

/** Sao chép sang năm mới, with the old → new code mapping. */
export function useCopyFramework() {
  const invalidate = useInvalidateFrameworks();
  return useMutation({
    mutationFn: (input: { id: string; body: EndpointBody<typeof copyFramework> }) =>
      callApi(copyFramework, { params: { id: input.id }, body: input.body }),
    onSuccess: invalidate,
  });
}

/** Lưu bộ chỉ số: header and the whole node list, guarded by the version read (412 when stale). */
export function useUpdateFramework() {
  const invalidate = useInvalidateFrameworks();
  return useMutation({
    mutationFn: (input: { id: string; version: number; definition: FrameworkDefinition }) =>
      callApi(updateFramework, {
        params: { id: input.id },
        body: input.definition,
        ifMatch: input.version,
      }),
    onSuccess: invalidate,
  });
}

/** Nhập cây tiêu chí: a dry run checks every row and writes nothing; the real run replaces all nodes. */
export function useImportFrameworkNodes() {
  const invalidate = useInvalidateFrameworks();
  return useMutation({
    mutationFn: (input: { id: string; version: number; file: File; dryRun: boolean }) => {
      const formData = new FormData();
      formData.append('file', input.file, input.file.name);
      return callApi(importFrameworkNodes, {
        params: { id: input.id },
        formData,
        query: input.dryRun ? { dryRun: 'true' } : {},
        ifMatch: input.dryRun ? undefined : input.version,
      });
    },
    onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
  });
}

/** Xuất Excel: the node workbook, saved by the browser under the server's file name. */
export function useExportFrameworkNodes() {
  return useMutation({
    mutationFn: (id: string) => downloadFile(exportFrameworkNodes, { params: { id } }),
  });
}
