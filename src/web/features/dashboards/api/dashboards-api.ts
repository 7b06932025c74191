/** Theo dõi báo cáo và báo cáo tổng hợp: a plan's reporting overview, its rule and a period's consolidated report, over the contract. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@contract/endpoint';
import {
  createReportRequest,
  getConsolidatedReport,
  getReportingOverview,
  saveConsolidatedReport,
  setReportingRule,
} from '@contract/reports';
import { getPlan } from '@contract/plans';
import { callApi } from '@web/lib/api-client';

/** Query keys of dashboard data. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  overview: (planId: string) => ['dashboards', 'reporting', planId] as const,
  consolidated: (planId: string, periodKey: string) =>
    ['dashboards', 'consolidated', planId, periodKey] as const,
};

/** Theo dõi báo cáo của kế hoạch: rule, periods, heatmap cells, completion and trend. */
export function useReportingOverview(planId: string) {
  return useQuery({
    queryKey: dashboardKeys.overview(planId),
    queryFn: ({ signal }) => callApi(getReportingOverview, { params: { id: planId }, signal }),
    retry: false,
  });
}

/** Đặt chế độ báo cáo, guarded by the plan's version (412 when the plan changed since it was read). */
export function useSetReportingRule(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof setReportingRule> }) =>
      callApi(setReportingRule, {
        params: { id: planId },
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: async (overview) => {
      queryClient.setQueryData(dashboardKeys.overview(planId), overview);
      // The plan's version moved on: the plan screens must read it again before their next save.
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

/** Yêu cầu báo cáo đột xuất: sends the request, then reads the overview again (new period and cells). */
export function useCreateReportRequest(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof createReportRequest>) =>
      callApi(createReportRequest, { params: { id: planId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.overview(planId) }),
  });
}

/** Báo cáo tổng hợp kỳ: the generated sections with the focal unit's edits. */
export function useConsolidatedReport(planId: string, periodKey: string) {
  return useQuery({
    queryKey: dashboardKeys.consolidated(planId, periodKey),
    queryFn: ({ signal }) =>
      callApi(getConsolidatedReport, { params: { id: planId, periodKey }, signal }),
    retry: false,
    // The editor types against the version it read; a background refetch must not replace it.
    refetchOnWindowFocus: false,
  });
}

/** Lưu nội dung báo cáo tổng hợp (If-Match: the report's version). */
export function useSaveConsolidatedReport(planId: string, periodKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; body: EndpointBody<typeof saveConsolidatedReport> }) =>
      callApi(saveConsolidatedReport, {
        params: { id: planId, periodKey },
        body: input.body,
        ifMatch: input.version,
      }),
    onSuccess: (report) =>
      queryClient.setQueryData(dashboardKeys.consolidated(planId, periodKey), report),
  });
}

/**
 * The plan the dashboard is about (for its title). Shares the plans screens' cache key, so the
 * plan read there is not fetched again (and a rule change that bumps its version refreshes both).
 */
export function usePlanHeading(planId: string) {
  return useQuery({
    queryKey: ['plans', 'detail', planId],
    queryFn: ({ signal }) => callApi(getPlan, { params: { id: planId }, signal }),
    retry: false,
  });
}
