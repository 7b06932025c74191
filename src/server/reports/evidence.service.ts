// Tệp minh chứng: upload (checked by content, capped, stored outside the web root, the same
// bytes twice = one file) and download as an attachment.
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
function storagePath(evidenceDir: string, storageKey: string): string {
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
