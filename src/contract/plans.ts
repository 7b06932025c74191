/** Kế hoạch và nhiệm vụ: plans drafted from lost points, their tasks, issuing and amending, the cascade to child units, "my unit's tasks", and the .docx/.xlsx downloads. */
import { z } from 'zod';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import {
  OUTPUT_KINDS,
  PLAN_STATUSES,
  SIGNATURE_MODES,
  TASK_KINDS,
  TASK_STATUSES,
} from '@domain/plans/plan';
import { NUMBERING_STYLES } from '@domain/plans/plan-outline';
import { NUMBER_COMPARATORS, TARGET_KINDS } from '@domain/plans/plan-targets';
import { TIMEFRAME_KINDS } from '@domain/plans/timeframe';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';
import { fileSchema, idSchema, isoDateSchema, isoInstantSchema } from './common';

const shortText = (max = 500) => z.string().trim().max(max);
/** Free text of a plan: no cap a real plan reaches (a whole 150 KB plan fits in one field); the request body limit (2 MB) bounds it. */
const longText = z.string().max(1_000_000);
/** Khóa mục/chỉ tiêu: a stable key the client or server gives (uuid or short text). */
const keySchema = z.string().trim().min(1).max(100);

/** Căn cứ: a referenced document (number, date, issuer, summary). */
export const legalReferenceSchema = z.object({
  number: shortText().min(1, { error: 'Nhập số, ký hiệu văn bản.' }),
  date: isoDateSchema.nullable(),
  issuer: shortText(),
  summary: shortText(2000),
});

/** Chỉ tiêu: one of the target kinds (plan-targets.ts), tied to a section, an index and a node. */
export const planTargetSchema = z
  .object({
    id: keySchema,
    sectionId: keySchema.nullable().default(null),
    frameworkId: idSchema.nullable().default(null),
    nodeCode: shortText(50).nullable().default(null),
    metric: shortText(2000).min(1, { error: 'Nhập tên chỉ tiêu.' }),
    kind: z.enum(TARGET_KINDS),
    comparator: z.enum(NUMBER_COMPARATORS).default('gte'),
    value: z.number({ error: 'Giá trị chỉ tiêu phải là số.' }).finite().nullable().default(null),
    unit: shortText(50).default(''),
    grade: shortText(50).nullable().default(null),
    sharePercent: z.number().min(0).max(100).nullable().default(null),
    /** Mã KPI of a kpi target (checked against the shipped KPIs by the plan service); absent in plans stored before KPI targets. */
    kpiKey: shortText(50).nullish(),
  })
  .superRefine((target, context) => {
    const needsValue = ['number', 'rank_top', 'rank_up', 'subindex_share', 'kpi'].includes(
      target.kind,
    );
    if (needsValue && target.value === null) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'Nhập giá trị của chỉ tiêu.' });
    }
    if (target.kind === 'grade' && !target.grade) {
      context.addIssue({ code: 'custom', path: ['grade'], message: 'Chọn loại cần đạt.' });
    }
    if ((target.kind === 'rank_top' || target.kind === 'rank_up') && (target.value ?? 1) < 1) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'Số bậc, số đơn vị phải từ 1 trở lên.',
      });
    }
  });

/** Mục nội dung: one node of the section tree (flat, with parentId). */
export const planSectionSchema = z.object({
  id: keySchema,
  parentId: keySchema.nullable().default(null),
  numbering: z.enum(NUMBERING_STYLES).default('decimal'),
  heading: shortText(2000),
  body: longText.default(''),
  frameworkId: idSchema.nullable().default(null),
  nodeCode: shortText(50).nullable().default(null),
});

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
  frameworkIds: z.array(idSchema).max(20),
  targets: z.array(planTargetSchema).max(2000),
  sections: z.array(planSectionSchema).max(5000),
  appendixTable: z.boolean(),
  implementation: longText,
  reportingDuties: longText,
  recipients: z.array(shortText(300)).max(500),
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

/** Tiêu chí cần gắn: a framework node picked for a task (name, max and score are filled by the server). */
export const taskNodeLinkInputSchema = z.object({
  frameworkId: idSchema,
  code: shortText(50).min(1),
});

/** Chủ trì theo nhóm: several named units, or every unit of a kind under a unit. */
export const leadGroupSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('units'),
    organisationIds: z
      .array(idSchema)
      .min(2, { error: 'Chọn ít nhất hai đơn vị chủ trì.' })
      .max(1000),
  }),
  z.object({
    kind: z.literal('units_of_type'),
    organisationType: z.enum(ORGANISATION_TYPES),
    underOrganisationId: idSchema,
  }),
]);

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
  sectionId: z.string().nullable(),
  kind: z.enum(TASK_KINDS),
  leadGroup: leadGroupSchema.nullable(),
  /** Nhóm: rows of one task written for several units share it; null for a single lead. */
  groupId: idSchema.nullable(),
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
  sectionId: keySchema.nullable(),
  kind: z.enum(TASK_KINDS),
  content: z.string().trim().min(1, { error: 'Nhập nội dung nhiệm vụ.' }).max(100_000),
  solution: longText,
  nodeLinks: z.array(taskNodeLinkInputSchema).max(100),
  leadOrganisationId: idSchema.nullable(),
  /** Set to expand the task into one obligation per unit (replaces leadOrganisationId). */
  leadGroup: leadGroupSchema.nullable(),
  leadSuggestion: shortText(1000),
  coordinatingOrganisationIds: z.array(idSchema).max(100),
  coordinatingNote: shortText(1000),
  outputKind: z.enum(OUTPUT_KINDS),
  outputDescription: shortText(1000),
  /** Empty = không nêu (the plan states no timeframe). */
  timeframeText: shortText(1000),
  note: shortText(5000),
};

