/** Báo cáo định kỳ: a plan's reporting rule and periods, units' reports with evidence, review, the reporting dashboard, notifications and the consolidated report. */
import { z } from 'zod';
import { TASK_STATUSES } from '@domain/plans/plan';
import { PERIOD_CELL_STATUSES, SUBMISSION_STATUSES } from '@domain/reports/submission';
import { REPORTING_RULE_PRESETS } from '@domain/reports/reporting-rule';
import { DUE_IN_PERIOD_REASONS } from '@domain/reports/task-due-in-period';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';
import { fileSchema, idSchema, isoDateSchema, isoInstantSchema } from './common';
import { legalReferenceSchema, planSummarySchema, planTargetSchema, unitRefSchema } from './plans';

const PRESET_IDS = Object.keys(REPORTING_RULE_PRESETS) as [
  keyof typeof REPORTING_RULE_PRESETS,
  ...(keyof typeof REPORTING_RULE_PRESETS)[],
];

/** Báo cáo định kỳ trong quy định (recurring, weekly) or theo yêu cầu (one-off), as the domain's ReportSchedule. */
export const reportScheduleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['month', 'quarter', 'half-year', 'year']),
    periods: z.array(z.number().int().min(1).max(12)).max(12).optional(),
    due: z.object({ day: z.number().int(), month: z.enum(['last', 'following']) }),
    window: z.discriminatedUnion('type', [
      z.object({ type: z.literal('calendar') }),
      z.object({ type: z.literal('shifted'), startDay: z.number().int() }),
    ]),
  }),
  z.object({
    kind: z.literal('week'),
    /** Thứ hạn nộp (1 = Thứ Hai … 7 = Chủ nhật) of the reported week or the week after. */
    due: z.object({ weekday: z.number().int(), week: z.enum(['same', 'following']) }),
  }),
  z.object({
    kind: z.literal('custom'),
    key: z.string().trim().min(1).max(40),
    label: z.string().trim().min(1).max(200),
    from: isoDateSchema,
    to: isoDateSchema,
    due: isoDateSchema,
  }),
]);

/** Quy định kỳ báo cáo (the domain's ReportingRule). */
export const reportingRuleSchema = z.object({
  name: z.string().trim().min(1).max(300),
  reports: z.array(reportScheduleSchema).min(1).max(30),
});

/** Kỳ báo cáo: key, label, data window, due date and its weekday ("Thứ Bảy"). */
export const reportingPeriodSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.string(),
  from: isoDateSchema,
  to: isoDateSchema,
  due: isoDateSchema,
  dueWeekday: z.string(),
  dueIsWeekend: z.boolean(),
});
/** A period as the API returns it. */
export type ReportingPeriodDto = z.infer<typeof reportingPeriodSchema>;

/** Tỷ lệ hoàn thành of a group (unit or area): done / total, points at stake recovered vs open. */
export const completionSchema = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  percent: z.number().nullable(),
  openPointsAtStake: z.number(),
  recoveredPointsAtStake: z.number(),
});

/** One cell of the submission heatmap: a unit in a period. */
export const reportCellSchema = z.object({
  periodKey: z.string(),
  organisationId: idSchema,
  status: z.enum(PERIOD_CELL_STATUSES),
  daysLate: z.number().int().nullable(),
  submissionId: idSchema.nullable(),
});

/** Yêu cầu báo cáo đột xuất as the plan's reporting tab lists it, with where each asked unit stands. */
export const reportRequestSchema = z.object({
  id: idSchema,
  /** The period key of the units' reports ("YC-<id>"). */
  periodKey: z.string(),
  title: z.string(),
  question: z.string(),
  from: isoDateSchema,
  to: isoDateSchema,
  due: isoDateSchema,
  units: z.array(
    z.object({
      organisation: unitRefSchema,
      status: z.enum(PERIOD_CELL_STATUSES),
      submissionId: idSchema.nullable(),
    }),
  ),
});
/** An ad-hoc request as the API returns it. */
export type ReportRequestDto = z.infer<typeof reportRequestSchema>;

/**
 * What the actor may do from a plan's reporting page, on the plan's unit: chọn quy định báo cáo
 * and yêu cầu báo cáo đột xuất (plan.manage), lập báo cáo tổng hợp (report.review).
 */
