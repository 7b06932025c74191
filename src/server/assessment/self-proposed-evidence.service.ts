// Minh chứng đề xuất từ nhiệm vụ: what this year's tasks offer a criterion — the unit's tasks of the
// round's year linked to the criterion (by this framework, or an earlier year's through the copy's
// code mapping or the same code), done or reported and accepted; each accepted report's files
// (kind report_evidence, the bytes stay the report's) and each issued document its entries cite
// (kind task_output).
import type { z } from 'zod';
import type * as contract from '@contract/assessment-self';
import { carriedNodeCode, type FrameworkLineageStep } from '@domain/assessment/carried-node-code';
import type { CodeMapping } from '@domain/frameworks/framework';
import type { LegalReference, TaskNodeLink, TaskStatus } from '@domain/plans/plan';
import type { Database } from '../db/client';
import * as repo from './self-proposed-evidence.repository';
import * as selfRepo from './self.repository';
import type { LoadedUnit } from './self.service';

type Proposal = z.output<typeof contract.proposedEvidenceSchema>;

/** A proposal with the report submission it comes from (what an attachment records). */
export interface ProposalSource extends Proposal {
  submissionId: string;
}

/** The documents a task's accepted reports cite, in period order, a document cited twice kept once. */
function citedDocuments(
  entries: { periodKey: string; submissionId: string; documentRefs: unknown }[],
) {
  const documents: { reference: LegalReference; periodKey: string; submissionId: string }[] = [];
  for (const entry of entries) {
    for (const reference of (entry.documentRefs as LegalReference[]) ?? []) {
      const known = documents.some(
        (each) =>
          each.reference.number === reference.number && each.reference.date === reference.date,
      );
      if (!known)
        documents.push({ reference, periodKey: entry.periodKey, submissionId: entry.submissionId });
    }
  }
  return documents;
}

/** Loads the round framework's copy chain and the frameworks the links name. */
async function lineageOf(db: Database, tenantId: string, currentId: string, linkIds: string[]) {
  const byId = new Map<string, FrameworkLineageStep>();
  let wanted = [currentId, ...linkIds];
  for (let depth = 0; depth < 20 && wanted.length > 0; depth++) {
    const rows = await repo.listFrameworkLineage(db, tenantId, wanted);
    for (const row of rows) {
      byId.set(row.id, { ...row, codeMapping: (row.codeMapping ?? null) as CodeMapping | null });
    }
    wanted = rows
      .map((row) => row.copiedFromId)
      .filter((id): id is string => id !== null && !byId.has(id));
  }
  return byId;
}

/** Every proposal for the unit (optionally one criterion), flagged when already attached. */
export async function listProposals(
  db: Database,
  loaded: LoadedUnit,
  nodeCode?: string,
): Promise<ProposalSource[]> {
  const { place } = loaded;
  const tenantId = place.unit.tenantId;
  const organisationId = place.unit.organisationId;
  const tasks = await repo.listLinkedTasks(db, tenantId, organisationId, place.round.year);
  if (tasks.length === 0) return [];
  const links = tasks.flatMap((task) => task.nodeLinks as TaskNodeLink[]);
  const byId = await lineageOf(db, tenantId, place.framework.id, [
    ...new Set(links.map((link) => link.frameworkId)),
  ]);
  const current = byId.get(place.framework.id);
  if (!current) return [];
  const codes = new Set(
    loaded.nodes.map((node) => node.code).filter((code) => !loaded.exempt.has(code)),
  );
  const taskIds = tasks.map((task) => task.id);
  // One after the other: attaching runs this inside the request's one transaction client.
  const entries = await repo.listAcceptedEntries(db, tenantId, organisationId, taskIds);
  const files = await repo.listAcceptedFiles(db, tenantId, organisationId, taskIds);
  const attached = await selfRepo.listEvidence(
    db,
    tenantId,
    place.unit.roundId,
    organisationId,
    nodeCode,
  );
  const proposals: ProposalSource[] = [];
  for (const task of tasks) {
    const taskEntries = entries.filter((entry) => entry.taskId === task.id);
    // Done, or reported and accepted: what the unit has to show for it.
    if (task.status !== 'done' && taskEntries.length === 0) continue;
    const targets = new Set(
      (task.nodeLinks as TaskNodeLink[])
        .map((link) => carriedNodeCode(current, byId, link, codes))
        .filter((code): code is string => code !== null && (!nodeCode || code === nodeCode)),
    );
    const summary = {
      id: task.id,
      content: task.content,
      status: task.status as TaskStatus,
      planTitle: task.planTitle,
    };
    for (const target of targets) {
      for (const file of files.filter((each) => each.taskId === task.id)) {
        proposals.push({
          nodeCode: target,
          task: summary,
          kind: 'report_evidence',
          evidenceFileId: file.id,
          fileName: file.fileName,
          documentIndex: null,
          document: null,
          periodKey: file.periodKey,
          submissionId: file.submissionId,
          attached: attached.some(
            (row) => row.nodeCode === target && row.sourceEvidenceFileId === file.id,
          ),
        });
      }
      citedDocuments(taskEntries).forEach(({ reference, periodKey, submissionId }, index) => {
        proposals.push({
          nodeCode: target,
          task: summary,
          kind: 'task_output',
          evidenceFileId: null,
          fileName: null,
          documentIndex: index,
          document: {
            number: reference.number,
            date: reference.date,
            issuer: reference.issuer,
            summary: reference.summary,
          },
          periodKey,
          submissionId,
          attached: attached.some(
            (row) =>
              row.nodeCode === target &&
              row.kind === 'task_output' &&
              row.sourceTaskId === task.id &&
              (row.document as { number?: string } | null)?.number === reference.number,
          ),
        });
      });
    }
  }
  return proposals;
}
