// Rows → contract shapes: parses each task's timeframe with the plan's year, flags overdue tasks
// (Vietnam's today), names plans by their number ("104/KH-UBND").
import type { PlanSummary, PlanTaskDto } from '@contract/plans';
import type { PlanTask } from '@domain/plans/plan';
import { readTimeframe } from './timeframe-cache';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { isTaskOverdue } from '@domain/plans/task-overdue';
import { dueDatesOf } from '@domain/plans/timeframe';
import { roundPoints, sumPoints } from '@domain/frameworks/points';
import type { PlanListRow } from './plan.repository';
import type { TaskRow } from './task.repository';

/** The task as the API shows it, read against the plan's year and today. */
export function toTaskDto(row: TaskRow, planYear: number, today: string): PlanTaskDto {
  const timeframe = readTimeframe(row.timeframeText, planYear);
  return {
    id: row.id,
    planId: row.planId,
    lineageId: row.lineageId,
    parentTaskId: row.parentTaskId,
    position: row.position,
    area: row.area,
    sectionId: row.sectionId,
    kind: row.kind,
    leadGroup: row.leadGroup,
    groupId: row.groupId,
    content: row.content,
    solution: row.solution,
    nodeLinks: row.nodeLinks,
    lead:
      row.leadOrganisationId && row.leadName
        ? { id: row.leadOrganisationId, name: row.leadName }
        : null,
    leadSuggestion: row.leadSuggestion,
    coordinating: row.coordinating,
    coordinatingNote: row.coordinatingNote,
    outputKind: row.outputKind,
    outputDescription: row.outputDescription,
    timeframeText: row.timeframeText,
    timeframeKind: timeframe.kind,
    dueDates: dueDatesOf(timeframe),
    isOverdue: isTaskOverdue(timeframe, row.status, today),
    pointsAtStake: roundPoints(sumPoints(row.nodeLinks.map((link) => link.pointsAtStake))),
    note: row.note,
    status: row.status,
    statusNote: row.statusNote,
    version: row.version,
  };
}

/** The domain task of a row (for the readiness check, the document and the diff). */
export function toDomainTask(row: TaskRow): PlanTask {
  return {
    area: row.area,
    sectionId: row.sectionId,
    kind: row.kind,
    leadGroup: row.leadGroup,
    groupId: row.groupId,
    content: row.content,
    solution: row.solution,
    nodeLinks: row.nodeLinks,
    leadOrganisationId: row.leadOrganisationId,
    leadSuggestion: row.leadSuggestion,
    coordinatingOrganisationIds: row.coordinating.map((unit) => unit.id),
    coordinatingNote: row.coordinatingNote,
    outputKind: row.outputKind,
    outputDescription: row.outputDescription,
    timeframeText: row.timeframeText,
    note: row.note,
    status: row.status,
  };
}

/** The plan in a list; `overdueCount` comes from its tasks' timeframes. */
export function toPlanSummary(row: PlanListRow, overdueCount: number): PlanSummary {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: row.organisationName },
    year: row.year,
    status: row.status as PlanSummary['status'],
    title: row.content.title,
    documentNumber: formatDocumentNumber(row.content.number, row.content.symbol),
    issuedOn: row.content.issuedOn,
    taskCount: row.taskCount,
    doneCount: row.doneCount,
    overdueCount,
    implementsPlanId: row.implementsPlanId,
    amendsPlanId: row.amendsPlanId,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
