// Plumbing for server tests: one PostgreSQL for the whole run — the embedded server, or the one at
// TEST_DATABASE_URL (a role with CREATEDB) — with a template database migrated once; each test
// file then clones its own database from the template (see test/test-database.ts).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureAppRole, type EmbeddedDatabase } from '../src/server/db/embedded-postgres';
import { startThrowawayPostgres } from './throwaway-postgres';
import { connectDatabase } from '../src/server/db/client';
import { migrateDatabase } from '../src/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a role that may CREATE DATABASE, on the template database. */
    testDatabaseTemplateUrl: string;
    testDatabaseTemplateName: string;
  }
}

const TEMPLATE = `parplan_template_${process.pid}`;

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startThrowawayPostgres('parplan-test-', {
      appRole: 'parplan_test',
      database: 'parplan_test',
    });
    await ensureAppRole(embedded.superuserUrl, 'parplan_test', 'test', 'parplan_test', {
      createDb: true,
    });
    adminUrl = embedded.superuserUrl
      .replace(/^postgres:\/\/postgres:[^@]*@/, 'postgres://parplan_test:test@')
      .replace(/\/postgres$/, '/parplan_test');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE} ENCODING 'UTF8'`);
  const templateUrl = withDatabase(adminUrl, TEMPLATE);
  const { db, pool } = connectDatabase(templateUrl, 2);
  await migrateDatabase(db);
  await pool.end();

  project.provide('testDatabaseTemplateUrl', templateUrl);
  project.provide('testDatabaseTemplateName', TEMPLATE);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`parplan_t${process.pid}_%`, TEMPLATE],
    );
    for (const { datname } of leftovers.rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    if (embedded) await embedded.stop();
  };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
