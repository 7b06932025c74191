// HTTP route for reading the audit log.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/audit';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { listVisibleAuditEvents } from './audit.service';

export function registerAuditRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.listAuditEvents, {
    action: 'audit.read',
    scope: 'grants',
    handler: (ctx) => listVisibleAuditEvents(ctx, ctx.query),
  });
}
