// HTTP routes of plan targets (chỉ tiêu): one plan's verdicts (read like the plan itself) and the
// targets of a unit's plans of a year for the dashboard (read on that unit).
import type { FastifyInstance } from 'fastify';
import { evaluatePlanTargets as evaluatePlanTargetsEndpoint } from '@contract/plans';
import { listUnitPlanTargets as listUnitPlanTargetsEndpoint } from '@contract/plan-targets';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import * as plansRepo from './plan.repository';
import { evaluatePlanTargets, listUnitPlanTargets } from './plan-targets.service';

export function registerPlanTargetRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, listUnitPlanTargetsEndpoint, {
    action: 'plan.read',
    target: async ({ query }) => ({
      objectType: 'plan',
      objectId: null,
      organisationId: query.organisationId,
    }),
    handler: (ctx) => listUnitPlanTargets(ctx, ctx.query),
  });

  defineRoute(app, db, evaluatePlanTargetsEndpoint, {
    action: 'plan.read',
    target: async ({ actor, params }) => {
      const plan = await plansRepo.findPlan(db, actor.tenantId, params.id);
      return {
        objectType: 'plan',
        objectId: params.id,
        organisationId: plan?.organisationId ?? null,
      };
    },
    handler: (ctx) => evaluatePlanTargets(ctx, { planId: ctx.params.id }),
  });
}
