// SQL for finding the framework of a year a plan's target is checked against: the copies of a
// framework (its next years) and, failing the copy chain, the tenant's frameworks of one kind and
// year for a unit type.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { frameworks } from '../db/schema';
import type { FrameworkRow } from '../frameworks/framework.repository';

/** The frameworks copied from `id` (its versions for later years), oldest year first. */
export async function listFrameworkCopies(
  db: Database,
  tenantId: string,
  id: string,
): Promise<FrameworkRow[]> {
  return db
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.copiedFromId, id)))
    .orderBy(asc(frameworks.year), asc(frameworks.code));
}

/** The tenant's frameworks of one index kind and year that apply to `unitType`, by code. */
export async function listFrameworksOfKindAndYear(
  db: Database,
  tenantId: string,
  filter: { indexKind: string; year: number; unitType: string },
): Promise<FrameworkRow[]> {
  return db
    .select()
    .from(frameworks)
    .where(
      and(
        eq(frameworks.tenantId, tenantId),
        eq(frameworks.indexKind, filter.indexKind),
        eq(frameworks.year, filter.year),
        sql`${filter.unitType} = ANY(${frameworks.unitTypes})`,
      ),
    )
    .orderBy(asc(frameworks.code));
}
