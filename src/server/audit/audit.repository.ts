// SQL for the append-only audit log.
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditObjectType } from '@contract/audit';
import type { Database } from '../db/client';
import { auditEvents, organisations, users } from '../db/schema';

/**
 * What a caller records; time and id are set by the database. Action and object type come from
 * the contract's lists, so the audit page has a label for every name the server writes.
 */
export interface NewAuditEvent {
  tenantId: string;
  actorUserId: string | null;
  organisationId: string | null;
  action: AuditAction;
  outcome: 'allowed' | 'denied';
  objectType: AuditObjectType;
  objectId: string | null;
  before?: unknown;
  after?: unknown;
  requestId: string;
}

/** Filters of the audit screen. `organisationIds` limits to the units the reader may see. */
export interface AuditFilter {
  tenantId: string;
  from?: string;
  to?: string;
  action?: string;
  outcome?: 'allowed' | 'denied';
  actorUserId?: string;
  organisationId?: string;
  organisationIds: string[] | 'all';
  page: number;
  pageSize: number;
}

export async function insertAuditEvent(db: Database, event: NewAuditEvent): Promise<void> {
  await db
    .insert(auditEvents)
    .values({ ...event, before: event.before ?? null, after: event.after ?? null });
}

export async function listAuditEvents(db: Database, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.tenantId, filter.tenantId)];
  if (filter.from)
    conditions.push(
      gte(auditEvents.at, sql`${filter.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`),
    );
  if (filter.to)
    conditions.push(
      lt(auditEvents.at, sql`(${filter.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`),
    );
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.outcome) conditions.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId));
  if (filter.organisationId) conditions.push(eq(auditEvents.organisationId, filter.organisationId));
  if (filter.organisationIds !== 'all') {
    const ids = filter.organisationIds;
    conditions.push(sql`${auditEvents.organisationId} = ANY(${sql.param(ids)}::uuid[])`);
  }
  const where = and(...conditions);
  const rows = await db
    .select({
      event: auditEvents,
      actorName: users.fullName,
      organisationName: organisations.name,
    })
    .from(auditEvents)
    .leftJoin(
      users,
      and(eq(users.tenantId, auditEvents.tenantId), eq(users.id, auditEvents.actorUserId)),
    )
    .leftJoin(
      organisations,
      and(
        eq(organisations.tenantId, auditEvents.tenantId),
        eq(organisations.id, auditEvents.organisationId),
      ),
    )
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { rows, total: total?.n ?? 0 };
}
