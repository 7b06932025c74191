// SQL for units named by id elsewhere (a task's lead, a role, a picker's value): name, closing
// date and successors, within one tenant only.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** A unit's label as stored: `validTo` is compared with today by the service. */
export type OrganisationLabelRow = {
  id: string;
  code: string;
  name: string;
  validTo: string | null;
  successors: { id: string; name: string }[];
};

/** The tenant's units with these ids (others, and other tenants' ids, are left out), by name. */
export async function listOrganisationLabels(
  db: Database,
  tenantId: string,
  ids: readonly string[],
): Promise<OrganisationLabelRow[]> {
  if (ids.length === 0) return [];
  const result = await db.execute<OrganisationLabelRow>(sql`
    SELECT o.id, o.code, o.name, o.valid_to AS "validTo",
           coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
                      FILTER (WHERE s.id IS NOT NULL), '[]'::json) AS successors
    FROM organisations o
    LEFT JOIN organisation_successions l ON l.tenant_id = o.tenant_id AND l.predecessor_id = o.id
    LEFT JOIN organisations s ON s.tenant_id = l.tenant_id AND s.id = l.successor_id
    WHERE o.tenant_id = ${tenantId} AND o.id = ANY(${sql.param([...ids])}::uuid[])
    GROUP BY o.id, o.code, o.name, o.valid_to
    ORDER BY o.name, o.code`);
  return result.rows;
}
