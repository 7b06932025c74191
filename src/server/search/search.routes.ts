// HTTP route of the search box. A list route: the actor must read plans somewhere; the service
// narrows each kind to the units its grants reach.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/search';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { searchEverything } from './search.service';

export function registerSearchRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.search, {
    action: 'plan.read',
    scope: 'grants',
    handler: (ctx) => searchEverything(ctx, { q: ctx.query.q }),
  });
}
