// Plumbing shared by the command-line scripts: the database the app would use — DATABASE_URL, or
// the embedded PostgreSQL of PARPLAN_DATA_DIR (locked, started, stopped after) — migrated as its
// owner, handed to `work`, and closed whatever happens.
import { resolve } from 'node:path';
import type pg from 'pg';
import type { Config } from '../src/server/config';
import { connectDatabase, type Database } from '../src/server/db/client';
import { getCurrentRole } from '../src/server/db/app-rights';
import { lockDataDir } from '../src/server/db/data-dir-lock';
import { startEmbeddedPostgres } from '../src/server/db/embedded-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';

/** Runs `work` on the app's migrated database, then closes the pool and any embedded server. */
export async function withScriptDatabase<T>(
  config: Config,
  work: (db: Database, pool: pg.Pool) => Promise<T>,
): Promise<T> {
  let stop = async () => {};
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL;
  if (!url) {
    const release = lockDataDir(resolve(config.PARPLAN_DATA_DIR));
    const embedded = await startEmbeddedPostgres(config.PARPLAN_DATA_DIR);
    url = embedded.appUrl;
    ownerUrl = embedded.ownerUrl;
    stop = async () => {
      await embedded.stop();
      release();
    };
  }
  const { db, pool } = connectDatabase(url, 2);
  try {
    await migrateAsOwner(ownerUrl ?? url, await getCurrentRole(db));
    return await work(db, pool);
  } finally {
    await pool.end();
    await stop();
  }
}
