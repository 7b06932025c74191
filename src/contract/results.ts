/** Kết quả, xếp hạng, phân tích điểm bị trừ: a unit's result on a framework, importing many units' results from a workbook, the ranking of peers and a unit's gap analysis, with .xlsx exports. */
import { z } from 'zod';
import { NODE_LEVELS } from '@domain/frameworks/framework';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { SCORE_STATES } from '@domain/results/roll-up';
import { parseViNumber } from '@domain/shared/vi-format';
import { roundPublicationSchema } from './assessment-rounds';
import { defineEndpoint } from './endpoint';
import { booleanFlagSchema, fileSchema, idSchema, isoDateSchema, isoInstantSchema } from './common';
import { organisationSchema } from './organisations';

/** A score as a number, or as text written either way ("88,09" or "88.09"). */
export const scoreInputSchema = z.union([z.number(), z.string()]).transform((value, context) => {
  if (typeof value === 'number') return value;
  const parsed = parseViNumber(value);
  if (parsed === null) {
    context.addIssue({ code: 'custom', message: `«${value.trim()}» không phải là số.` });
    return z.NEVER;
  }
  return parsed;
});

/** Điểm một tiêu chí as entered: the four scores (absent or null: not given), not-applicable, note. */
export const nodeEntryInputSchema = z.object({
  nodeCode: z.string().trim().min(1).max(50),
  selfScore: scoreInputSchema.nullable().optional(),
  appraisedScore: scoreInputSchema.nullable().optional(),
  appraisedScore2: scoreInputSchema.nullable().optional(),
  surveyScore: scoreInputSchema.nullable().optional(),
  notApplicable: z.boolean().optional(),
  note: z.string().trim().max(2000).optional(),
});

/** Điểm một tiêu chí as stored. */
export const nodeEntrySchema = z.object({
  nodeCode: z.string(),
  selfScore: z.number().nullable(),
  appraisedScore: z.number().nullable(),
  appraisedScore2: z.number().nullable(),
  surveyScore: z.number().nullable(),
  notApplicable: z.boolean(),
  note: z.string().nullable(),
});
/** A stored node entry. */
export type NodeEntry = z.infer<typeof nodeEntrySchema>;

/** Nguồn: the decision that published the result (số quyết định, ngày). */
export const resultSourceSchema = z.object({
  decisionNumber: z.string().trim().max(100),
  decisionDate: isoDateSchema.nullable(),
});

/** A node rolled up: applicable max, score (bonus included), points lost, % achieved. */
export const rolledUpNodeSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  maxPoints: z.number(),
  applicableMaxPoints: z.number(),
  score: z.number(),
  bonusScore: z.number(),
  lostPoints: z.number(),
  percent: z.number().nullable(),
  isLeaf: z.boolean(),
  isBonus: z.boolean(),
  isApplicable: z.boolean(),
  isScored: z.boolean(),
  /** scored / partial (chưa đủ điểm) / unscored (chưa có điểm — shown as such, never as 0). */
  scoreState: z.enum(SCORE_STATES),
  /** The score was entered at this node (a leaf, or an area/criterion entered as published). */
  isEntered: z.boolean(),
});

/** Tổng hợp: total score, applicable max, points lost, index % = score ÷ applicable max × 100. */
export const resultTotalsSchema = z.object({
  maxPoints: z.number(),
  applicableMaxPoints: z.number(),
  score: z.number(),
  bonusScore: z.number(),
  lostPoints: z.number(),
  /** Null until every applicable area has a score (entered or rolled up). */
  indexPercent: z.number().nullable(),
  scoreState: z.enum(SCORE_STATES),
});

/** Chênh lệch: a total printed in an imported file that differs from the recomputed one (reported, never fixed). */
export const totalMismatchSchema = z.object({
  code: z.string().nullable(),
  field: z.enum(['score', 'lostPoints', 'indexPercent', 'maxPoints']),
  given: z.number(),
  computed: z.number().nullable(),
  message: z.string(),
});

