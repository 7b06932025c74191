// HTTP routes of the KPI pages. The tree lists what the actor's grants reach (result.read, which
// every role holds); a unit's months and dossiers are authorised on that unit (another tenant's
// or an unknown unit → 404), and read its whole subtree.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/kpis';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import * as exports from './kpi-export.service';
import * as service from './kpi.service';

const unitTarget = (organisationId: string): RouteTarget => ({
  objectType: 'kpi_unit',
  objectId: null,
  organisationId,
});

export function registerKpiRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getKpiTree, {
    action: 'result.read',
    scope: 'grants',
    handler: (ctx) => service.getKpiTree(ctx, ctx.query),
  });

  defineRoute(app, db, contract.exportKpiTree, {
    action: 'result.read',
    scope: 'grants',
    handler: async (ctx) => {
      const file = await exports.exportKpiTree(ctx, ctx.query);
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.getKpiMonths, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: (ctx) =>
      service.getKpiMonths(ctx, {
        organisationId: ctx.params.organisationId,
        year: ctx.query.year,
      }),
  });

  defineRoute(app, db, contract.exportKpiMonths, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: async (ctx) => {
      const file = await exports.exportKpiMonths(ctx, {
        organisationId: ctx.params.organisationId,
        year: ctx.query.year,
      });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.listKpiDossiers, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: (ctx) =>
      service.listKpiDossiers(ctx, { organisationId: ctx.params.organisationId, ...ctx.query }),
  });
}
