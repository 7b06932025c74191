/** Shapes shared by every resource of the API: ids, dates, the one error shape, pages. */
import { z } from 'zod';

/** A database id (UUID). */
export const idSchema = z.uuid({ error: 'Mã định danh không hợp lệ.' });

/** A calendar date stored and exchanged as ISO 'YYYY-MM-DD' (shown as dd/mm/yyyy). */
export const isoDateSchema = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD.' });

/** An instant exchanged as an ISO 8601 string in UTC. */
export const isoInstantSchema = z.iso.datetime({ offset: true });

/** `{ id }` path parameters. */
export const idParamsSchema = z.object({ id: idSchema });

/** One problem in a request: which field (dotted path) or which import row, and what is wrong. */
export const errorDetailSchema = z.object({
  field: z.string().nullable().optional(),
  row: z.number().int().optional(),
  message: z.string(),
});

/** Lỗi: the one error shape of the API — stable code for programs, Vietnamese message for people. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(errorDetailSchema).optional(),
});

/** The error shape as a type. */
export type ApiError = z.infer<typeof apiErrorSchema>;
/** One detail line of an error. */
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** Stable error codes used over HTTP. */
export const ERROR_CODES = {
  validation: 'VALIDATION_FAILED',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  preconditionFailed: 'PRECONDITION_FAILED',
  preconditionRequired: 'PRECONDITION_REQUIRED',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  csrf: 'CSRF_INVALID',
  internal: 'INTERNAL_ERROR',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
} as const;

/** A page of results with the total count for the pager. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Empty success response. */
export const okSchema = z.object({ ok: z.literal(true) });

/** The bytes of a downloaded file (a download endpoint's response; the browser reads it as a Blob). */
export const fileSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** Query flag sent as the text 'true' or 'false'. */
export const booleanFlagSchema = z.enum(['true', 'false']);