export const REPORTING_ABILITIES = ['canSetRule', 'canRequestReport', 'canConsolidate'] as const;

/** Theo dõi báo cáo của kế hoạch: rule, periods, reporting units, heatmap cells, completion and trend. */
export const reportingOverviewSchema = z.object({
  planId: idSchema,
  planVersion: z.number().int(),
  presetId: z.string().nullable(),
  rule: reportingRuleSchema.nullable(),
  periods: z.array(reportingPeriodSchema),
  units: z.array(unitRefSchema),
  cells: z.array(reportCellSchema),
  completionByUnit: z.array(completionSchema),
  completionByArea: z.array(completionSchema),
  overdueByUnit: z.array(z.object({ organisation: unitRefSchema, count: z.number().int() })),
  /** Xu hướng: per period due so far, % of the plan's tasks reported "hoàn thành" in submitted or accepted reports. */
  trend: z.array(z.object({ periodKey: z.string(), label: z.string(), percentDone: z.number() })),
  /** Yêu cầu báo cáo đột xuất of the plan (their periods are in `periods` too). */
  requests: z.array(reportRequestSchema),
  abilities: abilitiesSchema(REPORTING_ABILITIES),
});
/** The reporting overview. */
export type ReportingOverview = z.infer<typeof reportingOverviewSchema>;

const planParams = z.object({ id: idSchema });

/** GET /api/plans/:id/reporting — the plan's reporting rule, periods, heatmap and completion. */
export const getReportingOverview = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/reporting',
  summary: 'Theo dõi báo cáo của kế hoạch',
  params: planParams,
  response: reportingOverviewSchema,
});

/** PUT /api/plans/:id/reporting-rule — attach a preset or a custom rule (If-Match: the plan's version). */
export const setReportingRule = defineEndpoint({
  method: 'PUT',
  path: '/api/plans/:id/reporting-rule',
  summary: 'Đặt chế độ báo cáo của kế hoạch',
  params: planParams,
  body: z.union([
    z.object({ presetId: z.enum(PRESET_IDS) }),
    z.object({ rule: reportingRuleSchema }),
  ]),
  response: reportingOverviewSchema,
});

/** Nội dung câu hỏi of a request: long enough for any real request (a 20 000-character one passes). */
const REQUEST_QUESTION_MAX = 100_000;

/**
 * What creating an ad-hoc request sends: title, question, the units asked (at least one), the
 * due date and optionally a data window (both ends or neither).
 */
export const createReportRequestBodySchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: 'Nhập tên yêu cầu báo cáo.' })
      .max(300, { error: 'Tên yêu cầu tối đa 300 ký tự.' }),
    question: z
      .string()
      .trim()
      .min(1, { error: 'Nhập nội dung yêu cầu báo cáo.' })
      .max(REQUEST_QUESTION_MAX, { error: 'Nội dung yêu cầu quá dài.' }),
    organisationIds: z
      .array(idSchema)
      .min(1, { error: 'Chọn ít nhất một đơn vị phải báo cáo.' })
      .max(500),
    due: isoDateSchema,
    dataFrom: isoDateSchema.nullable().default(null),
    dataTo: isoDateSchema.nullable().default(null),
  })
  .refine((body) => (body.dataFrom === null) === (body.dataTo === null), {
    error: 'Nhập cả ngày bắt đầu và ngày kết thúc kỳ số liệu, hoặc bỏ trống cả hai.',
    path: ['dataTo'],
  });

/** POST /api/plans/:id/report-requests — the focal unit asks chosen units for an ad-hoc report. */
export const createReportRequest = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/report-requests',
  summary: 'Yêu cầu báo cáo đột xuất',
  params: planParams,
  body: createReportRequestBodySchema,
  status: 201,
  response: reportRequestSchema,
});

/** Tệp minh chứng (metadata). */
export const evidenceSchema = z.object({
  id: idSchema,
  taskId: idSchema,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: isoInstantSchema,
});

/** Phần của đơn vị phối hợp: a coordinating unit's entry on a task the viewing unit leads. */
export const coordinatorPartSchema = z.object({
  organisation: unitRefSchema,
  submissionStatus: z.enum(SUBMISSION_STATUSES),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  result: z.string(),
});

