// Downloads of the scoring round's documents: a unit's self-assessment report, readable by the
// unit's readers and by appraisers of the unit (assessment.read on it), and the published
// ranking appendix, readable on the round's owner or by a taking-part unit.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/assessment-documents';
import type { Database } from '../db/client';
import { defineRoute, sendFile } from '../http/route';
import * as documents from './documents.service';

/** Registers the round's document downloads. */
export function registerAssessmentDocumentsRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.downloadSelfAssessmentReportDocx, {
    action: 'assessment.read',
    target: ({ actor, params }) =>
      documents.unitReportTarget(db, actor.tenantId, {
        roundId: params.id,
        organisationId: params.organisationId,
      }),
    handler: async (ctx) =>
      sendFile(
        ctx.reply,
        await documents.selfAssessmentReportDocx(ctx, {
          roundId: ctx.params.id,
          organisationId: ctx.params.organisationId,
        }),
      ),
  });

  defineRoute(app, db, contract.downloadPublicationDocx, {
    action: 'assessment.read',
    target: (ctx) => documents.roundReadTarget(ctx, ctx.params.id),
    handler: async (ctx) =>
      sendFile(ctx.reply, await documents.publicationDocx(ctx, ctx.params.id)),
  });

  defineRoute(app, db, contract.downloadPublicationXlsx, {
    action: 'assessment.read',
    target: (ctx) => documents.roundReadTarget(ctx, ctx.params.id),
    handler: async (ctx) =>
      sendFile(ctx.reply, await documents.publicationXlsx(ctx, ctx.params.id)),
  });
}
