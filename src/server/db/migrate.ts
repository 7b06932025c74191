// Plumbing: applies the committed SQL migrations (forward-only) under an advisory lock, so two
// starting instances never migrate at once.
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import type { Database } from './client';

/** The folder of committed migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

const MIGRATION_LOCK_KEY = 7_246_100_2;

/** Brings the database schema up to date. */
export async function migrateDatabase(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await migrate(tx as unknown as Database, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}
