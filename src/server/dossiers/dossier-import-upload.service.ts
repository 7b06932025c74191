// Nhập hồ sơ qua web: what the upload, progress, cancel and error-report routes do around the
// pipeline. An upload is refused before any job exists when its file cannot be read as an export
// or its header lacks a required field (the missing fields are named); otherwise a queued job row
// is written, audited, and handed to the queue once the request has committed.
import { rm } from 'node:fs/promises';
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { dossierColumnMappingSchema, UNKNOWN_HEADER_DETAIL } from '@contract/dossier-imports';
import {
  DOSSIER_COLUMN_LABELS,
  type DossierColumnMapping,
  type DossierFieldKey,
} from '@domain/kpis/dossier-columns';
import { conflict, notFound, validationError } from '../http/app-error';
import type { ReadContext, ServiceContext } from '../http/service-context';
import type { SavedUpload } from '../http/upload-to-disk';
import { DossierFileError, openDossierFile } from './dossier-file-reader';
import {
  cancelDossierImportJob,
  findDossierImportJob,
  findSourceMapping,
  insertDossierImportJob,
  type DossierImportMode,
} from './dossier-import-job.repository';
import type { DossierImportJob } from './dossier-import-job';
import { dossierErrorReportCsv, presentDossierImportJob } from './dossier-import-presenter';

const NOT_FOUND = 'Không tìm thấy lần nhập hồ sơ.';

/** What an upload carries besides its file. */
export interface DossierUploadInput {
  upload: SavedUpload;
  source: string;
  mode: DossierImportMode;
  /** The query's mapping override as JSON text (field → header), if any. */
  mapping: string | undefined;
}

/** A mapping override: JSON of dossier field → header; anything else is a Vietnamese 400. */
function parseMappingOverride(text: string | undefined): DossierColumnMapping {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validationError('Ánh xạ cột không đọc được (cần JSON: trường → tên cột).');
  }
  const result = dossierColumnMappingSchema.safeParse(parsed);
  if (!result.success)
    throw validationError('Ánh xạ cột không hợp lệ (mỗi trường cần một tên cột).');
  const unknown = Object.keys(result.data).filter((key) => !(key in DOSSIER_COLUMN_LABELS));
  if (unknown.length > 0)
    throw validationError(`Ánh xạ cột có trường không tồn tại: ${unknown.join(', ')}.`);
  return result.data as DossierColumnMapping;
}

/** Why the header cannot be imported: the missing fields by their Vietnamese labels. */
const missingColumnsMessage = (missing: readonly DossierFieldKey[]) =>
  `Tệp thiếu cột bắt buộc: ${missing.map((field) => `«${DOSSIER_COLUMN_LABELS[field]}»`).join(', ')}. Hãy chọn cột tương ứng (ánh xạ cột) rồi tải lên lại.`;

/**
 * Checks the uploaded file's header (format and required columns), writes the queued job and
 * audits it; answers the job and what to queue. The file is deleted when refused.
 */
export async function uploadDossierImport(
  ctx: ServiceContext,
  input: DossierUploadInput,
): Promise<{ job: DossierImportJobDto; queued: DossierImportJob }> {
  const { db, actor, audit, now, resource } = ctx;
  const { upload } = input;
  let format: 'csv' | 'xlsx';
  let override: DossierColumnMapping;
  try {
    override = parseMappingOverride(input.mapping);
    const saved = (await findSourceMapping(db, actor.tenantId, input.source)) ?? {};
    const reading = await openDossierFile(upload.path, {
      savedMapping: { ...saved, ...override },
      fileName: upload.fileName,
    });
    // Only the header was needed: close the row stream (and its file handle) unread.
    await reading.rows[Symbol.asyncIterator]().return?.();
    if (reading.columns.missing.length > 0) {
      throw validationError(missingColumnsMessage(reading.columns.missing), [
        ...reading.columns.missing.map((field) => ({
          field,
          message: `Thiếu cột «${DOSSIER_COLUMN_LABELS[field]}».`,
        })),
        // The file's headers no field took: what the mapping step offers for the missing ones.
        ...reading.columns.unknownHeaders.map((header) => ({
          field: UNKNOWN_HEADER_DETAIL,
          message: header,
        })),
      ]);
    }
    format = reading.format;
  } catch (error) {
    await rm(upload.path, { force: true });
    if (error instanceof DossierFileError) throw validationError(error.message);
    throw error;
  }
  const row = await insertDossierImportJob(db, {
    tenantId: actor.tenantId,
    source: input.source,
    fileName: upload.fileName,
    format,
    mode: input.mode,
    sizeBytes: upload.sizeBytes,
    filePath: upload.path,
    createdBy: actor.userId,
    now,
  });
  await audit({
    organisationId: resource?.organisationId ?? null,
    action: 'dossier.import',
    objectType: 'dossier_import',
    objectId: row.id,
    after: {
      source: row.source,
      fileName: row.fileName,
      format,
      mode: row.mode,
      sizeBytes: row.sizeBytes,
      ...(Object.keys(override).length > 0 ? { mapping: override } : {}),
    },
  });
  return {
    job: presentDossierImportJob(row, now),
    queued: {
      tenantId: actor.tenantId,
      jobId: row.id,
      ...(Object.keys(override).length > 0 ? { mappingOverride: override } : {}),
    },
  };
}

async function jobOrNotFound(ctx: ReadContext, jobId: string) {
  const row = await findDossierImportJob(ctx.db, ctx.actor.tenantId, jobId);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Tiến độ: the job with its counts, rate and first errors (another tenant's id → 404). */
export async function getDossierImport(
  ctx: ReadContext & { now: Date },
  input: { jobId: string },
): Promise<DossierImportJobDto> {
  return presentDossierImportJob(await jobOrNotFound(ctx, input.jobId), ctx.now);
}

/** Hủy: a queued or running job becomes cancelled (the pipeline writes nothing); an ended one → 409. */
export async function cancelDossierImport(
  ctx: ServiceContext,
  input: { jobId: string },
): Promise<DossierImportJobDto> {
  const { db, actor, audit, now, resource } = ctx;
  const before = await jobOrNotFound(ctx, input.jobId);
  if (!(await cancelDossierImportJob(db, actor.tenantId, input.jobId, now)))
    throw conflict('Lần nhập này đã kết thúc, không thể hủy.');
  await audit({
    organisationId: resource?.organisationId ?? null,
    action: 'dossier.import',
    objectType: 'dossier_import',
    objectId: before.id,
    before: { status: before.status },
    after: { status: 'cancelled' },
  });
  return presentDossierImportJob(await jobOrNotFound(ctx, input.jobId), now);
}

/** Báo cáo lỗi: the job's kept errors as a CSV file named after the uploaded file. */
export async function dossierImportErrorReport(
  ctx: ReadContext,
  input: { jobId: string },
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const row = await jobOrNotFound(ctx, input.jobId);
  const base = row.fileName.replace(/\.[^.]*$/, '') || 'ho-so';
  return {
    fileName: `loi-nhap-${base}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(dossierErrorReportCsv(row), 'utf8'),
  };
}

/** Ánh xạ cột đã lưu of a source, or null. */
export async function getDossierSourceMapping(
  ctx: ReadContext,
  input: { source: string },
): Promise<{ mapping: Record<string, string> | null }> {
  const mapping = await findSourceMapping(ctx.db, ctx.actor.tenantId, input.source);
  return { mapping: (mapping as Record<string, string> | null) ?? null };
}
