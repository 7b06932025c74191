// Plumbing: applies the committed SQL migrations (forward-only) under an advisory lock, so two
// starting instances never migrate at once, then re-grants the app role its rights (app-rights.ts).
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import { connectDatabase, type Database } from './client';
import { getCurrentRole, grantAppRights } from './app-rights';
import { fromPackageRoot } from '../package-root';

/** The folder of committed migrations (read from the source tree by the bundle too). */
export const MIGRATIONS_FOLDER = fromPackageRoot('src', 'server', 'db', 'migrations');

const MIGRATION_LOCK_KEY = 7_246_100_2;

/**
 * Brings the database schema up to date. `db` connects as the owner role; with `appRole` (another
 * role) the app role then gets exactly its rights on every table, the new ones included.
 */
export async function migrateDatabase(
  db: Database,
  options: { appRole?: string | null } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await migrate(tx as unknown as Database, { migrationsFolder: MIGRATIONS_FOLDER });
    const owner = await getCurrentRole(tx as unknown as Database);
    if (options.appRole && options.appRole !== owner)
      await grantAppRights(tx as unknown as Database, options.appRole);
  });
}

/** Migrates through a short-lived owner connection and grants `appRole` its rights. */
export async function migrateAsOwner(ownerUrl: string, appRole: string | null): Promise<void> {
  const { db, pool } = connectDatabase(ownerUrl, 1);
  try {
    await migrateDatabase(db, { appRole });
  } finally {
    await pool.end();
  }
}
