/**
 * Thẩm định (appraisal) and the council board (bảng tổng hợp của Hội đồng thẩm định): one unit's
 * self-assessment as the council reads it, the appraised score with its comment, requests for
 * explanation (đề nghị giải trình) and the unit's answers, confirming a unit, the board and the
 * council's sign-off. Writes carry If-Match (an entry's version, "0" for one not saved yet; the
 * unit's or the round's version).
 */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { idSchema, isoDateSchema, isoInstantSchema } from './common';

/** `/assessment-rounds/:id/units/:organisationId` path parameters. */
export const roundUnitParams = z.object({ id: idSchema, organisationId: idSchema });

/** `…/:nodeCode` path parameters. */
export const roundUnitNodeParams = roundUnitParams.extend({
  nodeCode: z.string().min(1).max(64),
});

/** Cửa sổ thời gian (ISO days, both ends included; null: not set). */
export const roundWindowSchema = z.object({
  opensOn: isoDateSchema.nullable(),
  closesOn: isoDateSchema.nullable(),
});

/** The round as the appraisal pages show it. */
export const appraisalRoundSchema = z.object({
  id: idSchema,
  name: z.string(),
  year: z.number().int(),
  state: z.string(),
  /** Lần thẩm định đang nhập: 1 or 2. */
  appraisalStage: z.union([z.literal(1), z.literal(2)]),
  framework: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  windows: z.object({ appraisal: roundWindowSchema, explanation: roundWindowSchema }),
  signedOffAt: isoInstantSchema.nullable(),
  version: z.number().int(),
});

/** Tiêu chí in the appraisal view: the framework node with what the council needs to read. */
export const appraisalNodeSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
  maxPoints: z.number(),
  isLeaf: z.boolean(),
  /** Cách tính điểm (Vietnamese label), null on a parent. */
  ruleLabel: z.string().nullable(),
  ruleType: z.string().nullable(),
  /** Tài liệu kiểm chứng the framework asks for. */
  evidenceText: z.string(),
  /** Chấm bằng điều tra xã hội học: not appraised. */
  survey: z.boolean(),
  applicable: z.boolean(),
});

/** Minh chứng as the council opens it: `contentUrl` for stored bytes, `inline` when the browser shows them in place. */
export const appraisalEvidenceSchema = z.object({
  id: idSchema,
  kind: z.string(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  document: z
    .object({
      number: z.string(),
      date: z.string().nullable(),
      issuer: z.string(),
      pointer: z.string(),
      summary: z.string(),
    })
    .nullable(),
  note: z.string(),
  contentUrl: z.string().nullable(),
  inline: z.boolean(),
});

/** Điểm một tiêu chí: self part, appraisal 1, the request and the answer, appraisal 2. */
export const appraisalEntrySchema = z.object({
  nodeCode: z.string(),
  /** 0 while the entry was never saved. */
  version: z.number().int(),
  selfInput: z.unknown().nullable(),
  selfScore: z.number().nullable(),
  notApplicable: z.boolean(),
  selfExplanation: z.string(),
  appraisedScore1: z.number().nullable(),
  appraisalComment1: z.string(),
  explanationRequest: z.string(),
  explanation: z.string(),
  explainedAt: isoInstantSchema.nullable(),
  appraisedScore2: z.number().nullable(),
  appraisalComment2: z.string(),
  /** Điểm thẩm định được tính: appraisal 2 ?? appraisal 1. */
  countingScore: z.number().nullable(),
  evidence: z.array(appraisalEvidenceSchema),
});

/** One entry as the API returns it. */
export type AppraisalEntryDto = z.infer<typeof appraisalEntrySchema>;

/** Thẩm định một đơn vị: the round, the unit, its criteria and entries, and what the actor may do. */
export const unitAppraisalSchema = z.object({
  round: appraisalRoundSchema,
  unit: z.object({ id: idSchema, code: z.string(), name: z.string(), type: z.string() }),
  status: z.string(),
  submittedAt: isoInstantSchema.nullable(),
  appraisal1DoneAt: isoInstantSchema.nullable(),
  appraisal2DoneAt: isoInstantSchema.nullable(),
  /** The unit's version (If-Match of confirm). */
  version: z.number().int(),
  nodes: z.array(appraisalNodeSchema),
  entries: z.array(appraisalEntrySchema),
  totals: z.object({ self: z.number().nullable(), appraised: z.number().nullable() }),
  actions: z.object({
    /** May set appraised scores now (role, own-unit rule, state, window, not yet confirmed). */
    appraise: z.boolean(),
    requestExplanation: z.boolean(),
    confirm: z.boolean(),
    /** May answer the requests (the unit's side, in the explanation window). */
    explain: z.boolean(),
    /** Why appraising is closed to the actor, in Vietnamese (null when open or not an appraiser). */
    appraiseRefusal: z.string().nullable(),
  }),
});

/** The appraisal view as a type. */
export type UnitAppraisalDto = z.infer<typeof unitAppraisalSchema>;

/** GET …/units/:organisationId/appraisal — one unit's self-assessment for the council. */
export const getUnitAppraisal = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/units/:organisationId/appraisal',
  summary: 'Thẩm định một đơn vị',
  params: roundUnitParams,
  response: unitAppraisalSchema,
});

