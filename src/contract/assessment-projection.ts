/** Dự báo điểm và thứ hạng năm nay: a unit's projected score range on this year's framework, the criteria that move it, the lines explaining every number, and the projected rank range among its peers. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { idSchema } from './common';

/** Dòng giải thích: one step of a bound; `points` is the change it brings (the baseline and the total carry their value). */
export const explanationLineSchema = z.object({
  nodeCode: z.string().nullable(),
  points: z.number().nullable(),
  text: z.string(),
});

/** Cận của khoảng dự báo: score, index % (null when not computable) and its explanation. */
export const projectionBoundSchema = z.object({
  score: z.number(),
  indexPercent: z.number().nullable(),
  lines: z.array(explanationLineSchema),
});

/** Tiêu chí tác động: last year's score on the node and where each bound puts it (null = không áp dụng). */
export const projectionDriverSchema = z.object({
  code: z.string(),
  name: z.string(),
  from: z.number().nullable(),
  toPessimistic: z.number().nullable(),
  toOptimistic: z.number().nullable(),
  why: z.string(),
});

/** Thứ hạng dự báo: best and worst possible rank among `of` peers, with the reasons. */
export const projectedRankSchema = z.object({
  best: z.number().int(),
  worst: z.number().int(),
  of: z.number().int(),
  lines: z.array(z.string()),
});

/** Dự báo năm nay of one unit on one index. */
export const projectionSchema = z.object({
  framework: z.object({ id: idSchema, code: z.string(), name: z.string(), year: z.number().int() }),
  organisation: z.object({ id: idSchema, name: z.string() }),
  year: z.number().int(),
  applicableMaxPoints: z.number(),
  baseline: z
    .object({ year: z.number().int(), score: z.number(), indexPercent: z.number().nullable() })
    .nullable(),
  pessimistic: projectionBoundSchema,
  optimistic: projectionBoundSchema,
  drivers: z.array(projectionDriverSchema),
  rank: projectedRankSchema.nullable(),
  /** Has the unit's self-assessment of this year's round started (then it counts). */
  selfAssessmentStarted: z.boolean(),
});
/** A unit's projection. */
export type ProjectionDto = z.infer<typeof projectionSchema>;

/** GET /api/organisations/:id/projection?frameworkId= — the unit's projected range for this year. */
export const getProjection = defineEndpoint({
  method: 'GET',
  path: '/api/organisations/:id/projection',
  summary: 'Dự báo điểm và thứ hạng năm nay của đơn vị',
  params: z.object({ id: idSchema }),
  query: z.object({
    /** Any framework of the index (last year's gap analysis passes its own); this year's is found from it. */
    frameworkId: idSchema.optional(),
  }),
  response: projectionSchema,
});
