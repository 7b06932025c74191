/** Đề xuất từ dữ liệu hồ sơ: the self-assessment inputs of KPI-reading criteria, proposed from the unit's dossier counts. */
import { z } from 'zod';
import { idSchema } from './common';
import { defineEndpoint } from './endpoint';

/** Khoảng tháng the counts were read over ('yyyy-mm' both included) and its Vietnamese name. */
export const kpiProposalWindowSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

/**
 * One criterion's proposal (the domain's KpiProposal, flattened): `counts` fills the ratio's
 * tử số / mẫu số; `value_only` shows a value that is not two counts; `none` says why not.
 */
export const kpiProposalSchema = z.object({
  nodeCode: z.string(),
  kpiKey: z.string(),
  kpiLabel: z.string(),
  status: z.enum(['counts', 'value_only', 'none']),
  window: kpiProposalWindowSchema.nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  /** Percent 0–100. */
  value: z.number().nullable(),
  /** The score the criterion's rule gives. */
  score: z.number().nullable(),
  /** Why there is no proposal, or why a value is not filled in. */
  reason: z.string().nullable(),
});
/** One proposal. */
export type KpiProposalDto = z.infer<typeof kpiProposalSchema>;

/** GET the proposals of every criterion with a KPI key that the unit scores itself. */
export const listSelfKpiProposals = defineEndpoint({
  method: 'GET',
  path: '/api/assessment-rounds/:id/units/:organisationId/kpi-proposals',
  summary: 'Đề xuất điểm từ dữ liệu hồ sơ',
  params: z.object({ id: idSchema, organisationId: idSchema }),
  response: z.object({
    window: kpiProposalWindowSchema.nullable(),
    items: z.array(kpiProposalSchema),
  }),
});
