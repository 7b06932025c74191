/** Đơn vị: the organisation tree of a tenant — browse, search, create, edit, close, import. */
import { z } from 'zod';
import { ORGANISATION_TYPES } from '@domain/organisations/organisation-type';
import { defineEndpoint } from './endpoint';
import { idParamsSchema, idSchema, isoDateSchema } from './common';
import { abilitiesSchema } from './abilities';

const codeSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9._-]{1,50}$/,
    'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 50 ký tự).',
  );
const nameSchema = z
  .string()
  .trim()
  .min(1, 'Nhập tên đơn vị.')
  .max(255, 'Tên đơn vị tối đa 255 ký tự.');

/** An organisation as the API shows it; `version` is echoed as the ETag for safe edits. */
export const organisationSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  parentId: idSchema.nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  version: z.number().int(),
});
/** An organisation. */
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * What the actor may do with a unit: thêm đơn vị trực thuộc (not under a closed unit), sửa, kết
 * thúc hoạt động (not a closed unit, nor the tenant root).
 */
export const ORGANISATION_ABILITIES = ['canCreateChild', 'canEdit', 'canClose'] as const;

/** What the actor may do with the tenant's unit list: nhập danh sách đơn vị từ tệp. */
export const ORGANISATION_LIST_ABILITIES = ['canImport'] as const;

/** An organisation with its place in the tree and its merger links (Kế thừa / sáp nhập). */
export const organisationDetailSchema = organisationSchema.extend({
  ancestors: z.array(organisationSchema.pick({ id: true, code: true, name: true, type: true })),
  childCount: z.number().int(),
  successors: z.array(organisationSchema.pick({ id: true, code: true, name: true, type: true })),
  predecessors: z.array(organisationSchema.pick({ id: true, code: true, name: true, type: true })),
  abilities: abilitiesSchema(ORGANISATION_ABILITIES),
});
/** An organisation with ancestors and merger links. */
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

/** GET /api/organisations — the organisations the user may read, flat (the client builds the tree). */
export const listOrganisations = defineEndpoint({
  method: 'GET',
  path: '/api/organisations',
  summary: 'Danh sách đơn vị',
  query: z.object({
    /** Accent-insensitive search on code and name: "lap vo" finds "Lấp Vò". */
    q: z.string().trim().max(100).optional(),
    includeClosed: z.enum(['true', 'false']).optional(),
  }),
  response: z.object({
    items: z.array(organisationSchema),
    abilities: abilitiesSchema(ORGANISATION_LIST_ABILITIES),
  }),
});

/**
 * Tên đơn vị được nhắc đến: a unit named by id in some data (a task's lead, a role, a picker's
 * value), with whether it is closed (đã giải thể / sáp nhập) and its successors, so no screen
 * ever shows the bare id of a unit its list does not hold.
 */
export const organisationLabelSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  /** Ngày kết thúc hoạt động when the unit is closed today, else null. */
  closedOn: isoDateSchema.nullable(),
  /** Đơn vị kế thừa: the units its work passed to (empty when none was named). */
  successors: z.array(z.object({ id: idSchema, name: z.string() })),
});
/** A unit's label. */
export type OrganisationLabel = z.infer<typeof organisationLabelSchema>;

/** GET /api/organisations/labels?ids=a,b — names of units of the tenant by id (unknown ids are left out). */
export const listOrganisationLabels = defineEndpoint({
  method: 'GET',
  path: '/api/organisations/labels',
  summary: 'Tên đơn vị theo mã định danh',
  query: z.object({
    ids: z
      .string()
      .transform((text) => [...new Set(text.split(',').filter((id) => id !== ''))])
      .pipe(z.array(idSchema).min(1).max(100)),
  }),
  response: z.object({ items: z.array(organisationLabelSchema) }),
});

/** GET /api/organisations/:id */
export const getOrganisation = defineEndpoint({
  method: 'GET',
  path: '/api/organisations/:id',
  summary: 'Chi tiết đơn vị',
  params: idParamsSchema,
  response: organisationDetailSchema,
});

/** Form to create an organisation under a parent. */
export const createOrganisationBodySchema = z.object({
  parentId: idSchema,
  code: codeSchema,
  name: nameSchema,
  type: z.enum(ORGANISATION_TYPES, { error: 'Loại đơn vị không hợp lệ.' }),
  validFrom: isoDateSchema,
});

/** POST /api/organisations */
export const createOrganisation = defineEndpoint({
  method: 'POST',
  path: '/api/organisations',
  summary: 'Thêm đơn vị',
  body: createOrganisationBodySchema,
  response: organisationSchema,
  status: 201,
});

/** PATCH /api/organisations/:id — requires `If-Match: <version>`; 412 when someone saved first. */
export const updateOrganisation = defineEndpoint({
  method: 'PATCH',
  path: '/api/organisations/:id',
  summary: 'Sửa đơn vị',
  params: idParamsSchema,
  body: z
    .object({ code: codeSchema, name: nameSchema, parentId: idSchema, validFrom: isoDateSchema })
    .partial(),
  response: organisationSchema,
});

/** POST /api/organisations/:id/close — ends the unit's validity, optionally naming its successors. */
export const closeOrganisation = defineEndpoint({
  method: 'POST',
  path: '/api/organisations/:id/close',
  summary: 'Kết thúc hoạt động đơn vị',
  params: idParamsSchema,
  body: z.object({ validTo: isoDateSchema, successorIds: z.array(idSchema).max(50).default([]) }),
  response: organisationSchema,
});

/** Result of an import: either every row was written, or nothing was and here is why. */
export const organisationImportResultSchema = z.object({
  created: z.number().int(),
  dryRun: z.boolean(),
  rows: z.number().int(),
});

/** POST /api/organisations/import — multipart `.xlsx`/`.csv` (mã, tên, loại, mã cấp trên, hiệu lực từ). */
export const importOrganisations = defineEndpoint({
  method: 'POST',
  path: '/api/organisations/import',
  summary: 'Nhập danh sách đơn vị từ tệp',
  query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
  multipart: true,
  response: organisationImportResultSchema,
});
