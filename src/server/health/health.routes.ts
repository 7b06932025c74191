// HTTP route: liveness for supervisors and load balancers — 200 while PostgreSQL answers, 503 while
// it does not (a restart in progress), and nothing about software versions.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/health';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { databaseUnavailable } from '../http/app-error';
import { pingDatabase } from './health.repository';

/** A hung server must not hang the health check: give up after this long. */
const DATABASE_TIMEOUT_MS = 3_000;

async function isDatabaseReachable(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  const probe = pingDatabase(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  defineRoute(app, db, contract.getHealth, {
    action: 'public',
    handler: async ({ db }) => {
      if (!(await isDatabaseReachable(db))) throw databaseUnavailable();
      return { status: 'ok' as const, time: app.clock.now().toISOString() };
    },
  });
}
