// Kế hoạch: create (blank, from lost points, or carrying out a parent plan), read, edit a draft,
// issue, amend, compare versions. Authorised by the routes; every write is audited here.
import type { z } from 'zod';
import type * as contract from '@contract/plans';
import type { PlanDetail, PlanSummary } from '@contract/plans';
import { grantRootsFor } from '@domain/permissions/can';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { readTimeframe } from './timeframe-cache';
import { randomUUID } from 'node:crypto';
import type {
  PlanContent,
  PlanSection,
  PlanSignature,
  PlanTask,
  TaskStatus,
} from '@domain/plans/plan';
import type { PlanTarget } from '@domain/plans/plan-targets';
import { canIssue, checkPlanReadiness } from '@domain/plans/plan-readiness';
import { cascadePreamble, defaultPlanContent, issuingBodyOf } from '@domain/plans/plan-defaults';
import { issuerInSentence } from '@domain/plans/document-header';
import { isTaskOverdue } from '@domain/plans/task-overdue';
import type { Database } from '../db/client';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { conflict, notFound, validationError, versionMismatch } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation.repository';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import { toDomainTask, toPlanSummary, toTaskDto } from './plan-presenter';
import { loadPlanFrameworks } from './plan-frameworks';
import { assertPlanStructure } from './plan-structure';
import { notifyPlanIssued } from './plan-notices';
import { planAbilities } from './plan-abilities';

/** The plan or 404 (also for another tenant's id: same answer as unknown). */
export async function getPlanRow(db: Database, tenantId: string, id: string) {
  const row = await plansRepo.findPlan(db, tenantId, id);
  if (!row) throw notFound('Không tìm thấy kế hoạch.');
  return row;
}

/** Refuses any content change to a plan that is no longer a draft. */
export function assertDraft(plan: { status: string }): void {
  if (plan.status === 'issued') {
    throw conflict(
      'Kế hoạch đã ban hành, không thể sửa. Dùng "Sửa đổi, bổ sung" để tạo phiên bản mới.',
    );
  }
  if (plan.status !== 'draft') {
    throw conflict('Kế hoạch đã được thay thế bằng phiên bản sửa đổi, không thể sửa.');
  }
}

/** Summaries of plans, with overdue counts computed from their tasks' timeframes. */
export async function planSummaries(
  ctx: ReadContext,
  rows: plansRepo.PlanListRow[],
  /** The plans' tasks when the caller has already read them all (saves the query). */
  loadedTasks?: readonly { planId: string; timeframeText: string; status: TaskStatus }[],
): Promise<PlanSummary[]> {
  const { db, today } = ctx;
  const tenantId = ctx.actor.tenantId;
  const timeframes =
    loadedTasks ??
    (await tasksRepo.listTaskTimeframes(
      db,
      tenantId,
      rows.map((row) => row.id),
    ));
  const yearOf = new Map(rows.map((row) => [row.id, row.year]));
  const overdue = new Map<string, number>();
  for (const task of timeframes) {
    const timeframe = readTimeframe(task.timeframeText, yearOf.get(task.planId)!); // tasks of these plans only
    if (isTaskOverdue(timeframe, task.status, today)) {
      overdue.set(task.planId, (overdue.get(task.planId) ?? 0) + 1);
    }
  }
  return rows.map((row) => toPlanSummary(row, overdue.get(row.id) ?? 0));
}

/** Danh sách kế hoạch the actor may read (its grant units and below). */
export async function listPlans(
  ctx: ServiceContext,
  query: z.output<(typeof contract.listPlans)['query']>,
): Promise<PlanSummary[]> {
  const { db, actor } = ctx;
  const rows = await plansRepo.listPlansUnder(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'plan.read'),
    query,
  );
  return planSummaries(ctx, rows);
}

async function summaryOf(ctx: ReadContext, id: string) {
  const [row] = await plansRepo.listPlansUnder(ctx.db, ctx.actor.tenantId, 'all', { ids: [id] });
  if (!row) throw notFound('Không tìm thấy kế hoạch.');
  const [summary] = await planSummaries(ctx, [row]);
  return summary as PlanSummary;
}

