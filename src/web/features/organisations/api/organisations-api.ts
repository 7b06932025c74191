/** Đơn vị: reads and writes of one organisation, and the file import, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  closeOrganisation,
  createOrganisation,
  getOrganisation,
  importOrganisations,
  updateOrganisation,
} from '@contract/organisations';
import type { EndpointBody } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';
import { organisationKeys } from '@web/lib/organisation-list';

/** One organisation with ancestors and merger links; disabled until one is selected. */
export function useOrganisationDetail(id: string | null) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => callApi(getOrganisation, { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
  });
}

function useInvalidateOrganisations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: organisationKeys.all });
}

/** Thêm đơn vị trực thuộc. */
export function useCreateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createOrganisation>) =>
      callApi(createOrganisation, { body }),
    onSuccess: invalidate,
  });
}

/** Sửa đơn vị, guarded by the version the user saw (412 when someone saved first). */
export function useUpdateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (input: {
      id: string;
      version: number;
      changes: EndpointBody<typeof updateOrganisation>;
    }) =>
      callApi(updateOrganisation, {
        params: { id: input.id },
        body: input.changes,
        ifMatch: input.version,
      }),
    onSuccess: invalidate,
  });
}

/** Kết thúc hoạt động, naming the successor units of a merger. */
export function useCloseOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (input: {
      id: string;
      version: number;
      body: EndpointBody<typeof closeOrganisation>;
    }) =>
      callApi(closeOrganisation, {
        params: { id: input.id },
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: invalidate,
  });
}

/** Nhập từ tệp: a dry run checks every row and writes nothing; the real run writes all or none. */
export function useImportOrganisations() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const formData = new FormData();
      formData.append('file', file, file.name);
      return callApi(importOrganisations, {
        formData,
        query: dryRun ? { dryRun: 'true' } : {},
      });
    },
    onSuccess: (result) => (result.dryRun ? undefined : invalidate()),
  });
}
