// HTTP routes of the to-do home: the overview (any signed-in user; what it lists follows their
// grants) and the one-click move of a role from a closed unit to its successor (role.assign).
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/overview';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { getOverview } from './overview.service';
import { findGrantOrganisation, moveGrantToSuccessor } from './move-grant.service';

export function registerOverviewRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getOverview, {
    action: 'authenticated',
    handler: (ctx) => getOverview(ctx),
  });

  defineRoute(app, db, contract.moveGrantToSuccessor, {
    action: 'role.assign',
    target: async ({ actor, params }) => ({
      objectType: 'role_grant',
      objectId: params.id,
      organisationId: await findGrantOrganisation({ db, actor }, params.id),
    }),
    handler: (ctx) =>
      moveGrantToSuccessor(ctx, { grantId: ctx.params.id, successorId: ctx.body.successorId }),
  });
}
