// HTTP route: liveness and the PostgreSQL version.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import * as contract from '@contract/health';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';

export function registerHealthRoutes(app: FastifyInstance, db: Database, embedded: boolean): void {
  defineRoute(app, db, contract.getHealth, {
    action: 'public',
    handler: async ({ db }) => {
      const result = await db.execute<{ version: string }>(
        sql`SELECT current_setting('server_version') AS version`,
      );
      return {
        status: 'ok' as const,
        database: { version: result.rows[0]!.version, embedded },
        time: app.clock.now().toISOString(),
      };
    },
  });
}