/** Kết quả một nhiệm vụ trong báo cáo. */
export const reportEntrySchema = z.object({
  task: z.object({
    id: idSchema,
    content: z.string(),
    area: z.string(),
    timeframeText: z.string(),
    /** Vai trò của đơn vị báo cáo: chủ trì or phối hợp. */
    role: z.enum(['lead', 'coordinator']),
    /** Số nhiệm vụ như trong kế hoạch: "I.2" (phụ lục), "II.1.a" (mục); entries come in plan order. */
    number: z.string(),
    /** The heading the task stands under in the plan ("" = nhiệm vụ chung), its key and its printed title. */
    groupKey: z.string(),
    groupTitle: z.string(),
    /** Đến hạn kỳ này: why the period's report must speak to the task, or null. */
    dueInPeriod: z.enum(DUE_IN_PERIOD_REASONS).nullable(),
  }),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int().min(0).max(100),
  result: z.string(),
  reason: z.string(),
  documentRefs: z.array(legalReferenceSchema),
  evidence: z.array(evidenceSchema),
  coordinatorParts: z.array(coordinatorPartSchema),
});

/**
 * Số liệu chỉ tiêu của báo cáo: the figure reported for target `targetIndex`; for a target of kind
 * kpi also the figure computed from dossier data (null when there was none) and the reason the
 * unit gave for reporting another one (null when it kept the computed figure).
 */
export const kpiValueSchema = z.object({
  targetIndex: z.number().int(),
  value: z.number().nullable(),
  computedValue: z.number().nullable().optional(),
  overrideReason: z.string().nullable().optional(),
});

/**
 * KPI tính từ dữ liệu hồ sơ for one kpi target of a report: the value over the period's months
 * (null with the reason when there is none: no dossier, a weekly period…) and the dossiers counted.
 */
export const kpiComputedSchema = z.object({
  targetIndex: z.number().int(),
  kpiKey: z.string(),
  value: z.number().nullable(),
  /** Số hồ sơ below the KPI's line (finished for on time, received for online share…). */
  count: z.number().int(),
  /** Months 'yyyy-mm' read, both included; null when the period has none. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Why nothing is pre-filled ("" when a value is). */
  reason: z.string(),
});
/** A computed KPI of a report. */
export type KpiComputedDto = z.infer<typeof kpiComputedSchema>;

/**
 * What the actor may do with a unit's report: viết, lưu, gửi (report.submit on the unit, while the
 * report is open and its period has begun, under an issued plan); tiếp nhận / trả lại a submitted
 * report (report.review on the plan's unit).
 */
export const SUBMISSION_ABILITIES = ['canEdit', 'canReview'] as const;

/** Báo cáo của một đơn vị cho một kỳ (version 0 while nothing is saved yet). */
export const submissionSchema = z.object({
  id: idSchema.nullable(),
  plan: planSummarySchema,
  period: reportingPeriodSchema,
  organisation: unitRefSchema,
  status: z.enum(SUBMISSION_STATUSES),
  cellStatus: z.enum(PERIOD_CELL_STATUSES),
  version: z.number().int(),
  difficulties: z.string(),
  proposals: z.string(),
  /** The ad-hoc request this report answers (title and question), null for a periodic report. */
  request: z.object({ id: idSchema, title: z.string(), question: z.string() }).nullable(),
  /** Nội dung trả lời yêu cầu (empty for a periodic report). */
  answer: z.string(),
  targets: z.array(planTargetSchema),
  kpiValues: z.array(kpiValueSchema),
  /** Từ dữ liệu hồ sơ: one entry per target of kind kpi, computed over the period's months. */
  kpiComputed: z.array(kpiComputedSchema),
  returnComment: z.string(),
  submittedAt: isoInstantSchema.nullable(),
  daysLate: z.number().int().nullable(),
  entries: z.array(reportEntrySchema),
  abilities: abilitiesSchema(SUBMISSION_ABILITIES),
});
/** A submission as the API returns it. */
export type SubmissionDto = z.infer<typeof submissionSchema>;

/**
 * What a save or a submit changed in a report, for the form to merge into the report it shows
 * (the rest — plan, period, tasks, evidence, coordinators' parts — a save or a submit never
 * changes): the row's state, the figures as now shown, the abilities, and the entries a save
 * stored with each task's "đến hạn kỳ này" as their status now makes it (none for a submit).
 */
