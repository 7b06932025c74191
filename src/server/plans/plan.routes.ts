// HTTP routes of plans and tasks. A plan is authorised on its issuing unit (focal and admin
// manage it; everyone with plan.read there or above reads it); a task's status on whichever of
// its lead and coordinating units the actor may act for.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/plans';
import type { AuditObjectType } from '@contract/audit';
import { can, type Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import * as plansRepo from './plan.repository';
import * as tasksRepo from './task.repository';
import * as plans from './plan.service';
import * as drafts from './plan-draft.service';
import * as tasks from './task.service';
import { getPlanDiff } from './plan-diff.service';
import * as documents from './plan-document.service';
import { updatePlanOutline } from './plan-outline.service';

const planTarget = async (db: Database, actor: Actor, planId: string): Promise<RouteTarget> => {
  const plan = await plansRepo.findPlan(db, actor.tenantId, planId);
  return { objectType: 'plan', objectId: planId, organisationId: plan?.organisationId ?? null };
};

const unitTarget = (objectType: AuditObjectType, organisationId: string): RouteTarget => ({
  objectType,
  objectId: null,
  organisationId,
});

/**
 * The unit a status update acts for: the first of the task's lead and coordinating units the
 * actor holds task.update on; the lead when none (so the refusal names the lead's unit).
 */
async function taskStatusTarget(db: Database, actor: Actor, taskId: string): Promise<RouteTarget> {
  const task = await tasksRepo.findTask(db, actor.tenantId, taskId);
  if (!task) return { objectType: 'plan_task', objectId: taskId, organisationId: null };
  const candidates = [task.leadOrganisationId, ...task.coordinating.map((unit) => unit.id)].filter(
    (id): id is string => id !== null,
  );
  for (const organisationId of candidates) {
    const path = await findOrganisationPath(db, actor.tenantId, organisationId);
    if (path && can(actor, 'task.update', { tenantId: actor.tenantId, organisationId, path })) {
      return { objectType: 'plan_task', objectId: taskId, organisationId };
    }
  }
  const plan = await plansRepo.findPlan(db, actor.tenantId, task.planId);
  return {
    objectType: 'plan_task',
    objectId: taskId,
    organisationId: candidates[0] ?? plan?.organisationId ?? null,
  };
}

export function registerPlanRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listPlans, {
    action: 'plan.read',
    scope: 'grants',
    handler: async (ctx) => ({ items: await plans.listPlans(ctx, ctx.query) }),
  });

  defineRoute(app, db, contract.createPlan, {
    action: 'plan.manage',
    target: async ({ body }) => unitTarget('plan', body.organisationId),
    handler: (ctx) => drafts.createBlankPlan(ctx, ctx.body),
  });

  defineRoute(app, db, contract.draftPlanFromGaps, {
    action: 'plan.manage',
    target: async ({ body }) => unitTarget('plan', body.organisationId),
    handler: (ctx) => drafts.draftPlanFromGaps(ctx, ctx.body),
  });

  defineRoute(app, db, contract.getPlan, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) => plans.getPlanDetail(ctx, { planId: ctx.params.id }),
  });

  defineRoute(app, db, contract.updatePlan, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) =>
      plans.updatePlanContent(ctx, {
        planId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        patch: ctx.body,
      }),
  });

  defineRoute(app, db, contract.updatePlanOutline, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) =>
      updatePlanOutline(ctx, {
        planId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        outline: ctx.body,
      }),
  });

  defineRoute(app, db, contract.issuePlan, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) =>
      plans.issuePlan(ctx, {
        planId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        ...ctx.body,
      }),
  });

  defineRoute(app, db, contract.amendPlan, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) => plans.amendPlan(ctx, { planId: ctx.params.id }),
  });

  defineRoute(app, db, contract.getPlanDiff, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) => getPlanDiff(ctx, { planId: ctx.params.id }),
  });

  defineRoute(app, db, contract.addTask, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) => tasks.addTask(ctx, { planId: ctx.params.id, task: ctx.body }),
  });

  defineRoute(app, db, contract.updateTask, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) =>
      tasks.updateTask(ctx, {
        planId: ctx.params.id,
        taskId: ctx.params.taskId,
        version: readIfMatchVersion(ctx.request),
        patch: ctx.body,
      }),
  });

  defineRoute(app, db, contract.deleteTask, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) =>
      tasks.deleteTask(ctx, {
        planId: ctx.params.id,
        taskId: ctx.params.taskId,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.assignTasks, {
    action: 'plan.manage',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: (ctx) => tasks.assignTasks(ctx, { planId: ctx.params.id, assignment: ctx.body }),
  });

  defineRoute(app, db, contract.updateTaskStatus, {
    action: 'task.update',
    target: ({ actor, params }) => taskStatusTarget(db, actor, params.taskId),
    handler: (ctx) =>
      tasks.updateTaskStatus(ctx, {
        actingOrganisationId: ctx.resource!.organisationId,
        taskId: ctx.params.taskId,
        version: readIfMatchVersion(ctx.request),
        ...ctx.body,
      }),
  });

  defineRoute(app, db, contract.listMyTasks, {
    action: 'plan.read',
    target: async ({ query }) => unitTarget('plan_task', query.organisationId),
    handler: (ctx) => tasks.listMyTasks(ctx, { organisationId: ctx.query.organisationId }),
  });

  defineRoute(app, db, contract.downloadPlanDocx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: async ({ db, actor, params, reply }) =>
      sendFile(reply, await documents.planDocx(db, actor.tenantId, params.id)),
  });

  defineRoute(app, db, contract.downloadPlanTasksXlsx, {
    action: 'plan.read',
    target: ({ actor, params }) => planTarget(db, actor, params.id),
    handler: async (ctx) =>
      sendFile(ctx.reply, await documents.planTasksXlsx(ctx, { planId: ctx.params.id })),
  });
}
