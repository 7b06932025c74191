/**
 * Chỉ số dịch vụ (KPI) từ hồ sơ TTHC: the unit tree with KPI columns for a period, one unit's KPIs
 * by month and by procedure field (lĩnh vực), the dossiers behind a count (drill-down, 50 a page),
 * and .xlsx exports of the first two. Every figure is summed over the unit's subtree.
 */
import { z } from 'zod';
import { DOSSIER_CHANNELS, DOSSIER_STATUSES, ONLINE_LEVELS } from '@domain/kpis/dossier';
import { DOSSIER_COUNTERS } from '@domain/kpis/dossier-counters';
import { isMonth, monthIndex } from '@domain/kpis/kpi-period';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { defineEndpoint } from './endpoint';
import { abilitiesSchema } from './abilities';
import { fileSchema, idSchema, isoInstantSchema, pageOf } from './common';

/** Longest period one request may sum: ten years of months. */
export const KPI_MAX_PERIOD_MONTHS = 120;

/** Drill-down page size (hồ sơ mỗi trang). */
export const KPI_DOSSIER_PAGE_SIZE = 50;

/** A month written 'YYYY-MM'. */
export const monthSchema = z.string().refine(isMonth, { error: 'Tháng phải có dạng YYYY-MM.' });

/** A counter name of the dossier counters (e.g. 'finishedLate'). */
export const counterSchema = z.enum(DOSSIER_COUNTERS);

const bothMonths = (period: { from: string; to: string }) =>
  isMonth(period.from) && isMonth(period.to);

/** Kỳ: from month to month, both included, at most ten years. */
export const kpiPeriodQuerySchema = z
  .object({ from: monthSchema, to: monthSchema })
  // Each refine checks both months first: zod runs them even when a month failed its own check.
  .refine((period) => !bothMonths(period) || monthIndex(period.from) <= monthIndex(period.to), {
    error: 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc.',
    path: ['to'],
  })
  .refine(
    (period) =>
      !bothMonths(period) ||
      monthIndex(period.to) - monthIndex(period.from) < KPI_MAX_PERIOD_MONTHS,
    {
      error: 'Kỳ tính tối đa 120 tháng.',
      path: ['from'],
    },
  );

/** A KPI as the pages show it: key, Vietnamese name, which way is better, where it comes from. */
export const kpiDefinitionSchema = z.object({
  key: z.string(),
  label: z.string(),
  higherIsBetter: z.boolean(),
  origin: z.enum(['766', 'plan']),
});
/** A KPI's description. */
export type KpiDefinitionView = z.infer<typeof kpiDefinitionSchema>;

/** A KPI's figure: value in percent (null: nothing counted — shown "—") and its "n hồ sơ". */
export const kpiFigureSchema = z.object({ value: z.number().nullable(), count: z.number().int() });
/** A KPI's figure. */
export type KpiFigureView = z.infer<typeof kpiFigureSchema>;

/** Counts per counter (the sums the KPIs are divided from), keyed by counter name. */
export const counterTotalsSchema = z.record(z.enum(DOSSIER_COUNTERS), z.number().int());

/** Figures of a unit, a month or a field: the counts and each KPI by key. */
export const kpiFiguresSchema = z.object({
  totals: counterTotalsSchema,
  kpis: z.record(z.string(), kpiFigureSchema),
});
/** Counts and KPI figures. */
export type KpiFigures = z.infer<typeof kpiFiguresSchema>;

/** A unit of the KPI tree with its subtree's figures. */
export const kpiTreeUnitSchema = kpiFiguresSchema.extend({
  id: idSchema,
  parentId: idSchema.nullable(),
  code: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  closed: z.boolean(),
});
/** A unit of the KPI tree. */
export type KpiTreeUnit = z.infer<typeof kpiTreeUnitSchema>;

/** What the actor may do from the KPI pages: nhập hồ sơ TTHC (dossier.import at the province root). */
export const KPI_ABILITIES = ['canImport'] as const;

/** The unit tree with KPI columns for a period. */
export const kpiTreeSchema = z.object({
  from: monthSchema,
  to: monthSchema,
  kpis: z.array(kpiDefinitionSchema),
  /** The units the actor may read, by name; roots have a parent outside the list (nest by parentId). */
  units: z.array(kpiTreeUnitSchema),
  abilities: abilitiesSchema(KPI_ABILITIES),
});
/** The KPI tree of a period. */
export type KpiTree = z.infer<typeof kpiTreeSchema>;

