/** Trao đổi về báo cáo: a report's thread (read, write) over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@contract/endpoint';
import { addReportComment, listReportComments } from '@contract/report-comments';
import { callApi } from '@web/lib/api-client';
import type { ReportAddress } from './reports-api';

/** Query key of a report's thread; `reportVersion` makes a review or a resubmit read it again. */
const threadKey = (address: ReportAddress, reportVersion: number) =>
  [
    'reports',
    'thread',
    address.planId,
    address.periodKey,
    address.organisationId,
    reportVersion,
  ] as const;

const paramsOf = (address: ReportAddress) => ({
  id: address.planId,
  periodKey: address.periodKey,
  organisationId: address.organisationId,
});

/** The thread, oldest first, and whether (as which side) the user may write in it; refreshed every minute like the bell. */
export function useReportThread(address: ReportAddress, reportVersion: number) {
  return useQuery({
    queryKey: threadKey(address, reportVersion),
    queryFn: ({ signal }) => callApi(listReportComments, { params: paramsOf(address), signal }),
    refetchInterval: 60_000,
  });
}

/** Gửi ý kiến: answers the whole thread, which replaces the cached one. */
export function useAddReportComment(address: ReportAddress, reportVersion: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof addReportComment>) =>
      callApi(addReportComment, { params: paramsOf(address), body }),
    onSuccess: (thread) => queryClient.setQueryData(threadKey(address, reportVersion), thread),
  });
}
