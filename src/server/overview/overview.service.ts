// Tổng quan (việc cần làm): one answer per actor built from their grants — the reports and tasks
// of the units where they report, the reviews and drafts of the units they manage, their units'
// targets and indices, and, for administrators, roles left on units closed by a merger.
import type { IndexCard, Overview, ReportTodo, TaskTodo } from '@contract/overview';
import { grantRootsFor } from '@domain/permissions/can';
import {
  REPORT_HORIZON_DAYS,
  TASK_HORIZON_DAYS,
  reportUrgency,
  taskUrgency,
} from '@domain/overview/todo-horizon';
import { periodCellStatus } from '@domain/reports/submission';
import { roundPoints } from '@domain/frameworks/points';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { Role } from '@domain/permissions/role';
import type { ReadContext } from '../http/service-context';
import { AppError } from '../http/app-error';
import * as tasksRepo from '../plans/task.repository';
import * as plansRepo from '../plans/plan.repository';
import { readTimeframe } from '../plans/timeframe-cache';
import { listUnitPlanTargets } from '../plans/plan-targets.service';
import * as reportsRepo from '../reports/report.repository';
import { forPeriods, listPeriodsOfPlans, owesReport } from '../reports/plan-periods';
import { getGapAnalysis } from '../results/ranking.service';
import * as repo from './overview.repository';
import { getProjection } from '../assessment/projection.service';

/** The to-do home of the actor on `ctx.today`. */
export async function getOverview(ctx: ReadContext): Promise<Overview> {
  const reporting = await reportsAndTasksOf(ctx, grantRootsFor(ctx.actor, 'report.submit'));
  const ownUnits = [...new Set(ctx.actor.grants.map((grant) => grant.organisationId))];
  return {
    today: ctx.today,
    reportHorizonDays: REPORT_HORIZON_DAYS,
    taskHorizonDays: TASK_HORIZON_DAYS,
    reportsDue: reporting.reportsDue,
    reportsReturned: reporting.reportsReturned,
    reportsToReview: await reportsToReview(ctx),
    tasks: reporting.tasks,
    draftPlans: (
      await repo.listDraftPlans(ctx.db, ctx.actor.tenantId, grantRootsFor(ctx.actor, 'plan.manage'))
    ).map((row) => ({
      id: row.id,
      title: row.title,
      year: row.year,
      organisation: { id: row.organisationId, name: row.organisationName },
      taskCount: row.taskCount,
    })),
    targetsAtRisk: await targetsAtRisk(ctx, ownUnits),
    indices: await indexCards(ctx, ownUnits),
    closedUnitGrants: await closedUnitGrants(ctx),
  };
}

/**
 * Báo cáo và nhiệm vụ của đơn vị tôi: for each unit where the actor reports, the periods it owes
 * on issued plans (due within the horizon, overdue, returned) and its tasks due soon or late.
 */
async function reportsAndTasksOf(ctx: ReadContext, unitIds: readonly string[]) {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const reportsDue: ReportTodo[] = [];
  const reportsReturned: ReportTodo[] = [];
  const tasks: TaskTodo[] = [];
  if (unitIds.length === 0) return { reportsDue, reportsReturned, tasks };
  const tasksByUnit = new Map<string, tasksRepo.UnitTaskRow[]>();
  for (const unitId of unitIds)
    tasksByUnit.set(unitId, await tasksRepo.listTasksOfUnit(db, tenantId, unitId));
  const planIds = [...new Set([...tasksByUnit.values()].flat().map((task) => task.planId))];
  const planRows =
    planIds.length === 0
      ? []
      : await plansRepo.listPlansUnder(db, tenantId, 'all', { ids: planIds });
  const planById = new Map(planRows.map((plan) => [plan.id, plan]));
  const periodsByPlan = await listPeriodsOfPlans(db, tenantId, planRows.map(forPeriods));
  const unitNames = await repo.listUnitNames(db, tenantId, unitIds);
  for (const unitId of unitIds) {
    const unit = { id: unitId, name: unitNames.get(unitId) ?? '' };
    const unitTasks = tasksByUnit.get(unitId) ?? [];
    const submissions = await reportsRepo.listUnitSubmissions(db, tenantId, unitId);
    const unitPlanIds = new Set(unitTasks.map((task) => task.planId));
    for (const plan of planRows.filter((row) => unitPlanIds.has(row.id))) {
      const planRef = { id: plan.id, title: plan.content.title, year: plan.year };
      for (const period of periodsByPlan.get(plan.id) ?? []) {
        if (!owesReport(period, unitId)) continue;
        const submission =
          submissions.find((row) => row.planId === plan.id && row.periodKey === period.key) ?? null;
        const status = periodCellStatus(submission, period.due, today);
        const todo: ReportTodo = {
          plan: planRef,
          organisation: unit,
          period: { key: period.key, label: period.label, due: period.due },
          status,
          urgency: reportUrgency(status, period.due, today),
          submissionId: submission?.id ?? null,
          returnComment: status === 'returned' ? (submission?.returnComment ?? '') : '',
        };
        if (status === 'returned') reportsReturned.push(todo);
        else if (todo.urgency) reportsDue.push(todo);
      }
    }
    for (const task of unitTasks) {
      const plan = planById.get(task.planId);
      if (!plan) continue;
      const urgency = taskUrgency(readTimeframe(task.timeframeText, plan.year), task.status, today);
      if (!urgency) continue;
      const { due, ...rest } = urgency;
      tasks.push({
        id: task.id,
        plan: { id: plan.id, title: plan.content.title, year: plan.year },
        organisation: unit,
        content: task.content,
        timeframeText: task.timeframeText,
        status: task.status,
        due,
        urgency: rest,
        role: task.role,
      });
    }
  }
  reportsDue.sort((a, b) => a.period.due.localeCompare(b.period.due));
  tasks.sort((a, b) => urgencyOrder(a) - urgencyOrder(b));
  return { reportsDue, reportsReturned, tasks };
}

