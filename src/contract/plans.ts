/** Kế hoạch và nhiệm vụ: plans drafted from lost points, their tasks, issuing and amending, the cascade to child units, "my unit's tasks", and the .docx/.xlsx downloads. */
import { z } from 'zod';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import {
  OUTPUT_KINDS,
  PLAN_STATUSES,
  SIGNATURE_MODES,
  TARGET_COMPARATORS,
  TASK_STATUSES,
} from '@domain/plans/plan';
import { TIMEFRAME_KINDS } from '@domain/plans/timeframe';
import { defineEndpoint } from './endpoint';
import { fileSchema, idSchema, isoDateSchema, isoInstantSchema } from './common';

const shortText = (max = 500) => z.string().trim().max(max);
const longText = z.string().max(20000);

/** Căn cứ: a referenced document (number, date, issuer, summary). */
export const legalReferenceSchema = z.object({
  number: shortText().min(1, { error: 'Nhập số, ký hiệu văn bản.' }),
  date: isoDateSchema.nullable(),
  issuer: shortText(),
  summary: shortText(2000),
});

/** Chỉ tiêu: metric, comparator, value, unit. */
export const planTargetSchema = z.object({
  metric: shortText().min(1, { error: 'Nhập tên chỉ tiêu.' }),
  comparator: z.enum(TARGET_COMPARATORS),
  value: z.number({ error: 'Giá trị chỉ tiêu phải là số.' }).finite(),
  unit: shortText(50),
});

/** Mục nội dung: heading and text. */
export const planSectionSchema = z.object({ heading: shortText(), body: longText });

/** Khối chữ ký. */
export const planSignatureSchema = z.object({
  mode: z.enum(SIGNATURE_MODES),
  authority: shortText(200),
  signerTitle: shortText(200),
  signerName: shortText(200),
});

/** Nội dung kế hoạch: the domain's PlanContent. */
export const planContentSchema = z.object({
  parentBody: shortText(200),
  issuingBody: shortText(200),
  number: shortText(20).nullable(),
  symbol: shortText(50).min(1, { error: 'Nhập ký hiệu văn bản (ví dụ KH-UBND).' }),
  place: shortText(100),
  issuedOn: isoDateSchema.nullable(),
  year: z.number().int().min(2000).max(2100),
  title: shortText(1000),
  preamble: longText,
  basis: z.array(legalReferenceSchema).max(50),
  purpose: longText,
  requirements: longText,
  targets: z.array(planTargetSchema).max(50),
  sections: z.array(planSectionSchema).max(50),
  implementation: longText,
  reportingDuties: longText,
  recipients: z.array(shortText(300)).max(100),
  signature: planSignatureSchema,
});
/** Plan content as a type. */
export type PlanContentDto = z.infer<typeof planContentSchema>;

/** Tiêu chí liên kết. */
export const taskNodeLinkSchema = z.object({
  frameworkId: idSchema,
  frameworkCode: z.string(),
  indexKind: z.enum(INDEX_KINDS),
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  score: z.number(),
  pointsAtStake: z.number(),
});

/** Đơn vị (brief): id and name, for lead and coordinating units. */
export const unitRefSchema = z.object({ id: idSchema, name: z.string() });

/** Nhiệm vụ as stored, with its parsed timeframe and whether it is overdue today. */
export const planTaskSchema = z.object({
  id: idSchema,
  planId: idSchema,
  lineageId: idSchema,
  parentTaskId: idSchema.nullable(),
  position: z.number().int(),
  area: z.string(),
  content: z.string(),
  solution: z.string(),
  nodeLinks: z.array(taskNodeLinkSchema),
  lead: unitRefSchema.nullable(),
  leadSuggestion: z.string(),
  coordinating: z.array(unitRefSchema),
  coordinatingNote: z.string(),
  outputKind: z.enum(OUTPUT_KINDS),
  outputDescription: z.string(),
  timeframeText: z.string(),
  /** Loại thời gian đọc được; 'unknown' needs a human. */
  timeframeKind: z.enum(TIMEFRAME_KINDS),
  dueDates: z.array(isoDateSchema),
  isOverdue: z.boolean(),
  pointsAtStake: z.number(),
  note: z.string(),
  status: z.enum(TASK_STATUSES),
  statusNote: z.string(),
  version: z.number().int(),
});
/** A task as the API returns it. */
export type PlanTaskDto = z.infer<typeof planTaskSchema>;

/** The content fields of a task, without defaults (a patch must not reset what it does not send). */
const taskFields = {
  area: shortText(300),
  content: z.string().trim().min(1, { error: 'Nhập nội dung nhiệm vụ.' }).max(5000),
  solution: longText,
  leadOrganisationId: idSchema.nullable(),
  coordinatingOrganisationIds: z.array(idSchema).max(100),
  coordinatingNote: shortText(1000),
  outputKind: z.enum(OUTPUT_KINDS),
  outputDescription: shortText(1000),
  timeframeText: shortText(300).min(1, { error: 'Nhập thời gian thực hiện.' }),
  note: shortText(2000),
};

