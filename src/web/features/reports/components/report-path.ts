/** Where one unit's report for one period lives in the app: /reports/:planId/:periodKey/:organisationId. */
import type { ReportAddress } from '../api/reports-api';

export function reportPath(address: ReportAddress): string {
  return `/reports/${address.planId}/${encodeURIComponent(address.periodKey)}/${address.organisationId}`;
}
