// Báo cáo của đơn vị tôi: every report a unit owes on the issued plans it leads or coordinates
// tasks in — periodic ones due after the plan's issue date and the ad-hoc requests that ask it —
// with where each stands today.
import type { z } from 'zod';
import type * as contract from '@contract/reports';
import { readTimeframe } from '../plans/timeframe-cache';
import { isTaskOverdue } from '@domain/plans/task-overdue';
import { periodCellStatus } from '@domain/reports/submission';
import type { ServiceContext } from '../http/service-context';
import { notFound } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation.repository';
import * as plansRepo from '../plans/plan.repository';
import * as tasksRepo from '../plans/task.repository';
import { planSummaries } from '../plans/plan.service';
import * as repo from './report.repository';
import { toPeriodDto } from './reporting.service';
import { forPeriods, listPeriodsOfPlans, owesReport } from './plan-periods';

/** The unit's reports across issued plans with a reporting rule, in order of due date. */
export async function listMyReports(
  ctx: ServiceContext,
  input: { organisationId: string },
): Promise<z.output<(typeof contract.listMyReports)['response']>> {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { organisationId } = input;
  const unit = await findOrganisation(db, tenantId, organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const tasks = await tasksRepo.listTasksOfUnit(db, tenantId, organisationId);
  const planRows = await plansRepo.listPlansUnder(db, tenantId, 'all', {
    ids: [...new Set(tasks.map((task) => task.planId))],
  });
  const summaries = new Map(
    (await planSummaries(ctx, planRows)).map((summary) => [summary.id, summary]),
  );
  const submissions = await repo.listUnitSubmissions(db, tenantId, organisationId);
  const periodsByPlan = await listPeriodsOfPlans(db, tenantId, planRows.map(forPeriods));
  const items = planRows.flatMap((plan) => {
    const planTasks = tasks.filter((task) => task.planId === plan.id);
    const overdue = planTasks.filter((task) =>
      isTaskOverdue(readTimeframe(task.timeframeText, plan.year), task.status, today),
    ).length;
    const owed = (periodsByPlan.get(plan.id) ?? []).filter((period) =>
      owesReport(period, organisationId),
    );
    return owed.map((period) => {
      const submission =
        submissions.find((row) => row.planId === plan.id && row.periodKey === period.key) ?? null;
      return {
        plan: summaries.get(plan.id)!,
        period: toPeriodDto(period),
        status: periodCellStatus(submission, period.due, today),
        submissionId: submission?.id ?? null,
        taskCount: planTasks.length,
        overdueTaskCount: overdue,
      };
    });
  });
  items.sort(
    (a, b) => a.period.due.localeCompare(b.period.due) || a.plan.title.localeCompare(b.plan.title),
  );
  return { organisation: { id: unit.id, name: unit.name }, items };
}
