// Theo dõi báo cáo của kế hoạch: the reporting rule attached to a plan, its periods, which units
// report (every lead and coordinating unit of its tasks), the heatmap of their reports, and the
// completion figures the dashboards draw.
import type { ReportingOverview, ReportingPeriodDto } from '@contract/reports';
import { readTimeframe } from '../plans/timeframe-cache';
import { isTaskOverdue } from '@domain/plans/task-overdue';
import { isWeekend, VI_WEEKDAY_LABELS, weekdayOf } from '@domain/reports/calendar-days';
import {
  REPORTING_RULE_PRESETS,
  validateReportingRule,
  type ReportingRule,
} from '@domain/reports/reporting-rule';
import type { ReportingPeriod } from '@domain/reports/reporting-periods';
import { completionBy, periodCellStatus, reportingUnits } from '@domain/reports/submission';
import { roundPoints, sumPoints } from '@domain/frameworks/points';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { abilitiesOn } from '../http/abilities';
import { validationError, versionMismatch } from '../http/app-error';
import * as plansRepo from '../plans/plan.repository';
import * as tasksRepo from '../plans/task.repository';
import { getPlanRow } from '../plans/plan.service';
import * as repo from './report.repository';
import { forPeriods, listPlanPeriods, owesReport, type PlanPeriod } from './plan-periods';

/** The period as the API shows it, with the weekday of its due date. */
export function toPeriodDto(period: ReportingPeriod): ReportingPeriodDto {
  return {
    key: period.key,
    label: period.label,
    kind: period.kind,
    from: period.from,
    to: period.to,
    due: period.due,
    dueWeekday: VI_WEEKDAY_LABELS[weekdayOf(period.due)],
    dueIsWeekend: isWeekend(period.due),
  };
}

/** The plan's rule, or null when none is attached. */
export function ruleOf(plan: { reportingRule: unknown }): ReportingRule | null {
  return (plan.reportingRule as ReportingRule | null) ?? null;
}

/** JSON with keys sorted: jsonb gives objects back with their keys in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

/** The preset the rule is, if any. */
const presetIdOf = (rule: ReportingRule | null) =>
  rule === null
    ? null
    : (Object.entries(REPORTING_RULE_PRESETS).find(
        ([, preset]) => canonical(preset) === canonical(rule),
      )?.[0] ?? null);

/** Theo dõi báo cáo: rule, periods, units, heatmap cells, completion by unit and area, overdue, trend. */
export async function getReportingOverview(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'resource' | 'today'>,
  input: { planId: string },
): Promise<ReportingOverview> {
  const { db, actor, resource, today } = ctx;
  const { planId } = input;
  const plan = await getPlanRow(db, actor.tenantId, planId);
  const rule = ruleOf(plan);
  const periods = await listPlanPeriods(db, actor.tenantId, forPeriods(plan));
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, planId);
  const units = reportingUnits(tasks);
  const submissions = await repo.listPlanSubmissions(db, actor.tenantId, planId);
  const byCell = new Map(submissions.map((row) => [`${row.periodKey}|${row.organisationId}`, row]));
  // A request's column has cells only for the units it asks; the others owe nothing there.
  const cells = periods.flatMap((period) =>
    units
      .filter((unit) => owesReport(period, unit.id))
      .map((unit) => {
        const submission = byCell.get(`${period.key}|${unit.id}`) ?? null;
        return {
          periodKey: period.key,
          organisationId: unit.id,
          status: periodCellStatus(submission, period.due, today),
          daysLate: submission?.daysLate ?? null,
          submissionId: submission?.id ?? null,
        };
      }),
  );
  const measured = tasks.map((task) => ({
    ...task,
    pointsAtStake: roundPoints(sumPoints(task.nodeLinks.map((link) => link.pointsAtStake))),
    overdue: isTaskOverdue(readTimeframe(task.timeframeText, plan.year), task.status, today),
  }));
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const NO_LEAD = '';
  const completionByUnit = completionBy(measured, (task) => task.leadOrganisationId ?? NO_LEAD).map(
    (row) => ({ ...row, label: unitName.get(row.key) ?? 'Chưa giao' }),
  );
  const completionByArea = completionBy(measured, (task) => task.area).map((row) => ({
    ...row,
    label: row.key || 'Khác',
  }));
  const overdueByUnit = units
    .map((unit) => ({
      organisation: unit,
      count: measured.filter((task) => task.overdue && task.leadOrganisationId === unit.id).length,
    }))
    .filter((row) => row.count > 0);
  return {
    planId,
    planVersion: plan.version,
    presetId: presetIdOf(rule),
    // The domain's readonly arrays are the contract's arrays, only typed more strictly.
    rule: rule as ReportingOverview['rule'],
    periods: periods.map(toPeriodDto),
    units,
    cells,
    completionByUnit,
    completionByArea,
    overdueByUnit,
    // The trend follows the rule's periods; ad-hoc requests ask only some units, so they stay out.
    trend: await completionTrend(
      db,
      actor.tenantId,
      tasks,
      periods.filter((period) => period.request === null),
      submissions,
      today,
    ),
    requests: requestsOf(periods, cells, units),
    abilities: abilitiesOn(actor, resource, {
      canSetRule: 'plan.manage',
      canRequestReport: 'plan.manage',
      canConsolidate: 'report.review',
    }),
  };
}