const commentSchema = z.string().trim().max(5000, { error: 'Nhận xét dài quá 5.000 ký tự.' });

/** PUT …/appraisal/:nodeCode — the appraised score of the round's current stage (If-Match entry version). */
export const setAppraisedScore = defineEndpoint({
  method: 'PUT',
  path: '/api/assessment-rounds/:id/units/:organisationId/appraisal/:nodeCode',
  summary: 'Chấm điểm thẩm định',
  params: roundUnitNodeParams,
  body: z.object({
    score: z.number({ error: 'Nhập điểm thẩm định.' }),
    comment: commentSchema.default(''),
  }),
  response: appraisalEntrySchema,
});

/** POST …/appraisal/:nodeCode/explanation-request — đề nghị giải trình, bổ sung (If-Match entry version). */
export const requestExplanation = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/appraisal/:nodeCode/explanation-request',
  summary: 'Đề nghị giải trình',
  params: roundUnitNodeParams,
  body: z.object({
    request: z
      .string()
      .trim()
      .min(1, { error: 'Nhập nội dung đề nghị giải trình.' })
      .max(5000, { error: 'Đề nghị dài quá 5.000 ký tự.' }),
  }),
  response: appraisalEntrySchema,
});

/** PUT …/explanations/:nodeCode — the unit's answer (If-Match entry version). */
export const answerExplanation = defineEndpoint({
  method: 'PUT',
  path: '/api/assessment-rounds/:id/units/:organisationId/explanations/:nodeCode',
  summary: 'Giải trình của đơn vị',
  params: roundUnitNodeParams,
  body: z.object({
    explanation: z
      .string()
      .trim()
      .min(1, { error: 'Nhập nội dung giải trình.' })
      .max(10000, { error: 'Giải trình dài quá 10.000 ký tự.' }),
  }),
  response: appraisalEntrySchema,
});

/** POST …/appraisal/confirm — xác nhận thẩm định đơn vị (If-Match unit version). */
export const confirmUnitAppraisal = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/units/:organisationId/appraisal/confirm',
  summary: 'Xác nhận thẩm định đơn vị',
  params: roundUnitParams,
  response: unitAppraisalSchema,
});

/** Một ô của bảng: self, appraised and Δ (null: chưa có điểm). */
export const boardCellSchema = z.object({
  self: z.number().nullable(),
  appraised: z.number().nullable(),
  delta: z.number().nullable(),
});

/** One unit on the board. */
export const boardRowSchema = z.object({
  organisation: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  status: z.string(),
  /** Đã xác nhận thẩm định in the round's current stage. */
  confirmed: z.boolean(),
  areas: z.array(boardCellSchema.extend({ code: z.string(), applicableMaxPoints: z.number() })),
  total: boardCellSchema.extend({ applicableMaxPoints: z.number() }),
});

/** One row of the board as a type. */
export type BoardRowDto = z.infer<typeof boardRowSchema>;

/** Bảng tổng hợp của Hội đồng. */
export const councilBoardSchema = z.object({
  round: appraisalRoundSchema,
  areas: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.number() })),
  rows: z.array(boardRowSchema),
  /** Units taking part before the filter. */
  unitCount: z.number().int(),
  /** Đơn vị chưa xác nhận thẩm định (current stage): sign-off waits for them. */
  unconfirmed: z.array(z.object({ id: idSchema, name: z.string() })),
  actions: z.object({ signOff: z.boolean() }),
});

/** The board as a type. */
export type CouncilBoardDto = z.infer<typeof councilBoardSchema>;

const optionalNumber = z
  .union([z.coerce.number().min(0, { error: 'Giá trị phải từ 0 trở lên.' }), z.literal('')])
  .optional()
  .transform((value) => (value === '' || value === undefined ? null : value));

/** GET /assessment-rounds/:id/board — units × areas, self vs appraised; filters for the largest gaps. */
export const getCouncilBoard = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/board',
  summary: 'Bảng tổng hợp của Hội đồng thẩm định',
  params: z.object({ id: idSchema }),
  query: z.object({
    /** Only |Δ| ≥ minGap points. */
    minGap: optionalNumber,
    /** Δ of this area instead of the total. */
    area: z.string().max(64).optional(),
    /** Only the `top` largest gaps. */
    top: z.coerce.number().int().min(1).max(10000).optional(),
  }),
  response: councilBoardSchema,
});

/** POST /assessment-rounds/:id/sign-off — Hội đồng ký xác nhận (If-Match round version). */
export const signOffBoard = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/sign-off',
  summary: 'Hội đồng ký xác nhận',
  params: z.object({ id: idSchema }),
  response: z.object({ signedOffAt: isoInstantSchema, version: z.number().int() }),
});

/** The appraisal rules the page checks before sending (the server checks them again). */
export {
  appraisedScoreProblem,
  missingCommentProblem,
  scoreBeforeStage,
} from '@domain/assessment/appraisal-rules';
