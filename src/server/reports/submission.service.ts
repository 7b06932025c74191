// Báo cáo của đơn vị cho một kỳ: read (an empty form when none yet), autosave a draft, submit
// (idempotent), and the focal unit's review — accept (the lead's statuses become the tasks') or
// return with a comment (kept in the report's thread). Authorised by the routes; every write
// audited here; submit and review notify the other side in the same transaction.
import type { z } from 'zod';
import type * as contract from '@contract/reports';
import type { KpiComputedDto, SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import { can, type Actor, type OrganisationResource } from '@domain/permissions/can';
import type { TaskStatus } from '@domain/plans/plan';
import { numberTasks } from '@domain/plans/task-numbering';
import { progressContradiction } from '@domain/reports/entry-progress';
import { dueInPeriod } from '@domain/reports/task-due-in-period';
import { isEditable, lateDaysAt, periodCellStatus } from '@domain/reports/submission';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import * as plansRepo from '../plans/plan.repository';
import * as tasksRepo from '../plans/task.repository';
import { planSummaries } from '../plans/plan.service';
import { readTimeframe } from '../plans/timeframe-cache';
import * as repo from './report.repository';
import { toPeriodDto } from './reporting.service';
import { forPeriods, owesReport, periodOfPlan, type PlanPeriod } from './plan-periods';
import { readReportContext } from './report-context.repository';
import { insertReportComment } from './report-comment.repository';
import { notifyReviewed, notifySubmitted } from './report-notices';
import { checkKpiValues, computeReportKpis, kpiValuesToShow } from './report-kpis';

type DraftBody = z.output<typeof contract.submissionDraftSchema>;

/** Where a report stands: the plan (issued), the period, the unit and the tasks it reports on. */
export interface ReportContext {
  plan: plansRepo.PlanRow;
  period: PlanPeriod;
  organisation: { id: string; name: string };
  tasks: (tasksRepo.TaskRow & { role: 'lead' | 'coordinator' })[];
}

/**
 * Ngữ cảnh báo cáo: refuses a plan that is not in force, a period the plan does not have (a rule
 * period due before the issue date included), a request that did not ask this unit, and a unit
 * with no task in the plan.
 */
export async function reportContext(
  db: Database,
  tenantId: string,
  planId: string,
  periodKey: string,
  organisationId: string,
): Promise<ReportContext> {
  return (await lockedReport(db, tenantId, { id: planId, periodKey, organisationId }, false))
    .context;
}

/**
 * The report's context and its submission row (null when the unit never saved one), read in one
 * statement; `lock` holds the row for the transaction.
 */
async function lockedReport(
  db: Database,
  tenantId: string,
  params: { id: string; periodKey: string; organisationId: string },
  lock = true,
): Promise<{ context: ReportContext; row: repo.SubmissionRow | null }> {
  const { id: planId, periodKey, organisationId } = params;
  const read = await readReportContext(
    db,
    tenantId,
    { planId, periodKey, organisationId },
    { lock },
  );
  const plan = read.plan;
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  if (plan.status === 'draft') throw conflict('Kế hoạch chưa ban hành: chưa có kỳ báo cáo.');
  const period = periodOfPlan(forPeriods(plan), periodKey, read.request);
  if (!period) throw notFound('Kỳ báo cáo không có trong chế độ báo cáo của kế hoạch.');
  const unit = read.organisation;
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  if (!owesReport(period, organisationId)) {
    throw notFound('Yêu cầu báo cáo đột xuất này không gửi đến đơn vị.');
  }
  const tasks = read.tasks.map((task) => ({
    ...task,
    role: task.leadOrganisationId === organisationId ? ('lead' as const) : ('coordinator' as const),
  }));
  if (tasks.length === 0)
    throw notFound('Đơn vị không chủ trì, phối hợp nhiệm vụ nào của kế hoạch này.');
  return {
    context: { plan, period, organisation: { id: unit.id, name: unit.name }, tasks },
    row: read.submission,
  };
}

/** Refuses writes to a report of a superseded plan (the period is closed) or of a period that has not begun. */
export function assertOpen(context: ReportContext, today: string): void {
  if (context.plan.status === 'superseded') {
    throw conflict(
      'Kế hoạch đã được thay thế: kỳ báo cáo này đã đóng, hãy báo cáo theo kế hoạch mới.',
    );
  }
  if (today < context.period.from) {
    throw conflict(
      `Kỳ báo cáo ${context.period.label} chưa bắt đầu (từ ${context.period.from.split('-').reverse().join('/')}).`,
    );
  }
}

/**
 * Whether the actor may act on `organisationId`. The path comes from the request's authorised
 * resource when the unit is on it (the unit itself, or the plan's unit above it), so a report's
 * answer does not look the same path up again.
 */
async function canAct(
  db: Database,
  actor: Actor,
  action: 'report.submit' | 'report.review',
  organisationId: string,
  resource: OrganisationResource | null | undefined,
) {
  const at = resource?.path.indexOf(organisationId) ?? -1;
  const path =
    resource && at >= 0
      ? resource.path.slice(0, at + 1)
      : await findOrganisationPath(db, actor.tenantId, organisationId);
  return path !== null && can(actor, action, { tenantId: actor.tenantId, organisationId, path });
}

/** Báo cáo kỳ as the API shows it: saved values, or the unit's tasks with their current status. */
export async function presentSubmission(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'today'> & Partial<Pick<ServiceContext, 'resource'>>,
  context: ReportContext,
): Promise<SubmissionDto> {
  const { db, actor, today } = ctx;
  const { plan, period, organisation, tasks } = context;
  const row = await repo.findSubmission(db, actor.tenantId, plan.id, period.key, organisation.id);
  const entries = row ? await repo.listEntries(db, actor.tenantId, [row.id]) : [];
  const evidence = row ? await repo.listEvidence(db, actor.tenantId, [row.id]) : [];
  // Các đơn vị phối hợp: their non-draft reports of the same period, for the tasks this unit leads.
  const coordinatorEntries = await repo.listCoordinatorEntries(
    db,
    actor.tenantId,
    plan.id,
    period.key,
    tasks.filter((task) => task.role === 'lead').map((task) => task.id),
    organisation.id,
  );
  // Every task of the plan: numbered as in the plan, and counted (overdue) in its summary.
  const planTasks = await tasksRepo.listPlanTasks(db, actor.tenantId, plan.id);
  const [summary] = await planSummaries(
    ctx,
    await plansRepo.listPlansUnder(db, actor.tenantId, 'all', { ids: [plan.id] }),
    planTasks,
  );
  // Số nhiệm vụ như trong kế hoạch: numbered among all the plan's tasks, listed in the plan's order.
  const numbers = numberTasks(plan.content, planTasks);
  const planOrder = new Map([...numbers.keys()].map((id, index) => [id, index]));
  const inPlanOrder = [...tasks].sort(
    (a, b) => (planOrder.get(a.id) ?? 0) - (planOrder.get(b.id) ?? 0),
  );
  const status = row?.status ?? 'draft';
  // Từ dữ liệu hồ sơ: the kpi targets' figures over the period's months, pre-filled while editable.
  const kpiComputed = await computeReportKpis(db, actor.tenantId, context);
  return {
    id: row?.id ?? null,
    plan: summary!,
    period: toPeriodDto(period),
    organisation,
    status,
    cellStatus: periodCellStatus(row, period.due, today),
    version: row?.version ?? 0,
    difficulties: row?.difficulties ?? '',
    proposals: row?.proposals ?? '',
    request: period.request,
    answer: row?.answer ?? '',
    targets: plan.content.targets,
    kpiValues: kpiValuesToShow(row?.kpiValues ?? [], kpiComputed, isEditable(status)),
    kpiComputed,
    returnComment: row?.returnComment ?? '',
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    daysLate: row?.daysLate ?? null,
    entries: inPlanOrder.map((task) => {
      const saved = entries.find((entry) => entry.taskId === task.id);
      const number = numbers.get(task.id);
      return {
        task: {
          id: task.id,
          content: task.content,
          area: task.area,
          timeframeText: task.timeframeText,
          role: task.role,
          number: number?.number ?? '',
          groupKey: number?.groupKey ?? '',
          groupTitle: number?.groupTitle ?? '',
          dueInPeriod: dueInPeriod(
            readTimeframe(task.timeframeText, plan.year),
            saved?.status ?? task.status,
            period,
          ),
        },
        status: saved?.status ?? task.status,
        progress: saved?.progress ?? (task.status === 'done' ? 100 : 0),
        result: saved?.result ?? '',
        reason: saved?.reason ?? '',
        documentRefs: saved?.documentRefs ?? [],
        evidence: evidence
          .filter((file) => file.taskId === task.id)
          .map((file) => ({
            id: file.id,
            taskId: file.taskId,
            fileName: file.fileName,
            contentType: file.contentType,
            sizeBytes: file.sizeBytes,
            createdAt: file.createdAt.toISOString(),
          })),
        coordinatorParts: coordinatorEntries
          .filter((entry) => entry.taskId === task.id)
          .map((entry) => ({
            organisation: { id: entry.organisationId, name: entry.organisationName },
            submissionStatus: entry.submissionStatus,
            status: entry.status,
            progress: entry.progress,
            result: entry.result,
          })),
      };
    }),
    abilities: await abilitiesOf(ctx, context, status),
  };
}

/**
 * What a save or a submit answers: the row as written, the figures as the form now shows them and
 * the abilities — no read beyond what the write already holds (see submissionChangeSchema).
 */
function presentChange(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'today' | 'resource'>,
  context: ReportContext,
  row: repo.SubmissionRow,
  options: { kpiComputed: KpiComputedDto[]; entries: DraftBody['entries'] },
): Promise<SubmissionChangeDto> {
  const { plan, period } = context;
  const timeframeOf = new Map(context.tasks.map((task) => [task.id, task.timeframeText]));
  return abilitiesOf(ctx, context, row.status).then((abilities) => ({
    id: row.id,
    status: row.status,
    cellStatus: periodCellStatus(row, period.due, ctx.today),
    version: row.version,
    difficulties: row.difficulties,
    proposals: row.proposals,
    answer: row.answer,
    kpiValues: kpiValuesToShow(row.kpiValues, options.kpiComputed, isEditable(row.status)),
    returnComment: row.returnComment,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    daysLate: row.daysLate,
    entries: options.entries.map((entry) => ({
      taskId: entry.taskId,
      status: entry.status,
      progress: entry.progress,
      result: entry.result,
      reason: entry.reason,
      documentRefs: entry.documentRefs,
      dueInPeriod: dueInPeriod(
        readTimeframe(timeframeOf.get(entry.taskId) ?? '', plan.year),
        entry.status,
        period,
      ),
    })),
    abilities,
  }));
}

/** Whether the actor may write the report (while open) and review it (once submitted). */
async function abilitiesOf(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'today'> & Partial<Pick<ServiceContext, 'resource'>>,
  context: ReportContext,
  status: repo.SubmissionRow['status'],
) {
  const { db, actor, today } = ctx;
  const { plan, period, organisation } = context;
  return {
    canEdit:
      isEditable(status) &&
      plan.status === 'issued' &&
      today >= period.from &&
      (await canAct(db, actor, 'report.submit', organisation.id, ctx.resource)),
    canReview:
      status === 'submitted' &&
      (await canAct(db, actor, 'report.review', plan.organisationId, ctx.resource)),
  };
}

/** Reads the unit's report for the period. */
export async function getSubmission(
  ctx: ServiceContext,
  input: { report: { id: string; periodKey: string; organisationId: string } },
): Promise<SubmissionDto> {
  const { db, actor } = ctx;
  const params = input.report;
  const context = await reportContext(
    db,
    actor.tenantId,
    params.id,
    params.periodKey,
    params.organisationId,
  );
  return presentSubmission(ctx, context);
}

/**
 * Checks a draft against the unit's tasks and the KPI figures computed from dossier data; every
 * problem reported per field, nothing written.
 */
function checkDraft(context: ReportContext, body: DraftBody, kpiComputed: KpiComputedDto[]) {
  const { values: kpiValues, details } = checkKpiValues(
    body.kpiValues,
    context.plan.content.targets ?? [],
    kpiComputed,
  );
  const taskIds = new Set(context.tasks.map((task) => task.id));
  body.entries.forEach((entry, index) => {
    if (!taskIds.has(entry.taskId)) {
      details.push({
        field: `entries.${index}.taskId`,
        message: 'Nhiệm vụ không thuộc phần việc của đơn vị.',
      });
    }
    const contradiction = progressContradiction(entry.status, entry.progress);
    if (contradiction) details.push({ field: `entries.${index}.progress`, message: contradiction });
    if (entry.status === 'cannot_do' && entry.reason.trim() === '') {
      details.push({
        field: `entries.${index}.reason`,
        message: 'Nêu lý do không thực hiện được.',
      });
    }
  });
  if (details.length > 0) throw validationError('Báo cáo có nội dung chưa hợp lệ.', details);
  return kpiValues;
}

/** Lưu nháp: creates the report on the first save (If-Match "0"), else saves when the version still matches. */
export async function saveSubmission(
  ctx: ServiceContext,
  input: {
    report: { id: string; periodKey: string; organisationId: string };
    version: number;
    draft: DraftBody;
  },
): Promise<SubmissionChangeDto> {
  const { db, actor, audit, today } = ctx;
  const { report: params, draft: body } = input;
  const { version } = input;
  const { context, row } = await lockedReport(db, actor.tenantId, params);
  assertOpen(context, today);
  const kpiComputed = await computeReportKpis(db, actor.tenantId, context);
  const kpiValues = checkDraft(context, body, kpiComputed);
  // A report not saved yet is created by this save (If-Match "0"); another save creating it
  // between our read and write makes the client's "0" stale (412 with version 1, as it stood).
  if (!row && version !== 0) throw versionMismatch(0);
  if (row && row.version !== version) throw versionMismatch(row.version);
  if (row && !isEditable(row.status)) throw conflict('Báo cáo đã nộp, không sửa được nữa.');
  const updated = await repo.saveDraft(
    db,
    actor.tenantId,
    { planId: params.id, periodKey: params.periodKey, organisationId: params.organisationId },
    row,
    {
      difficulties: body.difficulties,
      proposals: body.proposals,
      answer: body.answer,
      kpiValues,
      entries: body.entries,
    },
  );
  if (!updated) throw versionMismatch(row ? row.version + 1 : 1);
  await audit({
    organisationId: params.organisationId,
    action: 'report.submit',
    objectType: 'report_submission',
    objectId: updated.id,
    // The row a first save creates stood at version 1, empty, as a draft.
    before: { version: row?.version ?? 1, status: row?.status ?? 'draft' },
    // Số liệu KPI as stored: each figure with the computed one and the reason for overriding it.
    after: { version: updated.version, ...body, kpiValues },
  });
  return presentChange(ctx, context, updated, { kpiComputed, entries: body.entries });
}

/**
 * Nộp báo cáo: locks the draft, fixes the days late. A retry carrying the same Idempotency-Key
 * returns the submitted report unchanged; without a key a second submit meets a 412/409.
 */
export async function submitSubmission(
  ctx: ServiceContext,
  input: {
    report: { id: string; periodKey: string; organisationId: string };
    version: number;
    idempotencyKey: string | null;
  },
): Promise<SubmissionChangeDto> {
  const { db, actor, audit, today } = ctx;
  const { report: params, version, idempotencyKey } = input;
  const { context, row } = await lockedReport(db, actor.tenantId, params);
  if (row && idempotencyKey && row.submitKey === idempotencyKey && row.status !== 'draft') {
    await audit({
      organisationId: params.organisationId,
      action: 'report.submit',
      objectType: 'report_submission',
      objectId: row.id,
      after: { retriedSubmit: idempotencyKey },
    });
    return presentChange(ctx, context, row, { kpiComputed: [], entries: [] });
  }
  assertOpen(context, today);
  if (!row) throw conflict('Chưa có báo cáo để nộp: hãy nhập và lưu báo cáo trước.');
  if (row.version !== version) throw versionMismatch(row.version);
  if (!isEditable(row.status)) throw conflict('Báo cáo đã nộp, không nộp lại được.');
  const updated = await repo.updateSubmissionIfVersion(db, actor.tenantId, row.id, version, {
    status: 'submitted',
    submittedAt: ctx.now,
    submittedBy: actor.userId,
    daysLate: lateDaysAt(context.period.due, today),
    submitKey: idempotencyKey,
    returnComment: '',
  });
  if (!updated) throw versionMismatch(row.version + 1);
  await audit({
    organisationId: params.organisationId,
    action: 'report.submit',
    objectType: 'report_submission',
    objectId: row.id,
    before: { status: row.status },
    after: { status: 'submitted', daysLate: updated.daysLate },
  });
  await notifySubmitted(ctx, context, updated);
  // Not editable any more: the figures shown are the saved ones, so none is computed again.
  return presentChange(ctx, context, updated, { kpiComputed: [], entries: [] });
}

/**
 * Tiếp nhận / trả lại: the focal unit accepts a submitted report — the lead unit's statuses become
 * its tasks' — or returns it with a comment so the unit can correct and submit again.
 */
export async function reviewSubmission(
  ctx: ServiceContext,
  input: {
    report: { id: string; periodKey: string; organisationId: string };
    version: number;
    decision: 'accept' | 'return';
    comment: string;
  },
): Promise<SubmissionDto> {
  const { db, actor, audit } = ctx;
  const { report: params, version, ...body } = input;
  const { context, row } = await lockedReport(db, actor.tenantId, params);
  if (!row) throw notFound('Đơn vị chưa có báo cáo kỳ này.');
  if (row.version !== version) throw versionMismatch(row.version);
  if (row.status !== 'submitted') throw conflict('Chỉ tiếp nhận hoặc trả lại báo cáo đã nộp.');
  const accepted = body.decision === 'accept';
  const updated = await repo.updateSubmissionIfVersion(db, actor.tenantId, row.id, version, {
    status: accepted ? 'accepted' : 'returned',
    returnComment: accepted ? '' : body.comment,
    reviewedAt: ctx.now,
    reviewedBy: actor.userId,
  });
  if (!updated) throw versionMismatch(row.version + 1);
  if (accepted) {
    const entries = await repo.listEntries(db, actor.tenantId, [row.id]);
    const led = new Set(
      context.tasks.filter((task) => task.role === 'lead').map((task) => task.id),
    );
    for (const entry of entries.filter((candidate) => led.has(candidate.taskId))) {
      await tasksRepo.setTaskStatus(
        db,
        actor.tenantId,
        entry.taskId,
        entry.status as TaskStatus,
        entry.reason,
      );
    }
  }
  await audit({
    organisationId: context.plan.organisationId,
    action: 'report.review',
    objectType: 'report_submission',
    objectId: row.id,
    before: { status: row.status },
    after: { status: updated.status, comment: body.comment },
  });
  // Trao đổi: the return's reason (or a remark on accepting) stays in the report's thread.
  if (body.comment !== '') {
    await insertReportComment(
      db,
      {
        tenantId: actor.tenantId,
        planId: params.id,
        periodKey: params.periodKey,
        organisationId: params.organisationId,
      },
      {
        kind: accepted ? 'comment' : 'return',
        body: body.comment,
        authorId: actor.userId,
        authorSide: 'reviewer',
        createdAt: ctx.now,
      },
    );
  }
  await notifyReviewed(ctx, context, { version: updated.version, accepted, comment: body.comment });
  return presentSubmission(ctx, context);
}