/** Yêu cầu báo cáo đột xuất of the plan, each with where its units stand. */
function requestsOf(
  periods: readonly PlanPeriod[],
  cells: readonly ReportingOverview['cells'][number][],
  units: readonly { id: string; name: string }[],
): ReportingOverview['requests'] {
  return periods.flatMap((period) => {
    if (period.request === null) return [];
    return [
      {
        id: period.request.id,
        periodKey: period.key,
        title: period.request.title,
        question: period.request.question,
        from: period.from,
        to: period.to,
        due: period.due,
        units: cells
          .filter((cell) => cell.periodKey === period.key)
          .map((cell) => ({
            organisation: units.find((unit) => unit.id === cell.organisationId)!,
            status: cell.status,
            submissionId: cell.submissionId,
          })),
      },
    ];
  });
}

/**
 * Xu hướng hoàn thành: for each period due by today, the share of the plan's tasks whose lead
 * reported "hoàn thành" in a submitted or accepted report of that period or an earlier one.
 */
async function completionTrend(
  db: Database,
  tenantId: string,
  tasks: readonly tasksRepo.TaskRow[],
  periods: readonly ReportingPeriod[],
  submissions: readonly repo.SubmissionRow[],
  today: string,
) {
  if (tasks.length === 0) return [];
  const counted = submissions.filter(
    (row) => row.status === 'submitted' || row.status === 'accepted',
  );
  const entries = await repo.listEntries(
    db,
    tenantId,
    counted.map((row) => row.id),
  );
  const leadOf = new Map(tasks.map((task) => [task.id, task.leadOrganisationId]));
  const done = new Set<string>();
  return periods
    .filter((period) => period.due <= today)
    .map((period) => {
      for (const submission of counted.filter((row) => row.periodKey === period.key)) {
        for (const entry of entries) {
          if (
            entry.submissionId === submission.id &&
            entry.status === 'done' &&
            leadOf.get(entry.taskId) === submission.organisationId
          ) {
            done.add(entry.taskId);
          }
        }
      }
      return {
        periodKey: period.key,
        label: period.label,
        percentDone: Math.round((done.size / tasks.length) * 1000) / 10,
      };
    });
}

/** Đặt chế độ báo cáo: a preset or a custom rule, checked by the domain, on If-Match of the plan. */
export async function setReportingRule(
  ctx: ServiceContext,
  input: {
    planId: string;
    version: number;
    rule: { presetId: keyof typeof REPORTING_RULE_PRESETS } | { rule: ReportingRule };
  },
): Promise<ReportingOverview> {
  const { db, actor, audit } = ctx;
  const { planId, version, rule: body } = input;
  const plan = await getPlanRow(db, actor.tenantId, planId);
  if (plan.version !== version) throw versionMismatch(plan.version);
  const rule = 'presetId' in body ? REPORTING_RULE_PRESETS[body.presetId] : body.rule;
  const problems = validateReportingRule(rule);
  if (problems.length > 0) {
    throw validationError(
      'Chế độ báo cáo không hợp lệ.',
      problems.map((message) => ({ field: 'rule', message })),
    );
  }
  const updated = await plansRepo.updatePlanIfVersion(db, actor.tenantId, planId, version, {
    reportingRule: rule,
  });
  if (!updated) throw versionMismatch(plan.version + 1);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: planId,
    before: { reportingRule: plan.reportingRule },
    after: { reportingRule: rule },
  });
  return getReportingOverview(ctx, { planId });
}
