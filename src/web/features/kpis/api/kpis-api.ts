/** Chỉ số dịch vụ (KPI): the tree, a unit's months, the dossiers behind a count, the exports — over the contract. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  exportKpiMonths,
  exportKpiTree,
  getKpiMonths,
  getKpiTree,
  listKpiDossiers,
} from '@contract/kpis';
import { callApi, downloadFile } from '@web/lib/api-client';

/** All KPI queries sit under ['kpis'], so an import can refresh them at once. */
export const kpisKey = ['kpis'] as const;

/** The unit tree with KPI columns for the months `from`..`to`. */
export function useKpiTree(from: string, to: string) {
  return useQuery({
    queryKey: [...kpisKey, 'tree', from, to],
    queryFn: ({ signal }) => callApi(getKpiTree, { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One unit's KPIs by month of `year`; idle until a unit is chosen. */
export function useKpiMonths(organisationId: string | null, year: number) {
  return useQuery({
    queryKey: [...kpisKey, 'months', organisationId, year],
    queryFn: ({ signal }) =>
      callApi(getKpiMonths, {
        params: { organisationId: organisationId ?? '' },
        query: { year },
        signal,
      }),
    enabled: organisationId !== null,
  });
}

/** What a drill-down opens on: a unit (subtree included) and the months of the period shown. */
export interface DossierDrill {
  organisationId: string;
  unitName: string;
  months: string[];
}

/** One page (50) of a unit's late dossiers of `month`; idle until a drill-down is opened. */
export function useLateDossiers(drill: DossierDrill | null, month: string, page: number) {
  return useQuery({
    queryKey: [...kpisKey, 'dossiers', drill?.organisationId, month, 'finishedLate', page],
    queryFn: ({ signal }) =>
      callApi(listKpiDossiers, {
        params: { organisationId: drill?.organisationId ?? '' },
        query: { month, counter: 'finishedLate', page },
        signal,
      }),
    enabled: drill !== null && month !== '',
    placeholderData: keepPreviousData,
  });
}

/** Downloads the tree of the period as .xlsx. */
export const downloadKpiTree = (from: string, to: string) =>
  downloadFile(exportKpiTree, { query: { from, to } });

/** Downloads a unit's months and fields of `year` as .xlsx. */
export const downloadKpiMonths = (organisationId: string, year: number) =>
  downloadFile(exportKpiMonths, { params: { organisationId }, query: { year } });
