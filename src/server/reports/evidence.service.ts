// Tệp minh chứng: upload (checked by content, capped, stored outside the web root, the same
// bytes twice = one file), delete or replace while the report is still a draft (or returned), and
// read for a download (attachment) or a preview in place (PDF and images only).
//
// Retention: a file removed before the report is submitted was never part of what the unit
// reported, so its row and its bytes go; the audit log keeps its name, size and SHA-256. Once the
// report is submitted or accepted its files are fixed (delete and replace are refused).
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type * as contract from '@contract/reports';
import { isEditable } from '@domain/reports/submission';
import type { Database } from '../db/client';
import type { ServiceContext } from '../http/service-context';
import { conflict, notFound, validationError } from '../http/app-error';
import { inspectEvidenceFile } from '../documents/evidence-file';
import * as repo from './report.repository';
import { assertOpen, reportContext } from './submission.service';

type UploadResult = z.output<(typeof contract.uploadEvidence)['response']>;

const toDto = (file: repo.EvidenceRow) => ({
  id: file.id,
  taskId: file.taskId,
  fileName: file.fileName,
  contentType: file.contentType,
  sizeBytes: file.sizeBytes,
  createdAt: file.createdAt.toISOString(),
});

/** Where a stored file lives: the evidence directory, the tenant, a random name (never the user's). */
export function storagePath(evidenceDir: string, storageKey: string): string {
  return path.join(evidenceDir, storageKey);
}

/**
 * Tải lên minh chứng for one task of the unit's report: the report must still be editable; the
 * file is checked by its bytes; the draft row is created on the first upload. A retried upload
 * of the same bytes returns the existing file (`created: false`).
 */
export async function uploadEvidence(
  ctx: ServiceContext,
  input: {
    report: { id: string; periodKey: string; organisationId: string };
    taskId: string;
    file: { buffer: Buffer; fileName: string };
    evidenceDir: string;
  },
): Promise<UploadResult> {
  const { db, actor, audit, today } = ctx;
  const { report: params, taskId, file, evidenceDir } = input;
  const context = await reportContext(
    db,
    actor.tenantId,
    params.id,
    params.periodKey,
    params.organisationId,
  );
  assertOpen(context, today);
  if (!context.tasks.some((task) => task.id === taskId)) {
    throw validationError('Nhiệm vụ không thuộc phần việc của đơn vị.', [
      { field: 'taskId', message: 'Nhiệm vụ không thuộc phần việc của đơn vị.' },
    ]);
  }
  const inspected = await inspectEvidenceFile(file.buffer, file.fileName);
  let submission = await repo.findSubmission(
    db,
    actor.tenantId,
    params.id,
    params.periodKey,
    params.organisationId,
    {
      lock: true,
    },
  );
  submission ??= await repo.insertSubmission(db, {
    tenantId: actor.tenantId,
    planId: params.id,
    periodKey: params.periodKey,
    organisationId: params.organisationId,
  });
  if (!submission) throw conflict('Báo cáo vừa được tạo ở nơi khác, hãy thử lại.');
  if (!isEditable(submission.status))
    throw conflict('Báo cáo đã nộp, không thêm minh chứng được nữa.');
  const sha256 = createHash('sha256').update(file.buffer).digest('hex');
  const existing = await repo.findEvidenceByContent(
    db,
    actor.tenantId,
    submission.id,
    taskId,
    sha256,
  );
  if (existing) {
    await audit({
      organisationId: params.organisationId,
      action: 'report.submit',
      objectType: 'evidence_file',
      objectId: existing.id,
      after: { retriedUpload: true },
    });
    return { evidence: toDto(existing), created: false };
  }
  const storageKey = `${actor.tenantId}/${randomUUID()}`;
  const target = storagePath(evidenceDir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  // Written aside then renamed, so a half-written file is never visible under its key.
  await writeFile(`${target}.part`, file.buffer);
  await rename(`${target}.part`, target);
  const created = await repo.insertEvidence(db, {
    tenantId: actor.tenantId,
    submissionId: submission.id,
    taskId,
    fileName: inspected.fileName,
    contentType: inspected.contentType,
    sizeBytes: file.buffer.length,
    sha256,
    storageKey,
    uploadedBy: actor.userId,
  });
  if (!created) {
    await rm(target, { force: true });
    const raced = await repo.findEvidenceByContent(
      db,
      actor.tenantId,
      submission.id,
      taskId,
      sha256,
    );
    if (!raced) throw conflict('Không lưu được tệp minh chứng, hãy thử lại.');
    return { evidence: toDto(raced), created: false };
  }
  await audit({
    organisationId: params.organisationId,
    action: 'report.submit',
    objectType: 'evidence_file',
    objectId: created.id,
    after: toDto(created),
  });
  return { evidence: toDto(created), created: true };
}

/** The evidence file's unit (for authorising a download), or null when unknown in this tenant. */
export async function evidenceOrganisation(
  db: Database,
  tenantId: string,
  id: string,
): Promise<string | null> {
  return (await repo.findEvidence(db, tenantId, id))?.organisationId ?? null;
}

/** Tải minh chứng: the bytes with the type detected at upload. */
export async function readEvidence(
  db: Database,
  tenantId: string,
  id: string,
  evidenceDir: string,
) {
  const found = await repo.findEvidence(db, tenantId, id);
  if (!found) throw notFound('Không tìm thấy tệp minh chứng.');
  return {
    fileName: found.file.fileName,
    contentType: found.file.contentType,
    body: await readFile(storagePath(evidenceDir, found.file.storageKey)),
  };
}

/** Loại tệp xem trước được trong trang: PDF and the images the upload accepts; Word and Excel download. */
export const PREVIEWABLE_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
]);

