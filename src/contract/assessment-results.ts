/**
 * Đợt đánh giá – điều tra xã hội học, kết quả, công bố: the survey part per unit and survey node
 * (typed or imported from the .xlsx template), the round's results (appraised part + survey part
 * = total, index, rank, grade, change from last year), finalising them as the year's results and
 * publishing them under a decision.
 */
import { z } from 'zod';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { SCORE_STATES } from '@domain/results/roll-up';
import { ROUND_STATES } from '@domain/assessment/round-state';
import { defineEndpoint } from './endpoint';
import {
  booleanFlagSchema,
  errorDetailSchema,
  fileSchema,
  idSchema,
  isoDateSchema,
  isoInstantSchema,
} from './common';
import { scoreInputSchema } from './results';

const roundParamsSchema = z.object({ id: idSchema });

/** Quyết định công bố kết quả: number and symbol, ISO date, issuing body. */
export const roundPublicationSchema = z.object({
  decisionNumber: z.string().trim().min(1, 'Hãy nhập số quyết định.').max(100),
  decisionDate: isoDateSchema,
  issuer: z.string().trim().min(1, 'Hãy nhập cơ quan ban hành.').max(300),
});
/** A publishing decision. */
export type RoundPublication = z.infer<typeof roundPublicationSchema>;

/** A survey-scored node (tiêu chí điều tra xã hội học) as the survey table heads its column. */
export const surveyNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
});

/** One unit's survey score on one node: null when not entered; `applicable` false when the unit is exempt. */
export const surveyCellSchema = z.object({
  nodeCode: z.string(),
  points: z.number().nullable(),
  version: z.number().int(),
  applicable: z.boolean(),
});
/** A survey cell. */
export type SurveyCell = z.infer<typeof surveyCellSchema>;

/** Xếp loại. */
const gradeSchema = z.object({ code: z.string(), label: z.string() });

/** One taking-part unit's result in the round. */
export const roundUnitResultSchema = z.object({
  organisation: z.object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
  }),
  survey: z.array(surveyCellSchema),
  appraisedPart: z.number(),
  surveyPart: z.number(),
  total: z.number(),
  applicableMaxPoints: z.number(),
  indexPercent: z.number().nullable(),
  scoreState: z.enum(SCORE_STATES),
  rank: z.number().int().nullable(),
  rankedCount: z.number().int(),
  /** "4/20" */
  rankText: z.string().nullable(),
  grade: gradeSchema.nullable(),
  previousIndexPercent: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  /** Chỉ số tăng/giảm so với năm trước (điểm phần trăm). */
  indexChange: z.number().nullable(),
  /** "giảm 01 bậc" */
  rankChange: z.string().nullable(),
});
/** A unit's result in the round. */
export type RoundUnitResult = z.infer<typeof roundUnitResultSchema>;

/** Lý do chưa chốt được kết quả: for the round (organisationId null) or a unit, with the nodes concerned. */
export const finaliseProblemSchema = z.object({
  organisationId: idSchema.nullable(),
  nodeCodes: z.array(z.string()),
  message: z.string(),
});

/** Kết quả đợt đánh giá: the round, its survey nodes, each unit's parts and rank, and what the actor may do. */
export const roundResultsSchema = z.object({
  round: z.object({
    id: idSchema,
    name: z.string(),
    year: z.number().int(),
    state: z.enum(ROUND_STATES),
    appraisalStage: z.union([z.literal(1), z.literal(2)]),
    framework: z.object({
      id: idSchema,
      code: z.string(),
      name: z.string(),
      indexKind: z.enum(INDEX_KINDS),
      year: z.number().int(),
    }),
    owner: z.object({ id: idSchema, name: z.string() }),
    finalisedAt: isoInstantSchema.nullable(),
    publishedAt: isoInstantSchema.nullable(),
    publication: roundPublicationSchema.nullable(),
  }),
  /** The round's version (If-Match of finalise and publish). */
  version: z.number().int(),
  surveyNodes: z.array(surveyNodeSchema),
  units: z.array(roundUnitResultSchema),
  /** Empty when the round can be finalised now. */
  finaliseProblems: z.array(finaliseProblemSchema),
  actions: z.object({
    /** Enter or import survey scores (appraisal, explanation, or final before publication). */
    editSurvey: z.boolean(),
    finalise: z.boolean(),
    publish: z.boolean(),
  }),
});
/** A round's results. */
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** GET /api/assessment-rounds/:id/results — the round's results as they stand (or as finalised). */
export const getRoundResults = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/results',
  summary: 'Kết quả đợt đánh giá',
  params: roundParamsSchema,
  response: roundResultsSchema,
});