export const submissionChangeSchema = submissionSchema
  .pick({
    id: true,
    status: true,
    cellStatus: true,
    version: true,
    difficulties: true,
    proposals: true,
    answer: true,
    kpiValues: true,
    returnComment: true,
    submittedAt: true,
    daysLate: true,
    abilities: true,
  })
  .extend({
    entries: z.array(
      reportEntrySchema
        .pick({ status: true, progress: true, result: true, reason: true, documentRefs: true })
        .extend({
          taskId: idSchema,
          dueInPeriod: reportEntrySchema.shape.task.shape.dueInPeriod,
        }),
    ),
  });
/** What a save or a submit answers. */
export type SubmissionChangeDto = z.infer<typeof submissionChangeSchema>;

/** Báo cáo kỳ của đơn vị in a path: the plan, the period key and the reporting unit. */
export const submissionParams = z.object({
  id: idSchema,
  periodKey: z.string().regex(/^[0-9A-Za-z-]{1,40}$/, { error: 'Mã kỳ báo cáo không hợp lệ.' }),
  organisationId: idSchema,
});

/** GET /api/plans/:id/reports/:periodKey/:organisationId — the unit's report (an empty form when none yet). */
export const getSubmission = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/reports/:periodKey/:organisationId',
  summary: 'Xem báo cáo kỳ của đơn vị',
  params: submissionParams,
  response: submissionSchema,
});

/** What a draft save sends: KPI values as typed ("98,5%"), one entry per task the unit is involved in. */
export const submissionDraftSchema = z.object({
  difficulties: z.string().max(20000).default(''),
  proposals: z.string().max(20000).default(''),
  answer: z.string().max(REQUEST_QUESTION_MAX).default(''),
  kpiValues: z
    .array(
      z.object({
        targetIndex: z.number().int().min(0),
        value: z.string().max(50),
        /** Lý do điều chỉnh: required when a kpi target's figure differs from the computed one. */
        overrideReason: z.string().max(2000).default(''),
      }),
    )
    .max(100)
    .default([]),
  entries: z
    .array(
      z.object({
        taskId: idSchema,
        status: z.enum(TASK_STATUSES),
        progress: z.number().int().min(0, { error: 'Tiến độ từ 0 đến 100%.' }).max(100, {
          error: 'Tiến độ từ 0 đến 100%.',
        }),
        result: z.string().max(20000).default(''),
        reason: z.string().max(5000).default(''),
        documentRefs: z.array(legalReferenceSchema).max(50).default([]),
      }),
    )
    .max(1000)
    .default([]),
});

/** PUT /api/plans/:id/reports/:periodKey/:organisationId — autosave the draft (If-Match: version, "0" for a new one). */
export const saveSubmission = defineEndpoint({
  method: 'PUT',
  path: '/api/plans/:id/reports/:periodKey/:organisationId',
  summary: 'Lưu nháp báo cáo',
  params: submissionParams,
  body: submissionDraftSchema,
  response: submissionChangeSchema,
});

/** POST …/submit — submit (If-Match; an Idempotency-Key header makes a retry change nothing). */
export const submitSubmission = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/submit',
  summary: 'Nộp báo cáo',
  params: submissionParams,
  response: submissionChangeSchema,
});

/** POST …/review — the focal unit accepts the report or returns it with a comment (If-Match). */
export const reviewSubmission = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/review',
  summary: 'Tiếp nhận hoặc trả lại báo cáo',
  params: submissionParams,
  body: z
    .object({
      decision: z.enum(['accept', 'return']),
      comment: z.string().trim().max(5000).default(''),
    })
    .refine((body) => body.decision === 'accept' || body.comment !== '', {
      error: 'Nêu lý do trả lại báo cáo.',
      path: ['comment'],
    }),
  response: submissionSchema,
});

/** POST …/evidence?taskId= — upload one evidence file (multipart "file"); the same bytes again create nothing. */
export const uploadEvidence = defineEndpoint({
  method: 'POST',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/evidence',
  summary: 'Tải lên tệp minh chứng',
  params: submissionParams,
  query: z.object({ taskId: idSchema }),
  multipart: true,
  status: 201,
  response: z.object({ evidence: evidenceSchema, created: z.boolean() }),
});

/** GET /api/evidence/:id — download an evidence file (as an attachment). */
export const downloadEvidence = defineEndpoint({
  method: 'GET',
  path: '/api/evidence/:id',
  summary: 'Tải tệp minh chứng',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});