/** Kế hoạch in full; `resource` is the plan's unit as authorised (for its abilities). */
export async function getPlanDetail(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'resource' | 'today'>,
  input: { planId: string },
): Promise<PlanDetail> {
  const { db, actor, resource, today } = ctx;
  const id = input.planId;
  const plan = await getPlanRow(db, actor.tenantId, id);
  const taskRows = await tasksRepo.listPlanTasks(db, actor.tenantId, id);
  const derived = await tasksRepo.listDerivedTasks(
    db,
    actor.tenantId,
    taskRows.map((task) => task.id),
  );
  const versionIds = await plansRepo.listPlanVersionIds(db, actor.tenantId, id);
  const related = await plansRepo.listPlansUnder(db, actor.tenantId, 'all', {
    ids: [...versionIds, ...(plan.implementsPlanId ? [plan.implementsPlanId] : [])],
  });
  const relatedSummaries = await planSummaries(ctx, related);
  const byId = new Map(relatedSummaries.map((summary) => [summary.id, summary]));
  const self = byId.get(id) ?? (await summaryOf(ctx, id));
  const frameworks = await loadPlanFrameworks(db, actor.tenantId, plan.content.frameworkIds);
  return {
    ...self,
    content: plan.content,
    frameworks: frameworks.list,
    tasks: taskRows.map((task) => toTaskDto(task, plan.year, today)),
    readiness:
      plan.status === 'draft' ? checkPlanReadiness(plan.content, taskRows.map(toDomainTask)) : [],
    implementsPlan: plan.implementsPlanId ? (byId.get(plan.implementsPlanId) ?? null) : null,
    derivedTasks: derived.map((task) => ({
      parentTaskId: task.parentTaskId,
      taskId: task.taskId,
      planId: task.planId,
      organisation: { id: task.organisationId, name: task.organisationName },
      planStatus: task.planStatus as PlanSummary['status'],
      status: task.status,
      isOverdue: isTaskOverdue(
        readTimeframe(task.timeframeText, task.planYear),
        task.status,
        today,
      ),
    })),
    history: versionIds.flatMap((versionId) => byId.get(versionId) ?? []),
    sourceFrameworkId: plan.sourceFrameworkId,
    sourceImportId: plan.sourceImportId,
    abilities: planAbilities(actor, resource, self.status),
  };
}

