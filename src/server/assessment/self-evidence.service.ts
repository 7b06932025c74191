// Tài liệu kiểm chứng của bản tự đánh giá: upload a file (checked by content like report evidence,
// at most EVIDENCE_PER_NODE_CAP per criterion, the same bytes twice = one item), cite an issued
// document, carry a task's accepted evidence (no byte copy), delete, and read a file for a download
// or an in-place preview. Every change re-counts a «không minh chứng thì 0 điểm» criterion.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type * as contract from '@contract/assessment-self';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { Database } from '../db/client';
import { inspectEvidenceFile } from '../documents/evidence-file';
import { notFound, validationError } from '../http/app-error';
import type { ServiceContext } from '../http/service-context';
import { PREVIEWABLE_TYPES, storagePath } from '../reports/evidence.service';
import { listProposals } from './self-proposed-evidence.service';
import * as repo from './self.repository';
import {
  assertEditable,
  EVIDENCE_PER_NODE_CAP,
  loadUnit,
  refreshEntryAfterEvidence,
  selfScoredNode,
  toEvidenceDto,
  unitCompletion,
  type LoadedUnit,
} from './self.service';

type EvidenceWritten = z.output<(typeof contract.uploadSelfEvidence)['response']>;
type NodeKey = { roundId: string; organisationId: string; nodeCode: string };

/** Locks the unit, checks it may still edit and that the criterion is one it scores; the node's evidence. */
async function openNode(ctx: ServiceContext, key: NodeKey) {
  const loaded = await loadUnit(ctx.db, ctx.actor.tenantId, key.roundId, key.organisationId, {
    lock: true,
  });
  assertEditable(loaded, ctx.today);
  const node = selfScoredNode(loaded, key.nodeCode);
  const evidence = await repo.listEvidence(
    ctx.db,
    ctx.actor.tenantId,
    key.roundId,
    key.organisationId,
    key.nodeCode,
  );
  return { loaded, node, evidence };
}

function assertUnderCap(evidence: unknown[]): void {
  if (evidence.length >= EVIDENCE_PER_NODE_CAP) {
    throw validationError(
      `Mỗi tiêu chí có tối đa ${EVIDENCE_PER_NODE_CAP} tài liệu kiểm chứng; hãy xóa bớt trước khi thêm.`,
    );
  }
}

async function written(
  ctx: ServiceContext,
  loaded: LoadedUnit,
  node: FrameworkNode,
  evidenceId: string,
  created: boolean,
): Promise<EvidenceWritten> {
  const row = await repo.findEvidence(ctx.db, ctx.actor.tenantId, evidenceId);
  if (!row) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
  const entry = await refreshEntryAfterEvidence(ctx, loaded, node);
  return {
    evidence: toEvidenceDto(row),
    created,
    entry,
    completion: await unitCompletion(ctx.db, loaded),
  };
}

async function auditAdded(ctx: ServiceContext, key: NodeKey, row: { id: string }, after: object) {
  await ctx.audit({
    organisationId: key.organisationId,
    action: 'assessment.self',
    objectType: 'assessment_evidence',
    objectId: row.id,
    after: { roundId: key.roundId, nodeCode: key.nodeCode, ...after },
  });
}

/** The same item added again: audited as a repeat and returned (`created: false`). */
async function repeated(
  ctx: ServiceContext,
  input: NodeKey,
  opened: { loaded: LoadedUnit; node: FrameworkNode },
  same: { id: string },
  after: object,
): Promise<EvidenceWritten> {
  await auditAdded(ctx, input, same, after);
  return written(ctx, opened.loaded, opened.node, same.id, false);
}

