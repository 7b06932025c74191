// The plan as files: the state-format .docx (laid out by the domain, rendered by documents/) and
// the task table as .xlsx.
import { buildPlanDocument } from '@domain/plans/plan-document';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import {
  NOT_STATED_LABEL,
  OUTPUT_KIND_LABELS,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
} from '@domain/plans/plan';
import { orderSections, sectionTitle } from '@domain/plans/plan-outline';
import { downloadFileName } from '@domain/shared/file-name';
import { groupLeadName } from '@domain/plans/plan-task-lines';
import { findOrganisation } from '../organisations/organisation.repository';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { DOCX_CONTENT_TYPE, renderPlanDocx } from '../documents/plan-docx';
import { writePlanTasksWorkbook } from '../documents/plan-tasks-xlsx';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import * as tasksRepo from './task.repository';
import { getPlanRow } from './plan.service';
import { toDomainTask, toTaskDto } from './plan-presenter';

/**
 * "Ke-hoach-104-KH-UBND-2024" (issued) or "Du-thao-Ke-hoach-KH-UBND-2024" (no number yet): the
 * parts of a file name that says which plan; downloadFileName folds and joins them.
 */
function fileNameParts(plan: Awaited<ReturnType<typeof getPlanRow>>): string[] {
  const numbered = plan.content.number !== null && plan.content.number.trim() !== '';
  return [
    numbered ? '' : 'Dự thảo',
    'Kế hoạch',
    numbered ? formatDocumentNumber(plan.content.number, plan.content.symbol) : plan.content.symbol,
    String(plan.year),
  ];
}

async function loadNamedTasks(db: Database, tenantId: string, planId: string) {
  const rows = await tasksRepo.listPlanTasks(db, tenantId, planId);
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.leadOrganisationId && row.leadName) names.set(row.leadOrganisationId, row.leadName);
    for (const unit of row.coordinating) names.set(unit.id, unit.name);
  }
  // "Các xã, phường, thị trấn thuộc huyện Lấp Vò": a group of every unit of a kind prints once by that name.
  const groupLeads = new Map<string, string>();
  for (const row of rows) {
    if (!row.groupId || !row.leadGroup || groupLeads.has(row.groupId)) continue;
    const under =
      row.leadGroup.kind === 'units_of_type'
        ? await findOrganisation(db, tenantId, row.leadGroup.underOrganisationId)
        : null;
    const name = groupLeadName(row.leadGroup, under?.name ?? null);
    if (name) groupLeads.set(row.groupId, name);
  }
  return { rows, names, groupLeads };
}

/** Kế hoạch (.docx) in the state format, its appendix the task table. */
export async function planDocx(db: Database, tenantId: string, planId: string) {
  const plan = await getPlanRow(db, tenantId, planId);
  const { rows, names, groupLeads } = await loadNamedTasks(db, tenantId, planId);
  const model = buildPlanDocument(plan.content, rows.map(toDomainTask), names, groupLeads, {
    draft: plan.status === 'draft',
  });
  return {
    fileName: downloadFileName(fileNameParts(plan), 'docx'),
    contentType: DOCX_CONTENT_TYPE,
    body: await renderPlanDocx(model),
  };
}

/**
 * Bảng nhiệm vụ (.xlsx): one row per task (per unit for a group task, each reports on its own) with
 * its section, giao/đề nghị, due dates, points at stake and status; a timeframe, output or lead
 * the plan does not state reads "Không nêu".
 */
export async function planTasksXlsx(ctx: ServiceContext, input: { planId: string }) {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const { planId } = input;
  const plan = await getPlanRow(db, tenantId, planId);
  const { rows } = await loadNamedTasks(db, tenantId, planId);
  const sectionTitles = new Map(
    orderSections(plan.content.sections).map((entry) => [entry.section.id, sectionTitle(entry)]),
  );
  const body = await writePlanTasksWorkbook(
    rows.map((row, index) => {
      const task = toTaskDto(row, plan.year, today);
      return {
        stt: String(index + 1),
        section: task.sectionId ? (sectionTitles.get(task.sectionId) ?? '') : '',
        area: task.area,
        content: task.content,
        solution: task.solution,
        // OUTPUT_KIND_LABELS.not_stated is "Không nêu".
        output: task.outputDescription || OUTPUT_KIND_LABELS[task.outputKind],
        timeframe: task.timeframeText.trim() || NOT_STATED_LABEL,
        dueDates: task.dueDates,
        kind: TASK_KIND_LABELS[task.kind],
        lead: task.lead?.name || task.leadSuggestion.trim() || NOT_STATED_LABEL,
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
    fileName: downloadFileName(['Nhiệm vụ', ...fileNameParts(plan)], 'xlsx'),
    contentType: XLSX_CONTENT_TYPE,
    body,
  };
}