/** A problem with stored entries against the framework (e.g. a node removed since). */
export const resultIssueSchema = z.object({ code: z.string().nullable(), message: z.string() });

/** The unit a result belongs to. */
export const resultUnitSchema = organisationSchema.pick({
  id: true,
  code: true,
  name: true,
  type: true,
});

/** The framework a result, ranking or gap analysis is on. */
export const resultFrameworkSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  indexKind: z.enum(INDEX_KINDS),
  year: z.number().int(),
});

/** Kết quả của đơn vị: entries, roll-up and totals; `version` 0 means nothing saved yet (send If-Match "0" to create). */
export const unitResultSchema = z.object({
  framework: resultFrameworkSchema,
  organisation: resultUnitSchema,
  year: z.number().int(),
  version: z.number().int(),
  source: resultSourceSchema.nullable(),
  entries: z.array(nodeEntrySchema),
  nodes: z.array(rolledUpNodeSchema),
  totals: resultTotalsSchema,
  issues: z.array(resultIssueSchema),
  mismatches: z.array(totalMismatchSchema),
  updatedAt: isoInstantSchema.nullable(),
});
/** A unit's result. */
export type UnitResult = z.infer<typeof unitResultSchema>;

const resultParamsSchema = z.object({ id: idSchema, organisationId: idSchema });

/** GET /api/frameworks/:id/results/:organisationId — a unit's result (empty, version 0, when none). */
export const getUnitResult = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/results/:organisationId',
  summary: 'Kết quả chấm điểm của đơn vị',
  params: resultParamsSchema,
  response: unitResultSchema,
});

/** PUT /api/frameworks/:id/results/:organisationId — replaces the unit's entries; `If-Match` (412 when stale). */
export const saveUnitResult = defineEndpoint({
  method: 'PUT',
  path: '/api/frameworks/:id/results/:organisationId',
  summary: 'Lưu kết quả chấm điểm của đơn vị',
  params: resultParamsSchema,
  body: z.object({
    source: resultSourceSchema.nullable().optional(),
    entries: z.array(nodeEntryInputSchema).max(3000),
  }),
  response: unitResultSchema,
});

/** Which score an imported number fills: 'auto' = survey score on survey-scored leaves, else the appraisal. */
export const IMPORT_SCORE_FIELDS = [
  'auto',
  'selfScore',
  'appraisedScore',
  'appraisedScore2',
  'surveyScore',
] as const;

/** One unit of an import: what the file gives it, the recomputed totals and what blocks it. */
export const importedUnitSchema = z.object({
  organisation: resultUnitSchema,
  scoredNodes: z.number().int(),
  totals: resultTotalsSchema,
  /** Tổng điểm in trong tệp (null when the file prints none). */
  printedScore: z.number().nullable(),
  mismatches: z.array(totalMismatchSchema),
  /**
   * Lỗi chặn nhập, in Vietnamese: the recomputed total disagrees with the printed one beyond
   * rounding to its decimals (±0,005 at two), the total is 0, or the unit has no score at all.
   */
  errors: z.array(z.string()),
});

/** Result (or dry-run preview) of a results import. */
export const resultsImportSchema = z.object({
  dryRun: z.boolean(),
  /**
   * wide: rows = nodes, one column per unit; long: mã đơn vị | mã tiêu chí | điểm; unit_rows: the
   * template, one row per unit and one column per node.
   */
  format: z.enum(['wide', 'long', 'unit_rows']),
  field: z.enum(IMPORT_SCORE_FIELDS),
  rows: z.number().int(),
  units: z.array(importedUnitSchema),
  /** False on a preview whose units have errors: "Nhập" stays disabled, and a real run is refused (400). */
  canImport: z.boolean(),
});
/** An import's outcome. */
export type ResultsImport = z.infer<typeof resultsImportSchema>;

