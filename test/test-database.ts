// Plumbing for server tests: a fresh database per test file, cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/server/db/client';

/** A test file's own database, and how to drop it. */
export interface TestDatabase {
  db: Database;
  pool: pg.Pool;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('testDatabaseTemplateUrl');
  const template = inject('testDatabaseTemplateName');
  const name = `${template.replace('parplan_template_', 'parplan_t')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const url = templateUrl.replace(/\/[^/]*$/, `/${name}`);
  const { db, pool } = connectDatabase(url, 5);
  return {
    db,
    pool,
    url,
    drop: async () => {
      await pool.end();
      const client = new pg.Client({
        connectionString: templateUrl.replace(/\/[^/]*$/, '/postgres'),
      });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
