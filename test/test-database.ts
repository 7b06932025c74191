// Plumbing for server tests: a fresh database per test file, cloned from the migrated template by
// the owner role; `db`, `pool` and `url` connect as the app role (table rights only), `ownerUrl` as
// the owner (pg-boss, and tests of what only the owner may do).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/server/db/client';
import { withDatabase } from '../src/server/db/database-roles';

/** A test file's own database, and how to drop it. */
export interface TestDatabase {
  db: Database;
  pool: pg.Pool;
  /** The app role on this database. */
  url: string;
  /** The owner role on this database. */
  ownerUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('testDatabaseTemplateUrl');
  const template = inject('testDatabaseTemplateName');
  const name = `${template.replace('parplan_template_', 'parplan_t')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(templateUrl, 'postgres');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const url = withDatabase(inject('testDatabaseAppUrl'), name);
  const { db, pool } = connectDatabase(url, 5);
  return {
    db,
    pool,
    url,
    ownerUrl: withDatabase(templateUrl, name),
    drop: async () => {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // FORCE ends this database's sessions, but the owner role may not end one of the superuser
        // (an autovacuum worker after a large write): retry until that worker has left.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt === 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