/** The unit and its parent, as the default header needs them. */
async function issuingUnitOf(db: Database, tenantId: string, organisationId: string) {
  const unit = await findOrganisation(db, tenantId, organisationId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const parent = unit.parentId ? await findOrganisation(db, tenantId, unit.parentId) : null;
  return {
    row: unit,
    issuing: {
      name: unit.name,
      type: unit.type as OrganisationType,
      parent: parent ? { name: parent.name, type: parent.type as OrganisationType } : null,
    },
  };
}

/**
 * The parent plan's tasks this unit carries out: those whose lead or a coordinating unit is the
 * unit or below it. In the child's draft they keep the parent's lead when it is inside the unit,
 * else the unit itself leads its part; each is linked to the parent task.
 */
async function cascadedTasks(
  db: Database,
  tenantId: string,
  parentPlanId: string,
  organisationId: string,
): Promise<tasksRepo.NewTask[]> {
  const parentTasks = await tasksRepo.listPlanTasks(db, tenantId, parentPlanId);
  const inside = await tasksRepo.listOrganisationIdsUnder(db, tenantId, organisationId);
  return parentTasks
    .filter(
      (task) =>
        (task.leadOrganisationId !== null && inside.has(task.leadOrganisationId)) ||
        task.coordinating.some((unit) => inside.has(unit.id)),
    )
    .map((task, index) => {
      const leadInside = task.leadOrganisationId !== null && inside.has(task.leadOrganisationId);
      return {
        ...toDomainTask(task),
        // The parent's sections and obligation groups are not the child plan's.
        sectionId: null,
        leadGroup: null,
        groupId: null,
        leadOrganisationId: leadInside ? task.leadOrganisationId : organisationId,
        coordinatingOrganisationIds: task.coordinating
          .map((unit) => unit.id)
          .filter(
            (id) =>
              inside.has(id) && id !== (leadInside ? task.leadOrganisationId : organisationId),
          ),
        status: 'not_started' as const,
        position: index + 1,
        parentTaskId: task.id,
      };
    });
}

/** The parent plan a new draft carries out: issued, and issued by a unit above this one. */
async function parentPlanFor(
  db: Database,
  tenantId: string,
  implementsPlanId: string,
  organisationPath: readonly string[],
) {
  const parent = await plansRepo.findPlan(db, tenantId, implementsPlanId);
  if (!parent) throw notFound('Không tìm thấy kế hoạch cấp trên.');
  if (parent.status !== 'issued') {
    throw validationError('Chỉ thực hiện được kế hoạch cấp trên đã ban hành (đang hiệu lực).', [
      {
        field: 'implementsPlanId',
        message: 'Kế hoạch cấp trên chưa ban hành hoặc đã được thay thế.',
      },
    ]);
  }
  if (!organisationPath.slice(0, -1).includes(parent.organisationId)) {
    throw validationError('Kế hoạch cấp trên phải do đơn vị cấp trên của đơn vị này ban hành.', [
      { field: 'implementsPlanId', message: 'Không phải kế hoạch của đơn vị cấp trên.' },
    ]);
  }
  return parent;
}

/** What a new draft starts from: content, tasks, and where it comes from. */
export interface DraftSeed {
  content: PlanContent;
  tasks: tasksRepo.NewTask[];
  sourceFrameworkId: string | null;
}

/**
 * Người ký mặc định: a seed that names no signer's title or authority (a document whose signature
 * block was not read) signs as the unit's default (plan-signer.ts), keeping any name it gave.
 */
function withDefaultSigner(content: PlanContent, unitDefault: PlanSignature): PlanContent {
  const { signature } = content;
  if (signature.signerTitle.trim() !== '' || signature.authority.trim() !== '') return content;
  return { ...content, signature: { ...unitDefault, signerName: signature.signerName } };
}

/**
 * Tạo dự thảo: inserts a draft for `resource`'s unit with the seed's content and tasks; when it
 * carries out a parent plan, the parent's tasks for this unit are added (linked) and the opening
 * sentence and basis cite the parent plan.
 */
export async function createDraft(
  ctx: ServiceContext,
  input: {
    year: number;
    title: string;
    implementsPlanId: string | null;
    /** Fills the default content in (targets, sections, tasks from lost points…). */
    seed: (content: PlanContent) => Promise<DraftSeed> | DraftSeed;
    /** Văn bản gốc: the plan import the draft is created from. */
    sourceImportId?: string | null;
  },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const resource = ctx.resource!; // routes creating a plan authorise on its unit
  const { year, title, implementsPlanId, seed } = input;
  const sourceImportId = input.sourceImportId ?? null;
  const { issuing } = await issuingUnitOf(db, actor.tenantId, resource.organisationId);
  const base = defaultPlanContent(issuing, year, title);
  const seeded = await seed(base);
  const { tasks, sourceFrameworkId } = seeded;
  const content = withDefaultSigner(seeded.content, base.signature);
  let allTasks = tasks;
  let finalContent = content;
  if (implementsPlanId) {
    const parent = await parentPlanFor(db, actor.tenantId, implementsPlanId, resource.path);
    const inherited = await cascadedTasks(db, actor.tenantId, parent.id, resource.organisationId);
    allTasks = [...inherited, ...tasks].map((task, index) => ({ ...task, position: index + 1 }));
    finalContent = {
      ...content,
      preamble: cascadePreamble(parent.content, issuingBodyOf(issuing)),
      basis: [
        {
          number: `Kế hoạch số ${parent.content.number ?? ''}/${parent.content.symbol}`,
          date: parent.content.issuedOn,
          // "Văn phòng UBND tỉnh", not the header's bare "VĂN PHÒNG".
          issuer: issuerInSentence(parent.content.parentBody, parent.content.issuingBody),
          summary: `về ${parent.content.title}`,
        },
        ...content.basis,
      ],
    };
  }
  const plan = await plansRepo.insertPlan(db, {
    tenantId: actor.tenantId,
    organisationId: resource.organisationId,
    year,
    status: 'draft',
    content: finalContent,
    implementsPlanId,
    amendsPlanId: null,
    sourceFrameworkId,
    sourceImportId,
    createdBy: actor.userId,
  });
  await tasksRepo.insertTasks(db, actor.tenantId, plan.id, allTasks);
  const detail = await getPlanDetail(ctx, { planId: plan.id });
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: plan.id,
    after: {
      content: detail.content,
      tasks: detail.tasks.length,
      implementsPlanId,
      sourceFrameworkId,
      ...(sourceImportId ? { sourceImportId } : {}),
    },
  });
  return detail;
}

/** Sửa dự thảo: replaces the given content fields when If-Match still matches. */
export async function updatePlanContent(
  ctx: ServiceContext,
  input: { planId: string; version: number; patch: Partial<PlanContent> },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const { planId: id, version, patch } = input;
  const current = await getPlanRow(db, actor.tenantId, id);
  assertDraft(current);
  if (current.version !== version) throw versionMismatch(current.version);
  const content: PlanContent = { ...current.content, ...patch };
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, id);
  await assertPlanStructure(
    db,
    actor.tenantId,
    content,
    tasks.map((task) => task.sectionId),
  );
  const updated = await plansRepo.updatePlanIfVersion(db, actor.tenantId, id, version, {
    content,
    year: content.year,
  });
  if (!updated) throw versionMismatch(current.version + 1);
  await audit({
    organisationId: current.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: id,
    before: current.content,
    after: content,
  });
  return getPlanDetail(ctx, { planId: id });
}