/**
 * POST /api/frameworks/:id/results/import — multipart .xlsx/.csv of many units' scores, wide
 * (first column node code, one column per unit headed by its code or name, a "Tổng" row for the
 * printed total), long (mã đơn vị | mã tiêu chí | điểm) or the template's unit rows (mã đơn vị |
 * tên đơn vị | one column per node | Tổng điểm), told apart by the headers. A value on an area or
 * criterion with nothing under it in the file is entered at that level; with values under it, it
 * is a printed subtotal. All units or none: a 400 lists every bad cell (unknown unit or node, not
 * a number, above the max, a «Có / không» criterion given neither 0 nor its max). Per unit, a
 * printed total, index or subtotal the recomputed one disagrees with beyond rounding to its
 * decimals, a total of 0, or no score at all is an error: `dryRun=true` previews them per unit
 * with `canImport: false`; a real run refuses the file (400), writing nothing.
 */
export const importResults = defineEndpoint({
  method: 'POST',
  path: '/api/frameworks/:id/results/import',
  summary: 'Nhập kết quả chấm điểm từ tệp',
  params: z.object({ id: idSchema }),
  query: z.object({
    dryRun: booleanFlagSchema.optional(),
    field: z.enum(IMPORT_SCORE_FIELDS).optional(),
    decisionNumber: z.string().trim().max(100).optional(),
    decisionDate: isoDateSchema.optional(),
  }),
  multipart: true,
  response: resultsImportSchema,
});

/**
 * GET /api/frameworks/:id/results/template.xlsx — Tệp mẫu nhập kết quả: one row per unit the
 * importer may enter (code, name), one column per scorable node (code and name, its max in the
 * second row), "Tổng điểm", and a sheet of instructions in Vietnamese. Filled in, it imports as is.
 */
export const downloadResultsTemplate = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/results/template.xlsx',
  summary: 'Tải tệp mẫu nhập kết quả',
  params: z.object({ id: idSchema }),
  response: fileSchema,
  download: true,
});

/** Xếp loại given by the framework's bands. */
export const gradeSchema = z.object({ code: z.string(), label: z.string() });

/** One unit in a ranking; units without a result are listed last with nulls. */
export const rankingEntrySchema = z.object({
  organisation: resultUnitSchema,
  score: z.number().nullable(),
  applicableMaxPoints: z.number().nullable(),
  indexPercent: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** "4/20" */
  rankText: z.string().nullable(),
  grade: gradeSchema.nullable(),
  previousIndexPercent: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  /** "giảm 01 bậc", "tăng 02 bậc", "giữ nguyên thứ hạng" */
  rankChange: z.string().nullable(),
  indexChange: z.number().nullable(),
  /** Null without a result; 'partial' (chưa đủ điểm): some areas have no score, so no index and no rank. */
  scoreState: z.enum(SCORE_STATES).nullable(),
});

/** Bảng xếp hạng: peers (same framework, unit type, tenant) by index, ties sharing a rank. */
export const rankingSchema = z.object({
  framework: resultFrameworkSchema,
  unitType: z.enum(ORGANISATION_TYPES),
  previousFramework: resultFrameworkSchema.nullable(),
  rankedCount: z.number().int(),
  items: z.array(rankingEntrySchema),
  /**
   * Quyết định công bố: when the framework's scoring round was published, the decision that made
   * its results public (shown above the table); null otherwise.
   */
  publication: roundPublicationSchema.nullable(),
});
/** A ranking. */
export type Ranking = z.infer<typeof rankingSchema>;

/**
 * Query of a ranking: the viewpoint unit it is read for (authorised on it) and, when that unit is
 * not itself ranked by the framework (a province or district looking at its communes), which
 * unit type to rank.
 */
export const rankingQuerySchema = z.object({
  organisationId: idSchema,
  unitType: z.enum(ORGANISATION_TYPES).optional(),
});

/** GET /api/frameworks/:id/ranking — the ranking of the viewpoint unit's peers, or of a unit type below it. */
export const getRanking = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/ranking',
  summary: 'Bảng xếp hạng',
  params: z.object({ id: idSchema }),
  query: rankingQuerySchema,
  response: rankingSchema,
});

