// Báo cáo tổng hợp kỳ: the focal unit's report on a plan for one period, assembled by the domain
// from the units' reports; the narrative it edited is kept (consolidated_reports) and laid over
// the generated text; downloads as a state-format .docx and an .xlsx of every task.
import { downloadFileName } from '@domain/shared/file-name';
import type { z } from 'zod';
import type * as contract from '@contract/reports';
import { readTimeframe } from '../plans/timeframe-cache';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { isTaskOverdue } from '@domain/plans/task-overdue';
import {
  applyNarrativeEdits,
  buildConsolidatedDocument,
  buildConsolidatedSections,
  reportTaskRows,
  type ConsolidatedInput,
} from '@domain/reports/consolidated-report';
import { notOnTimeStatus, periodCellStatus, reportingUnits } from '@domain/reports/submission';
import { roundPoints, sumPoints } from '@domain/frameworks/points';
import * as narrativesRepo from './consolidated.repository';
import type { ServiceContext } from '../http/service-context';
import { versionMismatch } from '../http/app-error';
import { DOCX_CONTENT_TYPE } from '../documents/plan-docx';
import { renderReportDocx } from '../documents/report-docx';
import { writeReportTasksWorkbook } from '../documents/report-tasks-xlsx';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import * as tasksRepo from '../plans/task.repository';
import { getPlanRow } from '../plans/plan.service';
import * as repo from './report.repository';
import { toPeriodDto } from './reporting.service';
import { forPeriods, getPlanPeriod, owesReport } from './plan-periods';

type ConsolidatedDto = z.output<typeof contract.consolidatedReportSchema>;

/** Everything the domain needs for the period, read once. */
async function loadInput(ctx: ServiceContext, key: { planId: string; periodKey: string }) {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { planId, periodKey } = key;
  const plan = await getPlanRow(db, tenantId, planId);
  const period = await getPlanPeriod(db, tenantId, forPeriods(plan), periodKey);
  const tasks = await tasksRepo.listPlanTasks(db, tenantId, planId);
  const units = reportingUnits(tasks).filter((unit) => owesReport(period, unit.id));
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const submissions = (await repo.listPlanSubmissions(db, tenantId, planId)).filter(
    (row) => row.periodKey === periodKey,
  );
  const ids = submissions.map((row) => row.id);
  const entries = await repo.listEntries(db, tenantId, ids);
  const evidence = await repo.listEvidence(db, tenantId, ids);
  const leadOf = new Map(tasks.map((task) => [task.id, task.leadOrganisationId]));
  const cells = units.map((unit) => {
    const submission = submissions.find((row) => row.organisationId === unit.id) ?? null;
    return { unit, submission, status: periodCellStatus(submission, period.due, today) };
  });
  const notOnTime = cells.flatMap((cell) => {
    const status = notOnTimeStatus(cell.status, cell.submission?.daysLate ?? null);
    return status ? [{ ...cell, status }] : [];
  });
  const input: ConsolidatedInput = {
    plan: {
      content: plan.content,
      documentNumber: formatDocumentNumber(plan.content.number, plan.content.symbol),
    },
    period,
    tasks: tasks.map((task) => ({
      id: task.id,
      area: task.area,
      content: task.content,
      leadName: task.leadName ?? task.leadSuggestion,
      coordinatingNames: [
        ...task.coordinating.map((unit) => unit.name),
        task.coordinatingNote,
      ].filter((name) => name.trim() !== ''),
      timeframeText: task.timeframeText,
      outputDescription: task.outputDescription,
      pointsAtStake: roundPoints(sumPoints(task.nodeLinks.map((link) => link.pointsAtStake))),
      status: task.status,
    })),
    submissions: submissions.map((row) => ({
      organisationName: unitName.get(row.organisationId) ?? '',
      status: row.status,
      daysLate: row.daysLate,
      difficulties: row.difficulties,
      proposals: row.proposals,
      kpiValues: row.kpiValues,
      entries: entries
        .filter((entry) => entry.submissionId === row.id)
        .map((entry) => ({
          taskId: entry.taskId,
          role:
            leadOf.get(entry.taskId) === row.organisationId
              ? ('lead' as const)
              : ('coordinator' as const),
          status: entry.status,
          progress: entry.progress,
          result: entry.result,
          reason: entry.reason,
          documentRefs: entry.documentRefs,
          evidenceCount: evidence.filter(
            (file) => file.submissionId === row.id && file.taskId === entry.taskId,
          ).length,
        })),
    })),
    lateOrMissing: notOnTime.map((cell) => ({
      organisationName: cell.unit.name,
      status: cell.status,
      daysLate: cell.submission?.daysLate ?? null,
    })),
    reportingUnitCount: units.length,
  };
  return { plan, period, tasks, cells, notOnTime, input };
}

