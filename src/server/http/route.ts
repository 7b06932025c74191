// Plumbing: registers one API route from its contract endpoint. A route reads like a sentence —
// validate with the contract, authorise with `can()`, call one service function, present — and
// this helper does the first two, the transaction and the audit bookkeeping around the third.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AuditObjectType } from '@contract/audit';
import type { EndpointDefinition } from '@contract/endpoint';
import { findForbiddenText, forbiddenTextMessage } from '@contract/text-safety';
import { ACTIONS, type Action } from '@domain/permissions/action';
import { can, type Actor, type OrganisationResource } from '@domain/permissions/can';
import { downloadFileName } from '@domain/shared/file-name';
import type { Database } from '../db/client';
import { insertAuditEvent } from '../audit/audit.repository';
import { findOrganisationPath } from '../organisations/organisation-path.repository';
import { forbidden, notFound, unauthenticated, validationError } from './app-error';
import type { AuditEntry, ServiceContext } from './service-context';

export type { AuditEntry } from './service-context';

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the action applies to: the object, and the organisation whose place in the tree decides. */
export interface RouteTarget {
  objectType: AuditObjectType;
  objectId: string | null;
  /** null when the object does not exist in the actor's tenant (→ 404, audited as denied). */
  organisationId: string | null;
}

interface BaseContext<E extends EndpointDefinition> {
  params: Output<E['params']>;
  query: Output<E['query']>;
  body: Output<E['body']>;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The pool for reads; the request's transaction for write actions. */
  db: Database;
  requestId: string;
  /** Read once per request from the app's clock (`buildApp({ clock })`). */
  today: string;
  now: Date;
}

/**
 * What a handler receives once the actor is known (and authorised). It is a ServiceContext, so a
 * handler passes it as it is: `plans.issuePlan(ctx, { planId: ctx.params.id, … })`.
 */
export interface RouteContext<E extends EndpointDefinition>
  extends BaseContext<E>, ServiceContext {}

type Handler<E extends EndpointDefinition, C> = (ctx: C) => Promise<Output<E['response']>>;

/** How a route is authorised. */
export type RouteAccess<E extends EndpointDefinition> =
  | { action: 'public'; handler: Handler<E, BaseContext<E> & { actor: Actor | null }> }
  /** Any signed-in user, acting on themselves (their session, their password). */
  | { action: 'authenticated'; handler: Handler<E, RouteContext<E>> }
  /** An action on one organisation's object: `target` says which; `can()` decides. */
  | {
      action: Action;
      target: (ctx: BaseContext<E> & { actor: Actor }) => Promise<RouteTarget>;
      handler: Handler<E, RouteContext<E>>;
    }
  /** A list: the actor must hold the action somewhere; the service filters by grant roots. */
  | { action: Action; scope: 'grants'; handler: Handler<E, RouteContext<E>> };

/** Writes run in a transaction and must audit; 'authenticated' routes write unless they are GETs. */
const isWrite = (action: string, method: string) =>
  action === 'authenticated'
    ? method !== 'GET'
    : action in ACTIONS && ACTIONS[action as Action].kind === 'write';

/**
 * A file a download endpoint (`download: true` in the contract) returns: the handler returns
 * `sendFile(reply, file)`, which sets Content-Type and an attachment Content-Disposition (ASCII
 * fallback name plus the UTF-8 name) and hands back the bytes. Errors are still JSON.
 */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; body: Buffer },
  options: { inline?: boolean } = {},
): Buffer {
  // The plain name for old clients: folded to ASCII, one "-" between words, the extension kept.
  const dot = file.fileName.lastIndexOf('.');
  const fallback =
    dot > 0
      ? downloadFileName([file.fileName.slice(0, dot)], file.fileName.slice(dot + 1))
      : downloadFileName([file.fileName], '');
  // `inline`: shown in place (a PDF or image in the page's preview) instead of saved.
  const disposition = options.inline ? 'inline' : 'attachment';
  reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('cache-control', 'no-store');
  return file.body;
}

