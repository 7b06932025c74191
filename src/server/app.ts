// Plumbing: assembles the Fastify app — security plugins, session and CSRF hooks, the feature
// routes, and the built web app with a single-page fallback.
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
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
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { ERROR_CODES } from '@contract/common';
import type { Config } from './config';
import type { Clock } from './clock';
import type pg from 'pg';
import type { Database } from './db/client';
import './http/request-context';
import { fromPackageRoot } from './package-root';
import { installErrorHandler } from './http/error-handler';
import { SESSION_COOKIE, resolveSession } from './auth/auth.service';
import { registerAuthRoutes } from './auth/auth.routes';
import { registerAuditRoutes } from './audit/audit.routes';
import { registerHealthRoutes } from './health/health.routes';
import { API_DOCS_PREFIX, registerApiDocs } from './api-docs/api-docs.routes';
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

/** Where `vite build` puts the web app (with .br/.gz twins, scripts/compress-web.mjs). */
export const WEB_DIST = fromPackageRoot('dist', 'web');

/**
 * How long a browser may keep a file of the built web app: files under assets/ carry a hash of
 * their content in their name, so a year and never revalidated; the page (index.html, also the
 * single-page fallback) is never stored, so a new build reaches everyone at the next load.
 */
function webFileCacheControl(webDist: string, file: string): string {
  const name = relative(webDist, file);
  if (name.startsWith(`assets${sep}`)) return 'public, max-age=31536000, immutable';
  if (/^index\.html(\.br|\.gz)?$/.test(name)) return 'no-store';
  return 'no-cache';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that need no CSRF token (signing in: there is no session yet). */
export const CSRF_EXEMPT: ReadonlySet<string> = new Set(['/api/auth/login']);

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
  /** Told of every route as it is registered, before any plugin's (tests list the API's routes). */
  onRoute?: (route: RouteOptions) => void;
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

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  // Every API route must say which action it performs, so none escapes the policy module.
  app.addHook('onRoute', (route) => {
    // The docs page's own files (HTML, scripts, styles) touch no data: api-docs/api-docs.routes.ts.
    const isDocsPage = route.url === API_DOCS_PREFIX || route.url.startsWith(`${API_DOCS_PREFIX}/`);
    if (route.url.startsWith('/api') && !route.config?.action && !isDocsPage) {
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
  // Before the routes: it hooks each route as it is added. API answers of 1 KB or more go out as
  // br (quality 4, the plugin's per-request default) or gzip; types compressed already (.xlsx,
  // .docx, .pdf) pass as they are, and static files bring their own precompressed twins. Request
  // bodies are never inflated: a small gzip could otherwise expand past the body limit's intent.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    globalDecompression: false,
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

  // First, so the document sees every route registered after it.
  await registerApiDocs(app, { csrfExempt: CSRF_EXEMPT });
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
      // <file>.br / <file>.gz as the request's Accept-Encoding allows, with Vary: Accept-Encoding.
      preCompressed: true,
      setHeaders: (res, path) => res.header('cache-control', webFileCacheControl(webDist, path)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb) {
      return reply
        .status(404)
        .send({ code: ERROR_CODES.notFound, message: 'Không tìm thấy địa chỉ yêu cầu.' });
    }
    // Any other path is a page of the single-page app: index.html, never stored (setHeaders).
    return reply.sendFile('index.html');
  });
  return app;
}
