// Nhập kế hoạch từ văn bản: upload (read at once, or stored for the background job), show,
// re-read with a person's line overrides, and hand back the original file. "Tạo dự thảo" is in
// plan-import-draft.service.ts. Authorised by the routes; every write is audited here.
import { createHash } from 'node:crypto';
import type { PlanImportDto } from '@contract/plan-imports';
import type { ImportedPlan, LineOverride } from '@domain/plans/import/imported-plan';
import { can } from '@domain/permissions/can';
import type { SourceDocument } from '@domain/plans/import/source-document';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { conflict, notFound } from '../http/app-error';
import { readPlanSource } from '../documents/plan-source/read-plan-source';
import * as repo from './plan-import.repository';
import { contentTypeOf, toPlanImportDto } from './plan-import-presenter';
import {
  loadImportContext,
  PLAN_IMPORT_INLINE_MAX_BYTES,
  readImportedPlan,
  UnreadableResultError,
} from './plan-import-reading';
import type { PlanImportJob } from './plan-import-job';

/** The import or 404 (another tenant's id answers the same as an unknown one). */
async function importRow(ctx: Pick<ReadContext, 'db' | 'actor'>, importId: string, lock = false) {
  const row = await repo.findPlanImport(ctx.db, ctx.actor.tenantId, importId, { lock });
  if (!row) throw notFound('Không tìm thấy lần nhập kế hoạch.');
  return row;
}

/** Lần nhập as the screen shows it; `can.create` from the actor's right on the import's unit. */
export async function getPlanImport(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'resource'>,
  input: { importId: string },
): Promise<PlanImportDto> {
  const view = await repo.findPlanImportView(ctx.db, ctx.actor.tenantId, input.importId);
  if (!view) throw notFound('Không tìm thấy lần nhập kế hoạch.');
  const canCreate = ctx.resource !== null && can(ctx.actor, 'plan.import', ctx.resource);
  return toPlanImportDto(view, canCreate);
}

/** A reading that fails on what the importer produced is stored as such, not thrown at the person. */
function readOrFail(
  source: SourceDocument,
  context: Parameters<typeof readImportedPlan>[1],
  today: string,
): { result: ImportedPlan | null; error: string | null } {
  try {
    return { result: readImportedPlan(source, context, today), error: null };
  } catch (error) {
    if (!(error instanceof UnreadableResultError)) throw error;
    return {
      result: null,
      error: `Không đọc được văn bản: ${error.message}. Hãy thử lại hoặc tải lên tệp khác.`,
    };
  }
}

/**
 * Tải lên: the file is read into lines by its reader first — a file that is not a plan document
 * is refused there (400) and nothing is written. A file up to PLAN_IMPORT_INLINE_MAX_BYTES is
 * read now (status "ready"); a larger one is stored as "reading" and `job` says what to queue
 * once the upload is committed. `inline` reads any size now (the CLI has no queue).
 */
export async function uploadPlanImport(
  ctx: ServiceContext,
  input: {
    organisationId: string;
    year: number | null;
    fileName: string;
    buffer: Buffer;
    inline?: boolean;
  },
): Promise<{ planImport: PlanImportDto; job: PlanImportJob | null }> {
  const { db, actor, audit, today } = ctx;
  const { organisationId, year, fileName, buffer } = input;
  const source = await readPlanSource(buffer, fileName);
  const readNow = input.inline === true || buffer.length <= PLAN_IMPORT_INLINE_MAX_BYTES;
  const reading = readNow
    ? readOrFail(
        source,
        await loadImportContext(db, {
          tenantId: actor.tenantId,
          organisationId,
          year,
          overrides: [],
        }),
        today,
      )
    : null;
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const status = reading ? (reading.result ? 'ready' : 'failed') : 'reading';
  const id = await repo.insertPlanImport(db, {
    tenantId: actor.tenantId,
    organisationId,
    year,
    fileName,
    contentType: contentTypeOf(source.format, fileName),
    format: source.format,
    sizeBytes: buffer.length,
    sha256,
    content: buffer,
    status,
    progress: status === 'reading' ? 0 : 100,
    error: reading?.error ?? null,
    overrides: [],
    lines: source.lines.map((line) => line.text),
    source,
    result: reading?.result ?? null,
    createdBy: actor.userId,
  });
  await audit({
    organisationId,
    action: 'plan.import',
    objectType: 'plan_import',
    objectId: id,
    after: { fileName, sizeBytes: buffer.length, sha256, format: source.format, year, status },
  });
  return {
    planImport: await getPlanImport(ctx, { importId: id }),
    job: status === 'reading' ? { tenantId: actor.tenantId, importId: id } : null,
  };
}

/**
 * Đọc lại: the stored source document (never the file again) read with the person's overrides;
 * only a ready import (not one still reading, failed, or already made into a draft).
 */
export async function rereadPlanImport(
  ctx: ServiceContext,
  input: { importId: string; overrides: LineOverride[] },
): Promise<PlanImportDto> {
  const { db, actor, audit, today } = ctx;
  const row = await importRow(ctx, input.importId, true);
  assertReady(row.status);
  const context = await loadImportContext(db, {
    tenantId: actor.tenantId,
    organisationId: row.organisationId,
    year: row.year,
    overrides: input.overrides,
  });
  const result = readImportedPlan(row.source, context, today);
  await repo.updatePlanImport(db, actor.tenantId, row.id, {
    overrides: input.overrides,
    result,
  });
  await audit({
    organisationId: row.organisationId,
    action: 'plan.import',
    objectType: 'plan_import',
    objectId: row.id,
    before: { overrides: row.overrides },
    after: { overrides: input.overrides },
  });
  return getPlanImport(ctx, { importId: row.id });
}

/** Only a read import may be re-read or made into a draft. */
export function assertReady(status: string): void {
  if (status === 'reading') throw conflict('Văn bản đang được đọc; hãy chờ đọc xong.');
  if (status === 'failed') throw conflict('Văn bản không đọc được; hãy tải lên lại.');
  if (status === 'created')
    throw conflict('Đã tạo dự thảo từ văn bản này; mở kế hoạch đã tạo để sửa tiếp.');
}

/** Văn bản gốc: the bytes as uploaded, with their content type and name. */
export async function planImportFile(
  ctx: Pick<ReadContext, 'db' | 'actor'>,
  input: { importId: string },
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const row = await importRow(ctx, input.importId);
  return { fileName: row.fileName, contentType: row.contentType, body: row.content };
}
