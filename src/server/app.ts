// Plumbing: assembles the Fastify app — security plugins, session and CSRF hooks, the feature
// routes, and the built web app with a single-page fallback.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ERROR_CODES } from '@contract/common';
import type { Config } from './config';
import type { Clock } from './clock';
import type pg from 'pg';
import type { Database } from './db/client';
import './http/request-context';
import { installErrorHandler } from './http/error-handler';
import { SESSION_COOKIE, resolveSession } from './auth/auth.service';
import { registerAuthRoutes } from './auth/auth.routes';
import { registerAuditRoutes } from './audit/audit.routes';
import { registerHealthRoutes } from './health/health.routes';
import { registerOrganisationRoutes } from './organisations/organisation.routes';
import { registerUserRoutes } from './users/user.routes';
import { registerFrameworkRoutes } from './frameworks/framework.routes';
import { registerResultRoutes } from './results/result.routes';
import { registerKpiRoutes } from './kpis/kpi.routes';
import { registerPlanRoutes } from './plans/plan.routes';
import { registerPlanTargetRoutes } from './plans/plan-targets.routes';
import { registerReportRoutes } from './reports/report.routes';
import { registerNotificationRoutes } from './notifications/notification.routes';
import { registerPlanImportRoutes } from './plan-imports/plan-import.routes';
import { registerOverviewRoutes } from './overview/overview.routes';
import { registerAssessmentRoundsRoutes } from './assessment/round.routes';
import { registerSearchRoutes } from './search/search.routes';
import { registerAssessmentProjectionRoutes } from './assessment/projection.routes';
import { registerAssessmentResultsRoutes } from './assessment/results.routes';
import { registerAssessmentDocumentsRoutes } from './assessment/documents.routes';
import { registerAssessmentSelfRoutes } from './assessment/self.routes';
import { registerAssessmentAppraisalRoutes } from './assessment/appraisal.routes';
import { inProcessPlanImportQueue, type PlanImportQueue } from './plan-imports/plan-import-job';
import { registerDossierImportRoutes } from './dossiers/dossier-import.routes';
import {
  inProcessDossierImportQueue,
  type DossierImportQueue,
} from './dossiers/dossier-import-job';

z.config(z.locales.vi());

/** Where `vite build` puts the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Builds the app (not listening yet). */
export async function buildApp(options: {
  config: Config;
  db: Database;
  embedded: boolean;
  logger?: boolean | object;
  /** Where "today" and "now" come from; tests pass a fixed day. Default: config.clock (real unless PARPLAN_TODAY). */
  clock?: Clock;
  /** The built web app to serve (tests point it at a folder of their own). */
  webDist?: string;
  /** Where a large plan document's reading goes (pg-boss when jobs run; default: this process). */
  planImportQueue?: PlanImportQueue;
  /** Where a dossier import runs (pg-boss when jobs run; default: this process). */
  dossierImportQueue?: DossierImportQueue;
  /** Where uploaded dossier exports wait for their job (default: the OS temp folder). */
  dossierUploadFolder?: string;
  /** Upload limit for dossier exports (default the contract's 2 GB; tests lower it). */
  dossierUploadMaxBytes?: number;
}): Promise<FastifyInstance> {
  const { config, db } = options;
  const clock = options.clock ?? config.clock;
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    genReqId: () => randomUUID(),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // Every API route must say which action it performs, so none escapes the policy module.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && !route.config?.action) {
      throw new Error(`Route ${route.method} ${route.url} declares no action`);
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd injects its CSS-in-JS at run time
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 15552000 } : false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: 'parplan_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: ERROR_CODES.tooManyRequests,
      message: `Quá nhiều lần thử. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
    }),
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: 50 * 1024 * 1024, files: 5, fields: 20 },
  });

  app.decorate('clock', clock);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const session = await resolveSession(db, request.cookies[SESSION_COOKIE], {
      idleMinutes: config.SESSION_IDLE_MINUTES,
      absoluteHours: config.SESSION_ABSOLUTE_HOURS,
      now: clock.now(),
      cacheSeconds: config.sessionCacheSeconds,
    });
    request.actor = session?.actor ?? null;
    request.sessionTokenHash = session?.tokenHash ?? null;
    if (!session && request.cookies[SESSION_COOKIE])
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.url.split('?')[0]!)) {
      await new Promise<void>((resolve, reject) =>
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve())),
      );
    }
  });

  // API answers are per session (the CSRF token in /api/auth/me, a province's data): no browser or
  // proxy cache may keep them, unless a route says otherwise. Static files keep their own rules.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });

  registerHealthRoutes(app, db);
  registerAuthRoutes(app, db, config);
  registerOrganisationRoutes(app, db);
  registerUserRoutes(app, db);
  registerAuditRoutes(app, db);
  registerFrameworkRoutes(app, db);
  registerResultRoutes(app, db);
  registerKpiRoutes(app, db);
  registerPlanTargetRoutes(app, db);
  registerPlanRoutes(app, db);
  registerReportRoutes(app, db, config);
  registerSearchRoutes(app, db);
  registerAssessmentDocumentsRoutes(app, db);
  registerNotificationRoutes(app, db, config);
  registerOverviewRoutes(app, db);
  registerAssessmentProjectionRoutes(app, db);
  registerAssessmentResultsRoutes(app, db);
  registerAssessmentRoundsRoutes(app, db);
  registerAssessmentSelfRoutes(app, db, config);
  registerAssessmentAppraisalRoutes(app, db);
  registerPlanImportRoutes(
    app,
    db,
    options.planImportQueue ??
      inProcessPlanImportQueue(db, clock, { error: (error) => app.log.error(error) }),
  );

  registerDossierImportRoutes(app, db, {
    queue:
      options.dossierImportQueue ??
      // The COPY into staging needs a client of its own: drizzle's handle carries its pool.
      inProcessDossierImportQueue(
        { db, pool: (db as Database & { $client: pg.Pool }).$client, clock },
        {
          error: (error) => app.log.error(error),
        },
      ),
    uploadFolder: options.dossierUploadFolder ?? join(tmpdir(), 'parplan-dossier-uploads'),
    ...(options.dossierUploadMaxBytes ? { maxBytes: options.dossierUploadMaxBytes } : {}),
  });

  const webDist = options.webDist ?? WEB_DIST;
  const hasWeb = existsSync(webDist);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      setHeaders: (res, path) => {
        if (path.includes('/assets/'))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb) {
      return reply
        .status(404)
        .send({ code: ERROR_CODES.notFound, message: 'Không tìm thấy địa chỉ yêu cầu.' });
    }
    // cacheControl: false, or @fastify/static replaces our header with its own 'public, max-age=0'.
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  });
  return app;
}