/**
 * PUT /api/assessment-rounds/:id/units/:organisationId/survey/:nodeCode — Điểm điều tra xã hội học
 * of one unit on one survey node, `If-Match` the entry's version ("0" for one not saved yet);
 * points from 0 to the node's max, or null to clear.
 */
export const saveSurveyScore = defineEndpoint({
  method: 'PUT',
  path: '/api/assessment-rounds/:id/units/:organisationId/survey/:nodeCode',
  summary: 'Nhập điểm điều tra xã hội học',
  params: z.object({
    id: idSchema,
    organisationId: idSchema,
    nodeCode: z.string().trim().min(1).max(50),
  }),
  body: z.object({ points: scoreInputSchema.nullable() }),
  response: surveyCellSchema.extend({ organisationId: idSchema }),
});

/**
 * GET /api/assessment-rounds/:id/survey-template — Tệp mẫu điểm điều tra xã hội học (.xlsx): one
 * row per taking-part unit (code, name), one column per survey node (code and name, max in the
 * second row), filled with the scores entered so far, and a sheet of instructions.
 */
export const downloadSurveyTemplate = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/survey-template',
  summary: 'Tải tệp mẫu điểm điều tra xã hội học',
  params: roundParamsSchema,
  response: fileSchema,
  download: true,
});

/** One unit as a survey import reads it: its scores and survey part after the import. */
export const surveyImportUnitSchema = z.object({
  organisation: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  scores: z.array(z.object({ nodeCode: z.string(), points: z.number() })),
  surveyPart: z.number(),
});

/**
 * A survey import's outcome: the units read and, on a dry run, every error (per unit and node);
 * `canImport` false while there is one. A real run with errors is refused (400) writing nothing.
 */
export const surveyImportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  units: z.array(surveyImportUnitSchema),
  errors: z.array(errorDetailSchema),
  canImport: z.boolean(),
});
/** A survey import's outcome. */
export type SurveyImport = z.infer<typeof surveyImportSchema>;

/**
 * POST /api/assessment-rounds/:id/survey-import?dryRun=true|false — multipart .xlsx in the
 * template's layout. Every row is checked before anything is written, all or nothing: a unit not
 * taking part, a column that is not a survey node, a value that is not a number or outside 0..max,
 * a score on a node the unit is exempt from. An empty cell leaves the score as it was.
 */
export const importSurveyScores = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/survey-import',
  summary: 'Nhập điểm điều tra xã hội học từ tệp',
  params: roundParamsSchema,
  query: z.object({ dryRun: booleanFlagSchema.optional() }),
  multipart: true,
  response: surveyImportSchema,
});

/**
 * POST /api/assessment-rounds/:id/finalise — Chốt kết quả, `If-Match` the round's version: writes
 * each unit's scores as its result on the round's framework (replacing an earlier one) and moves
 * the round to final. Refused (409) with the reasons when a unit is not confirmed or a survey
 * score is missing.
 */
export const finaliseRound = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/finalise',
  summary: 'Chốt kết quả đợt đánh giá',
  params: roundParamsSchema,
  response: roundResultsSchema,
});

/**
 * POST /api/assessment-rounds/:id/publish — Công bố, `If-Match` the round's version: a final
 * round becomes published under the decision (số, ngày, cơ quan ban hành), which the units'
 * results then carry as their source.
 */
export const publishRound = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/publish',
  summary: 'Công bố kết quả đợt đánh giá',
  params: roundParamsSchema,
  body: roundPublicationSchema,
  response: roundResultsSchema,
});
