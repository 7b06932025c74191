// Tìm kiếm: one query over plans, tasks, units and reports of the actor's province, each kind read
// through the same grants the kind's own lists use (plan.read for plans, tasks and reports,
// organisation.read for units), matched without accents or case ("lap vo" finds "Lấp Vò").
import type { SearchResults } from '@contract/search';
import { SEARCH_LIMIT_PER_KIND } from '@contract/search';
import { grantRootsFor } from '@domain/permissions/can';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { PlanStatus } from '@domain/plans/plan';
import type { SubmissionStatus } from '@domain/reports/submission';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { ReadContext } from '../http/service-context';
import { listPeriodsOfPlans } from '../reports/plan-periods';
import * as repo from './search.repository';

/** The first `limit` rows and whether the query had more (it asked for one extra). */
function hitsOf<T>(rows: T[], limit: number): { items: T[]; hasMore: boolean } {
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** Kết quả tìm kiếm: up to SEARCH_LIMIT_PER_KIND hits of each kind the actor may read. */
export async function searchEverything(
  ctx: ReadContext,
  input: { q: string },
): Promise<SearchResults> {
  const { db, actor, today } = ctx;
  const words = [...new Set(foldVietnamese(input.q).split(' '))].filter((word) => word !== '');
  const limit = SEARCH_LIMIT_PER_KIND;
  const empty = { items: [], hasMore: false };
  if (words.length === 0)
    return { q: input.q, plans: empty, tasks: empty, units: empty, reports: empty };
  const planScope = {
    tenantId: actor.tenantId,
    rootIds: grantRootsFor(actor, 'plan.read'),
    words,
    limit: limit + 1,
  };
  const unitScope = { ...planScope, rootIds: grantRootsFor(actor, 'organisation.read'), today };
  // One after the other: a read route shares the pool with every other request.
  const plans = await repo.searchPlans(db, planScope);
  const tasks = await repo.searchTasks(db, planScope);
  const units = await repo.searchUnits(db, unitScope);
  const reports = await repo.searchReports(db, planScope);
  const periodLabels = await labelPeriods(ctx, reports);

  return {
    q: input.q,
    plans: hitsOf(
      plans.map((row) => ({
        id: row.id,
        documentNumber: formatDocumentNumber(row.number, row.symbol),
        title: row.title,
        year: row.year,
        status: row.status as PlanStatus,
        organisation: { id: row.organisationId, name: row.organisationName },
      })),
      limit,
    ),
    tasks: hitsOf(
      tasks.map((row) => ({
        id: row.id,
        content: row.content,
        outputDescription: row.outputDescription,
        planId: row.planId,
        plan: { documentNumber: formatDocumentNumber(row.number, row.symbol), title: row.title },
        lead: row.leadId && row.leadName ? { id: row.leadId, name: row.leadName } : null,
        planReadable: row.planReadable,
        unitId: row.unitId,
      })),
      limit,
    ),
    units: hitsOf(
      units.map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        type: row.type as OrganisationType,
        closedOn: row.validTo !== null && row.validTo < today ? row.validTo : null,
      })),
      limit,
    ),
    reports: hitsOf(
      reports.map((row) => ({
        id: row.id,
        planId: row.planId,
        periodKey: row.periodKey,
        periodLabel: periodLabels.get(`${row.planId} ${row.periodKey}`) ?? row.periodKey,
        organisation: { id: row.organisationId, name: row.organisationName },
        plan: { documentNumber: formatDocumentNumber(row.number, row.symbol), title: row.title },
        status: row.status as SubmissionStatus,
      })),
      limit,
    ),
  };
}

/** "Quý I/2024" for each report's plan and period key, from the plans' reporting rules and requests. */
async function labelPeriods(
  ctx: ReadContext,
  reports: repo.ReportHitRow[],
): Promise<Map<string, string>> {
  const plans = new Map(
    reports.map((row) => [
      row.planId,
      { id: row.planId, year: row.year, reportingRule: row.reportingRule, issuedOn: row.issuedOn },
    ]),
  );
  const periods = await listPeriodsOfPlans(ctx.db, ctx.actor.tenantId, [...plans.values()]);
  const labels = new Map<string, string>();
  for (const [planId, list] of periods)
    for (const period of list) labels.set(`${planId} ${period.key}`, period.label);
  return labels;
}
