// Test factories for the round's documents: a round, its taking-part units, their entries and
// evidence, written straight with drizzle inserts (the rounds, self-assessment and results parts
// build the services that write them in normal use).
import type { SelfScoringInput } from '@domain/assessment/assessment-entry';
import type {
  AssessmentEvidenceKind,
  EvidenceDocument,
} from '@domain/assessment/assessment-evidence';
import type { RoundState } from '@domain/assessment/round-state';
import type { Database } from '../src/server/db/client';
import {
  assessmentEntries,
  assessmentEvidence,
  assessmentRounds,
  assessmentUnits,
} from '../src/server/db/schema';
import type { FrameworkRow } from '../src/server/frameworks/framework.repository';

/** A round on a framework, owned by a unit (defaults: final, named for the framework's year). */
export async function buildAssessmentRound(
  db: Database,
  input: {
    framework: FrameworkRow;
    ownerOrganisationId: string;
    state?: RoundState;
    name?: string;
    publication?: { number: string; date: string; issuer: string } | null;
  },
) {
  const [round] = await db
    .insert(assessmentRounds)
    .values({
      tenantId: input.framework.tenantId,
      frameworkId: input.framework.id,
      ownerOrganisationId: input.ownerOrganisationId,
      year: input.framework.year,
      name: input.name ?? `Đợt đánh giá Chỉ số CCHC năm ${input.framework.year}`,
      state: input.state ?? 'final',
      publication: input.publication ?? null,
    })
    .returning();
  return round!;
}

/** A unit taking part in a round (defaults: not submitted, no exemptions, no texts). */
export async function buildAssessmentUnit(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    submittedAt?: Date | null;
    exemptNodeCodes?: string[];
    difficulties?: string;
    recommendations?: string;
  },
) {
  const [unit] = await db
    .insert(assessmentUnits)
    .values({
      tenantId: input.tenantId,
      roundId: input.roundId,
      organisationId: input.organisationId,
      status: input.submittedAt ? 'submitted' : 'in_progress',
      submittedAt: input.submittedAt ?? null,
      exemptNodeCodes: input.exemptNodeCodes ?? [],
      difficulties: input.difficulties ?? '',
      recommendations: input.recommendations ?? '',
    })
    .returning();
  return unit!;
}

/** A self-scored entry of a unit on one node. */
export async function buildAssessmentEntry(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    nodeCode: string;
    selfScore: number | null;
    selfInput?: SelfScoringInput | null;
    selfExplanation?: string;
    notApplicable?: boolean;
  },
) {
  await db.insert(assessmentEntries).values({
    tenantId: input.tenantId,
    roundId: input.roundId,
    organisationId: input.organisationId,
    nodeCode: input.nodeCode,
    selfScore: input.selfScore,
    selfInput: input.selfInput ?? null,
    selfExplanation: input.selfExplanation ?? '',
    notApplicable: input.notApplicable ?? false,
  });
}

/** An evidence row of a unit on one node: an issued document, or a file's metadata (no bytes needed for documents). */
export async function buildAssessmentEvidence(
  db: Database,
  input: {
    tenantId: string;
    roundId: string;
    organisationId: string;
    nodeCode: string;
    kind?: AssessmentEvidenceKind;
    fileName?: string | null;
    document?: EvidenceDocument | null;
    note?: string;
  },
) {
  await db.insert(assessmentEvidence).values({
    tenantId: input.tenantId,
    roundId: input.roundId,
    organisationId: input.organisationId,
    nodeCode: input.nodeCode,
    kind: input.kind ?? (input.document ? 'document' : 'file'),
    fileName: input.fileName ?? null,
    contentType: input.fileName ? 'application/pdf' : null,
    sizeBytes: input.fileName ? 1024 : null,
    document: input.document ?? null,
    note: input.note ?? '',
  });
}
