// HTTP routes for accounts and role grants.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/users';
import type { Database } from '../db/client';
import { defineRoute, type RouteTarget } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import * as service from './user.service';
import { userListAbilities } from './user-abilities';

export function registerUserRoutes(app: FastifyInstance, db: Database): void {
  const userTarget = async (db: Database, tenantId: string, id: string): Promise<RouteTarget> => ({
    objectType: 'user',
    objectId: id,
    organisationId: await service.findUserOrganisation(db, tenantId, id),
  });

  defineRoute(app, db, contract.listUsers, {
    action: 'user.read',
    scope: 'grants',
    handler: async (ctx) => ({
      items: await service.listReadableUsers(ctx, ctx.query),
      abilities: userListAbilities(ctx.actor),
    }),
  });

  defineRoute(app, db, contract.createUser, {
    action: 'user.manage',
    target: async ({ body }) => ({
      objectType: 'user',
      objectId: null,
      organisationId: body.homeOrganisationId,
    }),
    handler: ({ db, actor, body, audit }) => service.createUser(db, actor, body, audit),
  });

  defineRoute(app, db, contract.updateUser, {
    action: 'user.manage',
    target: ({ db, actor, params }) => userTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, body, request, audit }) =>
      service.updateUser(db, actor, params.id, readIfMatchVersion(request), body, audit),
  });

  defineRoute(app, db, contract.unlockUserLogin, {
    action: 'user.unlock',
    target: ({ db, actor, params }) => userTarget(db, actor.tenantId, params.id),
    handler: ({ db, actor, params, audit }) => service.unlockLogin(db, actor, params.id, audit),
  });

  defineRoute(app, db, contract.grantRole, {
    action: 'role.assign',
    target: async ({ body }) => ({
      objectType: 'role_grant',
      objectId: null,
      organisationId: body.organisationId,
    }),
    handler: ({ db, actor, params, body, audit }) =>
      service.grantRole(db, actor, params.id, body, audit),
  });

  defineRoute(app, db, contract.revokeRole, {
    action: 'role.assign',
    target: async ({ db, actor, params }) => ({
      objectType: 'role_grant',
      objectId: params.grantId,
      organisationId: await service.findGrantOrganisation(
        db,
        actor.tenantId,
        params.id,
        params.grantId,
      ),
    }),
    handler: ({ db, actor, params, audit }) =>
      service.revokeRole(db, actor, params.id, params.grantId, audit),
  });
}