/** Báo cáo tổng hợp: the generated sections with the saved edits laid over them. */
export async function getConsolidatedReport(
  ctx: ServiceContext,
  input: { planId: string; periodKey: string },
): Promise<ConsolidatedDto> {
  const { db, actor } = ctx;
  const { planId, periodKey } = input;
  const { period, cells, notOnTime, input: reportInput } = await loadInput(ctx, input);
  const saved = await narrativesRepo.findNarrative(db, {
    tenantId: actor.tenantId,
    planId,
    periodKey,
  });
  return {
    planId,
    period: toPeriodDto(period),
    version: saved?.version ?? 0,
    sections: applyNarrativeEdits(buildConsolidatedSections(reportInput), saved?.narrative ?? {}),
    acceptedUnits: cells.filter((cell) => cell.status === 'accepted').map((cell) => cell.unit),
    lateOrMissingUnits: notOnTime.map((cell) => ({
      organisation: cell.unit,
      status: cell.status,
      daysLate: cell.submission?.daysLate ?? null,
    })),
  };
}

/** Lưu nội dung đã sửa (If-Match: "0" for the first save); blank texts restore the generated ones. */
export async function saveConsolidatedReport(
  ctx: ServiceContext,
  input: { planId: string; periodKey: string; version: number; sections: Record<string, string> },
): Promise<ConsolidatedDto> {
  const { db, actor, audit } = ctx;
  const { planId, periodKey, version, sections } = input;
  const plan = await getPlanRow(db, actor.tenantId, planId);
  await getPlanPeriod(db, actor.tenantId, forPeriods(plan), periodKey);
  const narrative = Object.fromEntries(
    Object.entries(sections).filter(([, text]) => text.trim() !== ''),
  );
  const saved = await narrativesRepo.findNarrative(db, {
    tenantId: actor.tenantId,
    planId,
    periodKey,
  });
  if ((saved?.version ?? 0) !== version) throw versionMismatch(saved?.version ?? 0);
  const key = { tenantId: actor.tenantId, planId, periodKey };
  if (!saved) {
    if (!(await narrativesRepo.insertNarrative(db, key, narrative))) throw versionMismatch(1);
  } else if (!(await narrativesRepo.updateNarrative(db, key, version, narrative))) {
    throw versionMismatch(version + 1);
  }
  await audit({
    organisationId: plan.organisationId,
    action: 'report.review',
    objectType: 'consolidated_report',
    objectId: planId,
    before: saved?.narrative ?? null,
    after: { periodKey, narrative },
  });
  return getConsolidatedReport(ctx, { planId, periodKey });
}

/** Báo cáo tổng hợp (.docx) in the state format, with the edited narrative. */
export async function consolidatedDocx(
  ctx: ServiceContext,
  key: { planId: string; periodKey: string },
) {
  const { db, actor } = ctx;
  const { planId, periodKey } = key;
  const { period, input } = await loadInput(ctx, key);
  const saved = await narrativesRepo.findNarrative(db, {
    tenantId: actor.tenantId,
    planId,
    periodKey,
  });
  const sections = applyNarrativeEdits(buildConsolidatedSections(input), saved?.narrative ?? {});
  return {
    fileName: downloadFileName(
      ['Báo cáo', period.label, 'Kế hoạch', input.plan.documentNumber],
      'docx',
    ),
    contentType: DOCX_CONTENT_TYPE,
    body: await renderReportDocx(buildConsolidatedDocument(input, sections)),
  };
}

/** Tình hình thực hiện nhiệm vụ (.xlsx) for the period. */
export async function consolidatedXlsx(
  ctx: ServiceContext,
  key: { planId: string; periodKey: string },
) {
  const { today } = ctx;
  const { plan, period, input } = await loadInput(ctx, key);
  const rows = reportTaskRows(input, (task) =>
    isTaskOverdue(readTimeframe(task.timeframeText, plan.year), task.status, today),
  );
  return {
    fileName: downloadFileName(
      ['Tình hình nhiệm vụ', period.label, 'Kế hoạch', input.plan.documentNumber],
      'xlsx',
    ),
    contentType: XLSX_CONTENT_TYPE,
    body: await writeReportTasksWorkbook(rows),
  };
}
