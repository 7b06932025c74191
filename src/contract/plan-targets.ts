// Chỉ tiêu theo chỉ số: the targets of a unit's plans for a year, each checked against the
// results (met / not met / not yet known), grouped by plan and by index for the dashboard.
import { z } from 'zod';
import { PLAN_STATUSES } from '@domain/plans/plan';
import { INDEX_KINDS } from '@domain/frameworks/index-kind';
import { defineEndpoint } from './endpoint';
import { idSchema } from './common';
import { targetEvaluationSchema } from './plans';

/** Các chỉ tiêu của một chỉ số: the index (null for targets judged by hand, tied to no index) and its targets' verdicts. */
export const indexTargetsSchema = z.object({
  framework: z
    .object({
      id: idSchema,
      code: z.string(),
      name: z.string(),
      indexKind: z.enum(INDEX_KINDS),
      year: z.number().int(),
    })
    .nullable(),
  items: z.array(targetEvaluationSchema),
});
/** An index's targets with their verdicts. */
export type IndexTargets = z.infer<typeof indexTargetsSchema>;

/** Chỉ tiêu của một kế hoạch, theo chỉ số. */
export const planTargetsSchema = z.object({
  plan: z.object({
    id: idSchema,
    title: z.string(),
    /** "104/KH-UBND", or "…/KH-UBND" while the number is blank. */
    documentNumber: z.string(),
    status: z.enum(PLAN_STATUSES),
    year: z.number().int(),
  }),
  indices: z.array(indexTargetsSchema),
});
/** A plan's targets grouped by index. */
export type PlanTargets = z.infer<typeof planTargetsSchema>;

/** GET /api/plans/targets — the targets of a unit's plans of a year (superseded versions left out), by plan and index. */
export const listUnitPlanTargets = defineEndpoint({
  method: 'GET',
  path: '/api/plans/targets',
  summary: 'Chỉ tiêu theo chỉ số của các kế hoạch của đơn vị',
  query: z.object({
    organisationId: idSchema,
    year: z.coerce.number().int().min(2000).max(2100),
  }),
  response: z.object({ items: z.array(planTargetsSchema) }),
});
