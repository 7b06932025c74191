// The CLI's own reads: a tenant by its code, the applied migrations.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { tenants } from '../db/schema';

/** The tenant (tỉnh) with this code, or null. */
export async function findTenantByCode(db: Database, code: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.code, code));
  return tenant ?? null;
}

/** How many drizzle migrations the database has applied (0 before the first). */
export async function countAppliedMigrations(db: Database): Promise<number> {
  const exists = await db.execute<{ ok: boolean }>(
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS ok`,
  );
  if (!exists.rows[0]!.ok) return 0;
  const result = await db.execute<{ n: string }>(
    sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`,
  );
  return Number(result.rows[0]!.n);
}
