// Reading the audit log within the reader's reach.
import type { z } from 'zod';
import type { AuditEvent, listAuditEvents as listEndpoint } from '@contract/audit';
import { grantRootsFor } from '@domain/permissions/can';
import {
  findRootOrganisation,
  listOrganisationsUnder,
} from '../organisations/organisation.repository';
import type { ServiceContext } from '../http/service-context';
import { listAuditEvents } from './audit.repository';

/** A page of audit events about the units below the actor's audit grants (all, for the province). */
export async function listVisibleAuditEvents(
  ctx: ServiceContext,
  query: z.output<NonNullable<(typeof listEndpoint)['query']>>,
): Promise<{ items: AuditEvent[]; total: number; page: number; pageSize: number }> {
  const { db, actor } = ctx;
  const roots = grantRootsFor(actor, 'audit.read');
  const tenantRoot = await findRootOrganisation(db, actor.tenantId);
  const organisationIds =
    tenantRoot && roots.includes(tenantRoot.id)
      ? ('all' as const)
      : (
          await listOrganisationsUnder(db, actor.tenantId, roots, {
            includeClosed: true,
            today: ctx.today,
          })
        ).map((o) => o.id);
  const { rows, total } = await listAuditEvents(db, {
    ...query,
    tenantId: actor.tenantId,
    organisationIds,
  });
  return {
    items: rows.map(({ event, actorName, organisationName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      actorUserId: event.actorUserId,
      actorName,
      organisationId: event.organisationId,
      organisationName,
      action: event.action,
      outcome: event.outcome as 'allowed' | 'denied',
      objectType: event.objectType,
      objectId: event.objectId,
      before: event.before ?? null,
      after: event.after ?? null,
      requestId: event.requestId,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