/** DELETE /api/evidence/:id — remove an evidence file from a report not yet submitted (the bytes are deleted too). */
export const deleteEvidence = defineEndpoint({
  method: 'DELETE',
  path: '/api/evidence/:id',
  summary: 'Xóa tệp minh chứng',
  params: z.object({ id: idSchema }),
  response: z.object({ deleted: z.literal(true) }),
});

/** PUT /api/evidence/:id — replace an evidence file of a report not yet submitted with a new one (multipart "file"). */
export const replaceEvidence = defineEndpoint({
  method: 'PUT',
  path: '/api/evidence/:id',
  summary: 'Thay tệp minh chứng',
  params: z.object({ id: idSchema }),
  multipart: true,
  response: z.object({ evidence: evidenceSchema, replacedId: idSchema }),
});

/** GET /api/evidence/:id/inline — a PDF or image shown in place (Content-Disposition: inline); Word and Excel only download. */
export const previewEvidence = defineEndpoint({
  method: 'GET',
  path: '/api/evidence/:id/inline',
  summary: 'Xem trước tệp minh chứng',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});

/** Báo cáo kỳ trước: what the unit reported per task in its latest earlier report of the same plan. */
export const previousReportSchema = z.object({
  /** The earlier period copied from, null when the unit has no earlier report for this plan. */
  period: z.object({ key: z.string(), label: z.string() }).nullable(),
  status: z.enum(SUBMISSION_STATUSES).nullable(),
  submittedAt: isoInstantSchema.nullable(),
  entries: z.array(
    z.object({
      taskId: idSchema,
      status: z.enum(TASK_STATUSES),
      progress: z.number().int(),
      result: z.string(),
      reason: z.string(),
    }),
  ),
  kpiValues: z.array(z.object({ targetIndex: z.number().int(), value: z.number().nullable() })),
});
/** An earlier report as the copy action reads it. */
export type PreviousReportDto = z.infer<typeof previousReportSchema>;

/** GET …/previous — the unit's latest earlier report of the plan that it submitted (for "Sao chép từ kỳ trước"). */
export const getPreviousReport = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/reports/:periodKey/:organisationId/previous',
  summary: 'Báo cáo kỳ trước của đơn vị',
  params: submissionParams,
  response: previousReportSchema,
});

/** Báo cáo của đơn vị tôi: every report the unit owes or owed, newest due first. */
export const myReportSchema = z.object({
  plan: planSummarySchema,
  period: reportingPeriodSchema,
  status: z.enum(PERIOD_CELL_STATUSES),
  submissionId: idSchema.nullable(),
  taskCount: z.number().int(),
  overdueTaskCount: z.number().int(),
});

/** GET /api/my-reports?organisationId= — the unit's reports (due, late, returned…) across issued plans. */
export const listMyReports = defineEndpoint({
  method: 'GET',
  path: '/api/my-reports',
  summary: 'Báo cáo của đơn vị tôi',
  query: z.object({ organisationId: idSchema }),
  response: z.object({ organisation: unitRefSchema, items: z.array(myReportSchema) }),
});

/** Thông báo. */
export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: isoInstantSchema.nullable(),
  createdAt: isoInstantSchema,
});

/** GET /api/notifications — the user's notices, newest first, with the unread count. */
export const listNotifications = defineEndpoint({
  method: 'GET',
  path: '/api/notifications',
  summary: 'Thông báo của tôi',
  query: z.object({ unreadOnly: z.enum(['true', 'false']).optional() }),
  response: z.object({ items: z.array(notificationSchema), unreadCount: z.number().int() }),
});

/** POST /api/notifications/read — mark some (or, with no ids, all) notices read. */
export const markNotificationsRead = defineEndpoint({
  method: 'POST',
  path: '/api/notifications/read',
  summary: 'Đánh dấu đã đọc',
  body: z.object({ ids: z.array(idSchema).max(500).optional() }),
  response: z.object({ unreadCount: z.number().int() }),
});

/** Loại thông báo a user may also receive by e-mail: deadline reminders, then events. */
export const NOTICE_KINDS = [
  'before',
  'due_today',
  'overdue',
  'escalation',
  'submitted',
  'returned',
  'accepted',
  'plan_issued',
  'plan_amended',
  'task_assigned',
  'comment',
  'explanation_request',
  'assessment_explanation_request',
] as const;

