// HTTP routes of results, rankings and gap analyses. A result is authorised on the unit it is for
// (a unit reads its own, an upper level everything below); a ranking on the viewpoint unit; a
// bulk import on the importer's grants, then unit by unit in the service.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/results';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import * as exports from './result-export.service';
import { importResults } from './result-import.service';
import { buildResultsTemplate } from './result-template';
import * as ranking from './ranking.service';
import * as service from './result.service';

/** 10 MB holds a province's ~3,300 communes × 100 nodes in the long layout. */
const RESULTS_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const unitTarget = (organisationId: string): RouteTarget => ({
  objectType: 'unit_result',
  objectId: null,
  organisationId,
});

export function registerResultRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getUnitResult, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: (ctx) =>
      service.getUnitResult(ctx, {
        frameworkId: ctx.params.id,
        organisationId: ctx.params.organisationId,
      }),
  });

  defineRoute(app, db, contract.saveUnitResult, {
    action: 'result.import',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: (ctx) =>
      service.saveUnitResult(ctx, {
        frameworkId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        version: readIfMatchVersion(ctx.request),
        ...ctx.body,
      }),
  });

  defineRoute(app, db, contract.importResults, {
    action: 'result.import',
    scope: 'grants',
    handler: async (ctx) => {
      const { query } = ctx;
      const file = await readUploadedFile(ctx.request, RESULTS_IMPORT_MAX_BYTES);
      return importResults(ctx, {
        frameworkId: ctx.params.id,
        file,
        dryRun: query.dryRun === 'true',
        field: query.field ?? 'auto',
        source: query.decisionNumber
          ? { decisionNumber: query.decisionNumber, decisionDate: query.decisionDate ?? null }
          : null,
      });
    },
  });

  // The template lists the units the importer may enter: authorised like the import itself, and
  // audited as a result.import (who handed out which template), though it writes no result.
  defineRoute(app, db, contract.downloadResultsTemplate, {
    action: 'result.import',
    scope: 'grants',
    handler: async (ctx) => {
      const file = await buildResultsTemplate(ctx, { frameworkId: ctx.params.id });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.getRanking, {
    action: 'ranking.read',
    target: async ({ query }) => unitTarget(query.organisationId),
    handler: (ctx) => ranking.getRanking(ctx, { frameworkId: ctx.params.id, ...ctx.query }),
  });

  defineRoute(app, db, contract.exportRanking, {
    action: 'ranking.read',
    target: async ({ query }) => unitTarget(query.organisationId),
    handler: async (ctx) => {
      const file = await exports.exportRanking(ctx, { frameworkId: ctx.params.id, ...ctx.query });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.getGapAnalysis, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: (ctx) =>
      ranking.getGapAnalysis(ctx, {
        frameworkId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        query: ctx.query,
      }),
  });

  defineRoute(app, db, contract.exportGapAnalysis, {
    action: 'result.read',
    target: async ({ params }) => unitTarget(params.organisationId),
    handler: async (ctx) => {
      const file = await exports.exportGapAnalysis(ctx, {
        frameworkId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        query: ctx.query,
      });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });
}
