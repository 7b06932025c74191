/** Tìm kiếm: one search box over the plans, tasks, units and reports of the actor's province, without accents. */
import { z } from 'zod';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { PLAN_STATUSES } from '@domain/plans/plan';
import { SUBMISSION_STATUSES } from '@domain/reports/submission';
import { defineEndpoint } from './endpoint';
import { idSchema, isoDateSchema } from './common';
import { unitRefSchema } from './plans';

/** At most this many results of each kind (the results page says when there were more). */
export const SEARCH_LIMIT_PER_KIND = 8;

/** The shortest query searched: one letter would match nearly everything. */
export const SEARCH_MIN_LENGTH = 2;

/** A plan the search found: "104/KH-UBND — Khắc phục …" of a unit and year. */
export const planHitSchema = z.object({
  id: idSchema,
  documentNumber: z.string(),
  title: z.string(),
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  organisation: unitRefSchema,
});

/** A task the search found, with its plan and the unit through which the actor reads it. */
export const taskHitSchema = z.object({
  id: idSchema,
  content: z.string(),
  outputDescription: z.string(),
  planId: idSchema,
  plan: z.object({ documentNumber: z.string(), title: z.string() }),
  lead: unitRefSchema.nullable(),
  /** True when the actor may open the plan; else the task is theirs through `unitId` (Nhiệm vụ của đơn vị tôi). */
  planReadable: z.boolean(),
  /** The actor's unit among the task's lead and coordinating units (for the "my tasks" link), if any. */
  unitId: idSchema.nullable(),
});

/** A unit the search found; closed ones (đã giải thể / sáp nhập) too, flagged. */
export const unitHitSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  /** Ngày kết thúc hoạt động, or null while the unit is open. */
  closedOn: isoDateSchema.nullable(),
});

/** A unit's report the search found: unit, period and plan. */
export const reportHitSchema = z.object({
  id: idSchema,
  planId: idSchema,
  periodKey: z.string(),
  /** "Quý I/2024", or the key when the plan's rule no longer has the period. */
  periodLabel: z.string(),
  organisation: unitRefSchema,
  plan: z.object({ documentNumber: z.string(), title: z.string() }),
  status: z.enum(SUBMISSION_STATUSES),
});

/** One kind of result: the first hits and whether there were more. */
const hitsOf = <T extends z.ZodType>(hit: T) =>
  z.object({ items: z.array(hit), hasMore: z.boolean() });

/** Kết quả tìm kiếm, grouped by kind. */
export const searchResultsSchema = z.object({
  q: z.string(),
  plans: hitsOf(planHitSchema),
  tasks: hitsOf(taskHitSchema),
  units: hitsOf(unitHitSchema),
  reports: hitsOf(reportHitSchema),
});
/** Search results grouped by kind. */
export type SearchResults = z.infer<typeof searchResultsSchema>;

/** GET /api/search?q= — what the actor may read that matches every word of q, accents and case ignored. */
export const search = defineEndpoint({
  method: 'GET',
  path: '/api/search',
  summary: 'Tìm kiếm',
  query: z.object({
    q: z
      .string()
      .trim()
      .min(SEARCH_MIN_LENGTH, { error: `Nhập ít nhất ${SEARCH_MIN_LENGTH} ký tự để tìm.` })
      .max(100, { error: 'Nội dung tìm kiếm tối đa 100 ký tự.' }),
  }),
  response: searchResultsSchema,
});