/** Stores a new item on the criterion (the key and author filled in), audits it and returns it. */
async function stored(
  ctx: ServiceContext,
  input: NodeKey,
  opened: { loaded: LoadedUnit; node: FrameworkNode },
  values: Omit<
    Parameters<typeof repo.insertEvidence>[1],
    'tenantId' | 'roundId' | 'organisationId' | 'nodeCode' | 'createdBy'
  >,
  after: (row: Awaited<ReturnType<typeof repo.insertEvidence>>) => object,
): Promise<EvidenceWritten> {
  const row = await repo.insertEvidence(ctx.db, {
    tenantId: ctx.actor.tenantId,
    roundId: input.roundId,
    organisationId: input.organisationId,
    nodeCode: input.nodeCode,
    ...values,
    createdBy: ctx.actor.userId,
  });
  await auditAdded(ctx, input, row, after(row));
  return written(ctx, opened.loaded, opened.node, row.id, true);
}

/** Tải lên tài liệu kiểm chứng: PDF, Word, Excel or an image by its content, under the per-criterion cap. */
export async function uploadSelfEvidence(
  ctx: ServiceContext,
  input: NodeKey & { file: { buffer: Buffer; fileName: string }; evidenceDir: string },
): Promise<EvidenceWritten> {
  const opened = await openNode(ctx, input);
  const { evidence } = opened;
  const inspected = await inspectEvidenceFile(input.file.buffer, input.file.fileName);
  const sha256 = createHash('sha256').update(input.file.buffer).digest('hex');
  const same = evidence.find((row) => row.kind === 'file' && row.sha256 === sha256);
  if (same) return repeated(ctx, input, opened, same, { retriedUpload: true });
  assertUnderCap(evidence);
  const storageKey = `${ctx.actor.tenantId}/${randomUUID()}`;
  const target = storagePath(input.evidenceDir, storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  // Written aside then renamed, so a half-written file is never visible under its key.
  await writeFile(`${target}.part`, input.file.buffer);
  await rename(`${target}.part`, target);
  return stored(
    ctx,
    input,
    opened,
    {
      kind: 'file',
      fileName: inspected.fileName,
      contentType: inspected.contentType,
      sizeBytes: input.file.buffer.length,
      sha256,
      storageKey,
    },
    (row) => ({ kind: 'file', fileName: row.fileName, sizeBytes: row.sizeBytes, sha256 }),
  );
}

/** Thêm văn bản: an issued document (số, ngày, cơ quan ban hành, trang/mục) as evidence; the same number and date twice is one item. */
export async function addSelfEvidenceDocument(
  ctx: ServiceContext,
  input: NodeKey & {
    document: {
      number: string;
      date: string | null;
      issuer: string;
      pointer: string;
      summary: string;
    };
  },
): Promise<EvidenceWritten> {
  const opened = await openNode(ctx, input);
  const { evidence } = opened;
  const same = evidence.find((row) => {
    const document = row.document as { number?: string; date?: string | null } | null;
    return (
      row.kind === 'document' &&
      document?.number === input.document.number &&
      (document?.date ?? null) === input.document.date
    );
  });
  if (same) return repeated(ctx, input, opened, same, { repeated: true });
  assertUnderCap(evidence);
  return stored(ctx, input, opened, { kind: 'document', document: input.document }, () => ({
    kind: 'document',
    document: input.document,
  }));
}

/**
 * Dùng minh chứng từ nhiệm vụ: attaches one proposal (an accepted report's file, or a document its
 * entries cite) to the criterion; attaching the same item again returns it (`created: false`).
 */
export async function addSelfEvidenceFromTask(
  ctx: ServiceContext,
  input: NodeKey & { taskId: string; evidenceFileId?: string; documentIndex?: number },
): Promise<EvidenceWritten> {
  const opened = await openNode(ctx, input);
  const { evidence } = opened;
  const proposals = await listProposals(ctx.db, opened.loaded, input.nodeCode);
  const proposal = proposals.find(
    (each) =>
      each.task.id === input.taskId &&
      (input.evidenceFileId !== undefined
        ? each.evidenceFileId === input.evidenceFileId
        : each.documentIndex === input.documentIndex),
  );
  if (!proposal) {
    throw validationError(
      'Nhiệm vụ này không có minh chứng đã được chấp nhận cho tiêu chí này (nhiệm vụ phải liên kết với tiêu chí, thuộc kế hoạch năm của đơn vị, và có báo cáo đã được chấp nhận).',
    );
  }
  const same = evidence.find((row) =>
    proposal.kind === 'report_evidence'
      ? row.sourceEvidenceFileId === proposal.evidenceFileId
      : row.kind === 'task_output' &&
        row.sourceTaskId === proposal.task.id &&
        (row.document as { number?: string } | null)?.number === proposal.document?.number,
  );
  if (same) return repeated(ctx, input, opened, same, { repeated: true });
  assertUnderCap(evidence);
  return stored(
    ctx,
    input,
    opened,
    {
      kind: proposal.kind,
      document: proposal.document ? { ...proposal.document, pointer: '' } : null,
      sourceTaskId: proposal.task.id,
      sourceSubmissionId: proposal.submissionId,
      sourceEvidenceFileId: proposal.evidenceFileId,
      note: `Từ báo cáo kỳ ${proposal.periodKey}`,
    },
    () => ({
      kind: proposal.kind,
      taskId: proposal.task.id,
      evidenceFileId: proposal.evidenceFileId,
      document: proposal.document,
    }),
  );
}

/** The unit of an evidence item (for authorising), or null when unknown in this tenant. */
export async function evidenceOrganisation(
  db: Database,
  tenantId: string,
  evidenceId: string,
): Promise<string | null> {
  return (await repo.findEvidence(db, tenantId, evidenceId))?.organisationId ?? null;
}

/**
 * Xóa tài liệu kiểm chứng while the unit may edit; returns the stored bytes to delete after commit
 * (an uploaded file's own; a report's file stays the report's).
 */
export async function deleteSelfEvidence(ctx: ServiceContext, input: { evidenceId: string }) {
  const found = await repo.findEvidence(ctx.db, ctx.actor.tenantId, input.evidenceId);
  if (!found) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
  const key = {
    roundId: found.roundId,
    organisationId: found.organisationId,
    nodeCode: found.nodeCode,
  };
  const { loaded, node } = await openNode(ctx, key);
  if (!(await repo.deleteEvidence(ctx.db, ctx.actor.tenantId, found.id))) {
    throw notFound('Không tìm thấy tài liệu kiểm chứng.');
  }
  await ctx.audit({
    organisationId: found.organisationId,
    action: 'assessment.self',
    objectType: 'assessment_evidence',
    objectId: found.id,
    before: { ...toEvidenceDto(found), nodeCode: found.nodeCode, sha256: found.sha256 },
    after: { deleted: true },
  });
  const entry = await refreshEntryAfterEvidence(ctx, loaded, node);
  return {
    result: {
      deleted: true as const,
      entry,
      completion: await unitCompletion(ctx.db, loaded),
    },
    storageKey: found.kind === 'file' ? found.storageKey : null,
  };
}

/**
 * Mở tài liệu kiểm chứng: the bytes of an uploaded file or of the report file it carries, inline
 * only for PDF and images (anything else is downloaded).
 */
export async function readSelfEvidence(
  db: Database,
  tenantId: string,
  evidenceId: string,
  evidenceDir: string,
  wantsInline: boolean,
) {
  const found = await repo.findEvidence(db, tenantId, evidenceId);
  if (!found) throw notFound('Không tìm thấy tài liệu kiểm chứng.');
  const file =
    found.kind === 'file' && found.storageKey && found.fileName && found.contentType
      ? { fileName: found.fileName, contentType: found.contentType, storageKey: found.storageKey }
      : found.reportFile;
  if (!file)
    throw notFound('Tài liệu kiểm chứng này là văn bản được trích dẫn, không có tệp đính kèm.');
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    inline: wantsInline && PREVIEWABLE_TYPES.has(file.contentType),
    body: await readFile(storagePath(evidenceDir, file.storageKey)),
  };
}

/** Xóa tệp đã lưu after the delete committed (a file already gone is fine). */
export async function removeStoredSelfEvidence(evidenceDir: string, storageKey: string) {
  await rm(storagePath(evidenceDir, storageKey), { force: true });
}
