// HTTP routes of the organisation tree.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/organisations';
import type { Database } from '../db/client';
import { defineRoute, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import * as service from './organisation.service';
import { listOrganisationLabels } from './organisation-labels.service';
import { organisationListAbilities } from './organisation-abilities';

/** 5 MB is far above a province's list of units (~3,500 rows). */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const organisationTarget = (id: string): RouteTarget => ({
  objectType: 'organisation',
  objectId: id,
  organisationId: id,
});

export function registerOrganisationRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listOrganisations, {
    action: 'organisation.read',
    scope: 'grants',
    handler: async (ctx) => ({
      items: await service.listReadableOrganisations(ctx, {
        q: ctx.query.q,
        includeClosed: ctx.query.includeClosed === 'true',
      }),
      abilities: organisationListAbilities(ctx.actor),
    }),
  });

  defineRoute(app, db, contract.listOrganisationLabels, {
    action: 'organisation.read',
    scope: 'grants',
    handler: async (ctx) => ({
      items: await listOrganisationLabels(ctx, { ids: ctx.query.ids }),
    }),
  });

  defineRoute(app, db, contract.getOrganisation, {
    action: 'organisation.read',
    target: async ({ params }) => organisationTarget(params.id),
    handler: (ctx) => service.getOrganisationDetail(ctx),
  });

  defineRoute(app, db, contract.createOrganisation, {
    action: 'organisation.create',
    target: async ({ body }) => organisationTarget(body.parentId),
    handler: ({ db, actor, body, audit }) => service.createOrganisation(db, actor, body, audit),
  });

  defineRoute(app, db, contract.updateOrganisation, {
    action: 'organisation.update',
    target: async ({ params }) => organisationTarget(params.id),
    handler: (ctx) =>
      service.updateOrganisation(ctx, {
        organisationId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        changes: ctx.body,
      }),
  });

  defineRoute(app, db, contract.closeOrganisation, {
    action: 'organisation.close',
    target: async ({ params }) => organisationTarget(params.id),
    handler: (ctx) =>
      service.closeOrganisation(ctx, {
        organisationId: ctx.params.id,
        ...ctx.body,
        expectedVersion: ctx.request.headers['if-match'] ? readIfMatchVersion(ctx.request) : null,
      }),
  });

  defineRoute(app, db, contract.importOrganisations, {
    action: 'organisation.import',
    scope: 'grants',
    handler: async ({ db, actor, query, request, audit }) => {
      const file = await readUploadedFile(
        request,
        IMPORT_MAX_BYTES,
        'Hãy chọn tệp .xlsx hoặc .csv để nhập.',
      );
      return service.importOrganisations(db, actor, file, query.dryRun === 'true', audit);
    },
  });
}
