// HTTP routes of the appraisal (thẩm định) and the council board: reads as 'assessment.read' on the
// unit, scores, requests and confirmation as 'assessment.appraise' on the unit, the unit's answer
// as 'assessment.self', the sign-off as 'assessment.appraise' on the round's owner unit.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/assessment-appraisal';
import type { Actor } from '@domain/permissions/can';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import * as appraisal from './appraisal.service';
import type { RoundUnitParams } from './appraisal.service';
import * as board from './board.service';

export function registerAssessmentAppraisalRoutes(app: FastifyInstance, db: Database): void {
  // Every per-unit route is authorised on the unit of the round it names.
  const onUnit = ({ actor, params }: { actor: Actor; params: RoundUnitParams }) =>
    appraisal.unitTarget(db, actor, params);

  defineRoute(app, db, contract.getUnitAppraisal, {
    action: 'assessment.read',
    target: onUnit,
    handler: (ctx) => appraisal.getUnitAppraisal(ctx, { params: ctx.params }),
  });

  defineRoute(app, db, contract.setAppraisedScore, {
    action: 'assessment.appraise',
    target: onUnit,
    handler: (ctx) =>
      appraisal.setAppraisedScore(ctx, {
        params: ctx.params,
        score: ctx.body.score,
        comment: ctx.body.comment,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.requestExplanation, {
    action: 'assessment.appraise',
    target: onUnit,
    handler: (ctx) =>
      appraisal.requestExplanation(ctx, {
        params: ctx.params,
        request: ctx.body.request,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.answerExplanation, {
    action: 'assessment.self',
    target: onUnit,
    handler: (ctx) =>
      appraisal.answerExplanation(ctx, {
        params: ctx.params,
        explanation: ctx.body.explanation,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.confirmUnitAppraisal, {
    action: 'assessment.appraise',
    target: onUnit,
    handler: (ctx) =>
      appraisal.confirmUnitAppraisal(ctx, {
        params: ctx.params,
        version: readIfMatchVersion(ctx.request),
      }),
  });

  defineRoute(app, db, contract.getCouncilBoard, {
    action: 'assessment.read',
    scope: 'grants',
    handler: (ctx) =>
      board.getCouncilBoard(ctx, {
        roundId: ctx.params.id,
        minGap: ctx.query.minGap,
        area: ctx.query.area,
        top: ctx.query.top,
      }),
  });

  defineRoute(app, db, contract.signOffBoard, {
    action: 'assessment.appraise',
    target: ({ actor, params }) => board.roundOwnerTarget(db, actor, params.id),
    handler: (ctx) =>
      board.signOff(ctx, { roundId: ctx.params.id, version: readIfMatchVersion(ctx.request) }),
  });
}