/** Xem trước minh chứng: the bytes of a PDF or image; anything else is a 400 asking to download it. */
export async function readEvidenceForPreview(
  db: Database,
  tenantId: string,
  id: string,
  evidenceDir: string,
) {
  const file = await readEvidence(db, tenantId, id, evidenceDir);
  if (!PREVIEWABLE_TYPES.has(file.contentType)) {
    throw validationError('Chỉ xem trước được tệp PDF và ảnh; hãy tải tệp này về để xem.');
  }
  return file;
}

/**
 * The evidence file with its report locked, checked to be still changeable: the plan in force and
 * the period begun (assertOpen), the report a draft or returned. 404 for an unknown id or another
 * tenant's; 409 once the report is submitted or accepted.
 */
async function changeableEvidence(ctx: ServiceContext, evidenceId: string, verb: string) {
  const { db, actor, today } = ctx;
  const found = await repo.findEvidence(db, actor.tenantId, evidenceId);
  if (!found) throw notFound('Không tìm thấy tệp minh chứng.');
  const context = await reportContext(
    db,
    actor.tenantId,
    found.planId,
    found.periodKey,
    found.organisationId,
  );
  assertOpen(context, today);
  const submission = await repo.findSubmission(
    db,
    actor.tenantId,
    found.planId,
    found.periodKey,
    found.organisationId,
    { lock: true },
  );
  if (!submission || !isEditable(submission.status)) {
    throw conflict(`Báo cáo đã nộp: không ${verb} tệp minh chứng được nữa.`);
  }
  return { file: found.file, organisationId: found.organisationId, submission };
}

/**
 * Xóa minh chứng: removes the file's row (audited with its name, size and hash) and returns where
 * its bytes are, for the caller to delete once the transaction has committed.
 */
export async function deleteEvidence(
  ctx: ServiceContext,
  input: { evidenceId: string },
): Promise<{ storageKey: string }> {
  const { file, organisationId } = await changeableEvidence(ctx, input.evidenceId, 'xóa');
  const deleted = await repo.deleteEvidence(ctx.db, ctx.actor.tenantId, file.id);
  if (!deleted) throw notFound('Không tìm thấy tệp minh chứng.');
  await ctx.audit({
    organisationId,
    action: 'report.submit',
    objectType: 'evidence_file',
    objectId: file.id,
    before: { ...toDto(file), sha256: file.sha256 },
    after: { deleted: true },
  });
  return { storageKey: file.storageKey };
}

/**
 * Thay minh chứng: the new file (checked by content like an upload) takes the old one's place on
 * the same task; the old row goes and its bytes are returned for deletion after commit. The same
 * bytes as another file of the task give that file back (nothing is stored twice).
 */
export async function replaceEvidence(
  ctx: ServiceContext,
  input: { evidenceId: string; file: { buffer: Buffer; fileName: string }; evidenceDir: string },
): Promise<{ evidence: ReturnType<typeof toDto>; replacedId: string; storageKey: string }> {
  const { db, actor, audit } = ctx;
  const {
    file: old,
    organisationId,
    submission,
  } = await changeableEvidence(ctx, input.evidenceId, 'thay');
  const inspected = await inspectEvidenceFile(input.file.buffer, input.file.fileName);
  const sha256 = createHash('sha256').update(input.file.buffer).digest('hex');
  await repo.deleteEvidence(db, actor.tenantId, old.id);
  let stored = await repo.findEvidenceByContent(
    db,
    actor.tenantId,
    submission.id,
    old.taskId,
    sha256,
  );
  if (!stored) {
    const storageKey = `${actor.tenantId}/${randomUUID()}`;
    const target = storagePath(input.evidenceDir, storageKey);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(`${target}.part`, input.file.buffer);
    await rename(`${target}.part`, target);
    stored = await repo.insertEvidence(db, {
      tenantId: actor.tenantId,
      submissionId: submission.id,
      taskId: old.taskId,
      fileName: inspected.fileName,
      contentType: inspected.contentType,
      sizeBytes: input.file.buffer.length,
      sha256,
      storageKey,
      uploadedBy: actor.userId,
    });
    if (!stored) {
      await rm(target, { force: true });
      throw conflict('Không lưu được tệp minh chứng, hãy thử lại.');
    }
  }
  await audit({
    organisationId,
    action: 'report.submit',
    objectType: 'evidence_file',
    objectId: stored.id,
    before: { ...toDto(old), sha256: old.sha256 },
    after: { ...toDto(stored), replaced: old.id },
  });
  return { evidence: toDto(stored), replacedId: old.id, storageKey: old.storageKey };
}

/** Xóa tệp đã lưu: deletes stored bytes (a file already gone is fine: the row was the truth). */
export async function removeStoredFile(evidenceDir: string, storageKey: string): Promise<void> {
  await rm(storagePath(evidenceDir, storageKey), { force: true });
}
