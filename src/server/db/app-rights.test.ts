// The app's database role, seen from a migrated test database (the harness connects as that role):
// it owns nothing, holds exactly the rights APP_TABLE_RIGHTS lists, may read and append to the
// audit log but never change it or its trigger, and may create nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { APP_TABLE_RIGHTS, APP_TABLES_QUERY } from './app-rights';
import { buildTenant } from '../../../test/factories';

let t: TestDatabase;
let tenantId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  tenantId = (await buildTenant(t.db)).tenant.id;
});
afterAll(() => t.drop());

const TABLE_RIGHTS = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

const appendEvent = () =>
  t.pool.query(
    `INSERT INTO audit_events (tenant_id, action, outcome, object_type, request_id)
     VALUES ($1, 'app-rights.test', 'allowed', 'test', 'app-rights-test')`,
    [tenantId],
  );

const countEvents = async () =>
  (
    await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1`,
      [tenantId],
    )
  ).rows[0]!.n;

describe('the app database role', () => {
  it('is not a superuser and owns neither the database nor any schema, table or function', async () => {
    const result = await t.pool.query(
      `SELECT r.rolsuper AS "isSuperuser",
         (SELECT d.datdba = r.oid FROM pg_database d WHERE d.datname = current_database()) AS "ownsDatabase",
         (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS schemas,
         (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS relations,
         (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS functions
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(result.rows).toEqual([
      { isSuperuser: false, ownsDatabase: false, schemas: 0, relations: 0, functions: 0 },
    ]);
  });

  it('holds exactly the rights APP_TABLE_RIGHTS lists on every table of the app', async () => {
    const tables = await t.pool.query<{ name: string }>(APP_TABLES_QUERY);
    const held: Record<string, string[]> = {};
    for (const { name } of tables.rows) {
      const rights = await t.pool.query<{ right: string; held: boolean }>(
        `SELECT r AS right, has_table_privilege(current_user, format('public.%I', $1::text), r) AS held
         FROM unnest($2::text[]) AS r`,
        [name, TABLE_RIGHTS],
      );
      held[name] = rights.rows.filter((row) => row.held).map((row) => row.right);
    }
    const expected = Object.fromEntries(
      Object.entries(APP_TABLE_RIGHTS).map(([name, rights]) => [name, [...rights]]),
    );
    expect(held).toEqual(expected);
  });

  it('appends to audit_events and reads it back', async () => {
    const before = await countEvents();
    await appendEvent();
    expect(await countEvents()).toBe(before + 1);
  });

  it.each([
    ['DROP TRIGGER audit_events_append_only ON audit_events', /must be owner/],
    ['ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only', /must be owner/],
    ['ALTER TABLE audit_events DISABLE TRIGGER ALL', /must be owner/],
    ['DROP TABLE audit_events', /must be owner/],
    [`UPDATE audit_events SET action = 'tampered'`, /permission denied for table audit_events/],
    ['DELETE FROM audit_events', /permission denied for table audit_events/],
    ['TRUNCATE audit_events', /permission denied for table audit_events/],
  ])('is refused %s', async (statement, refusal) => {
    await appendEvent();
    const before = await countEvents();
    await expect(t.pool.query(statement)).rejects.toThrow(refusal);
    expect(await countEvents()).toBe(before);
    const triggers = await t.pool.query(
      `SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
       WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.rows).toEqual([
      { name: 'audit_events_append_only', enabled: 'O' },
      { name: 'audit_events_no_truncate', enabled: 'O' },
    ]);
  });

  it('may not create tables, schemas or functions', async () => {
    await expect(t.pool.query('CREATE TABLE smuggled (id int)')).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(t.pool.query('CREATE SCHEMA smuggled')).rejects.toThrow(
      /permission denied for database/,
    );
    await expect(
      t.pool.query('CREATE FUNCTION smuggled() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'),
    ).rejects.toThrow(/permission denied for schema public/);
  });

  it("cannot read or change the migrations' bookkeeping", async () => {
    await expect(t.pool.query('SELECT * FROM drizzle.__drizzle_migrations')).rejects.toThrow(
      /permission denied for schema drizzle/,
    );
  });
});
