/** Bộ chỉ số: a tenant's index frameworks — list, read, create (from a shipped template or from scratch), edit the node tree, copy to a new year, import and export the nodes as .xlsx. */
import { z } from 'zod';
import { NODE_LEVELS, SCORING_METHODS } from '@domain/frameworks/framework';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';
import {
  booleanFlagSchema,
  fileSchema,
  idParamsSchema,
  idSchema,
  isoDateSchema,
  isoInstantSchema,
} from './common';

/** Mã bộ chỉ số: letters without accents, digits, dot, dash, underscore ("PAR-SO-2024"). */
export const frameworkCodeSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9._-]{1,50}$/,
    'Mã bộ chỉ số chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 50 ký tự).',
  );

/** Năm đánh giá. */
export const yearSchema = z.coerce
  .number()
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 đến 2100.')
  .max(2100, 'Năm phải từ 2000 đến 2100.');

/** Quy tắc chấm điểm of a leaf; its parameters are checked by validateFramework. */
export const scoringRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('binary') }),
  z.object({
    type: z.literal('tiered'),
    tiers: z.array(z.object({ label: z.string().max(200), points: z.number() })).max(20),
  }),
  z.object({ type: z.literal('ratio') }),
  z.object({ type: z.literal('ratio_threshold'), threshold: z.number() }),
  z.object({ type: z.literal('deduction'), pointsPerEvent: z.number() }),
  z.object({ type: z.literal('survey') }),
  z.object({ type: z.literal('bonus'), maxBonus: z.number() }),
]);

/** Nút của bộ chỉ số as exchanged: the domain's FrameworkNode (shape only; the rules are validateFramework's). */
export const frameworkNodeSchema = z.object({
  code: z.string().trim().max(50),
  parentCode: z.string().trim().max(50).nullable(),
  name: z.string().trim().max(1000),
  maxPoints: z.number(),
  level: z.enum(NODE_LEVELS).optional(),
  method: z.enum(SCORING_METHODS).optional(),
  rule: scoringRuleSchema.optional(),
  evidence: z.string().max(4000).optional(),
  /** Mã KPI (dossier KPI key) a ratio leaf reads; checked against the shipped KPIs by validateFramework. */
  kpiKey: z.string().trim().max(50).optional(),
  requiresEvidence: z.boolean().optional(),
  zeroWithoutEvidence: z.boolean().optional(),
  defaultLeadUnit: z.string().max(500).optional(),
  applicability: z
    .object({
      exemptUnitTypes: z.array(z.enum(ORGANISATION_TYPES)).optional(),
      exemptable: z.boolean().optional(),
      note: z.string().max(1000).optional(),
    })
    .optional(),
  childrenMaxMayDiffer: z.boolean().optional(),
  isBonus: z.boolean().optional(),
});
/** A framework node. */
export type FrameworkNodeDto = z.infer<typeof frameworkNodeSchema>;

/** Quyết định ban hành: number and symbol, ISO date, issuing body. */
export const issuingDecisionSchema = z.object({
  number: z.string().trim().max(100),
  date: isoDateSchema,
  issuer: z.string().trim().max(255),
});

/** Thang điểm: points or percent, and the total the areas' maxima must reach (null: none fixed). */
export const frameworkScaleSchema = z.object({
  unit: z.enum(['points', 'percent']),
  maxTotal: z.number().positive().nullable(),
});

/** Xếp loại: a grade band reached from `minPercent` (e.g. Tốt from 90 %). */
export const gradeBandSchema = z.object({
  code: z.string().trim().min(1).max(30),
  label: z.string().trim().min(1).max(100),
  minPercent: z.number().min(0).max(100),
});