/** Cây đơn vị với KPI. */
export const getKpiTree = defineEndpoint({
  method: 'GET',
  path: '/api/kpis/tree',
  summary: 'Cây đơn vị với các chỉ số KPI của một kỳ',
  query: kpiPeriodQuerySchema,
  response: kpiTreeSchema,
});

/** Xuất cây KPI ra Excel. */
export const exportKpiTree = defineEndpoint({
  method: 'GET',
  path: '/api/kpis/tree.xlsx',
  summary: 'Xuất cây đơn vị với KPI ra Excel',
  query: kpiPeriodQuerySchema,
  response: fileSchema,
  download: true,
});

const unitParamsSchema = z.object({ organisationId: idSchema });
const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** A plan target on a KPI for the months chart (mục tiêu), e.g. on time ≥ 97 %. */
export const kpiTargetSchema = z.object({
  kpiKey: z.string(),
  /** Percent. */
  value: z.number(),
  label: z.string(),
});

/** One unit's KPIs by month of a year and by procedure field over the year, subtree included. */
export const kpiMonthsSchema = z.object({
  unit: z.object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
  }),
  year: z.number().int(),
  kpis: z.array(kpiDefinitionSchema),
  /** Twelve months in order, months without dossiers included (zero counts, null values). */
  months: z.array(kpiFiguresSchema.extend({ month: monthSchema })),
  /** Lĩnh vực over the year, by number of dossiers received, most first. */
  fields: z.array(kpiFiguresSchema.extend({ field: z.string() })),
  yearTotal: kpiFiguresSchema,
  /** Plan targets on these KPIs (empty until plan targets of kind KPI exist). */
  targets: z.array(kpiTargetSchema),
  abilities: abilitiesSchema(KPI_ABILITIES),
});
/** A unit's KPIs by month. */
export type KpiMonths = z.infer<typeof kpiMonthsSchema>;

/** KPI của một đơn vị theo tháng. */
export const getKpiMonths = defineEndpoint({
  method: 'GET',
  path: '/api/kpis/units/:organisationId/months',
  summary: 'KPI của một đơn vị theo tháng trong năm, kèm theo lĩnh vực',
  params: unitParamsSchema,
  query: yearQuerySchema,
  response: kpiMonthsSchema,
});

/** Xuất KPI theo tháng ra Excel. */
export const exportKpiMonths = defineEndpoint({
  method: 'GET',
  path: '/api/kpis/units/:organisationId/months.xlsx',
  summary: 'Xuất KPI theo tháng của một đơn vị ra Excel',
  params: unitParamsSchema,
  query: yearQuerySchema,
  response: fileSchema,
  download: true,
});

/**
 * Drill-down filter: dossiers of the month whose `counter` bit is set (`has` true) or not set,
 * among those counted by `among` when given — e.g. counter=finishedOnTime, has=false,
 * among=finished: the finished dossiers not counted on time.
 */
export const kpiDossierQuerySchema = z.object({
  month: monthSchema,
  counter: counterSchema,
  has: z.enum(['true', 'false']).default('true'),
  among: counterSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** A dossier as the drill-down lists it. */
export const kpiDossierSchema = z.object({
  source: z.string(),
  code: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  receivedAt: isoInstantSchema,
  promisedAt: isoInstantSchema.nullable(),
  finishedAt: isoInstantSchema.nullable(),
  status: z.enum(DOSSIER_STATUSES),
  channel: z.enum(DOSSIER_CHANNELS),
  onlineLevel: z.enum(ONLINE_LEVELS).nullable(),
  supplementRequests: z.number().int(),
  pausedDays: z.number().int(),
  satisfaction: z.number().int().nullable(),
  complaint: z.boolean(),
});
/** A listed dossier. */
export type KpiDossier = z.infer<typeof kpiDossierSchema>;

/** Hồ sơ của một đơn vị trong tháng theo một bộ đếm: newest received first, 50 a page. */
export const listKpiDossiers = defineEndpoint({
  method: 'GET',
  path: '/api/kpis/units/:organisationId/dossiers',
  summary: 'Hồ sơ của đơn vị (kể cả đơn vị trực thuộc) trong tháng theo bộ đếm',
  params: unitParamsSchema,
  query: kpiDossierQuerySchema,
  response: pageOf(kpiDossierSchema),
});

/** Months of a period ('YYYY-MM' list), for the web's drill-down month picker. */
export { monthsBetween } from '@domain/kpis/kpi-period';
