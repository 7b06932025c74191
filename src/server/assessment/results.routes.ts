// HTTP routes of the survey part, results, finalising and publishing of a scoring round. Writes
// are authorised as assessment.manage on the round's owner (the province or its focal unit);
// reading the results as assessment.read on it. A round of another tenant answers 404.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/assessment-results';
import type { AuditObjectType } from '@contract/audit';
import type { Database } from '../db/client';
import { defineRoute, sendFile, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import { readUploadedFile } from '../http/upload';
import { XLSX_CONTENT_TYPE } from '../documents/xlsx-writer';
import { findRoundOwner } from './results.repository';
import * as results from './results.service';
import { saveSurveyScore } from './survey.service';
import { importSurveyScores } from './survey-import.service';
import { buildSurveyTemplate } from './survey-template';

/** 2 MB holds a province's ~3,300 communes × a dozen survey nodes. */
const SURVEY_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The round, authorised on its owner; null (→ 404) when the tenant has no such round. */
const roundTarget =
  (objectType: AuditObjectType) =>
  async (ctx: {
    db: Database;
    actor: { tenantId: string };
    params: { id: string };
  }): Promise<RouteTarget> => ({
    objectType,
    objectId: ctx.params.id,
    organisationId: await findRoundOwner(ctx.db, ctx.actor.tenantId, ctx.params.id),
  });

export function registerAssessmentResultsRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getRoundResults, {
    action: 'assessment.read',
    target: roundTarget('assessment_round'),
    handler: (ctx) => results.getRoundResults(ctx, { roundId: ctx.params.id }),
  });

  defineRoute(app, db, contract.saveSurveyScore, {
    action: 'assessment.manage',
    target: roundTarget('assessment_entry'),
    handler: (ctx) =>
      saveSurveyScore(ctx, {
        roundId: ctx.params.id,
        organisationId: ctx.params.organisationId,
        nodeCode: ctx.params.nodeCode,
        version: readIfMatchVersion(ctx.request),
        points: ctx.body.points,
      }),
  });

  defineRoute(app, db, contract.downloadSurveyTemplate, {
    action: 'assessment.read',
    target: roundTarget('assessment_round'),
    handler: async (ctx) => {
      const file = await buildSurveyTemplate(ctx, { roundId: ctx.params.id });
      return sendFile(ctx.reply, { ...file, contentType: XLSX_CONTENT_TYPE });
    },
  });

  defineRoute(app, db, contract.importSurveyScores, {
    action: 'assessment.manage',
    target: roundTarget('assessment_survey_import'),
    handler: async (ctx) => {
      const file = await readUploadedFile(ctx.request, SURVEY_IMPORT_MAX_BYTES);
      return importSurveyScores(ctx, {
        roundId: ctx.params.id,
        file,
        dryRun: ctx.query.dryRun === 'true',
      });
    },
  });

  defineRoute(app, db, contract.finaliseRound, {
    action: 'assessment.manage',
    target: roundTarget('assessment_round'),
    handler: (ctx) =>
      results.finaliseRound(ctx, {
        roundId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.publishRound, {
    action: 'assessment.manage',
    target: roundTarget('assessment_round'),
    handler: (ctx) =>
      results.publishRound(ctx, {
        roundId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        publication: ctx.body,
      }),
  });
}
