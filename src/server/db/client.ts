// Plumbing: the connection pool and the Drizzle handle every repository receives.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

/** The Drizzle database handle (a pool, or a transaction inside a request). */
export type Database = NodePgDatabase<typeof schema>;

// DATE columns come back as 'YYYY-MM-DD' strings, never shifted through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Opens a pool on `url` and wraps it with Drizzle. */
export function connectDatabase(url: string, max = 10): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {}); // idle client errors (server restart) surface on the next query
  return { db: drizzle(pool, { schema }), pool };
}
