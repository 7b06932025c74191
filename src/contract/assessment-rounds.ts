/** Đợt đánh giá (rounds): list, open, read, change and move a yearly scoring round of a framework. */
import { z } from 'zod';
import { ROUND_STATES } from '@domain/assessment/round-state';
import { UNIT_ASSESSMENT_STATUSES } from '@domain/assessment/unit-assessment-status';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';

/** The participant rules the "Mở đợt đánh giá" form applies as the server does (round-participants). */
export { defaultParticipants, isExemptableNode } from '@domain/assessment/round-participants';
import { idParamsSchema, idSchema, isoDateSchema, isoInstantSchema } from './common';

/** Cửa sổ thời gian: ISO civil days in Vietnam, both ends included; null while not set. */
export const roundWindowSchema = z.object({
  opensOn: isoDateSchema.nullable(),
  closesOn: isoDateSchema.nullable(),
});

/** Các cửa sổ: tự đánh giá, thẩm định (both appraisals), giải trình (inside the appraisal window). */
export const roundWindowsSchema = z.object({
  selfAssessment: roundWindowSchema,
  appraisal: roundWindowSchema,
  explanation: roundWindowSchema,
});
/** The three windows of a round. */
export type RoundWindowsDto = z.infer<typeof roundWindowsSchema>;

/** Tình trạng một cửa sổ hôm nay (server's day in Vietnam): chưa đặt, chưa mở, đang mở, đã đóng; còn N ngày. */
export const roundWindowStatusSchema = z.object({
  phase: z.enum(['unset', 'upcoming', 'open', 'closed']),
  /** Days from today to the closing day (0 on it, negative once closed); null when unset. */
  daysLeft: z.number().int().nullable(),
});

/** Đơn vị tham gia as asked: the unit and the exemptable nodes it is declared "không áp dụng" for. */
export const roundUnitInputSchema = z.object({
  organisationId: idSchema,
  exemptNodeCodes: z.array(z.string().trim().min(1).max(50)).max(200).optional(),
  exemptionNote: z.string().trim().max(2000).optional(),
});
/** A taking-part unit as asked. */
export type RoundUnitInput = z.infer<typeof roundUnitInputSchema>;

/** Mở đợt đánh giá: the framework, the owner unit; units default to the framework's types under the owner. */
export const createRoundBodySchema = z.object({
  frameworkId: idSchema,
  ownerOrganisationId: idSchema,
  name: z.string().trim().min(1).max(500).optional(),
  units: z.array(roundUnitInputSchema).max(5000).optional(),
  windows: roundWindowsSchema.optional(),
});
/** Body of POST /assessment-rounds. */
export type CreateRoundBody = z.infer<typeof createRoundBodySchema>;

/** Sửa đợt đánh giá: name and windows any time before the result; units only while draft. */
export const updateRoundBodySchema = z.object({
  name: z.string().trim().min(1).max(500).optional(),
  windows: roundWindowsSchema.optional(),
  units: z.array(roundUnitInputSchema).max(5000).optional(),
});
/** Body of PATCH /assessment-rounds/:id. */
export type UpdateRoundBody = z.infer<typeof updateRoundBodySchema>;

/** Chuyển trạng thái: the state to move to (draft → self_assessment → appraisal → explanation → appraisal). */
export const transitionRoundBodySchema = z.object({ to: z.enum(ROUND_STATES) });

/** A unit as a round shows it. */
export const roundOrganisationSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
});

/** Đơn vị tham gia: status of its self-assessment and when each appraisal of it was confirmed. */
export const roundUnitSchema = z.object({
  organisation: roundOrganisationSchema,
  status: z.enum(UNIT_ASSESSMENT_STATUSES),
  exemptNodeCodes: z.array(z.string()),
  exemptionNote: z.string(),
  submittedAt: isoInstantSchema.nullable(),
  appraisal1DoneAt: isoInstantSchema.nullable(),
  appraisal2DoneAt: isoInstantSchema.nullable(),
});
/** A taking-part unit of a round. */
export type RoundUnit = z.infer<typeof roundUnitSchema>;