/** What an editor sends to create or replace a framework: header and the whole node list. */
export const frameworkDefinitionSchema = z.object({
  code: frameworkCodeSchema,
  indexKind: z.enum(INDEX_KINDS, { error: 'Loại chỉ số không hợp lệ.' }),
  name: z.string().trim().min(1, 'Nhập tên bộ chỉ số.').max(500),
  year: yearSchema,
  unitTypes: z.array(z.enum(ORGANISATION_TYPES)).max(10),
  decision: issuingDecisionSchema.nullable(),
  illustrative: z.boolean(),
  note: z.string().trim().max(1000).nullable().optional(),
  description: z.string().max(10_000).nullable().optional(),
  scale: frameworkScaleSchema,
  /** Null (or absent) uses the default provincial bands Tốt / Khá / Trung bình / Yếu. */
  gradeBands: z.array(gradeBandSchema).min(1).max(10).nullable().optional(),
  nodes: z.array(frameworkNodeSchema).max(3000),
});
/** A framework definition (header + nodes). */
export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;

/** A framework in a list: everything but the nodes. */
export const frameworkSummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  indexKind: z.enum(INDEX_KINDS),
  name: z.string(),
  year: z.number().int(),
  unitTypes: z.array(z.enum(ORGANISATION_TYPES)),
  decision: issuingDecisionSchema.nullable(),
  illustrative: z.boolean(),
  note: z.string().nullable(),
  description: z.string().nullable(),
  scale: frameworkScaleSchema,
  /** The bands grades are given by (the configured ones, else the default provincial bands). */
  gradeBands: z.array(gradeBandSchema),
  hasCustomGradeBands: z.boolean(),
  /** Đơn vị quản lý: whose focal may edit it (the tenant root unless a lower level issued it). */
  ownerOrganisationId: idSchema,
  templateKey: z.string().nullable(),
  /** The previous year's framework this one was copied from. */
  copiedFromId: idSchema.nullable(),
  nodeCount: z.number().int(),
  version: z.number().int(),
  updatedAt: isoInstantSchema,
});
/** A framework without its nodes. */
export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;

/** A framework with its nodes and, for a copy, the old → new code mapping from its source. */
export const frameworkSchema = frameworkSummarySchema.extend({
  codeMapping: z.record(z.string(), z.string()).nullable(),
  nodes: z.array(frameworkNodeSchema),
});
/** A whole framework. */
export type FrameworkDto = z.infer<typeof frameworkSchema>;

/**
 * What the actor may do with a framework (all decided on its owner unit): sửa cây chỉ số, sao
 * chép sang năm mới, nhập danh sách chỉ số từ tệp.
 */
export const FRAMEWORK_ABILITIES = ['canEdit', 'canCopy', 'canImport'] as const;

/** What the actor may do with the framework list: tạo từ bộ chỉ số mẫu (for a unit it manages). */
export const FRAMEWORK_LIST_ABILITIES = ['canCreate'] as const;

/** A whole framework with the actor's abilities on it (GET /api/frameworks/:id). */
export const frameworkDetailSchema = frameworkSchema.extend({
  abilities: abilitiesSchema(FRAMEWORK_ABILITIES),
});
/** A whole framework with the actor's abilities. */
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;

/** Bộ chỉ số mẫu: a framework file shipped with the product, offered for copying into the tenant. */
export const frameworkTemplateSchema = z.object({
  key: z.string(),
  code: z.string(),
  indexKind: z.enum(INDEX_KINDS),
  name: z.string(),
  year: z.number().int(),
  unitTypes: z.array(z.enum(ORGANISATION_TYPES)),
  illustrative: z.boolean(),
  note: z.string().nullable(),
  description: z.string().nullable(),
  scale: frameworkScaleSchema,
  nodeCount: z.number().int(),
});
/** A shipped template. */
export type FrameworkTemplate = z.infer<typeof frameworkTemplateSchema>;

/** GET /api/frameworks — the tenant's frameworks, newest year first. */
export const listFrameworks = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks',
  summary: 'Danh sách bộ chỉ số',
  query: z.object({
    indexKind: z.enum(INDEX_KINDS).optional(),
    year: yearSchema.optional(),
  }),
  response: z.object({
    items: z.array(frameworkSummarySchema),
    abilities: abilitiesSchema(FRAMEWORK_LIST_ABILITIES),
  }),
});

/** GET /api/frameworks/for-unit/:organisationId — the frameworks that apply to a unit (by its type). */
export const listFrameworksForUnit = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/for-unit/:organisationId',
  summary: 'Bộ chỉ số áp dụng cho đơn vị',
  params: z.object({ organisationId: idSchema }),
  query: z.object({ indexKind: z.enum(INDEX_KINDS).optional(), year: yearSchema.optional() }),
  response: z.object({ items: z.array(frameworkSummarySchema) }),
});

