// The plan as files: the state-format .docx (laid out by the domain, rendered by documents/) and
// the task table as .xlsx.
import { buildPlanDocument } from '@domain/plans/plan-document';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { OUTPUT_KIND_LABELS, TASK_STATUS_LABELS } from '@domain/plans/plan';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { DOCX_CONTENT_TYPE, renderPlanDocx } from '../documents/plan-docx';
import { writePlanTasksWorkbook } from '../documents/plan-tasks-xlsx';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import * as tasksRepo from './task.repository';
import { getPlanRow } from './plan.service';
import { toDomainTask, toTaskDto } from './plan-presenter';

/** "Ke-hoach-104-KH-UBND-2024": a file name that says which plan, without characters Windows refuses. */
function fileBaseName(plan: Awaited<ReturnType<typeof getPlanRow>>): string {
  const number = formatDocumentNumber(plan.content.number, plan.content.symbol).replace(
    /[/…]/g,
    '-',
  );
  return `Kế hoạch ${number.replace(/^-/, 'dự thảo-')} ${plan.year}`.replace(/\s+/g, ' ').trim();
}

async function loadNamedTasks(db: Database, tenantId: string, planId: string) {
  const rows = await tasksRepo.listPlanTasks(db, tenantId, planId);
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.leadOrganisationId && row.leadName) names.set(row.leadOrganisationId, row.leadName);
    for (const unit of row.coordinating) names.set(unit.id, unit.name);
  }
  return { rows, names };
}

/** Kế hoạch (.docx) in the state format, its appendix the task table. */
export async function planDocx(db: Database, tenantId: string, planId: string) {
  const plan = await getPlanRow(db, tenantId, planId);
  const { rows, names } = await loadNamedTasks(db, tenantId, planId);
  const model = buildPlanDocument(plan.content, rows.map(toDomainTask), names);
  return {
    fileName: `${fileBaseName(plan)}.docx`,
    contentType: DOCX_CONTENT_TYPE,
    body: await renderPlanDocx(model),
  };
}

/** Bảng nhiệm vụ (.xlsx): one row per task with due dates, points at stake and status. */
export async function planTasksXlsx(ctx: ServiceContext, input: { planId: string }) {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { planId } = input;
  const plan = await getPlanRow(db, tenantId, planId);
  const { rows } = await loadNamedTasks(db, tenantId, planId);
  const body = await writePlanTasksWorkbook(
    rows.map((row, index) => {
      const task = toTaskDto(row, plan.year, today);
      return {
        stt: String(index + 1),
        area: task.area,
        content: task.content,
        solution: task.solution,
        output: task.outputDescription || OUTPUT_KIND_LABELS[task.outputKind],
        timeframe: task.timeframeText,
        dueDates: task.dueDates,
        lead: task.lead?.name ?? task.leadSuggestion,
        coordinating: [...task.coordinating.map((unit) => unit.name), task.coordinatingNote]
          .filter((name) => name.trim() !== '')
          .join('; '),
        criteria: task.nodeLinks.map((link) => link.code).join('; '),
        pointsAtStake: task.nodeLinks.length > 0 ? task.pointsAtStake : null,
        status: `${TASK_STATUS_LABELS[task.status]}${task.isOverdue ? ' (quá hạn)' : ''}`,
        note: task.note,
      };
    }),
  );
  return {
    fileName: `Nhiệm vụ - ${fileBaseName(plan)}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    body,
  };
}
