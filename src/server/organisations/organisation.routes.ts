// HTTP routes of the organisation tree.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/organisations';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import * as service from './organisation.service';

/** 5 MB is far above a province's list of units (~3,500 rows). */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const organisationTarget = (id: string) => ({
  objectType: 'organisation',
  objectId: id,
  organisationId: id,
});

export function registerOrganisationRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listOrganisations, {
    action: 'organisation.read',
    scope: 'grants',
    handler: async ({ db, actor, query }) => ({
      items: await service.listReadableOrganisations(db, actor, {
        q: query.q,
        includeClosed: query.includeClosed === 'true',
      }),
    }),
  });

  defineRoute(app, db, contract.getOrganisation, {
    action: 'organisation.read',
    target: async ({ params }) => organisationTarget(params.id),
    handler: ({ db, actor, params, resource }) =>
      service.getOrganisationDetail(db, actor.tenantId, params.id, [...resource!.path]),
  });

  defineRoute(app, db, contract.createOrganisation, {
    action: 'organisation.create',
    target: async ({ body }) => organisationTarget(body.parentId),
    handler: ({ db, actor, body, audit }) => service.createOrganisation(db, actor, body, audit),
  });

  defineRoute(app, db, contract.updateOrganisation, {
    action: 'organisation.update',
    target: async ({ params }) => organisationTarget(params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      service.updateOrganisation(db, actor, params.id, readIfMatchVersion(request), body, audit),
  });

  defineRoute(app, db, contract.closeOrganisation, {
    action: 'organisation.close',
    target: async ({ params }) => organisationTarget(params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      service.closeOrganisation(
        db,
        actor,
        params.id,
        body,
        request.headers['if-match'] ? readIfMatchVersion(request) : null,
        audit,
      ),
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