/** GET /api/framework-templates — the shipped frameworks that can be copied into the tenant. */
export const listFrameworkTemplates = defineEndpoint({
  method: 'GET',
  path: '/api/framework-templates',
  summary: 'Bộ chỉ số mẫu',
  response: z.object({ items: z.array(frameworkTemplateSchema) }),
});

/** GET /api/frameworks/:id — one framework with its nodes; ETag is its version. */
export const getFramework = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id',
  summary: 'Chi tiết bộ chỉ số',
  params: idParamsSchema,
  response: frameworkDetailSchema,
});

/** POST /api/frameworks — a new framework; 400 lists every problem with its node code in `field`. */
export const createFramework = defineEndpoint({
  method: 'POST',
  path: '/api/frameworks',
  summary: 'Tạo bộ chỉ số',
  body: frameworkDefinitionSchema.extend({ ownerOrganisationId: idSchema.optional() }),
  response: frameworkSchema,
  status: 201,
});

/** POST /api/frameworks/from-template — copies a shipped template into the tenant (optionally for another year). */
export const createFrameworkFromTemplate = defineEndpoint({
  method: 'POST',
  path: '/api/frameworks/from-template',
  summary: 'Tạo bộ chỉ số từ mẫu',
  body: z.object({
    templateKey: z.string().regex(/^[a-z0-9-]{1,100}$/, 'Mã mẫu không hợp lệ.'),
    ownerOrganisationId: idSchema.optional(),
    year: yearSchema.optional(),
    code: frameworkCodeSchema.optional(),
  }),
  response: frameworkSchema,
  status: 201,
});

/** PUT /api/frameworks/:id — replaces header and nodes; requires `If-Match: <version>` (412 when stale). */
export const updateFramework = defineEndpoint({
  method: 'PUT',
  path: '/api/frameworks/:id',
  summary: 'Sửa bộ chỉ số',
  params: idParamsSchema,
  body: frameworkDefinitionSchema,
  response: frameworkSchema,
});

/** POST /api/frameworks/:id/copy — the framework for a new year, node codes renamed old → new. */
export const copyFramework = defineEndpoint({
  method: 'POST',
  path: '/api/frameworks/:id/copy',
  summary: 'Sao chép bộ chỉ số sang năm mới',
  params: idParamsSchema,
  body: z.object({
    year: yearSchema,
    /** Ánh xạ mã: old code → new code; codes not listed keep their value. */
    codeMapping: z.record(z.string().trim().max(50), z.string().trim().min(1).max(50)).default({}),
    code: frameworkCodeSchema.optional(),
    name: z.string().trim().min(1).max(500).optional(),
  }),
  response: frameworkSchema,
  status: 201,
});

/** GET /api/frameworks/:id/nodes.xlsx — the nodes as a workbook, one row per node (the import format). */
export const exportFrameworkNodes = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/nodes.xlsx',
  summary: 'Xuất bộ chỉ số ra Excel',
  params: idParamsSchema,
  response: fileSchema,
  download: true,
});

/** Result of a node import: all rows replace the node list, or nothing is written and a 400 says why. */
export const frameworkNodesImportResultSchema = z.object({
  dryRun: z.boolean(),
  nodeCount: z.number().int(),
  version: z.number().int(),
});

/**
 * POST /api/frameworks/:id/nodes/import — multipart .xlsx, one row per node (mã, mã cấp trên, tên,
 * điểm tối đa, phương thức, quy tắc, tham số, tài liệu kiểm chứng, cơ quan tham mưu, không áp dụng
 * cho, …) replacing the node list; `If-Match` unless a dry run.
 */
export const importFrameworkNodes = defineEndpoint({
  method: 'POST',
  path: '/api/frameworks/:id/nodes/import',
  summary: 'Nhập cây tiêu chí từ Excel',
  params: idParamsSchema,
  query: z.object({ dryRun: booleanFlagSchema.optional() }),
  multipart: true,
  response: frameworkNodesImportResultSchema,
});
