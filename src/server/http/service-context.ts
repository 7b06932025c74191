// Plumbing: what every service function receives first — the database handle, who acts, on which
// organisation, how to audit, and the clock readings of the request — so services take
// `(ctx, input)` instead of six to eight positional arguments, and never read the wall clock.
import type { Actor, OrganisationResource } from '@domain/permissions/can';
import type { Database } from '../db/client';
import type { NewAuditEvent } from '../audit/audit.repository';

/** An audit entry a service records; who, when and the request id are filled in by route.ts. */
export type AuditEntry = Omit<NewAuditEvent, 'tenantId' | 'actorUserId' | 'requestId' | 'outcome'>;

/** Records an audit event inside the request's transaction (rejects on read routes). */
export type Audit = (entry: AuditEntry) => Promise<void>;

/** One request's context, built by `defineRoute` from the app's clock. */
export interface ServiceContext {
  /** The pool for reads; the request's transaction for write actions. */
  db: Database;
  actor: Actor;
  /** The organisation the action was authorised on (target-based routes), else null. */
  resource: OrganisationResource | null;
  audit: Audit;
  /** Hôm nay in Vietnam (YYYY-MM-DD), read once per request: due dates and overdue compare with it. */
  today: string;
  /** The instant the request started: what stamps such as issuedAt and submittedAt record. */
  now: Date;
}

/** What a read service needs: no audit, no authorised resource. */
export type ReadContext = Pick<ServiceContext, 'db' | 'actor' | 'today'>;