/** GET /api/frameworks/:id/ranking.xlsx — the same ranking as a workbook. */
export const exportRanking = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/ranking.xlsx',
  summary: 'Xuất bảng xếp hạng ra Excel',
  params: z.object({ id: idSchema }),
  query: rankingQuerySchema,
  response: fileSchema,
  download: true,
});

/** Dòng phân tích điểm bị trừ: one applicable node compared with last year and with peers. */
export const gapRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(NODE_LEVELS),
  maxPoints: z.number(),
  score: z.number(),
  lostPoints: z.number(),
  percent: z.number().nullable(),
  isBonus: z.boolean(),
  scoreState: z.enum(SCORE_STATES),
  isEntered: z.boolean(),
  previousScore: z.number().optional(),
  change: z.number().optional(),
  /** TB các đơn vị cùng loại khác: the mean of the OTHER units of the same type, the unit excluded. */
  peerAverage: z.number().optional(),
  /** Cao nhất (gồm cả đơn vị): the highest of the other units' scores and the unit's own. */
  bestPeer: z.number().optional(),
});

/** Lịch sử xếp hạng: the unit's rank among its peers in one year of the framework's copy chain (null: no result that year). */
export const rankHistoryEntrySchema = z.object({
  year: z.number().int(),
  frameworkId: idSchema,
  rank: z.number().int().nullable(),
  of: z.number().int(),
  indexPercent: z.number().nullable(),
});
/** One year of a rank history. */
export type RankHistoryEntry = z.infer<typeof rankHistoryEntrySchema>;

/** Phân tích điểm bị trừ of one unit: totals, rank "4/20", change vs last year, grade, and the node table. */
export const gapAnalysisSchema = z.object({
  framework: resultFrameworkSchema,
  organisation: resultUnitSchema,
  year: z.number().int(),
  totals: resultTotalsSchema,
  rank: z.number().int().nullable(),
  rankedCount: z.number().int(),
  rankText: z.string().nullable(),
  grade: gradeSchema.nullable(),
  previous: z
    .object({
      framework: resultFrameworkSchema,
      score: z.number(),
      indexPercent: z.number().nullable(),
      rank: z.number().int().nullable(),
      rankText: z.string().nullable(),
      rankChange: z.string().nullable(),
    })
    .nullable(),
  /** Rank per year, oldest first: this framework and up to 10 it was copied from (copied_from_id). */
  rankHistory: z.array(rankHistoryEntrySchema),
  rows: z.array(gapRowSchema),
});
/** A gap analysis. */
export type GapAnalysis = z.infer<typeof gapAnalysisSchema>;

/** Filters of the gap table: an area ("7" keeps 7 and 7.x), a level, only lost points, only falls since last year. */
export const gapQuerySchema = z.object({
  area: z.string().trim().max(50).optional(),
  level: z.enum(NODE_LEVELS).optional(),
  onlyLost: booleanFlagSchema.optional(),
  onlyDropped: booleanFlagSchema.optional(),
});

/** GET /api/frameworks/:id/results/:organisationId/gaps — the unit's gap analysis, biggest losses first. */
export const getGapAnalysis = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/results/:organisationId/gaps',
  summary: 'Phân tích điểm bị trừ của đơn vị',
  params: resultParamsSchema,
  query: gapQuerySchema,
  response: gapAnalysisSchema,
});

/** GET /api/frameworks/:id/results/:organisationId/gaps.xlsx — the gap table as a workbook. */
export const exportGapAnalysis = defineEndpoint({
  method: 'GET',
  path: '/api/frameworks/:id/results/:organisationId/gaps.xlsx',
  summary: 'Xuất bảng phân tích điểm bị trừ ra Excel',
  params: resultParamsSchema,
  query: gapQuerySchema,
  response: fileSchema,
  download: true,
});