/** Registers `endpoint` on `app` with its access rule. */
export function defineRoute<E extends EndpointDefinition>(
  app: FastifyInstance,
  pool: Database,
  endpoint: E,
  access: RouteAccess<E>,
  extraConfig: Record<string, unknown> = {},
): void {
  const successStatus = endpoint.status ?? 200;
  app.route({
    method: endpoint.method,
    url: endpoint.path.replace(/:([A-Za-z0-9_]+)/g, ':$1'),
    // The endpoint travels with the route so the OpenAPI document (api-docs/) is built from it.
    config: { ...extraConfig, action: access.action, endpoint },
    schema: {
      summary: endpoint.summary,
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body && !endpoint.multipart ? { body: endpoint.body } : {}),
      // A download's bytes are sent as they are (Fastify never serialises a Buffer): no schema.
      ...(endpoint.download ? {} : { response: { [successStatus]: endpoint.response } }),
    },
    // Before the contract's schemas run, so no string with a character XML or PostgreSQL cannot
    // carry reaches a handler (U+0000 used to end in a 500, U+FFFF in an unreadable .docx).
    preValidation: async (request) => refuseForbiddenText(request),
    handler: async (request, reply) => {
      const now = app.clock.now();
      const base: BaseContext<E> = {
        params: request.params as Output<E['params']>,
        query: request.query as Output<E['query']>,
        body: request.body as Output<E['body']>,
        request,
        reply,
        db: pool,
        requestId: request.id,
        today: app.clock.today(),
        now,
      };
      const result = await runAuthorised(pool, base, access);
      reply.status(successStatus);
      if (
        result &&
        typeof result === 'object' &&
        'version' in result &&
        typeof result.version === 'number'
      ) {
        reply.header('etag', `"${result.version}"`);
      }
      return result;
    },
  });
}

/** 400 naming the first field (path, query or body) holding a character stored text may not hold. */
function refuseForbiddenText(request: FastifyRequest): void {
  // A multipart body is a file stream: the importers check the cells they read from it.
  const parts = [request.params, request.query, request.isMultipart() ? null : request.body];
  for (const part of parts) {
    const found = findForbiddenText(part);
    if (!found) continue;
    const message = forbiddenTextMessage(found);
    throw validationError(message, [{ field: found.field, message }]);
  }
}

async function runAuthorised<E extends EndpointDefinition>(
  pool: Database,
  base: BaseContext<E>,
  access: RouteAccess<E>,
): Promise<Output<E['response']>> {
  if (access.action === 'public') return access.handler({ ...base, actor: base.request.actor });
  const actor = base.request.actor;
  if (!actor) throw unauthenticated();
  const recordDenied = (action: Action, target: Partial<RouteTarget>) =>
    insertAuditEvent(pool, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      organisationId: target.organisationId ?? null,
      action,
      outcome: 'denied',
      objectType: target.objectType ?? 'route',
      objectId: target.objectId ?? null,
      requestId: base.requestId,
    });

  let resource: OrganisationResource | null = null;
  if ('target' in access) {
    const target = await access.target({ ...base, actor });
    const path = target.organisationId
      ? await findOrganisationPath(pool, actor.tenantId, target.organisationId)
      : null;
    if (!path) {
      await recordDenied(access.action, { ...target, organisationId: null });
      throw notFound();
    }
    resource = { tenantId: actor.tenantId, organisationId: target.organisationId!, path };
    if (!can(actor, access.action, resource)) {
      await recordDenied(access.action, target);
      throw forbidden();
    }
  } else if ('scope' in access) {
    if (!actor.grants.some((grant) => holdsAction(actor, access.action, grant.organisationId))) {
      await recordDenied(access.action, {
        objectType: 'route',
        objectId: base.request.routeOptions.url ?? null,
      });
      throw forbidden();
    }
  }

  if (!isWrite(access.action, base.request.method)) {
    return access.handler({
      ...base,
      actor,
      resource,
      audit: () => Promise.reject(new Error('audit on a read route')),
    });
  }
  return pool.transaction(async (tx) => {
    let audited = 0;
    const audit = async (entry: AuditEntry) => {
      audited++;
      await insertAuditEvent(tx, {
        ...entry,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        outcome: 'allowed',
        requestId: base.requestId,
      });
    };
    const result = await access.handler({ ...base, db: tx, actor, resource, audit });
    if (audited === 0) {
      throw new Error(`write route ${base.request.routeOptions.url} recorded no audit event`);
    }
    return result;
  });
}

/** Whether one of the actor's grants at `organisationId` carries the action (for list routes). */
function holdsAction(actor: Actor, action: Action, organisationId: string): boolean {
  return can(actor, action, { tenantId: actor.tenantId, organisationId, path: [organisationId] });
}
