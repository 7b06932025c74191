// The tenancy schema, read from the catalogue of a migrated database: every tenant-owned table
// leads its primary key with tenant_id and carries tenant_id through its foreign keys (so the
// schema can be distributed by Citus), reference tables never point into tenant tables, and the
// audit log is append-only even for the owner role (the app role's rights: app-rights.test.ts).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { REFERENCE_TABLES } from './schema';
import { buildTenant } from '../../../test/factories';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Drizzle's bookkeeping table, which belongs to no tenant. */
const MIGRATIONS_TABLE = '__drizzle_migrations';
const SYSTEM_SCHEMAS = ['pg_catalog', 'information_schema', 'pg_toast'];
const isReference = (table: string) => (REFERENCE_TABLES as readonly string[]).includes(table);

interface Table {
  schema: string;
  name: string;
}

async function listTables(): Promise<Table[]> {
  const result = await t.pool.query<Table>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema <> ALL($1::text[]) AND table_name <> $2
     ORDER BY table_schema, table_name`,
    [SYSTEM_SCHEMAS, MIGRATIONS_TABLE],
  );
  return result.rows;
}

/** Constraints of one kind with their columns in key order (referenced columns for foreign keys). */
async function listConstraints(kind: 'p' | 'f' | 'u') {
  const result = await t.pool.query<{
    name: string;
    table: string;
    columns: string[];
    referencedTable: string | null;
    referencedColumns: string[] | null;
  }>(
    `SELECT c.conname AS name, rel.relname AS "table",
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
       ref.relname AS "referencedTable",
       CASE WHEN c.confrelid = 0 THEN NULL ELSE
         ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n)
       END AS "referencedColumns"
     FROM pg_constraint c
     JOIN pg_class rel ON rel.oid = c.conrelid
     JOIN pg_namespace ns ON ns.oid = rel.relnamespace
     LEFT JOIN pg_class ref ON ref.oid = c.confrelid
     WHERE c.contype = $1 AND ns.nspname <> ALL($2::text[]) AND rel.relname <> $3
     ORDER BY rel.relname, c.conname`,
    [kind, SYSTEM_SCHEMAS, MIGRATIONS_TABLE],
  );
  return result.rows;
}

describe('tenancy schema', () => {
  it('knows the tables it checks: the reference tables and the tenant tables exist', async () => {
    const names = (await listTables()).map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining([...REFERENCE_TABLES]));
    expect(names).toEqual(expect.arrayContaining(['organisations', 'users', 'audit_events']));
  });

  it('gives every tenant table a tenant_id column that leads its primary key', async () => {
    const tenantTables = (await listTables()).filter((table) => !isReference(table.name));
    const primaryKeys = new Map((await listConstraints('p')).map((c) => [c.table, c.columns]));
    const offenders = tenantTables
      .map((table) => ({ table: table.name, primaryKey: primaryKeys.get(table.name) ?? [] }))
      .filter(({ primaryKey }) => primaryKey[0] !== 'tenant_id')
      .map(({ table, primaryKey }) => `${table} (primary key: ${primaryKey.join(', ') || 'none'})`);
    expect(offenders, `tables whose primary key does not start with tenant_id`).toEqual([]);
  });

  it('carries tenant_id on both sides of every foreign key between tenant tables', async () => {
    const offenders = (await listConstraints('f'))
      .filter((fk) => !isReference(fk.table) && !isReference(fk.referencedTable!))
      .filter((fk) => {
        const position = fk.columns.indexOf('tenant_id');
        return position < 0 || fk.referencedColumns![position] !== 'tenant_id';
      })
      .map(
        (fk) =>
          `${fk.table}.${fk.name}: (${fk.columns.join(', ')}) → ${fk.referencedTable}(${fk.referencedColumns!.join(', ')})`,
      );
    expect(offenders, 'foreign keys between tenant tables without tenant_id paired').toEqual([]);
  });

  it('keeps reference tables free of foreign keys into tenant tables', async () => {
    const offenders = (await listConstraints('f'))
      .filter((fk) => isReference(fk.table) && !isReference(fk.referencedTable!))
      .map((fk) => `${fk.table}.${fk.name} → ${fk.referencedTable}`);
    expect(offenders, 'reference tables pointing into tenant tables').toEqual([]);
  });

  it('includes tenant_id in every unique constraint of a tenant table', async () => {
    const offenders = (await listConstraints('u'))
      .filter((constraint) => !isReference(constraint.table))
      .filter((constraint) => !constraint.columns.includes('tenant_id'))
      .map((constraint) => `${constraint.table}.${constraint.name}`);
    expect(offenders, 'unique constraints that Citus could not enforce per tenant').toEqual([]);
  });
});

describe('audit_events is append-only, even for the owner role', () => {
  // The app role may not even try (no UPDATE/DELETE/TRUNCATE rights); the trigger is the second
  // wall, against the role that runs migrations.
  let owner: pg.Pool;
  let tenantId: string;
  beforeAll(async () => {
    owner = new pg.Pool({ connectionString: t.ownerUrl, max: 1 });
    tenantId = (await buildTenant(t.db)).tenant.id;
    await t.pool.query(
      `INSERT INTO audit_events (tenant_id, action, outcome, object_type, request_id)
       VALUES ($1, 'schema.test', 'allowed', 'test', 'schema-test')`,
      [tenantId],
    );
  });
  afterAll(() => owner.end());

  const countEvents = async () =>
    (
      await t.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1`,
        [tenantId],
      )
    ).rows[0]!.n;

  it('refuses UPDATE', async () => {
    await expect(
      owner.query(`UPDATE audit_events SET action = 'tampered' WHERE tenant_id = $1`, [tenantId]),
    ).rejects.toThrow(/append-only/);
    const result = await t.pool.query(`SELECT action FROM audit_events WHERE tenant_id = $1`, [
      tenantId,
    ]);
    expect(result.rows).toEqual([{ action: 'schema.test' }]);
  });

  it('refuses DELETE', async () => {
    await expect(
      owner.query(`DELETE FROM audit_events WHERE tenant_id = $1`, [tenantId]),
    ).rejects.toThrow(/append-only/);
    expect(await countEvents()).toBe(1);
  });

  it('refuses TRUNCATE', async () => {
    await expect(owner.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    expect(await countEvents()).toBe(1);
  });
});
