// SQL for the liveness check: the cheapest query PostgreSQL must answer.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** Runs `SELECT 1`; rejects when the database does not answer. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`SELECT 1`);
}
