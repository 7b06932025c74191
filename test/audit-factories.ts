// Test factory: audit events written straight into the append-only log, at a chosen instant.
import type { Database } from '../src/server/db/client';
import { auditEvents } from '../src/server/db/schema';

/** An audit event (defaults: an allowed 'test.event' on an organisation, now). */
export async function buildAuditEvent(
  db: Database,
  input: {
    tenantId: string;
    organisationId: string | null;
    action?: string;
    outcome?: 'allowed' | 'denied';
    at?: Date;
    actorUserId?: string | null;
  },
) {
  const [event] = await db
    .insert(auditEvents)
    .values({
      tenantId: input.tenantId,
      organisationId: input.organisationId,
      actorUserId: input.actorUserId ?? null,
      action: input.action ?? 'test.event',
      outcome: input.outcome ?? 'allowed',
      objectType: 'organisation',
      objectId: input.organisationId,
      requestId: 'factory',
      ...(input.at ? { at: input.at } : {}),
    })
    .returning();
  return event!;
}
