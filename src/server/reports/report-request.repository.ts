// SQL for ad-hoc report requests (yêu cầu báo cáo đột xuất) and the units each one asks.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organisations, reportRequests, reportRequestUnits } from '../db/schema';

/** A request with the units it asks (id and name, in name order). */
export type ReportRequestRow = typeof reportRequests.$inferSelect & {
  units: { id: string; name: string }[];
};

/** Records a request and its units. */
export async function insertReportRequest(
  db: Database,
  row: Omit<typeof reportRequests.$inferInsert, 'id' | 'createdAt'>,
  organisationIds: readonly string[],
): Promise<typeof reportRequests.$inferSelect> {
  const [created] = await db.insert(reportRequests).values(row).returning();
  await db.insert(reportRequestUnits).values(
    organisationIds.map((organisationId) => ({
      tenantId: row.tenantId,
      requestId: created!.id,
      organisationId,
    })),
  );
  return created!;
}

/** The plans' requests, oldest due first, each with its units. */
export async function listPlanRequests(
  db: Database,
  tenantId: string,
  planIds: readonly string[],
): Promise<ReportRequestRow[]> {
  if (planIds.length === 0) return [];
  const requests = await db
    .select()
    .from(reportRequests)
    .where(and(eq(reportRequests.tenantId, tenantId), inArray(reportRequests.planId, [...planIds])))
    .orderBy(asc(reportRequests.dueOn), asc(reportRequests.createdAt), asc(reportRequests.id));
  if (requests.length === 0) return [];
  const units = await db
    .select({
      requestId: reportRequestUnits.requestId,
      id: organisations.id,
      name: organisations.name,
    })
    .from(reportRequestUnits)
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, reportRequestUnits.tenantId),
        eq(organisations.id, reportRequestUnits.organisationId),
      ),
    )
    .where(
      and(
        eq(reportRequestUnits.tenantId, tenantId),
        inArray(
          reportRequestUnits.requestId,
          requests.map((request) => request.id),
        ),
      ),
    )
    .orderBy(asc(organisations.name));
  return requests.map((request) => ({
    ...request,
    units: units
      .filter((unit) => unit.requestId === request.id)
      .map(({ id, name }) => ({ id, name })),
  }));
}
