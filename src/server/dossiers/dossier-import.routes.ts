// HTTP routes of dossier imports (nhập hồ sơ TTHC). An export covers the whole province — its unit
// codes are resolved across the tenant — so every route targets the tenant's root unit: writes
// (upload, cancel) need `dossier.import` there (province admin and focal), reads (progress, error
// report, saved mapping) `result.read` there, the right that reads the dossiers themselves.
// Another tenant's job answers 404 exactly like an unknown id.
import { rm } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as contract from '@contract/dossier-imports';
import { DOSSIER_UPLOAD_MAX_BYTES } from '@contract/dossier-imports';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { saveUploadedFile } from '../http/upload-to-disk';
import { findRootOrganisation } from '../organisations/organisation.repository';
import type { DossierImportJob, DossierImportQueue } from './dossier-import-job';
import * as service from './dossier-import-upload.service';

const MISSING_FILE = 'Hãy chọn tệp hồ sơ TTHC (.csv hoặc .xlsx) để nhập.';

/** Where the routes keep uploads and how large one may be (tests lower the limit). */
export interface DossierImportRouteOptions {
  queue: DossierImportQueue;
  uploadFolder: string;
  maxBytes?: number;
}

export function registerDossierImportRoutes(
  app: FastifyInstance,
  db: Database,
  options: DossierImportRouteOptions,
): void {
  const maxBytes = options.maxBytes ?? DOSSIER_UPLOAD_MAX_BYTES;
  const rootTarget = async (tenantId: string, objectId: string | null): Promise<RouteTarget> => ({
    objectType: 'dossier_import',
    objectId,
    organisationId: (await findRootOrganisation(db, tenantId))?.id ?? null,
  });

  // The job is queued once the answer is sent, i.e. after the upload committed: a job queued
  // inside the transaction could run before its row is visible.
  const pending = new WeakMap<FastifyRequest, DossierImportJob>();
  app.addHook('onResponse', async (request, reply) => {
    const job = pending.get(request);
    if (!job) return;
    pending.delete(request);
    if (reply.statusCode !== 201) return;
    await options.queue.enqueue(job).catch((error: unknown) => request.log.error(error));
  });

  defineRoute(app, db, contract.uploadDossierImport, {
    action: 'dossier.import',
    target: ({ actor }) => rootTarget(actor.tenantId, null),
    handler: async (ctx) => {
      const upload = await saveUploadedFile(ctx.request, {
        folder: options.uploadFolder,
        maxBytes,
        missingMessage: MISSING_FILE,
      });
      // A refused or failed upload leaves no file behind (the service deletes it on refusal; this
      // catches a failure after that, e.g. the job's insert).
      const { job, queued } = await service
        .uploadDossierImport(ctx, {
          upload,
          source: ctx.query.source,
          mode: ctx.query.mode,
          mapping: ctx.query.mapping,
        })
        .catch(async (error: unknown) => {
          await rm(upload.path, { force: true });
          throw error;
        });
      pending.set(ctx.request, queued);
      return job;
    },
  });

  defineRoute(app, db, contract.getDossierImport, {
    action: 'result.read',
    target: ({ actor, params }) => rootTarget(actor.tenantId, params.id),
    handler: (ctx) => service.getDossierImport(ctx, { jobId: ctx.params.id }),
  });

  defineRoute(app, db, contract.cancelDossierImport, {
    action: 'dossier.import',
    target: ({ actor, params }) => rootTarget(actor.tenantId, params.id),
    handler: (ctx) => service.cancelDossierImport(ctx, { jobId: ctx.params.id }),
  });

  defineRoute(app, db, contract.downloadDossierImportErrors, {
    action: 'result.read',
    target: ({ actor, params }) => rootTarget(actor.tenantId, params.id),
    handler: async (ctx) =>
      sendFile(ctx.reply, await service.dossierImportErrorReport(ctx, { jobId: ctx.params.id })),
  });

  defineRoute(app, db, contract.getDossierSourceMapping, {
    action: 'result.read',
    target: ({ actor }) => rootTarget(actor.tenantId, null),
    handler: (ctx) => service.getDossierSourceMapping(ctx, { source: ctx.params.source }),
  });
}