/**
 * The kinds sent by e-mail to a user who never saved preferences: an appraiser's request for an
 * explanation has a short window to answer, so it is on until the user turns it off.
 */
export const DEFAULT_EMAIL_KINDS = [
  'assessment_explanation_request',
] as const satisfies readonly (typeof NOTICE_KINDS)[number][];

/** Tùy chọn nhận thông báo qua thư điện tử. */
export const notificationPreferencesSchema = z.object({
  emailKinds: z.array(z.enum(NOTICE_KINDS)),
  dailyDigest: z.boolean(),
  version: z.number().int(),
  /** Whether the server can send e-mail at all (SMTP configured). */
  emailEnabled: z.boolean(),
});

/** GET /api/notification-preferences */
export const getNotificationPreferences = defineEndpoint({
  method: 'GET',
  path: '/api/notification-preferences',
  summary: 'Tùy chọn thông báo',
  response: notificationPreferencesSchema,
});

/** PUT /api/notification-preferences (If-Match). */
export const saveNotificationPreferences = defineEndpoint({
  method: 'PUT',
  path: '/api/notification-preferences',
  summary: 'Lưu tùy chọn thông báo',
  body: z.object({
    emailKinds: z.array(z.enum(NOTICE_KINDS)).max(NOTICE_KINDS.length),
    dailyDigest: z.boolean(),
  }),
  response: notificationPreferencesSchema,
});

/** Báo cáo tổng hợp kỳ: the generated narrative parts (with the focal unit's edits applied). */
export const consolidatedReportSchema = z.object({
  planId: idSchema,
  period: reportingPeriodSchema,
  version: z.number().int(),
  /** Sections in order: key, heading and text (the edited text when one was saved). */
  sections: z.array(
    z.object({ key: z.string(), heading: z.string(), text: z.string(), edited: z.boolean() }),
  ),
  acceptedUnits: z.array(unitRefSchema),
  lateOrMissingUnits: z.array(
    z.object({
      organisation: unitRefSchema,
      status: z.enum(PERIOD_CELL_STATUSES),
      daysLate: z.number().int().nullable(),
    }),
  ),
});

const consolidatedParams = z.object({ id: idSchema, periodKey: submissionParams.shape.periodKey });

/** GET /api/plans/:id/consolidated/:periodKey — the consolidated report's narrative, generated from accepted reports. */
export const getConsolidatedReport = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/consolidated/:periodKey',
  summary: 'Báo cáo tổng hợp kỳ',
  params: consolidatedParams,
  response: consolidatedReportSchema,
});

/** PUT /api/plans/:id/consolidated/:periodKey — save the edited narrative (If-Match; an empty text restores the generated one). */
export const saveConsolidatedReport = defineEndpoint({
  method: 'PUT',
  path: '/api/plans/:id/consolidated/:periodKey',
  summary: 'Lưu nội dung báo cáo tổng hợp',
  params: consolidatedParams,
  body: z.object({ sections: z.record(z.string(), z.string().max(50000)) }),
  response: consolidatedReportSchema,
});

/** GET /api/plans/:id/consolidated/:periodKey/report.docx — the consolidated report in the state format. */
export const downloadConsolidatedDocx = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/consolidated/:periodKey/report.docx',
  summary: 'Tải báo cáo tổng hợp (.docx)',
  params: consolidatedParams,
  response: fileSchema,
  download: true,
});

/** GET /api/plans/:id/consolidated/:periodKey/tasks.xlsx — every task's status in the period. */
export const downloadConsolidatedXlsx = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/consolidated/:periodKey/tasks.xlsx',
  summary: 'Xuất tình hình thực hiện nhiệm vụ ra Excel',
  params: consolidatedParams,
  response: fileSchema,
  download: true,
});

/** GET /api/plans/:id/reporting.xlsx — the dashboard's tables (heatmap, completion by unit and area, overdue, trend) as a workbook. */
export const exportReportingOverview = defineEndpoint({
  method: 'GET',
  path: '/api/plans/:id/reporting.xlsx',
  summary: 'Xuất bảng theo dõi báo cáo ra Excel',
  params: planParams,
  response: fileSchema,
  download: true,
});