/** Quyết định công bố printed on the published appendix. */
export const roundPublicationSchema = z.object({
  decisionNumber: z.string(),
  decisionDate: isoDateSchema.nullable(),
  issuer: z.string(),
});

/**
 * What the actor may do with a round (the web never re-decides from roles): manage (windows,
 * states, survey, finalise, publish), appraise, and the units it may self-assess and submit for.
 */
export const roundActionsSchema = z.object({
  manage: z.boolean(),
  appraise: z.boolean(),
  /** Taking-part units whose self-assessment the actor may open to read. */
  read: z.array(idSchema),
  self: z.array(idSchema),
  submit: z.array(idSchema),
  /** Bước tiếp theo the actor may move the round to by hand (null: none, or not the actor's to make). */
  transitionTo: z.enum(ROUND_STATES).nullable(),
});

/** The framework a round is on. */
export const roundFrameworkSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  indexKind: z.enum(INDEX_KINDS),
});

/** Đợt đánh giá: state, appraisal stage, windows, taking-part units, stamps and the actor's actions. */
export const roundSchema = z.object({
  id: idSchema,
  name: z.string(),
  year: z.number().int(),
  framework: roundFrameworkSchema,
  owner: z.object({ id: idSchema, name: z.string() }),
  state: z.enum(ROUND_STATES),
  appraisalStage: z.union([z.literal(1), z.literal(2)]),
  windows: roundWindowsSchema,
  /** Each window on the server's today, so every screen counts days the same way. */
  windowStatus: z.object({
    selfAssessment: roundWindowStatusSchema,
    appraisal: roundWindowStatusSchema,
    explanation: roundWindowStatusSchema,
  }),
  units: z.array(roundUnitSchema),
  signedOffAt: isoInstantSchema.nullable(),
  finalisedAt: isoInstantSchema.nullable(),
  publishedAt: isoInstantSchema.nullable(),
  publication: roundPublicationSchema.nullable(),
  version: z.number().int(),
  actions: roundActionsSchema,
});
/** A round as the API returns it. */
export type RoundDto = z.infer<typeof roundSchema>;

/** A round in the list: no units, their count instead. */
export const roundSummarySchema = roundSchema
  .omit({ units: true, actions: true, publication: true })
  .extend({ unitCount: z.number().int(), submittedCount: z.number().int() });
/** A listed round. */
export type RoundSummary = z.infer<typeof roundSummarySchema>;

/** What the actor may do with the round list: mở đợt đánh giá (assessment.manage on some unit). */
export const ROUND_LIST_ABILITIES = ['canCreate'] as const;

/** GET /assessment-rounds?year= */
export const listRounds = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds',
  summary: 'Đợt đánh giá mà người dùng được xem (đơn vị chủ trì hoặc đơn vị tham gia)',
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  response: z.object({
    items: z.array(roundSummarySchema),
    abilities: abilitiesSchema(ROUND_LIST_ABILITIES),
  }),
});

/** POST /assessment-rounds */
export const createRound = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds',
  summary: 'Mở đợt đánh giá cho một bộ chỉ số',
  body: createRoundBodySchema,
  response: roundSchema,
  status: 201,
});

/** GET /assessment-rounds/:id */
export const getRound = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id',
  summary: 'Chi tiết đợt đánh giá',
  params: idParamsSchema,
  response: roundSchema,
});

/** PATCH /assessment-rounds/:id (If-Match: round version) */
export const updateRound = defineEndpoint({
  method: 'PATCH',
  path: '/api/assessment-rounds/:id',
  summary: 'Sửa tên, thời gian, đơn vị tham gia của đợt đánh giá',
  params: idParamsSchema,
  body: updateRoundBodySchema,
  response: roundSchema,
});

/** POST /assessment-rounds/:id/transition (If-Match: round version) */
export const transitionRound = defineEndpoint({
  method: 'POST',
  path: '/api/assessment-rounds/:id/transition',
  summary: 'Chuyển trạng thái đợt đánh giá',
  params: idParamsSchema,
  body: transitionRoundBodySchema,
  response: roundSchema,
});
