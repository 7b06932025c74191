// Các kỳ báo cáo của một kế hoạch: the periods of its reporting rule that are due on or after its
// issue date, and its ad-hoc requests (báo cáo đột xuất) as one-off periods of kind 'custom'
// owed only by the units each request asks. Every reader of "which reports does a unit owe"
// (overview, my reports, a unit's report, reminders) goes through here.
import type { ReportingRule } from '@domain/reports/reporting-rule';
import {
  periodsDueAfterIssue,
  periodsOf,
  type ReportingPeriod,
} from '@domain/reports/reporting-periods';
import type { Database } from '../db/client';
import { notFound } from '../http/app-error';
import { listPlanRequests, type ReportRequestRow } from './report-request.repository';

/** The prefix of a request's period key: "YC-<request id>" (yêu cầu). */
export const REQUEST_KEY_PREFIX = 'YC-';

/** A period of a plan and who owes it. */
export interface PlanPeriod extends ReportingPeriod {
  /** Đơn vị phải báo cáo: null for a rule period (every reporting unit); a request's chosen units. */
  unitIds: readonly string[] | null;
  /** The ad-hoc request behind a 'custom' period, else null. */
  request: { id: string; title: string; question: string } | null;
}

/** What the periods of a plan are computed from. */
export interface PlanForPeriods {
  id: string;
  year: number;
  reportingRule: unknown;
  /** Ngày ban hành (ISO); null while the plan is a draft. */
  issuedOn: string | null;
}

/**
 * The rule's periods of the plan's year whose due date is on or after the issue date (a plan
 * issued 20/03 owes no report due 15/03: see periodsDueAfterIssue).
 */
export function rulePeriodsOfPlan(plan: Omit<PlanForPeriods, 'id'>): ReportingPeriod[] {
  const rule = (plan.reportingRule as ReportingRule | null) ?? null;
  return rule ? periodsDueAfterIssue(periodsOf(rule, plan.year), plan.issuedOn) : [];
}

/** A request as a period: its own window (the request's day to its due date when none was given). */
export function requestPeriod(
  row: Pick<
    ReportRequestRow,
    'id' | 'title' | 'question' | 'dataFrom' | 'dataTo' | 'dueOn' | 'requestedOn' | 'units'
  >,
): PlanPeriod {
  const from = row.dataFrom ?? row.requestedOn;
  return {
    key: `${REQUEST_KEY_PREFIX}${row.id}`,
    label: `Báo cáo đột xuất: ${row.title}`,
    kind: 'custom',
    from,
    to: row.dataTo ?? (row.dueOn >= from ? row.dueOn : from),
    due: row.dueOn,
    unitIds: row.units.map((unit) => unit.id),
    request: { id: row.id, title: row.title, question: row.question },
  };
}

/** Every period of each plan (rule periods, then requests), in order of due date. */
export async function listPeriodsOfPlans(
  db: Database,
  tenantId: string,
  plans: readonly PlanForPeriods[],
): Promise<Map<string, PlanPeriod[]>> {
  const requests = await listPlanRequests(
    db,
    tenantId,
    plans.map((plan) => plan.id),
  );
  return new Map(
    plans.map((plan) => {
      const periods: PlanPeriod[] = [
        ...rulePeriodsOfPlan(plan).map((period) => ({ ...period, unitIds: null, request: null })),
        ...requests.filter((row) => row.planId === plan.id).map(requestPeriod),
      ];
      periods.sort((a, b) => (a.due === b.due ? 0 : a.due < b.due ? -1 : 1));
      return [plan.id, periods];
    }),
  );
}

/** Every period of one plan. */
export async function listPlanPeriods(
  db: Database,
  tenantId: string,
  plan: PlanForPeriods,
): Promise<PlanPeriod[]> {
  return (await listPeriodsOfPlans(db, tenantId, [plan])).get(plan.id) ?? [];
}

/** The period `periodKey` of the plan, or 404 (a rule period due before the issue date has none). */
export async function getPlanPeriod(
  db: Database,
  tenantId: string,
  plan: PlanForPeriods,
  periodKey: string,
): Promise<PlanPeriod> {
  const period = (await listPlanPeriods(db, tenantId, plan)).find(
    (candidate) => candidate.key === periodKey,
  );
  if (!period) throw notFound('Kỳ báo cáo không có trong chế độ báo cáo của kế hoạch.');
  return period;
}

/**
 * The period `periodKey` of the plan from what is already read: a rule period, or the request
 * the key names (`request`, read with the plan); null when the plan has no such period.
 */
export function periodOfPlan(
  plan: PlanForPeriods,
  periodKey: string,
  request: Parameters<typeof requestPeriod>[0] | null,
): PlanPeriod | null {
  if (request && `${REQUEST_KEY_PREFIX}${request.id}` === periodKey) return requestPeriod(request);
  const period = rulePeriodsOfPlan(plan).find((candidate) => candidate.key === periodKey);
  return period ? { ...period, unitIds: null, request: null } : null;
}

/** True when `unitId` owes a report for the period (a request asks only its chosen units). */
export function owesReport(period: PlanPeriod, unitId: string): boolean {
  return period.unitIds === null || period.unitIds.includes(unitId);
}

/** The plan row's fields the periods need. */
export function forPeriods(plan: {
  id: string;
  year: number;
  reportingRule: unknown;
  content: { issuedOn: string | null };
}): PlanForPeriods {
  return {
    id: plan.id,
    year: plan.year,
    reportingRule: plan.reportingRule,
    issuedOn: plan.content.issuedOn,
  };
}
