// HTTP routes of plan imports. Importing is authorised like creating the unit's plans
// (plan.import: focal and admin); reading an import like reading the unit's plans (plan.read).
// Another tenant's import answers 404 exactly like an unknown id.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as contract from '@contract/plan-imports';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readUploadedFile } from '../http/upload';
import { PLAN_SOURCE_LIMITS } from '../documents/plan-source/read-plan-source';
import * as service from './plan-import.service';
import { createPlanFromImport } from './plan-import-draft.service';
import { findPlanImportUnit } from './plan-import.repository';
import type { PlanImportJob, PlanImportQueue } from './plan-import-job';

const MISSING_FILE = 'Hãy chọn tệp kế hoạch (.docx, .pdf, .txt) để nhập.';

export function registerPlanImportRoutes(
  app: FastifyInstance,
  db: Database,
  queue: PlanImportQueue,
): void {
  const importTarget = async (tenantId: string, importId: string): Promise<RouteTarget> => ({
    objectType: 'plan_import',
    objectId: importId,
    organisationId: await findPlanImportUnit(db, tenantId, importId),
  });

  // A large file's reading is queued once the answer is sent, i.e. after the upload committed:
  // a job queued inside the transaction could run before its row is visible.
  const pending = new WeakMap<FastifyRequest, PlanImportJob>();
  app.addHook('onResponse', async (request, reply) => {
    const job = pending.get(request);
    if (!job) return;
    pending.delete(request);
    if (reply.statusCode !== 201) return;
    await queue.enqueue(job).catch((error: unknown) => request.log.error(error));
  });

  defineRoute(app, db, contract.uploadPlanImport, {
    action: 'plan.import',
    target: async ({ query }) => ({
      objectType: 'plan_import',
      objectId: null,
      organisationId: query.organisationId,
    }),
    handler: async (ctx) => {
      const { buffer, fileName } = await readUploadedFile(
        ctx.request,
        PLAN_SOURCE_LIMITS.maxBytes,
        MISSING_FILE,
      );
      const { planImport, job } = await service.uploadPlanImport(ctx, {
        organisationId: ctx.query.organisationId,
        year: ctx.query.year ?? null,
        fileName,
        buffer,
      });
      if (job) pending.set(ctx.request, job);
      return planImport;
    },
  });

  defineRoute(app, db, contract.getPlanImport, {
    action: 'plan.read',
    target: ({ actor, params }) => importTarget(actor.tenantId, params.id),
    handler: (ctx) => service.getPlanImport(ctx, { importId: ctx.params.id }),
  });

  defineRoute(app, db, contract.rereadPlanImport, {
    action: 'plan.import',
    target: ({ actor, params }) => importTarget(actor.tenantId, params.id),
    handler: (ctx) =>
      service.rereadPlanImport(ctx, { importId: ctx.params.id, overrides: ctx.body.overrides }),
  });

  defineRoute(app, db, contract.createPlanFromImport, {
    action: 'plan.import',
    target: ({ actor, params }) => importTarget(actor.tenantId, params.id),
    handler: (ctx) => createPlanFromImport(ctx, { importId: ctx.params.id, body: ctx.body }),
  });

  defineRoute(app, db, contract.downloadPlanImportFile, {
    action: 'plan.read',
    target: ({ actor, params }) => importTarget(actor.tenantId, params.id),
    handler: async (ctx) =>
      sendFile(ctx.reply, await service.planImportFile(ctx, { importId: ctx.params.id })),
  });
}
