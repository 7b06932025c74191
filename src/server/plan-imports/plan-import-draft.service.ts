// "Tạo dự thảo" from a read plan document: the reviewed content and tasks checked as a whole
// (contract, units of this tenant valid in the plan year, the section tree, targets and criteria),
// then, in the request's one transaction, the draft plan of the import's unit with its tasks
// (group leads expanded), the reporting rule when given, and the import marked created. The plan
// keeps the import as its source document (plans.source_import_id). Any refusal is a 400 before
// the first write, and the transaction leaves nothing behind either way.
import type { z } from 'zod';
import { createPlanFromImport as createPlanFromImportEndpoint } from '@contract/plan-imports';
import type { PlanContent, TaskNodeLink } from '@domain/plans/plan';
import type { ErrorDetail } from '@contract/common';
import type { ServiceContext } from '../http/service-context';
import { notFound, validationError } from '../http/app-error';
import { assertPlanStructure } from '../plans/plan-structure';
import { createDraft } from '../plans/plan.service';
import { expandLead, resolveNodeLinks, type Obligation } from '../plans/task-rows';
import * as tasksRepo from '../plans/task.repository';
import { setReportingRule } from '../reports/reporting.service';
import * as repo from './plan-import.repository';
import { assertReady } from './plan-import.service';

/** The body of POST /api/plan-imports/:id/plan, as the contract reads it. */
export type CreatePlanFromImportBody = z.output<(typeof createPlanFromImportEndpoint)['body']>;
type ImportedTaskInput = CreatePlanFromImportBody['tasks'][number];

/** The body checked by the contract (the CLI passes the reading as it is; the route already did). */
function parseBody(body: unknown): CreatePlanFromImportBody {
  const parsed = createPlanFromImportEndpoint.body.safeParse(body);
  if (parsed.success) return parsed.data;
  throw validationError(
    'Dữ liệu kế hoạch không hợp lệ.',
    parsed.error.issues.slice(0, 50).map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    })),
  );
}

/** Every unit a task names: its lead (or its group's units), its coordinating units. */
function unitIdsOf(task: ImportedTaskInput): { lead: string[]; coordinating: string[] } {
  const lead = task.leadGroup
    ? task.leadGroup.kind === 'units'
      ? task.leadGroup.organisationIds
      : [task.leadGroup.underOrganisationId]
    : task.leadOrganisationId
      ? [task.leadOrganisationId]
      : [];
  return { lead, coordinating: task.coordinatingOrganisationIds };
}

/** Units of this tenant that existed in the plan year, or a 400 naming each task that names another. */
async function assertTaskUnits(
  ctx: ServiceContext,
  tasks: readonly ImportedTaskInput[],
  year: number,
): Promise<void> {
  const wanted = tasks.flatMap((task) => {
    const ids = unitIdsOf(task);
    return [...ids.lead, ...ids.coordinating];
  });
  const valid = await tasksRepo.findOrganisationsValidInYear(
    ctx.db,
    ctx.actor.tenantId,
    wanted,
    year,
  );
  const details: ErrorDetail[] = [];
  tasks.forEach((task, index) => {
    const ids = unitIdsOf(task);
    if (ids.lead.some((id) => !valid.has(id)))
      details.push({
        field: `tasks.${index}.leadOrganisationId`,
        message: `Nhiệm vụ ${index + 1}: cơ quan chủ trì không tồn tại trong năm ${year}.`,
      });
    if (ids.coordinating.some((id) => !valid.has(id)))
      details.push({
        field: `tasks.${index}.coordinatingOrganisationIds`,
        message: `Nhiệm vụ ${index + 1}: có cơ quan phối hợp không tồn tại trong năm ${year}.`,
      });
  });
  if (details.length > 0) throw validationError('Đơn vị được giao không hợp lệ.', details);
}

/** What the document left blank of the header, taken from the unit's default (as a blank draft has it). */
function withDefaults(content: PlanContent, base: PlanContent): PlanContent {
  return {
    ...content,
    issuingBody: content.issuingBody || base.issuingBody,
    parentBody: content.parentBody || base.parentBody,
    place: content.place || base.place,
  };
}

/**
 * Tạo dự thảo từ văn bản: `ctx.resource` is the import's unit (authorised with plan.import);
 * returns the new plan's id.
 */
export async function createPlanFromImport(
  ctx: ServiceContext,
  input: { importId: string; body: unknown },
): Promise<{ planId: string }> {
  const { db, actor, audit } = ctx;
  const { content, tasks, reportingRule } = parseBody(input.body);
  const row = await repo.findPlanImport(db, actor.tenantId, input.importId, { lock: true });
  if (!row) throw notFound('Không tìm thấy lần nhập kế hoạch.');
  assertReady(row.status);
  const year = content.year;

  // Everything is checked before the first write.
  await assertTaskUnits(ctx, tasks, year);
  const frameworks = await assertPlanStructure(
    db,
    actor.tenantId,
    content,
    tasks.map((task) => task.sectionId),
  );
  const planned: { task: ImportedTaskInput; nodeLinks: TaskNodeLink[]; obligation: Obligation }[] =
    [];
  for (const task of tasks) {
    const nodeLinks = resolveNodeLinks(frameworks, task.nodeLinks);
    const obligations = await expandLead(db, {
      tenantId: actor.tenantId,
      year,
      leadOrganisationId: task.leadOrganisationId,
      leadGroup: task.leadGroup,
    });
    for (const obligation of obligations) planned.push({ task, nodeLinks, obligation });
  }

  const detail = await createDraft(ctx, {
    year,
    title: content.title,
    implementsPlanId: null,
    sourceImportId: row.id,
    seed: (base) => ({
      content: withDefaults(content, base),
      tasks: planned.map(({ task, nodeLinks, obligation }, index) => ({
        area: task.area,
        sectionId: task.sectionId,
        kind: task.kind,
        content: task.content,
        solution: task.solution,
        nodeLinks,
        ...obligation,
        leadSuggestion: task.leadSuggestion,
        // A unit never coordinates the task it leads, nor twice (a reading may list it so).
        coordinatingOrganisationIds: [...new Set(task.coordinatingOrganisationIds)].filter(
          (id) => id !== obligation.leadOrganisationId,
        ),
        coordinatingNote: task.coordinatingNote,
        outputKind: task.outputKind,
        outputDescription: task.outputDescription,
        timeframeText: task.timeframeText,
        note: task.note,
        status: 'not_started' as const,
        position: index + 1,
      })),
      sourceFrameworkId: null,
    }),
  });
  if (reportingRule) {
    await setReportingRule(ctx, {
      planId: detail.id,
      version: detail.version,
      rule: { rule: reportingRule },
    });
  }
  await repo.updatePlanImport(
    db,
    actor.tenantId,
    row.id,
    { status: 'created', planId: detail.id },
    'ready',
  );
  await audit({
    organisationId: row.organisationId,
    action: 'plan.import',
    objectType: 'plan_import',
    objectId: row.id,
    before: { status: row.status },
    after: { status: 'created', planId: detail.id, tasks: tasks.length },
  });
  return { planId: detail.id };
}
