/** Nhật ký: the append-only audit log of writes and refused attempts. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { ACTION_NAMES, type Action } from '@domain/permissions/action';
import { idSchema, isoDateSchema, isoInstantSchema, pageOf } from './common';

/**
 * Hành động của tài khoản: what signed-in users do on their own account (sign-in, session,
 * two-step verification, notifications). No permission guards them, so they are not in ACTIONS.
 */
export const ACCOUNT_AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.password',
  'auth.session.end',
  'auth.session.sign_out_others',
  'auth.two_factor.enrol_start',
  'auth.two_factor.enable',
  'auth.two_factor.verify',
  'auth.two_factor.recovery_codes',
  'auth.two_factor.disable',
  'notification.read',
  'notification_preferences.save',
] as const;

/** Every action the audit log records: the permission actions (allowed or refused) and the account ones. */
export const AUDIT_ACTIONS = [...ACTION_NAMES, ...ACCOUNT_AUDIT_ACTIONS] as const;
/** The name of an audited action, e.g. 'plan.manage' or 'auth.two_factor.enable'. */
export type AuditAction = Action | (typeof ACCOUNT_AUDIT_ACTIONS)[number];

/** Loại đối tượng: every kind of object an audit event may name (`route` for a refused list route). */
export const AUDIT_OBJECT_TYPES = [
  'organisation',
  'organisation_import',
  'user',
  'role_grant',
  'session',
  'route',
  'notification',
  'notification_preferences',
  'framework',
  'framework_import',
  'result_template',
  'result_import',
  'unit_result',
  'kpi_unit',
  'dossier_import',
  'plan',
  'plan_import',
  'plan_task',
  'report_request',
  'report_submission',
  'report_comment',
  'evidence_file',
  'consolidated_report',
  'assessment_round',
  'assessment_unit',
  'assessment_entry',
  'assessment_evidence',
  'assessment_explanation',
  'assessment_explanation_request',
  'assessment_survey_import',
] as const;
/** The kind of object an audit event names, e.g. 'plan_task'. */
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

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
