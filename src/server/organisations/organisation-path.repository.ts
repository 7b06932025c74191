// SQL: where an organisation sits in its tenant's tree (the input of every permission check).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** Ids from the tenant root down to `organisationId`, or null when it is not in this tenant. */
export async function findOrganisationPath(
  db: Database,
  tenantId: string,
  organisationId: string,
): Promise<string[] | null> {
  const result = await db.execute<{ id: string; depth: number }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, 0 AS depth FROM organisations WHERE tenant_id = ${tenantId} AND id = ${organisationId}
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1
      FROM organisations o JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 64
    )
    SELECT id, depth FROM up ORDER BY depth DESC`);
  if (result.rows.length === 0) return null;
  return result.rows.map((r) => r.id);
}

/**
 * The paths of many organisations in one query (root first, each ending at its organisation), by
 * id; ids not in this tenant are absent. For presenting abilities of a list without a query per row.
 */
export async function listOrganisationPaths(
  db: Database,
  tenantId: string,
  organisationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const paths = new Map<string, string[]>();
  if (organisationIds.length === 0) return paths;
  const result = await db.execute<{ start_id: string; id: string }>(sql`
    WITH RECURSIVE up AS (
      SELECT id AS start_id, id, parent_id, 0 AS depth
      FROM organisations
      WHERE tenant_id = ${tenantId} AND id = ANY(${sql.param([...organisationIds])}::uuid[])
      UNION ALL
      SELECT up.start_id, o.id, o.parent_id, up.depth + 1
      FROM organisations o JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 64
    )
    SELECT start_id, id FROM up ORDER BY start_id, depth DESC`);
  for (const row of result.rows) {
    const path = paths.get(row.start_id);
    if (path) path.push(row.id);
    else paths.set(row.start_id, [row.id]);
  }
  return paths;
}
