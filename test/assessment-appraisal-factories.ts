// Test factories for the appraisal: a scoring round, its taking-part units, self entries and
// evidence rows, inserted straight with Drizzle (the rounds and self parts own the real writes).
import type { Database } from '../src/server/db/client';
import {
  assessmentEntries,
  assessmentEvidence,
  assessmentRounds,
  assessmentUnits,
} from '../src/server/db/schema';

/** A round of a framework (default: state appraisal, stage 1, windows open around TEST_TODAY). */
export async function buildRound(
  db: Database,
  input: {
    tenantId: string;
    frameworkId: string;
    ownerOrganisationId: string;
    year?: number;
    state?: string;
    appraisalStage?: 1 | 2;
    appraisal?: { opensOn: string | null; closesOn: string | null };
    explanation?: { opensOn: string | null; closesOn: string | null };
  },
) {
  const [row] = await db
    .insert(assessmentRounds)
    .values({
      tenantId: input.tenantId,
      frameworkId: input.frameworkId,
      ownerOrganisationId: input.ownerOrganisationId,
      year: input.year ?? 2026,
      name: `Đợt đánh giá năm ${input.year ?? 2026}`,
      state: input.state ?? 'appraisal',
      appraisalStage: input.appraisalStage ?? 1,
      appraisalOpensOn: input.appraisal?.opensOn ?? '2026-06-01',
      appraisalClosesOn: input.appraisal?.closesOn ?? '2026-06-30',
      explanationOpensOn: input.explanation?.opensOn ?? '2026-06-01',
      explanationClosesOn: input.explanation?.closesOn ?? '2026-06-30',
    })
    .returning();
  return row!;
}

/** A unit taking part (default: submitted). */
export async function addRoundUnit(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    exemptNodeCodes?: string[];
    status?: string;
  },
) {
  const [row] = await db
    .insert(assessmentUnits)
    .values({
      tenantId: input.tenantId,
      roundId: input.roundId,
      organisationId: input.organisationId,
      exemptNodeCodes: input.exemptNodeCodes ?? [],
      status: input.status ?? 'submitted',
    })
    .returning();
  return row!;
}

/** A unit's self score on one node (version 1). */
export async function addSelfEntry(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    nodeCode: string;
    selfScore: number | null;
    appraisedScore1?: number | null;
    appraisedScore2?: number | null;
    notApplicable?: boolean;
  },
) {
  const [row] = await db
    .insert(assessmentEntries)
    .values({
      tenantId: input.tenantId,
      roundId: input.roundId,
      organisationId: input.organisationId,
      nodeCode: input.nodeCode,
      selfInput: input.selfScore === null ? null : { type: 'points', points: input.selfScore },
      selfScore: input.selfScore,
      appraisedScore1: input.appraisedScore1 ?? null,
      appraisedScore2: input.appraisedScore2 ?? null,
      notApplicable: input.notApplicable ?? false,
    })
    .returning();
  return row!;
}

/** An evidence row (no bytes stored: the self part serves the content). */
export async function addEvidence(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    nodeCode: string;
    kind: 'file' | 'document';
    fileName?: string;
    contentType?: string;
  },
) {
  const [row] = await db
    .insert(assessmentEvidence)
    .values({
      tenantId: input.tenantId,
      roundId: input.roundId,
      organisationId: input.organisationId,
      nodeCode: input.nodeCode,
      kind: input.kind,
      fileName: input.fileName ?? null,
      contentType: input.contentType ?? null,
      sizeBytes: input.kind === 'file' ? 1024 : null,
      document:
        input.kind === 'document'
          ? {
              number: '12/QĐ-UBND',
              date: '2026-02-01',
              issuer: 'UBND tỉnh',
              pointer: 'Điều 2',
              summary: 'Quyết định',
            }
          : null,
    })
    .returning();
  return row!;
}
