// HTTP routes of scoring rounds (đợt đánh giá). Writes are authorised on the round's owner unit
// (`assessment.manage`, opening one on the owner asked for); a read on the owner or on a unit
// taking part, whichever the actor reaches (round.service's roundReadTarget), so a department
// reads the round it takes part in. can() decides in every case.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/assessment-rounds';
import type { Database } from '../db/client';
import { readIfMatchVersion } from '../http/if-match';
import { defineRoute, type RouteTarget } from '../http/route';
import * as service from './round.service';

const roundTarget = (roundId: string, organisationId: string | null): RouteTarget => ({
  objectType: 'assessment_round',
  objectId: roundId,
  organisationId,
});

/** Writes on a round are authorised on its owner unit. */
const onOwner = async (
  ctx: Parameters<typeof service.roundOwnerId>[0] & { params: { id: string } },
) => roundTarget(ctx.params.id, await service.roundOwnerId(ctx, ctx.params.id));

export function registerAssessmentRoundsRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listRounds, {
    action: 'assessment.read',
    scope: 'grants',
    handler: (ctx) => service.listRounds(ctx, ctx.query),
  });

  defineRoute(app, db, contract.createRound, {
    action: 'assessment.manage',
    target: async ({ body }) => ({
      objectType: 'assessment_round',
      objectId: null,
      organisationId: body.ownerOrganisationId,
    }),
    handler: (ctx) => service.createRound(ctx, ctx.body),
  });

  defineRoute(app, db, contract.getRound, {
    action: 'assessment.read',
    target: async (ctx) =>
      roundTarget(ctx.params.id, await service.roundReadTarget(ctx, ctx.params.id)),
    handler: (ctx) => service.getRound(ctx, { roundId: ctx.params.id }),
  });

  defineRoute(app, db, contract.updateRound, {
    action: 'assessment.manage',
    target: onOwner,
    handler: (ctx) =>
      service.updateRound(ctx, {
        roundId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        changes: ctx.body,
      }),
  });

  defineRoute(app, db, contract.transitionRound, {
    action: 'assessment.manage',
    target: onOwner,
    handler: (ctx) =>
      service.transitionRound(ctx, {
        roundId: ctx.params.id,
        version: readIfMatchVersion(ctx.request),
        to: ctx.body.to,
      }),
  });
}
