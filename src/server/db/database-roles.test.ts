// Upgrading in place: an embedded data directory from a version where the app role owned the
// database and everything in it (so it could drop the audit trigger) is handed over to the owner
// role at the next start, keeps its data, and leaves the app role only its table rights.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from './client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { withDatabase } from './database-roles';
import { migrateAsOwner, migrateDatabase } from './migrate';
import { buildTenant } from '../../../test/factories';
import { createThrowawayDir } from '../../../test/throwaway-postgres';

const folder = createThrowawayDir('parplan-upgrade-');
let embedded: EmbeddedDatabase | null = null;
afterAll(async () => {
  await embedded?.stop();
  folder.remove();
});

async function query<Row extends pg.QueryResultRow>(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Rewinds a fresh data directory to the old layout: no owner role, the app role owns it all. */
async function makeOldLayout(started: EmbeddedDatabase) {
  const superuser = withDatabase(started.superuserUrl, 'parplan');
  await query(superuser, 'REASSIGN OWNED BY parplan_owner TO parplan');
  await query(superuser, 'DROP ROLE parplan_owner');
  const { db, pool } = connectDatabase(started.appUrl, 1);
  await migrateDatabase(db);
  const { tenant } = await buildTenant(db, 'Tỉnh Trước Nâng Cấp');
  await pool.query(
    `INSERT INTO audit_events (tenant_id, action, outcome, object_type, request_id)
     VALUES ($1, 'old.version', 'allowed', 'test', 'upgrade-test')`,
    [tenant.id],
  );
  // What pg-boss made as the app role in those versions.
  await pool.query('CREATE SCHEMA pgboss; CREATE TABLE pgboss.job (id int)');
  await pool.end();
  const credentials = join(folder.dir, 'credentials.json');
  const { ownerPassword: _dropped, ...old } = JSON.parse(readFileSync(credentials, 'utf8'));
  writeFileSync(credentials, JSON.stringify(old));
}

describe('starting on a data directory where the app role owned everything', () => {
  it('hands the database over to the owner role, keeps the data and takes the app role’s ownership away', async () => {
    const first = await startEmbeddedPostgres(folder.dir);
    await makeOldLayout(first);
    const before = await query<{ owns: boolean }>(
      first.appUrl,
      `SELECT (SELECT datdba FROM pg_database WHERE datname = current_database()) =
              (SELECT oid FROM pg_roles WHERE rolname = current_user) AS owns`,
    );
    expect(before).toEqual([{ owns: true }]);
    await first.stop();

    embedded = await startEmbeddedPostgres(folder.dir);
    await migrateAsOwner(embedded.ownerUrl, embedded.appRole);

    const owned = await query(
      withDatabase(embedded.superuserUrl, 'parplan'),
      `SELECT r.rolname AS role,
         (SELECT count(*)::int FROM pg_database WHERE datdba = r.oid) AS databases,
         (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS schemas,
         (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS relations,
         (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS functions
       FROM pg_roles r WHERE r.rolname IN ('parplan', 'parplan_owner') ORDER BY r.rolname`,
    );
    expect(owned).toEqual([
      { role: 'parplan', databases: 0, schemas: 0, relations: 0, functions: 0 },
      {
        role: 'parplan_owner',
        databases: 1,
        schemas: 2, // drizzle, pgboss (public belongs to pg_database_owner)
        relations: expect.any(Number),
        // The audit trigger's function, fold_vietnamese (search, migration 0012) and
        // analyze_dossier_import_rows (the import's staging statistics, migration 0016).
        functions: 3,
      },
    ]);

    const app = new pg.Client({ connectionString: embedded.appUrl });
    await app.connect();
    try {
      const events = await app.query(`SELECT action FROM audit_events`);
      expect(events.rows).toEqual([{ action: 'old.version' }]);
      await expect(
        app.query('DROP TRIGGER audit_events_append_only ON audit_events'),
      ).rejects.toThrow(/must be owner/);
      await expect(app.query('DELETE FROM audit_events')).rejects.toThrow(/permission denied/);
      await expect(app.query('SELECT * FROM pgboss.job')).rejects.toThrow(/permission denied/);
      const tenants = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM tenants`);
      expect(tenants.rows).toEqual([{ n: 1 }]);
    } finally {
      await app.end();
    }
  }, 60_000);
});