/** Most overdue first, then the soonest due. */
const urgencyOrder = (todo: { urgency: TaskTodo['urgency'] }) =>
  todo.urgency.kind === 'overdue' ? -todo.urgency.daysLate - 1 : todo.urgency.daysLeft;

/** Báo cáo chờ tiếp nhận: submitted reports on the plans of the units the actor reviews. */
async function reportsToReview(ctx: ReadContext): Promise<ReportTodo[]> {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const rows = await repo.listReportsToReview(
    db,
    tenantId,
    grantRootsFor(ctx.actor, 'report.review'),
  );
  if (rows.length === 0) return [];
  const planRows = await plansRepo.listPlansUnder(db, tenantId, 'all', {
    ids: [...new Set(rows.map((row) => row.planId))],
  });
  const periodsByPlan = await listPeriodsOfPlans(db, tenantId, planRows.map(forPeriods));
  return rows.map((row) => {
    const period = periodsByPlan.get(row.planId)?.find((each) => each.key === row.periodKey);
    const due = period?.due ?? today;
    return {
      plan: { id: row.planId, title: row.planTitle, year: row.planYear },
      organisation: { id: row.organisationId, name: row.organisationName },
      period: { key: row.periodKey, label: period?.label ?? row.periodKey, due },
      status: (row.daysLate ?? 0) > 0 ? 'late' : 'on_time',
      urgency: null,
      submissionId: row.submissionId,
      returnComment: '',
    };
  });
}

/** Chỉ tiêu có nguy cơ: targets judged "không đạt" in the current plans of the actor's own units this year. */
async function targetsAtRisk(ctx: ReadContext, unitIds: readonly string[]) {
  const year = Number(ctx.today.slice(0, 4));
  const unitNames = await repo.listUnitNames(ctx.db, ctx.actor.tenantId, unitIds);
  const risks: Overview['targetsAtRisk'] = [];
  for (const unitId of unitIds) {
    const { items } = await listUnitPlanTargets(ctx, { organisationId: unitId, year });
    for (const { plan, indices } of items) {
      for (const target of indices.flatMap((index) => index.items)) {
        if (target.status !== 'not_met') continue;
        risks.push({
          plan: { id: plan.id, title: plan.title, year: plan.year },
          organisation: { id: unitId, name: unitNames.get(unitId) ?? '' },
          text: target.text,
          evidence: target.evidence,
        });
      }
    }
  }
  return risks;
}

/**
 * Chỉ số của đơn vị: for each of the actor's own units, its results in the latest year it has
 * any (not after this year) — index, rank, change since last year — and this year's projection
 * (the range of the projection service, which reads each kind of input in one query).
 */
async function indexCards(ctx: ReadContext, unitIds: readonly string[]): Promise<IndexCard[]> {
  const tenantId = ctx.actor.tenantId;
  const latest = await repo.listLatestResults(
    ctx.db,
    tenantId,
    unitIds,
    Number(ctx.today.slice(0, 4)),
  );
  if (latest.length === 0) return [];
  const cards: IndexCard[] = [];
  for (const row of latest) {
    let gaps;
    try {
      gaps = await getGapAnalysis(ctx, {
        frameworkId: row.frameworkId,
        organisationId: row.organisationId,
        query: {},
      });
    } catch (error) {
      // A result on a framework that no longer applies to the unit's type has no card.
      if (error instanceof AppError) continue;
      throw error;
    }
    const projection = await projectionForCard(ctx, row);
    const { totals } = gaps;
    cards.push({
      framework: {
        id: gaps.framework.id,
        code: gaps.framework.code,
        name: gaps.framework.name,
        year: gaps.year,
      },
      organisation: { id: gaps.organisation.id, name: gaps.organisation.name },
      score: totals.score,
      indexPercent: totals.indexPercent,
      rankText: gaps.rankText,
      rankChange: gaps.previous?.rankChange ?? null,
      indexChange:
        totals.indexPercent !== null && gaps.previous?.indexPercent != null
          ? roundPoints(totals.indexPercent - gaps.previous.indexPercent)
          : null,
      projection,
    });
  }
  return cards;
}

/** Dự báo năm nay for a card; null when this year has no framework of the index yet. */
async function projectionForCard(
  ctx: ReadContext,
  row: { organisationId: string; frameworkId: string },
): Promise<IndexCard['projection']> {
  try {
    const projection = await getProjection(ctx, {
      organisationId: row.organisationId,
      frameworkId: row.frameworkId,
    });
    return {
      year: projection.year,
      pessimisticIndex: projection.pessimistic.indexPercent,
      optimisticIndex: projection.optimistic.indexPercent,
      rank: projection.rank
        ? { best: projection.rank.best, worst: projection.rank.worst, of: projection.rank.of }
        : null,
    };
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Vai trò trên đơn vị đã đóng: only for an actor who assigns roles, on the units they administer. */
async function closedUnitGrants(ctx: ReadContext): Promise<Overview['closedUnitGrants']> {
  const rows = await repo.listClosedUnitGrants(
    ctx.db,
    ctx.actor.tenantId,
    grantRootsFor(ctx.actor, 'role.assign'),
    ctx.today,
  );
  return rows.map((row) => ({
    grantId: row.grantId,
    user: { id: row.userId, login: row.login, fullName: row.fullName },
    role: row.role as Role,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      type: row.organisationType as OrganisationType,
      validTo: row.validTo,
    },
    successors: row.successors,
  }));
}
