// Cây mục và vị trí nhiệm vụ: checks a draft's section tree, targets and task placement before
// anything is written, and rearranges sections and tasks in one go (PUT /api/plans/:id/outline).
import type { z } from 'zod';
import type * as contract from '@contract/plans';
import type { PlanDetail } from '@contract/plans';
import type { PlanContent, PlanSection } from '@domain/plans/plan';
import { checkSectionTree } from '@domain/plans/plan-outline';
import { checkTargets } from '@domain/plans/target-rules';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { notFound, validationError, versionMismatch } from '../http/app-error';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import { loadPlanFrameworks, type PlanFrameworks } from './plan-frameworks';
import { assertDraft, getPlanDetail } from './plan.service';

type ErrorDetail = { field: string; message: string };

/**
 * Kiểm tra cấu trúc: the section tree (no cycle, known parents, linked indices, existing nodes),
 * the targets, and that no task is left under a section that is gone. Throws 400 listing every
 * reason in Vietnamese; returns the plan's frameworks for the caller.
 */
export async function assertPlanStructure(
  db: Database,
  tenantId: string,
  content: PlanContent,
  taskSectionIds: readonly (string | null)[],
): Promise<PlanFrameworks> {
  const frameworks = await loadPlanFrameworks(db, tenantId, content.frameworkIds);
  const details: ErrorDetail[] = checkSectionTree(content.sections, {
    frameworkIds: content.frameworkIds,
    nodeCodes: frameworks.nodeCodes,
  }).map((error) => ({ field: `sections.${error.sectionId}`, message: error.message }));
  const sectionIds = new Set(content.sections.map((section) => section.id));
  details.push(
    ...checkTargets(content.targets, {
      frameworkIds: content.frameworkIds,
      nodeCodes: frameworks.nodeCodes,
      sectionIds,
    }).map((error) => ({
      field: `targets.${error.targetId}.${error.field}`,
      message: error.message,
    })),
  );
  const orphaned = taskSectionIds.filter((id) => id !== null && !sectionIds.has(id)).length;
  if (orphaned > 0) {
    details.push({
      field: 'sections',
      message: `Còn ${orphaned} nhiệm vụ thuộc mục bị xóa: chuyển nhiệm vụ sang mục khác trước khi xóa mục.`,
    });
  }
  if (details.length > 0) throw validationError('Cấu trúc kế hoạch không hợp lệ.', details);
  return frameworks;
}

/**
 * Sắp xếp cây mục: replaces the section tree and puts the listed tasks under their sections in
 * the order given (tasks not listed keep their section and follow). A task listed twice, a task of
 * another plan, or a task placed under a section that is not in the tree is refused; nothing is
 * written unless all of it holds.
 */
export async function updatePlanOutline(
  ctx: ServiceContext,
  input: {
    planId: string;
    version: number;
    outline: z.output<(typeof contract.updatePlanOutline)['body']>;
  },
): Promise<PlanDetail> {
  const { db, actor, audit } = ctx;
  const { planId, version, outline } = input;
  const plan = await plansRepo.findPlan(db, actor.tenantId, planId, { lock: true });
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  assertDraft(plan);
  if (plan.version !== version) throw versionMismatch(plan.version);
  const tasks = await tasksRepo.listPlanTasks(db, actor.tenantId, planId);
  const known = new Set(tasks.map((task) => task.id));
  const placed = new Map<string, string | null>();
  const details: ErrorDetail[] = [];
  for (const group of outline.placement) {
    for (const taskId of group.taskIds) {
      if (!known.has(taskId)) {
        details.push({
          field: 'placement',
          message: `Nhiệm vụ ${taskId} không thuộc kế hoạch này.`,
        });
      } else if (placed.has(taskId)) {
        details.push({
          field: 'placement',
          message: `Một nhiệm vụ không thể nằm trong hai mục (nhiệm vụ "${tasks.find((task) => task.id === taskId)?.content.slice(0, 80)}").`,
        });
      }
      placed.set(taskId, group.sectionId);
    }
  }
  if (details.length > 0) throw validationError('Vị trí nhiệm vụ không hợp lệ.', details);
  const sections: PlanSection[] = outline.sections;
  const content: PlanContent = { ...plan.content, sections };
  const finalSection = (task: (typeof tasks)[number]) =>
    placed.has(task.id) ? (placed.get(task.id) ?? null) : task.sectionId;
  await assertPlanStructure(db, actor.tenantId, content, tasks.map(finalSection));

  // Listed tasks first, in the order given per section; the rest keep their relative order.
  const order = [
    ...outline.placement.flatMap((group) => group.taskIds),
    ...tasks.filter((task) => !placed.has(task.id)).map((task) => task.id),
  ];
  const byId = new Map(tasks.map((task) => [task.id, task]));
  await tasksRepo.placeTasks(
    db,
    actor.tenantId,
    planId,
    order.map((id, index) => ({ id, sectionId: finalSection(byId.get(id)!), position: index + 1 })),
  );
  const updated = await plansRepo.updatePlanIfVersion(db, actor.tenantId, planId, version, {
    content,
  });
  if (!updated) throw versionMismatch(plan.version + 1);
  await audit({
    organisationId: plan.organisationId,
    action: 'plan.manage',
    objectType: 'plan',
    objectId: planId,
    before: { sections: plan.content.sections },
    after: { sections, placement: outline.placement },
  });
  return getPlanDetail(ctx, { planId });
}
