/**
 * Nhập hồ sơ TTHC: upload a one-stop system's export (.csv, .xlsx) for a background import, follow
 * its progress (rows read and written, rate, ETA), cancel it, download its error report, read the
 * column mapping saved for a source (routes: src/server/dossiers/dossier-import.routes.ts).
 */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { fileSchema, idSchema, isoInstantSchema } from './common';

/** Chế độ nhập: stop with nothing written, or write only the valid rows. */
export const DOSSIER_IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
/** Trạng thái lần nhập. */
export const DOSSIER_IMPORT_STATUSES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
] as const;

/** Default upload limit: 2 GB (a province's yearly export fits; larger is refused). */
export const DOSSIER_UPLOAD_MAX_BYTES = 2 * 1024 ** 3;

/**
 * `field` of a refusal's detail naming one of the file's headers that no dossier field took (its
 * `message` is the header): the mapping step offers these for the missing fields.
 */
export const UNKNOWN_HEADER_DETAIL = 'unknownHeader';

/** Ánh xạ cột: the export's header per dossier field. */
export const dossierColumnMappingSchema = z.record(z.string(), z.string().trim().min(1).max(200));

/** One refused row: its line in the file, the error code, the column, the Vietnamese message. */
export const dossierRowErrorSchema = z.object({
  line: z.number().int().min(1),
  code: z.string(),
  column: z.string().optional(),
  message: z.string(),
});

/** A job as the progress screen polls it. */
export const dossierImportJobSchema = z.object({
  id: idSchema,
  source: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  mode: z.enum(DOSSIER_IMPORT_MODES),
  status: z.enum(DOSSIER_IMPORT_STATUSES),
  rowsRead: z.number().int(),
  rowsValid: z.number().int(),
  rowsRejected: z.number().int(),
  rowsInserted: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  /** Dòng/giây since the job started, null before it has. */
  rowsPerSecond: z.number().nullable(),
  /** Bytes of the uploaded file. */
  sizeBytes: z.number().int(),
  /** Bytes of it the reader had consumed at the last progress write. */
  bytesRead: z.number().int(),
  /** Seconds left from the bytes rate (importEtaSeconds), null before the first progress write. */
  etaSeconds: z.number().nullable(),
  /** The first 1,000 refused rows by line. */
  errors: z.array(dossierRowErrorSchema),
  /** Refused rows per error code (all of them). */
  errorCounts: z.record(z.string(), z.number().int()),
  failure: z.string().nullable(),
  mapping: dossierColumnMappingSchema,
  createdAt: isoInstantSchema,
  startedAt: isoInstantSchema.nullable(),
  finishedAt: isoInstantSchema.nullable(),
});
/** A job as a type. */
export type DossierImportJobDto = z.infer<typeof dossierImportJobSchema>;

/** POST /api/dossier-imports — upload an export (multipart, streamed to disk) and queue its import. */
export const uploadDossierImport = defineEndpoint({
  method: 'POST',
  path: '/api/dossier-imports',
  summary: 'Tải lên tệp hồ sơ TTHC để nhập',
  status: 201,
  query: z.object({
    source: z.string().trim().min(1).max(100).default('mac-dinh'),
    mode: z.enum(DOSSIER_IMPORT_MODES).default('all_or_nothing'),
    /** A mapping override as JSON (field → header), over the saved one. */
    mapping: z.string().max(10_000).optional(),
  }),
  multipart: true,
  response: dossierImportJobSchema,
});

/** GET /api/dossier-imports/:id — progress, outcome and first errors. */
export const getDossierImport = defineEndpoint({
  method: 'GET',
  path: '/api/dossier-imports/:id',
  summary: 'Xem tiến độ lần nhập hồ sơ',
  params: z.object({ id: idSchema }),
  response: dossierImportJobSchema,
});

/** POST /api/dossier-imports/:id/cancel — stop a queued or running import (nothing written). */
export const cancelDossierImport = defineEndpoint({
  method: 'POST',
  path: '/api/dossier-imports/:id/cancel',
  summary: 'Hủy lần nhập hồ sơ',
  params: z.object({ id: idSchema }),
  response: dossierImportJobSchema,
});

/** GET /api/dossier-imports/:id/errors.csv — line, column, message of the first 1,000 errors and a count line. */
export const downloadDossierImportErrors = defineEndpoint({
  method: 'GET',
  path: '/api/dossier-imports/:id/errors.csv',
  summary: 'Tải báo cáo lỗi của lần nhập hồ sơ',
  params: z.object({ id: idSchema }),
  download: true,
  response: fileSchema,
});

/** GET /api/dossier-sources/:source/mapping — the column mapping saved for a source (null if none). */
export const getDossierSourceMapping = defineEndpoint({
  method: 'GET',
  path: '/api/dossier-sources/:source/mapping',
  summary: 'Ánh xạ cột đã lưu của một hệ thống nguồn',
  params: z.object({ source: z.string().trim().min(1).max(100) }),
  response: z.object({ mapping: dossierColumnMappingSchema.nullable() }),
});
