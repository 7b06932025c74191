/** Nhật ký: server-paged audit events, newest first. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAuditEvents } from '@contract/audit';
import type { EndpointQuery } from '@contract/endpoint';
import { callApi } from '@web/lib/api-client';

/** Filters and page of the audit log. */
export type AuditQuery = NonNullable<EndpointQuery<typeof listAuditEvents>>;

/** One page of audit events; the previous page stays on screen while the next loads. */
export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => callApi(listAuditEvents, { query, signal }),
    placeholderData: keepPreviousData,
  });
}