/**
 * Người ký khi ban hành: the draft's signature with the title and name the issue dialog confirmed;
 * refused (400, nothing written) when the printed title or the name is empty — a plan goes out
 * signed. An acting signature ("Q. CHỦ TỊCH") prints its authority when it has no title of its own.
 */
function signatureToIssue(
  signature: PlanSignature,
  sent: { signerTitle?: string | undefined; signerName?: string | undefined },
): PlanSignature {
  const next: PlanSignature = {
    ...signature,
    signerTitle: (sent.signerTitle ?? signature.signerTitle).trim(),
    signerName: (sent.signerName ?? signature.signerName).trim(),
  };
  const printedTitle = next.signerTitle || (next.mode === 'Q' ? next.authority.trim() : '');
  const missing = [
    ...(printedTitle === ''
      ? [{ field: 'signerTitle', message: 'Nhập chức danh người ký (ví dụ: Chủ tịch, Giám đốc).' }]
      : []),
    ...(next.signerName === ''
      ? [{ field: 'signerName', message: 'Nhập họ và tên người ký.' }]
      : []),
  ];
  if (missing.length > 0) {
    throw validationError(
      'Chưa thể ban hành kế hoạch: cần có chức danh và họ tên người ký.',
      missing,
    );
  }
  return next;
}

/**
 * Ban hành: sets number, date and signer, refuses when a blocking readiness issue remains (every task
 * needs a lead unit), makes the plan read-only and, for an amendment, supersedes the version it
 * replaces. Warnings (unreadable timeframes) do not block: the screen listed them before.
 */
export async function issuePlan(
  ctx: ServiceContext,
  input: {
    planId: string;
    version: number;
    number: string;
    issuedOn: string;
    signerTitle?: string | undefined;
    signerName?: string | undefined;
  },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const { planId: id, version, ...body } = input;
  const current = await plansRepo.findPlan(db, actor.tenantId, id, { lock: true });
  if (!current) throw notFound('Không tìm thấy kế hoạch.');
  if (current.status === 'issued') throw conflict('Kế hoạch này đã được ban hành trước đó.');
  assertDraft(current);
  if (current.version !== version) throw versionMismatch(current.version);
  const signature = signatureToIssue(current.content.signature, body);
  const content: PlanContent = {
    ...current.content,
    number: body.number,
    issuedOn: body.issuedOn,
    signature,
  };
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, id);
  const issues = checkPlanReadiness(content, tasks.map(toDomainTask));
  if (!canIssue(issues)) {
    throw validationError(
      'Chưa thể ban hành kế hoạch: còn nội dung bắt buộc chưa hoàn thiện.',
      issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => ({
          field: issue.field,
          ...(issue.taskRow !== null ? { row: issue.taskRow } : {}),
          message: issue.message,
        })),
    );
  }
  const issued = await plansRepo.updatePlanIfVersion(db, actor.tenantId, id, version, {
    content,
    status: 'issued',
    issuedAt: ctx.now,
  });
  if (!issued) throw versionMismatch(current.version + 1);
  if (current.amendsPlanId) await plansRepo.supersedePlan(db, actor.tenantId, current.amendsPlanId);
  await audit({
    organisationId: current.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: id,
    before: { status: 'draft' },
    after: {
      status: 'issued',
      number: body.number,
      issuedOn: body.issuedOn,
      signature,
      supersedes: current.amendsPlanId,
    },
  });
  await notifyPlanIssued(ctx, { plan: issued, tasks, replacedPlanId: current.amendsPlanId });
  return getPlanDetail(ctx, { planId: id });
}

/**
 * Sửa đổi, bổ sung: a new draft copying an issued plan (number and date cleared, tasks with the
 * same lineage and status); the old version stays issued until the amendment is issued. One
 * open amendment at a time.
 */
