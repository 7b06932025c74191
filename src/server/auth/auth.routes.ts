// HTTP routes for signing in and out.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/auth';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import * as service from './auth.service';
import { setSessionCookie } from './session-cookie';
import { registerTwoFactorRoutes } from '../mfa/two-factor.routes';
import { registerSessionListRoutes } from './session-list.routes';

export function registerAuthRoutes(app: FastifyInstance, db: Database, config: Config): void {
  defineRoute(
    app,
    db,
    contract.login,
    {
      action: 'public',
      handler: async ({ db, body, request, reply, requestId, now }) => {
        const { cookieValue, actor, secondStep } = await service.signIn(db, {
          ...body,
          // Fastify's client address: the proxy's X-Forwarded-For only when TRUST_PROXY says so.
          ip: request.ip,
          userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
          requestId,
          now,
          twoFactorRoles: config.twoFactorRoles,
        });
        setSessionCookie(reply, config, cookieValue);
        if (secondStep)
          return service.describeSecondStep(db, actor, secondStep, reply.generateCsrf());
        return service.describeMe(db, actor, reply.generateCsrf());
      },
    },
    // The per-IP cap on login attempts (delays per login and source live in the service).
    { rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
  );

  defineRoute(app, db, contract.getMe, {
    action: 'authenticated',
    handler: ({ db, actor, reply }) => service.describeMe(db, actor, reply.generateCsrf()),
  });

  defineRoute(app, db, contract.logout, {
    action: 'authenticated',
    handler: async ({ db, actor, request, reply, audit }) => {
      await service.signOut(db, actor, request.sessionTokenHash!, audit);
      reply.clearCookie(service.SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  registerTwoFactorRoutes(app, db, config);
  registerSessionListRoutes(app, db);

  defineRoute(app, db, contract.changeOwnPassword, {
    action: 'authenticated',
    handler: async ({ db, actor, body, request, audit }) => {
      await service.changeOwnPassword(db, actor, request.sessionTokenHash!, body, audit);
      return { ok: true as const };
    },
  });
}
