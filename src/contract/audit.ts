/** Nhật ký: the append-only audit log of writes and refused attempts. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { idSchema, isoDateSchema, isoInstantSchema, pageOf } from './common';

/** One audit event: who, in which unit, did what to which object, with before/after for edits. */
export const auditEventSchema = z.object({
  id: z.string(),
  at: isoInstantSchema,
  actorUserId: idSchema.nullable(),
  actorName: z.string().nullable(),
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['allowed', 'denied']),
  objectType: z.string(),
  objectId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string(),
});
/** An audit event. */
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** GET /api/audit — newest first, filterable. */
export const listAuditEvents = defineEndpoint({
  method: 'GET',
  path: '/api/audit',
  summary: 'Nhật ký hệ thống',
  query: z.object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    action: z.string().max(100).optional(),
    outcome: z.enum(['allowed', 'denied']).optional(),
    actorUserId: idSchema.optional(),
    organisationId: idSchema.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: pageOf(auditEventSchema),
});
