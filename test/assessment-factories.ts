// Test factories for scoring rounds: a round of a framework with its taking-part units, written
// straight into the tables (the rounds part owns the API that creates them).
import type { RoundState } from '@domain/assessment/round-state';
import type { Database } from '../src/server/db/client';
import { assessmentRounds, assessmentUnits } from '../src/server/db/schema';

/** A round (default: in self-assessment, the window 01/06–30/06/2026 around TEST_TODAY) with its units. */
export async function buildAssessmentRound(
  db: Database,
  input: {
    tenantId: string;
    frameworkId: string;
    ownerOrganisationId: string;
    year: number;
    units: { organisationId: string; exemptNodeCodes?: string[] }[];
    state?: RoundState;
    selfOpensOn?: string | null;
    selfClosesOn?: string | null;
    name?: string;
  },
) {
  const [round] = await db
    .insert(assessmentRounds)
    .values({
      tenantId: input.tenantId,
      frameworkId: input.frameworkId,
      ownerOrganisationId: input.ownerOrganisationId,
      year: input.year,
      name: input.name ?? `Đánh giá Chỉ số cải cách hành chính năm ${input.year}`,
      state: input.state ?? 'self_assessment',
      selfOpensOn: input.selfOpensOn === undefined ? '2026-06-01' : input.selfOpensOn,
      selfClosesOn: input.selfClosesOn === undefined ? '2026-06-30' : input.selfClosesOn,
    })
    .returning();
  for (const unit of input.units) {
    await db.insert(assessmentUnits).values({
      tenantId: input.tenantId,
      roundId: round!.id,
      organisationId: unit.organisationId,
      exemptNodeCodes: unit.exemptNodeCodes ?? [],
    });
  }
  return round!;
}