/** Fields of a new task the plan's editors set (content fields; drafts only); all but content optional. */
export const taskInputSchema = z.object({
  ...taskFields,
  area: taskFields.area.default(''),
  sectionId: taskFields.sectionId.default(null),
  kind: taskFields.kind.default('assignment'),
  solution: taskFields.solution.default(''),
  nodeLinks: taskFields.nodeLinks.default([]),
  leadOrganisationId: taskFields.leadOrganisationId.default(null),
  leadGroup: taskFields.leadGroup.default(null),
  leadSuggestion: taskFields.leadSuggestion.default(''),
  timeframeText: taskFields.timeframeText.default(''),
  coordinatingOrganisationIds: taskFields.coordinatingOrganisationIds.default([]),
  coordinatingNote: taskFields.coordinatingNote.default(''),
  outputKind: taskFields.outputKind.default('not_stated'),
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

/** Chỉ số của kế hoạch (brief): a linked framework, for pickers and block headings. */
export const planFrameworkSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  indexKind: z.enum(INDEX_KINDS),
  year: z.number().int(),
  /** Tiêu chí: the framework's nodes (code, name, parent) for section/task/target pickers. */
  nodes: z.array(
    z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() }),
  ),
});

/** Kết quả chỉ tiêu: met / not met / not yet known, with the numbers behind it. */
export const TARGET_EVALUATION_STATUSES = ['met', 'not_met', 'unknown'] as const;

/** Đánh giá một chỉ tiêu: the domain's verdict from the results and ranking of the plan's year. */
export const targetEvaluationSchema = z.object({
  targetId: z.string(),
  text: z.string(),
  frameworkId: idSchema.nullable(),
  sectionId: z.string().nullable(),
  status: z.enum(TARGET_EVALUATION_STATUSES),
  /** Số liệu: "Chỉ số năm 2025: 86,50%; năm 2024: 84,10%", "Hạng 3/12 (năm trước 5/12)". */
  evidence: z.string(),
  /** Vì sao chưa biết: "Chưa có kết quả năm 2025", "Chỉ tiêu đánh giá thủ công". */
  reason: z.string(),
});
/** A target's verdict as the API returns it. */
export type TargetEvaluationDto = z.infer<typeof targetEvaluationSchema>;

/**
 * What the actor may do with a plan (plan.manage on its unit, and its state): sửa and ban hành a
 * draft, điều chỉnh an issued plan.
 */
export const PLAN_ABILITIES = ['canEdit', 'canIssue', 'canAmend'] as const;

/** Kế hoạch in full: summary, content, tasks, readiness, cascade and version history. */
export const planDetailSchema = planSummarySchema.extend({
  content: planContentSchema,
  frameworks: z.array(planFrameworkSchema),
  tasks: z.array(planTaskSchema),
  readiness: z.array(readinessIssueSchema),
  implementsPlan: planSummarySchema.nullable(),
  derivedTasks: z.array(derivedTaskSchema),
  history: z.array(planSummarySchema),
  sourceFrameworkId: idSchema.nullable(),
  /** Văn bản gốc: the plan import the draft was created from (GET /api/plan-imports/:id/file), if any. */
  sourceImportId: idSchema.nullable(),
  abilities: abilitiesSchema(PLAN_ABILITIES),
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
    /** One index (today's remediation plan) or several at once (one block per index). */
    frameworkIds: z.array(idSchema).min(1, { error: 'Chọn ít nhất một bộ chỉ số.' }).max(20),
    /** Ngưỡng: a sub-criterion becomes a task when it lost more than this many points. */
    threshold: z.number().min(0).max(1000).default(0),
    implementsPlanId: idSchema.nullable().default(null),
    /** Draft into this existing draft plan (its unit and year) instead of creating one. */
    planId: idSchema.nullable().default(null),
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

/**
 * POST /api/plans/:id/issue — issue a draft (If-Match): number and date required, every task needs
 * a lead unit, and the plan must name its signer (chức danh and họ tên): sent here as the issue
 * dialog confirms them, or already in the draft's signature (400 when either is empty).
 */
export const issuePlan = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/issue',
  summary: 'Ban hành kế hoạch',
  params: z.object({ id: idSchema }),
  body: z.object({
    number: shortText(20).min(1, { error: 'Nhập số văn bản.' }),
    issuedOn: isoDateSchema,
    /** Chức danh người ký ("Chủ tịch", "Chánh Văn phòng"); omitted: the draft's. */
    signerTitle: shortText(200).optional(),
    /** Họ tên người ký; omitted: the draft's. */
    signerName: shortText(200).optional(),
  }),
  response: planDetailSchema,
});

/** PUT /api/plans/:id/outline — the section tree and which tasks sit under which section, in order (If-Match). */
export const updatePlanOutline = defineEndpoint({
  method: 'PUT',
  path: '/api/plans/:id/outline',
  summary: 'Sắp xếp cây mục và nhiệm vụ của dự thảo',
  params: z.object({ id: idSchema }),
  body: z.object({
    sections: z.array(planSectionSchema).max(5000),
    /** Each section's tasks in order (sectionId null: the general task list); a task listed twice is refused; tasks not listed keep their place after the listed ones. */
    placement: z
      .array(z.object({ sectionId: keySchema.nullable(), taskIds: z.array(idSchema).max(10_000) }))
      .max(5001)
      .default([]),
  }),
  response: planDetailSchema,
});

/** GET /api/plans/:id/targets — each target met / not met / not yet known from the plan year's results. */
export const evaluatePlanTargets = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/targets',
  summary: 'Đánh giá chỉ tiêu của kế hoạch',
  params: z.object({ id: idSchema }),
  response: z.object({ items: z.array(targetEvaluationSchema) }),
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