export async function amendPlan(
  ctx: ServiceContext,
  input: { planId: string },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const id = input.planId;
  const current = await plansRepo.findPlan(db, actor.tenantId, id, { lock: true });
  if (!current) throw notFound('Không tìm thấy kế hoạch.');
  if (current.status !== 'issued') {
    throw conflict('Chỉ sửa đổi, bổ sung được kế hoạch đang có hiệu lực (đã ban hành).');
  }
  const open = await plansRepo.listPlansUnder(db, actor.tenantId, 'all', {
    organisationId: current.organisationId,
    status: 'draft',
  });
  const pending = open.find((plan) => plan.amendsPlanId === id);
  if (pending) {
    throw conflict(`Kế hoạch này đang có một dự thảo sửa đổi chưa ban hành.`, [
      { field: 'amendment', message: pending.id },
    ]);
  }
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, id);
  // Each obligation group gets a new id in the new version (rows are new), kept together.
  const groupIds = new Map<string, string>();
  const newGroupId = (groupId: string | null) => {
    if (groupId === null) return null;
    if (!groupIds.has(groupId)) groupIds.set(groupId, randomUUID());
    return groupIds.get(groupId) ?? null;
  };
  const plan = await plansRepo.insertPlan(db, {
    tenantId: actor.tenantId,
    organisationId: current.organisationId,
    year: current.year,
    status: 'draft',
    content: { ...current.content, number: null, issuedOn: null },
    implementsPlanId: current.implementsPlanId,
    amendsPlanId: current.id,
    sourceFrameworkId: current.sourceFrameworkId,
    createdBy: actor.userId,
  });
  await tasksRepo.insertTasks(
    db,
    actor.tenantId,
    plan.id,
    tasks.map((task) => ({
      ...toDomainTask(task),
      groupId: newGroupId(task.groupId),
      position: task.position,
      lineageId: task.lineageId,
      parentTaskId: task.parentTaskId,
      statusNote: task.statusNote,
    })),
  );
  await audit({
    organisationId: current.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: plan.id,
    after: { amends: id, tasks: tasks.length },
  });
  return getPlanDetail(ctx, { planId: plan.id });
}

/**
 * Lập thêm vào dự thảo: adds blocks drafted from lost points (sections, targets, tasks) to an
 * existing draft of the same unit and year, linking their indices. An index the plan already links
 * is refused (its tasks are there already); so is a plan of another unit or year.
 */
export async function appendToDraft(
  ctx: ServiceContext,
  input: {
    planId: string;
    year: number;
    frameworkIds: string[];
    sections: PlanSection[];
    targets: PlanTarget[];
    tasks: PlanTask[];
    purpose: string;
  },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const plan = await plansRepo.findPlan(db, actor.tenantId, input.planId, { lock: true });
  if (!plan || plan.organisationId !== ctx.resource?.organisationId) {
    throw notFound('Không tìm thấy kế hoạch dự thảo của đơn vị này.');
  }
  assertDraft(plan);
  if (plan.year !== input.year) {
    throw validationError(
      `Kết quả năm ${input.year - 1} dùng cho kế hoạch năm ${input.year}, không phải kế hoạch năm ${plan.year}.`,
      [{ field: 'planId', message: 'Kế hoạch khác năm.' }],
    );
  }
  const already = input.frameworkIds.filter((id) => plan.content.frameworkIds.includes(id));
  if (already.length > 0) {
    throw conflict('Kế hoạch đã có nhiệm vụ lập từ bộ chỉ số này.', [
      { field: 'frameworkIds', message: already.join(', ') },
    ]);
  }
  const content: PlanContent = {
    ...plan.content,
    frameworkIds: [...plan.content.frameworkIds, ...input.frameworkIds],
    sections: [...plan.content.sections, ...input.sections],
    targets: [...plan.content.targets, ...input.targets],
    purpose: [plan.content.purpose.trim(), input.purpose].filter((text) => text !== '').join('\n'),
  };
  const existing = await tasksRepo.listPlanTasks(db, actor.tenantId, plan.id);
  await assertPlanStructure(db, actor.tenantId, content, [
    ...existing.map((task) => task.sectionId),
    ...input.tasks.map((task) => task.sectionId),
  ]);
  const start = Math.max(0, ...existing.map((task) => task.position));
  await tasksRepo.insertTasks(
    db,
    actor.tenantId,
    plan.id,
    input.tasks.map((task, index) => ({ ...task, position: start + index + 1 })),
  );
  const updated = await plansRepo.updatePlanIfVersion(db, actor.tenantId, plan.id, plan.version, {
    content,
  });
  if (!updated) throw versionMismatch(plan.version + 1);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: plan.id,
    before: { frameworkIds: plan.content.frameworkIds },
    after: { frameworkIds: content.frameworkIds, addedTasks: input.tasks.length },
  });
  return getPlanDetail(ctx, { planId: plan.id });
}
