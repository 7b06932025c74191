// HTTP routes of frameworks (bộ chỉ số): definitions are tenant-wide reading for anyone holding
// framework.read; writes are authorised on the framework's owner unit (the tenant root unless a
// lower level issued it).
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/frameworks';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import { findFramework } from './framework.repository';
import * as files from './framework-file.service';
import * as service from './framework.service';
import { toFrameworkDto } from './framework-presenter';
import { frameworkAbilities, frameworkListAbilities } from './framework-abilities';

/** A framework's node list is small; 5 MB leaves room for long evidence texts. */
const NODES_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

async function frameworkTarget(db: Database, tenantId: string, id: string): Promise<RouteTarget> {
  const row = await findFramework(db, tenantId, id);
  return {
    objectType: 'framework',
    objectId: id,
    organisationId: row?.ownerOrganisationId ?? null,
  };
}

async function newFrameworkTarget(
  db: Database,
  tenantId: string,
  ownerOrganisationId: string | undefined,
): Promise<RouteTarget> {
  return {
    objectType: 'framework',
    objectId: null,
    organisationId: await service.ownerOrganisationIdFor(db, tenantId, ownerOrganisationId),
  };
}

export function registerFrameworkRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listFrameworks, {
    action: 'framework.read',
    scope: 'grants',
    handler: async ({ db, actor, query }) => ({
      items: await service.listFrameworks(db, actor.tenantId, query),
      abilities: frameworkListAbilities(actor),
    }),
  });

  defineRoute(app, db, contract.listFrameworksForUnit, {
    action: 'framework.read',
    target: async ({ params }) => ({
      objectType: 'organisation',
      objectId: params.organisationId,
      organisationId: params.organisationId,
    }),
    handler: async ({ db, actor, params, query }) => ({
      items: await service.listFrameworksForUnit(db, actor.tenantId, params.organisationId, query),
    }),
  });

  defineRoute(app, db, contract.listFrameworkTemplates, {
    action: 'framework.read',
    scope: 'grants',
    handler: async () => ({ items: await service.listTemplates() }),
  });

  defineRoute(app, db, contract.getFramework, {
    action: 'framework.read',
    scope: 'grants',
    handler: async ({ db, actor, params }) => {
      const row = await service.getFrameworkRow(db, actor.tenantId, params.id);
      return {
        ...toFrameworkDto(row),
        abilities: await frameworkAbilities(db, actor, row.ownerOrganisationId),
      };
    },
  });

  defineRoute(app, db, contract.createFramework, {
    action: 'framework.manage',
    target: ({ db, actor, body }) =>
      newFrameworkTarget(db, actor.tenantId, body.ownerOrganisationId),
    handler: ({ db, actor, body, resource, audit }) =>
      service.createFramework(db, actor, body, resource!.organisationId, audit),
  });

  defineRoute(app, db, contract.createFrameworkFromTemplate, {
    action: 'framework.manage',
    target: ({ db, actor, body }) =>
      newFrameworkTarget(db, actor.tenantId, body.ownerOrganisationId),
    handler: ({ db, actor, body, resource, audit }) =>
      service.createFrameworkFromTemplate(db, actor, body, resource!.organisationId, audit),
  });

  defineRoute(app, db, contract.updateFramework, {
    action: 'framework.manage',
    target: ({ db, actor, params }) => frameworkTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      service.updateFramework(db, actor, params.id, readIfMatchVersion(request), body, audit),
  });

  defineRoute(app, db, contract.copyFramework, {
    action: 'framework.manage',
    target: ({ db, actor, params }) => frameworkTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, body, audit }) =>
      service.copyFramework(db, actor, params.id, body, audit),
  });

  defineRoute(app, db, contract.exportFrameworkNodes, {
    action: 'framework.read',
    scope: 'grants',
    handler: async ({ db, actor, params, reply }) => {
      const file = await files.exportFrameworkNodes(db, actor.tenantId, params.id);
      return sendFile(reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.importFrameworkNodes, {
    action: 'framework.manage',
    target: ({ db, actor, params }) => frameworkTarget(db, actor.tenantId, params.id),
    handler: async ({ db, actor, params, query, request, audit }) => {
      const dryRun = query.dryRun === 'true';
      const version = dryRun ? null : readIfMatchVersion(request);
      const file = await readUploadedFile(request, NODES_IMPORT_MAX_BYTES);
      return files.importFrameworkNodes(db, actor, params.id, file, { dryRun, version }, audit);
    },
  });
}