/** Fields of a new task the plan's editors set (content fields; drafts only); all but content and timeframe optional. */
export const taskInputSchema = z.object({
  ...taskFields,
  area: taskFields.area.default(''),
  solution: taskFields.solution.default(''),
  leadOrganisationId: taskFields.leadOrganisationId.default(null),
  coordinatingOrganisationIds: taskFields.coordinatingOrganisationIds.default([]),
  coordinatingNote: taskFields.coordinatingNote.default(''),
  outputKind: taskFields.outputKind.default('report'),
  outputDescription: taskFields.outputDescription.default(''),
  note: taskFields.note.default(''),
});

/** A partial task edit (inline editing sends one field at a time): fields not sent are kept. */
export const taskPatchSchema = z.object(taskFields).partial();

/** Vấn đề trước khi ban hành. */
export const readinessIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  taskRow: z.number().int().nullable(),
  field: z.string(),
  message: z.string(),
});

/** Kế hoạch (summary) for lists. */
export const planSummarySchema = z.object({
  id: idSchema,
  organisation: unitRefSchema,
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  title: z.string(),
  /** "104/KH-UBND", or "…/KH-UBND" while the number is blank. */
  documentNumber: z.string(),
  issuedOn: isoDateSchema.nullable(),
  taskCount: z.number().int(),
  doneCount: z.number().int(),
  overdueCount: z.number().int(),
  implementsPlanId: idSchema.nullable(),
  amendsPlanId: idSchema.nullable(),
  version: z.number().int(),
  updatedAt: isoInstantSchema,
});
/** A plan in a list. */
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** Nhiệm vụ của đơn vị cấp dưới thực hiện một nhiệm vụ của kế hoạch này (cascade roll-up). */
export const derivedTaskSchema = z.object({
  parentTaskId: idSchema,
  taskId: idSchema,
  planId: idSchema,
  organisation: unitRefSchema,
  planStatus: z.enum(PLAN_STATUSES),
  status: z.enum(TASK_STATUSES),
  isOverdue: z.boolean(),
});

/** Kế hoạch in full: summary, content, tasks, readiness, cascade and version history. */
export const planDetailSchema = planSummarySchema.extend({
  content: planContentSchema,
  tasks: z.array(planTaskSchema),
  readiness: z.array(readinessIssueSchema),
  implementsPlan: planSummarySchema.nullable(),
  derivedTasks: z.array(derivedTaskSchema),
  history: z.array(planSummarySchema),
  sourceFrameworkId: idSchema.nullable(),
  canManage: z.boolean(),
});
/** A plan in full. */
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** GET /api/plans — the plans of the units the user may read. */
export const listPlans = defineEndpoint({
  method: 'GET',
  path: '/api/plans',
  summary: 'Danh sách kế hoạch',
  query: z.object({
    organisationId: idSchema.optional(),
    year: z.coerce.number().int().optional(),
    status: z.enum(PLAN_STATUSES).optional(),
  }),
  response: z.object({ items: z.array(planSummarySchema) }),
});

/** POST /api/plans — a blank draft, or one carrying out a parent plan (its tasks for this unit copied in). */
export const createPlan = defineEndpoint({
  method: 'POST',
  path: '/api/plans',
  summary: 'Tạo dự thảo kế hoạch',
  status: 201,
  body: z.object({
    organisationId: idSchema,
    year: z.number().int().min(2000).max(2100),
    title: shortText(1000).min(1, { error: 'Nhập trích yếu kế hoạch.' }),
    implementsPlanId: idSchema.nullable().default(null),
  }),
  response: planDetailSchema,
});

/** POST /api/plans/from-gaps — "Lập kế hoạch khắc phục": a draft with one task per sub-criterion that lost points. */
export const draftPlanFromGaps = defineEndpoint({
  method: 'POST',
  path: '/api/plans/from-gaps',
  summary: 'Lập kế hoạch khắc phục từ điểm bị trừ',
  status: 201,
  body: z.object({
    organisationId: idSchema,
    frameworkId: idSchema,
    /** Ngưỡng: a sub-criterion becomes a task when it lost more than this many points. */
    threshold: z.number().min(0).max(1000).default(0),
    implementsPlanId: idSchema.nullable().default(null),
  }),
  response: planDetailSchema,
});

/** GET /api/plans/:id */
export const getPlan = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id',
  summary: 'Xem kế hoạch',
  params: z.object({ id: idSchema }),
  response: planDetailSchema,
});

/** PATCH /api/plans/:id — edit a draft's content (If-Match). */
export const updatePlan = defineEndpoint({
  method: 'PATCH',
  path: '/api/plans/:id',
  summary: 'Sửa nội dung dự thảo kế hoạch',
  params: z.object({ id: idSchema }),
  body: planContentSchema.partial(),
  response: planDetailSchema,
});

