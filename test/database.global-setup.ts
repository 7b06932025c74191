// Plumbing for server tests: one PostgreSQL for the whole run — the embedded server, or the one at
// TEST_DATABASE_URL (an owner role with CREATEDB, member of the app role) and TEST_DATABASE_APP_URL
// (the app's login role) — with a template database migrated once by the owner, who then grants
// the app role its table rights; each test file clones its own database from the template (see
// test/test-database.ts) and runs as the app role, so route tests exercise production's rights.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { EmbeddedDatabase } from '../src/server/db/embedded-postgres';
import { withDatabase } from '../src/server/db/database-roles';
import { startThrowawayPostgres } from './throwaway-postgres';
import { migrateAsOwner } from '../src/server/db/migrate';
import { ensureBuilt } from './ensure-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the owner role (may CREATE DATABASE), on the template database. */
    testDatabaseTemplateUrl: string;
    testDatabaseTemplateName: string;
    /** URL of the app role (table rights only), on the template database. */
    testDatabaseAppUrl: string;
  }
}

const TEMPLATE = `parplan_template_${process.pid}`;

export default async function setup(project: TestProject) {
  // The process tests (main, lifecycle, scripts/start) spawn the built app, web pages included.
  ensureBuilt(['server', 'web']);
  let embedded: EmbeddedDatabase | null = null;
  let ownerUrl = process.env.TEST_DATABASE_URL;
  let appUrl = process.env.TEST_DATABASE_APP_URL;
  if (!ownerUrl) {
    embedded = await startThrowawayPostgres('parplan-test-', {
      appRole: 'parplan_test',
      ownerCanCreateDatabases: true,
      database: 'parplan_test',
    });
    ownerUrl = embedded.ownerUrl;
    appUrl = embedded.appUrl;
    await grantOwnerMembershipOfApp(embedded.superuserUrl, 'parplan_test_owner', 'parplan_test');
  } else if (!appUrl) {
    throw new Error(
      'TEST_DATABASE_URL (owner role with CREATEDB) needs TEST_DATABASE_APP_URL too: the login role the app runs as.',
    );
  }
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE} ENCODING 'UTF8'`);
  const templateUrl = withDatabase(ownerUrl, TEMPLATE);
  await migrateAsOwner(templateUrl, decodeURIComponent(new URL(appUrl!).username));

  project.provide('testDatabaseTemplateUrl', templateUrl);
  project.provide('testDatabaseTemplateName', TEMPLATE);
  project.provide('testDatabaseAppUrl', withDatabase(appUrl!, TEMPLATE));

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

/**
 * Lets the owner end the app role's connections: `DROP DATABASE … WITH (FORCE)` of a test file's
 * database must terminate backends still closing after the pool ended, and PostgreSQL allows that
 * only to members of their role. Test harness only; production's owner needs no such right.
 */
async function grantOwnerMembershipOfApp(superuserUrl: string, owner: string, app: string) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`GRANT "${app}" TO "${owner}"`);
  } finally {
    await client.end();
  }
}
