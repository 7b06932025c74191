// Cây mục và vị trí nhiệm vụ: rearranges sections and tasks of a draft in one go
// (PUT /api/plans/:id/outline); the structure checks are in plan-structure.ts.
import type { z } from 'zod';
import type * as contract from '@contract/plans';
import type { PlanDetail } from '@contract/plans';
import type { PlanContent, PlanSection } from '@domain/plans/plan';
import type { ServiceContext } from '../http/service-context';
import { notFound, validationError, versionMismatch } from '../http/app-error';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import { assertPlanStructure } from './plan-structure';
import { assertDraft, getPlanDetail } from './plan.service';

type ErrorDetail = { field: string; message: string };

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