/** POST /api/plans/:id/issue — issue a draft (If-Match): number and date required, every task needs a lead unit. */
export const issuePlan = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/issue',
  summary: 'Ban hành kế hoạch',
  params: z.object({ id: idSchema }),
  body: z.object({
    number: shortText(20).min(1, { error: 'Nhập số văn bản.' }),
    issuedOn: isoDateSchema,
  }),
  response: planDetailSchema,
});

/** POST /api/plans/:id/amend — a new draft copying an issued plan; issuing it supersedes the old one. */
export const amendPlan = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/amend',
  summary: 'Sửa đổi, bổ sung kế hoạch đã ban hành',
  status: 201,
  params: z.object({ id: idSchema }),
  response: planDetailSchema,
});

/** Thay đổi so với phiên bản trước. */
export const planChangeSchema = z.object({
  kind: z.enum(['content', 'task_added', 'task_removed', 'task_changed']),
  taskKey: z.string().nullable(),
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});

/** GET /api/plans/:id/diff — what this version changed from the one it amends. */
export const getPlanDiff = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/diff',
  summary: 'So sánh với phiên bản trước',
  params: z.object({ id: idSchema }),
  response: z.object({ against: planSummarySchema.nullable(), changes: z.array(planChangeSchema) }),
});

/** POST /api/plans/:id/tasks — add a task to a draft. */
export const addTask = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/tasks',
  summary: 'Thêm nhiệm vụ',
  status: 201,
  params: z.object({ id: idSchema }),
  body: taskInputSchema,
  response: planTaskSchema,
});

const taskParams = z.object({ id: idSchema, taskId: idSchema });

/** PATCH /api/plans/:id/tasks/:taskId — edit a draft's task (If-Match: the task's version). */
export const updateTask = defineEndpoint({
  method: 'PATCH',
  path: '/api/plans/:id/tasks/:taskId',
  summary: 'Sửa nhiệm vụ',
  params: taskParams,
  body: taskPatchSchema,
  response: planTaskSchema,
});

/** DELETE /api/plans/:id/tasks/:taskId — remove a draft's task (If-Match). */
export const deleteTask = defineEndpoint({
  method: 'DELETE',
  path: '/api/plans/:id/tasks/:taskId',
  summary: 'Xóa nhiệm vụ',
  params: taskParams,
  response: z.object({ ok: z.literal(true) }),
});

/** POST /api/plans/:id/tasks/assign — bulk assign: set the lead and/or add coordinating units to many tasks. */
export const assignTasks = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/tasks/assign',
  summary: 'Giao nhiệm vụ hàng loạt',
  params: z.object({ id: idSchema }),
  body: z
    .object({
      taskIds: z.array(idSchema).min(1, { error: 'Chọn ít nhất một nhiệm vụ.' }).max(1000),
      leadOrganisationId: idSchema.optional(),
      addCoordinatingOrganisationIds: z.array(idSchema).max(100).default([]),
    })
    .refine((body) => body.leadOrganisationId || body.addCoordinatingOrganisationIds.length > 0, {
      error: 'Chọn cơ quan chủ trì hoặc cơ quan phối hợp cần giao.',
    }),
  response: z.object({ updated: z.number().int() }),
});

/** PATCH /api/tasks/:taskId/status — the lead or a coordinating unit updates a task's status (If-Match). */
export const updateTaskStatus = defineEndpoint({
  method: 'PATCH',
  path: '/api/tasks/:taskId/status',
  summary: 'Cập nhật tình hình thực hiện nhiệm vụ',
  params: z.object({ taskId: idSchema }),
  body: z
    .object({ status: z.enum(TASK_STATUSES), statusNote: shortText(2000).default('') })
    .refine((body) => body.status !== 'cannot_do' || body.statusNote.trim() !== '', {
      error: 'Nêu lý do không thực hiện được.',
      path: ['statusNote'],
    }),
  response: planTaskSchema,
});

/** Nhiệm vụ của đơn vị tôi: a task with the plan it belongs to. */
export const myTaskSchema = planTaskSchema.extend({ plan: planSummarySchema });

/** GET /api/my-tasks — tasks of issued plans the unit leads, and those it coordinates, across all plans. */
export const listMyTasks = defineEndpoint({
  method: 'GET',
  path: '/api/my-tasks',
  summary: 'Nhiệm vụ của đơn vị tôi',
  query: z.object({ organisationId: idSchema }),
  response: z.object({
    organisation: unitRefSchema,
    asLead: z.array(myTaskSchema),
    asCoordinator: z.array(myTaskSchema),
  }),
});

/** GET /api/plans/:id/document.docx — the plan in the state format. */
export const downloadPlanDocx = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/document.docx',
  summary: 'Tải kế hoạch (.docx)',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});

/** GET /api/plans/:id/tasks.xlsx — the task table as a workbook. */
export const downloadPlanTasksXlsx = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/tasks.xlsx',
  summary: 'Xuất bảng nhiệm vụ ra Excel',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});
