// Plumbing: the consolidated report's type, as the contract's endpoint returns it.
import type { EndpointResponse } from '@contract/endpoint';
import type { getConsolidatedReport } from '@contract/reports';

/** Báo cáo tổng hợp kỳ as the API returns it. */
export type ConsolidatedReport = EndpointResponse<typeof getConsolidatedReport>;
