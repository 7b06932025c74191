// HTTP routes for the signed-in user's sessions ("Bảo mật tài khoản").
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/sessions';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import * as service from './session-list.service';

export function registerSessionListRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listMySessions, {
    action: 'authenticated',
    handler: async (ctx) => ({
      items: await service.listMySessions(ctx, {
        currentTokenHash: ctx.request.sessionTokenHash!,
      }),
    }),
  });

  defineRoute(app, db, contract.endMySession, {
    action: 'authenticated',
    handler: async (ctx) => {
      await service.endMySession(ctx, { sessionId: ctx.params.id });
      return { ok: true as const };
    },
  });

  defineRoute(app, db, contract.signOutOtherSessions, {
    action: 'authenticated',
    handler: async (ctx) => ({
      ended: await service.signOutOtherSessions(ctx, {
        currentTokenHash: ctx.request.sessionTokenHash!,
      }),
    }),
  });
}
