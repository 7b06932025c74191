/**
 * Nhập kế hoạch từ văn bản: upload a plan document (.docx, .pdf, .txt/.md), read it into a
 * structured draft with provenance (the dry run), re-read it with a person's line overrides,
 * then create the draft in one transaction, the original file kept as the plan's source.
 */
import { z } from 'zod';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { IMPORT_FLAGS, LINE_ROLES } from '@domain/plans/import/imported-plan';
import { SOURCE_FORMATS } from '@domain/plans/import/source-document';
import { defineEndpoint } from './endpoint';
import { fileSchema, idSchema, isoInstantSchema } from './common';
import { planContentSchema, taskInputSchema } from './plans';
import { reportingRuleSchema } from './reports';

/** Khoảng dòng nguồn (inclusive, from 0). */
export const sourceSpanSchema = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
});

/** Nguồn gốc một mục đọc được: confidence 0–1, source lines, flags for review. */
export const provenanceSchema = z.object({
  confidence: z.number().min(0).max(1),
  source: z.array(sourceSpanSchema),
  flags: z.array(z.enum(IMPORT_FLAGS)),
});
/** Provenance as a type. */
export type ProvenanceDto = z.infer<typeof provenanceSchema>;

/** Cảnh báo nhập. */
export const importWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  source: z.array(sourceSpanSchema),
});

/** Nhiệm vụ đọc được: a new task's fields (taskInputSchema) plus its key, the units as printed, origin and provenance. */
export const importedTaskSchema = taskInputSchema.extend({
  key: z.string().trim().min(1).max(100),
  leadText: z.string().max(5000).default(''),
  coordinatingText: z.string().max(5000).default(''),
  origin: z.enum(['table', 'prose']).default('prose'),
  provenance: provenanceSchema.default({ confidence: 1, source: [], flags: [] }),
});
/** An imported task as the API carries it. */
export type ImportedTaskDto = z.infer<typeof importedTaskSchema>;

/** Đề xuất chế độ báo cáo. */
export const reportingProposalSchema = z.object({
  rule: reportingRuleSchema,
  provenance: provenanceSchema,
});

/** Kế hoạch đọc được (the domain's ImportedPlan). */
export const importedPlanSchema = z.object({
  content: planContentSchema,
  tasks: z.array(importedTaskSchema),
  provenance: z.record(z.string(), provenanceSchema),
  sectionLabels: z.record(z.string(), z.string()),
  sectionIndexKinds: z.record(z.string(), z.enum(INDEX_KINDS)),
  reporting: reportingProposalSchema.nullable(),
  warnings: z.array(importWarningSchema),
});
/** An imported plan as a type. */
export type ImportedPlanDto = z.infer<typeof importedPlanSchema>;

/** Tổng kết lần nhập. */
export const importTotalsSchema = z.object({
  sections: z.number().int(),
  tasks: z.number().int(),
  tableTasks: z.number().int(),
  proseTasks: z.number().int(),
  unitsRead: z.number().int(),
  unitsMatched: z.number().int(),
  timeframesStated: z.number().int(),
  timeframesRead: z.number().int(),
  targets: z.number().int(),
  lowConfidence: z.number().int(),
});

/** Trạng thái lần nhập: đang đọc (a background job for large files) → sẵn sàng → đã tạo dự thảo; hoặc lỗi. */
export const PLAN_IMPORT_STATUSES = ['reading', 'ready', 'failed', 'created'] as const;

/** Sửa cấp dòng: read line N as a heading of level L, as body text, as a task, or ignore it. */
export const lineOverrideSchema = z.object({
  line: z.number().int().min(0),
  role: z.enum(LINE_ROLES),
  level: z.number().int().min(1).max(8).optional(),
});

/** Lần nhập kế hoạch: the uploaded file, its lines (the left pane), and the reading (the right pane) once ready. */
export const planImportSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  year: z.number().int().nullable(),
  fileName: z.string(),
  format: z.enum(SOURCE_FORMATS),
  sizeBytes: z.number().int(),
  status: z.enum(PLAN_IMPORT_STATUSES),
  /** Tiến độ đọc, 0–100. */
  progress: z.number().min(0).max(100),
  /** Lỗi (Vietnamese) when status is failed. */
  error: z.string().nullable(),
  planId: idSchema.nullable(),
  overrides: z.array(lineOverrideSchema),
  /** Văn bản nguồn as the review screen shows it, one entry per line (known from the upload on, also while reading). */
  lines: z.array(z.string()),
  result: importedPlanSchema.nullable(),
  totals: importTotalsSchema.nullable(),
  createdAt: isoInstantSchema,
  /** What the actor may do with this import: create its draft (holds plan.import on the unit, and the import is ready). */
  can: z.object({ create: z.boolean() }),
});
/** A plan import as the API returns it. */
export type PlanImportDto = z.infer<typeof planImportSchema>;

/**
 * POST /api/plan-imports?organisationId&year — multipart plan document (.docx, .pdf with a text
 * layer, .txt/.md; 10 MB at most). Refused before reading when it is not one (a spreadsheet
 * renamed .docx, an image-only PDF, an empty file, a zip bomb, an external entity). Small files
 * are read at once (status "ready"); large ones by a background job (status "reading").
 */
export const uploadPlanImport = defineEndpoint({
  method: 'POST',
  path: '/api/plan-imports',
  summary: 'Tải lên văn bản kế hoạch để nhập',
  status: 201,
  query: z.object({
    organisationId: idSchema,
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  }),
  multipart: true,
  response: planImportSchema,
});

/** GET /api/plan-imports/:id — the import, its progress and (when ready) its reading. */
export const getPlanImport = defineEndpoint({
  method: 'GET',
  path: '/api/plan-imports/:id',
  summary: 'Xem lần nhập kế hoạch',
  params: z.object({ id: idSchema }),
  response: planImportSchema,
});

/** POST /api/plan-imports/:id/read — read the stored file again with a person's line overrides (dry run, nothing else written). */
export const rereadPlanImport = defineEndpoint({
  method: 'POST',
  path: '/api/plan-imports/:id/read',
  summary: 'Đọc lại văn bản với các sửa cấp dòng',
  params: z.object({ id: idSchema }),
  body: z.object({ overrides: z.array(lineOverrideSchema).max(5000) }),
  response: planImportSchema,
});

/**
 * POST /api/plan-imports/:id/plan — "Tạo dự thảo": the reviewed content and tasks become a draft
 * plan of the import's unit in one transaction (all checked first, nothing written on a refusal);
 * the reporting rule is set when given; the original file becomes the plan's source document.
 */
export const createPlanFromImport = defineEndpoint({
  method: 'POST',
  path: '/api/plan-imports/:id/plan',
  summary: 'Tạo dự thảo kế hoạch từ văn bản đã đọc',
  status: 201,
  params: z.object({ id: idSchema }),
  body: z.object({
    content: planContentSchema,
    tasks: z.array(importedTaskSchema).max(5000),
    reportingRule: reportingRuleSchema.nullable().default(null),
  }),
  response: z.object({ planId: idSchema }),
});

/** GET /api/plan-imports/:id/file — the original file as uploaded. */
export const downloadPlanImportFile = defineEndpoint({
  method: 'GET',
  path: '/api/plan-imports/:id/file',
  summary: 'Tải văn bản gốc',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});
