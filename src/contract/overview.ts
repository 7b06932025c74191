/**
 * Tổng quan (việc cần làm): what the signed-in user has to do today — reports due or overdue,
 * returned or waiting for review, tasks due or late, plans to issue, targets at risk, the unit's
 * latest index — and, for administrators, roles still held on units closed by a merger.
 */
import { z } from 'zod';
import { projectedRankSchema } from './assessment-projection';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { ROLES } from '@domain/permissions/role';
import { TASK_STATUSES } from '@domain/plans/plan';
import { PERIOD_CELL_STATUSES } from '@domain/reports/submission';
import { defineEndpoint } from './endpoint';
import { idSchema, isoDateSchema } from './common';

const unitSchema = z.object({ id: idSchema, name: z.string() });
const planRefSchema = z.object({ id: idSchema, title: z.string(), year: z.number().int() });

/** Mức khẩn: overdue by `daysLate` calendar days, or due in `daysLeft` (0 = today). */
export const urgencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overdue'), daysLate: z.number().int() }),
  z.object({ kind: z.literal('due_soon'), daysLeft: z.number().int() }),
]);

/** Một báo cáo cần xử lý: which plan, period and unit, where it stands, and its urgency. */
export const reportTodoSchema = z.object({
  plan: planRefSchema,
  organisation: unitSchema,
  period: z.object({ key: z.string(), label: z.string(), due: isoDateSchema }),
  status: z.enum(PERIOD_CELL_STATUSES),
  urgency: urgencySchema.nullable(),
  submissionId: idSchema.nullable(),
  /** Ý kiến khi trả lại (returned reports only, else empty). */
  returnComment: z.string(),
});
/** A report on the to-do list. */
export type ReportTodo = z.infer<typeof reportTodoSchema>;

/** Một nhiệm vụ của đơn vị tôi đến hạn hoặc quá hạn. */
export const taskTodoSchema = z.object({
  id: idSchema,
  plan: planRefSchema,
  organisation: unitSchema,
  content: z.string(),
  timeframeText: z.string(),
  status: z.enum(TASK_STATUSES),
  due: isoDateSchema.nullable(),
  urgency: urgencySchema,
  role: z.enum(['lead', 'coordinator']),
});
/** A task on the to-do list. */
export type TaskTodo = z.infer<typeof taskTodoSchema>;

/** Dự thảo kế hoạch chờ ban hành. */
export const draftPlanTodoSchema = planRefSchema.extend({
  organisation: unitSchema,
  taskCount: z.number().int(),
});

/** Chỉ tiêu có nguy cơ không đạt: a target of a current plan judged "không đạt". */
export const targetAtRiskSchema = z.object({
  plan: planRefSchema,
  organisation: unitSchema,
  text: z.string(),
  evidence: z.string(),
});

/** Dự báo năm nay trên thẻ chỉ số: the projected index range and rank range (see assessment-projection). */
export const indexCardProjectionSchema = z.object({
  year: z.number().int(),
  pessimisticIndex: z.number().nullable(),
  optimisticIndex: z.number().nullable(),
  rank: projectedRankSchema.pick({ best: true, worst: true, of: true }).nullable(),
});

/** Chỉ số của đơn vị: the latest result of one index, rank, change and this year's projection. */
export const indexCardSchema = z.object({
  framework: z.object({ id: idSchema, code: z.string(), name: z.string(), year: z.number().int() }),
  organisation: unitSchema,
  score: z.number(),
  indexPercent: z.number().nullable(),
  rankText: z.string().nullable(),
  rankChange: z.string().nullable(),
  /** Change of the index (percentage points) since last year's framework, when both exist. */
  indexChange: z.number().nullable(),
  /** Dự báo năm nay: null when this year has no framework of the index yet. */
  projection: indexCardProjectionSchema.nullable(),
});
/** An index card. */
export type IndexCard = z.infer<typeof indexCardSchema>;

/** Vai trò trên đơn vị đã giải thể/sáp nhập: a grant on a closed unit, with the units that succeeded it. */
export const closedUnitGrantSchema = z.object({
  grantId: idSchema,
  user: z.object({ id: idSchema, login: z.string(), fullName: z.string() }),
  role: z.enum(ROLES),
  organisation: unitSchema.extend({
    type: z.enum(ORGANISATION_TYPES),
    validTo: isoDateSchema,
  }),
  successors: z.array(unitSchema),
});
/** A role held on a closed unit. */
export type ClosedUnitGrant = z.infer<typeof closedUnitGrantSchema>;

/** The to-do home of the signed-in user. */
export const overviewSchema = z.object({
  today: isoDateSchema,
  /** How far ahead reports and tasks are listed (days). */
  reportHorizonDays: z.number().int(),
  taskHorizonDays: z.number().int(),
  reportsDue: z.array(reportTodoSchema),
  reportsReturned: z.array(reportTodoSchema),
  reportsToReview: z.array(reportTodoSchema),
  tasks: z.array(taskTodoSchema),
  draftPlans: z.array(draftPlanTodoSchema),
  targetsAtRisk: z.array(targetAtRiskSchema),
  indices: z.array(indexCardSchema),
  /** Only for administrators (role.assign); empty for everyone else. */
  closedUnitGrants: z.array(closedUnitGrantSchema),
});
/** The to-do home. */
export type Overview = z.infer<typeof overviewSchema>;

/** GET /api/overview — the signed-in user's to-do home. */
export const getOverview = defineEndpoint({
  method: 'GET',
  path: '/api/overview',
  summary: 'Tổng quan: việc cần làm',
  response: overviewSchema,
});

/** POST /api/role-grants/:id/move — moves a role held on a closed unit to one of its successors. */
export const moveGrantToSuccessor = defineEndpoint({
  method: 'POST',
  path: '/api/role-grants/:id/move',
  summary: 'Chuyển vai trò sang đơn vị kế thừa',
  params: z.object({ id: idSchema }),
  body: z.object({ successorId: idSchema }),
  response: z.object({ grantId: idSchema, organisationId: idSchema }),
});
