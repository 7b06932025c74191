// Hạn cần nhắc của một tỉnh: the due dates of tasks of issued plans and of the periodic reports
// their reporting units owe, as the domain's Deadline plus where they come from.
import type { Deadline } from '@domain/reminders/reminders';
import { dueDatesOf } from '@domain/plans/timeframe';
import { readTimeframe } from '../plans/timeframe-cache';
import type { Database } from '../db/client';
import { listPlanTasks } from '../plans/task.repository';
import { listPlanSubmissions } from '../reports/report.repository';
import { reportingUnits } from '@domain/reports/submission';
import { listPlanPeriods, owesReport } from '../reports/plan-periods';
import { listIssuedPlans } from './reminder.repository';
import { collectRoundDeadlines } from '../assessment/round-deadlines';

/** A deadline with its plan (or round): the focal audience is found from the issuing unit. */
export interface TenantDeadline extends Deadline {
  /** Null for a scoring round's window. */
  planId: string | null;
  /** Đơn vị ban hành kế hoạch, or the unit that owns the scoring round. */
  issuingUnitId: string;
  /** Where the web app shows it. */
  link: string;
}

const FINISHED_TASK = new Set(['done', 'cannot_do']);
const SUBMITTED = new Set(['submitted', 'accepted']);

/**
 * Every deadline of the tenant's issued plans: each due date of each task that has a lead unit
 * (done and cannot_do tasks marked done), and each reporting unit's report for each period it
 * owes (the rule's periods due on or after the issue date; an ad-hoc request only for the units
 * it asks), done once submitted or accepted; then the closing days of the running scoring
 * rounds' windows (round-deadlines.ts). A deadline's id is stable: `${taskId}@${due}` for a
 * task, `${planId}/${periodKey}/${unitId}` for a report.
 */
export async function collectDeadlines(db: Database, tenantId: string): Promise<TenantDeadline[]> {
  const deadlines: TenantDeadline[] = [];
  for (const plan of await listIssuedPlans(db, tenantId)) {
    const tasks = await listPlanTasks(db, tenantId, plan.id);
    const fromPlan = { planId: plan.id, issuingUnitId: plan.organisationId };
    for (const task of tasks) {
      if (!task.leadOrganisationId) continue;
      const timeframe = readTimeframe(task.timeframeText, plan.year);
      for (const due of dueDatesOf(timeframe)) {
        deadlines.push({
          kind: 'task',
          id: `${task.id}@${due}`,
          due,
          unitId: task.leadOrganisationId,
          title: task.content,
          done: FINISHED_TASK.has(task.status),
          ...fromPlan,
          link: `/plans/${plan.id}`,
        });
      }
    }
    const periods = await listPlanPeriods(db, tenantId, plan);
    if (periods.length === 0) continue;
    const submissions = await listPlanSubmissions(db, tenantId, plan.id);
    const statusOf = new Map(
      submissions.map((row) => [`${row.periodKey}|${row.organisationId}`, row.status]),
    );
    for (const unit of reportingUnits(tasks)) {
      for (const period of periods) {
        if (!owesReport(period, unit.id)) continue;
        deadlines.push({
          kind: 'report',
          id: `${plan.id}/${period.key}/${unit.id}`,
          due: period.due,
          unitId: unit.id,
          title: `${period.label} — ${plan.title}`,
          done: SUBMITTED.has(statusOf.get(`${period.key}|${unit.id}`) ?? ''),
          ...fromPlan,
          link: `/reports/${plan.id}/${period.key}/${unit.id}`,
        });
      }
    }
  }
  deadlines.push(...(await collectRoundDeadlines(db, tenantId)));
  return deadlines;
}
