// Plumbing: the database a CLI subcommand works on — DATABASE_URL, or the embedded PostgreSQL of
// PARPLAN_DATA_DIR (locked, started, stopped after; refused while the app runs on it) — migrated
// as its owner unless asked not to, and closed whatever happens.
import { resolve } from 'node:path';
import type pg from 'pg';
import type { Config } from '../config';
import { connectDatabase, type Database } from '../db/client';
import { getCurrentRole } from '../db/app-rights';
import { lockDataDir } from '../db/data-dir-lock';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateAsOwner } from '../db/migrate';

/** What `work` receives. */
export interface CliDatabase {
  db: Database;
  pool: pg.Pool;
  /** The owner role's URL (migrations), or the app URL when no owner is configured. */
  ownerUrl: string;
  embedded: boolean;
}

/** Runs `work` on the app's database (migrated first unless `migrate` is false). */
export async function withCliDatabase<T>(
  config: Config,
  work: (database: CliDatabase) => Promise<T>,
  options: { migrate?: boolean; progress?: (line: string) => void } = {},
): Promise<T> {
  let stop = async () => {};
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL;
  if (!url) {
    const dataDir = resolve(config.PARPLAN_DATA_DIR);
    const release = lockDataDir(dataDir);
    try {
      options.progress?.(`Khởi động PostgreSQL nhúng (dữ liệu: ${dataDir}) …`);
      const embedded = await startEmbeddedPostgres(dataDir, {
        runtimeDir: config.PARPLAN_RUNTIME_DIR,
        restartOnCrash: false,
        ...(options.progress ? { announce: options.progress } : {}),
      });
      url = embedded.appUrl;
      ownerUrl = embedded.ownerUrl;
      stop = async () => {
        await embedded.stop();
        release();
      };
    } catch (error) {
      release();
      throw error;
    }
  }
  const { db, pool } = connectDatabase(url, 2);
  try {
    if (options.migrate !== false) await migrateAsOwner(ownerUrl ?? url, await getCurrentRole(db));
    return await work({ db, pool, ownerUrl: ownerUrl ?? url, embedded: !config.DATABASE_URL });
  } finally {
    await pool.end();
    await stop();
  }
}
