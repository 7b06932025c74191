// HTTP route of the projection (dự báo điểm năm nay): read on the unit like its results.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/assessment-projection';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { getProjection } from './projection.service';

export function registerAssessmentProjectionRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getProjection, {
    action: 'result.read',
    target: async ({ params }) => ({
      objectType: 'unit_result',
      objectId: null,
      organisationId: params.id,
    }),
    handler: (ctx) =>
      getProjection(ctx, { organisationId: ctx.params.id, frameworkId: ctx.query.frameworkId }),
  });
}
