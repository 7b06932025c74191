// SQL for the tenant registry (tỉnh): the reference table every tenant-owned row points at.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { tenants } from '../db/schema';

/** The tenant with this code, if any. */
export async function findTenantByCode(db: Database, code: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.code, code));
  return row ?? null;
}

/** Registers a tenant (province) and returns it. */
export async function insertTenant(db: Database, row: { code: string; name: string }) {
  const [inserted] = await db.insert(tenants).values(row).returning();
  return inserted!;
}
