// HTTP routes for two-factor sign-in. Enrolment and the sign-in code are also reached by a
// session still waiting for its second step (no actor yet: 'public' routes that find the
// waiting session themselves); the rest need a signed-in user; the reset is an administrator's.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as contract from '@contract/two-factor';
import type { Actor } from '@domain/permissions/can';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { insertAuditEvent } from '../audit/audit.repository';
import { defineRoute } from '../http/route';
import { unauthenticated } from '../http/app-error';
import type { ServiceContext } from '../http/service-context';
import { SESSION_COOKIE, describeMe, openSession, resolveSession } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { revokeSessions } from '../auth/session-cache';
import { recordLoginSuccess } from '../users/user.repository';
import { findUserOrganisation } from '../users/user.service';
import { loadSecretBox, type SecretBox } from './secret-box';
import * as service from './two-factor.service';

export function registerTwoFactorRoutes(app: FastifyInstance, pool: Database, config: Config) {
  // Read on first use, so an app that never sees two-factor never creates the key file.
  let box: SecretBox | null = null;
  const secretBox = () => (box ??= loadSecretBox(config));
  const withTwoFactor = (ctx: ServiceContext): service.TwoFactorContext => ({
    ...ctx,
    box: secretBox(),
    pool,
    twoFactorRoles: config.twoFactorRoles,
  });

  /**
   * The session behind the cookie, signed in or waiting for `step`, as a service context whose
   * audit writes at once (these routes run on the pool: a wrong code must stay counted).
   */
  async function sessionContext(
    request: FastifyRequest,
    base: { requestId: string; today: string; now: Date },
    step: 'verify' | 'enrol',
  ) {
    const session = await resolveSession(pool, request.cookies[SESSION_COOKIE], {
      idleMinutes: config.SESSION_IDLE_MINUTES,
      absoluteHours: config.SESSION_ABSOLUTE_HOURS,
      now: base.now,
    });
    if (!session) throw unauthenticated();
    // Enrolment also serves signed-in users turning two-factor on; the code only a waiting sign-in.
    const actor: Actor | null =
      session.secondStep === step ? session.pendingActor : step === 'enrol' ? session.actor : null;
    if (!actor) throw unauthenticated();
    const ctx: ServiceContext = {
      db: pool,
      actor,
      resource: null,
      today: base.today,
      now: base.now,
      audit: (entry) =>
        insertAuditEvent(pool, {
          ...entry,
          tenantId: actor.tenantId,
          actorUserId: actor.userId,
          outcome: 'allowed',
          requestId: base.requestId,
        }),
    };
    return { ctx: withTwoFactor(ctx), session };
  }

  /** The second step done: the waiting session gives way to a signed-in one (a new token). */
  async function completeSignIn(
    ctx: service.TwoFactorContext,
    request: FastifyRequest,
    waitingTokenHash: string,
  ): Promise<string> {
    await revokeSessions(pool, ctx.actor, { tokenHash: waitingTokenHash });
    await recordLoginSuccess(pool, ctx.actor.tenantId, ctx.actor.userId);
    return openSession(pool, {
      tenantId: ctx.actor.tenantId,
      userId: ctx.actor.userId,
      ip: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      secondStep: null,
    });
  }

  defineRoute(app, pool, contract.getTwoFactorStatus, {
    action: 'authenticated',
    handler: (ctx) => service.describeTwoFactor(withTwoFactor(ctx)),
  });

  defineRoute(app, pool, contract.startTwoFactorEnrolment, {
    action: 'public',
    handler: async (base) => {
      const { ctx } = await sessionContext(base.request, base, 'enrol');
      return service.startEnrolment(ctx);
    },
  });

  defineRoute(app, pool, contract.confirmTwoFactorEnrolment, {
    action: 'public',
    handler: async (base) => {
      const { ctx, session } = await sessionContext(base.request, base, 'enrol');
      const { recoveryCodes } = await service.confirmEnrolment(ctx, base.body);
      if (session.secondStep === 'enrol')
        setSessionCookie(
          base.reply,
          config,
          await completeSignIn(ctx, base.request, session.tokenHash),
        );
      return { recoveryCodes, me: await describeMe(pool, ctx.actor, base.reply.generateCsrf()) };
    },
  });

  defineRoute(
    app,
    pool,
    contract.verifyTwoFactor,
    {
      action: 'public',
      handler: async (base) => {
        const { ctx, session } = await sessionContext(base.request, base, 'verify');
        const method = await service.checkSecondFactor(ctx, base.body);
        await ctx.audit({
          organisationId: null,
          action: 'auth.two_factor.verify',
          objectType: 'user',
          objectId: ctx.actor.userId,
          after: { method, ip: base.request.ip },
        });
        setSessionCookie(
          base.reply,
          config,
          await completeSignIn(ctx, base.request, session.tokenHash),
        );
        return describeMe(pool, ctx.actor, base.reply.generateCsrf());
      },
    },
    // The same per-IP cap as the password step (per-user delays live in the service).
    { rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } },
  );

  defineRoute(app, pool, contract.regenerateRecoveryCodes, {
    action: 'authenticated',
    handler: (ctx) => service.regenerateRecoveryCodes(withTwoFactor(ctx), ctx.body),
  });

  defineRoute(app, pool, contract.disableTwoFactor, {
    action: 'authenticated',
    handler: async (ctx) => {
      await service.disableTwoFactor(withTwoFactor(ctx), ctx.body);
      return { ok: true as const };
    },
  });

  defineRoute(app, pool, contract.resetUserTwoFactor, {
    action: 'user.reset_two_factor',
    target: async ({ db, actor, params }) => ({
      objectType: 'user',
      objectId: params.id,
      organisationId: await findUserOrganisation(db, actor.tenantId, params.id),
    }),
    handler: async (ctx) => {
      await service.resetUserTwoFactor(ctx, { userId: ctx.params.id });
      return { ok: true as const };
    },
  });
}
