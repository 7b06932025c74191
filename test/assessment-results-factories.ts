// Test factories for the results part of a scoring round: a round, its taking-part units and their
// entries (self, appraised and survey scores) written straight with drizzle, so the survey,
// results, finalise and publish endpoints can be exercised before the rounds, self-assessment and
// appraisal APIs exist on this branch.
import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import path from 'node:path';
import type { Framework } from '@domain/frameworks/framework';
import type { RoundState } from '@domain/assessment/round-state';
import type { Database } from '../src/server/db/client';
import { assessmentEntries, assessmentRounds, assessmentUnits } from '../src/server/db/schema';
import type { FrameworkRow } from '../src/server/frameworks/framework.repository';

/** A shipped framework definition from /frameworks (e.g. 'par-index-department-2023'). */
export function shippedFramework(key: string): Framework {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, '..', 'frameworks', `${key}.json`), 'utf8'),
  ) as Framework;
}

/** A taking-part unit: exemptions and which appraisals are confirmed (default: lần 1). */
export interface RoundUnitInput {
  organisationId: string;
  exemptNodeCodes?: string[];
  appraisal1Done?: boolean;
  appraisal2Done?: boolean;
}

/** A round of the framework in the given state (default: appraisal, stage 1) with its units. */
export async function buildRound(
  db: Database,
  input: {
    framework: FrameworkRow;
    ownerOrganisationId: string;
    state?: RoundState;
    appraisalStage?: 1 | 2;
    name?: string;
    units: RoundUnitInput[];
  },
) {
  const tenantId = input.framework.tenantId;
  const [round] = await db
    .insert(assessmentRounds)
    .values({
      tenantId,
      frameworkId: input.framework.id,
      ownerOrganisationId: input.ownerOrganisationId,
      year: input.framework.year,
      name: input.name ?? `Đánh giá ${input.framework.name}`,
      state: input.state ?? 'appraisal',
      appraisalStage: input.appraisalStage ?? 1,
    })
    .returning();
  const done = new Date('2026-06-01T03:00:00Z');
  if (input.units.length) {
    await db.insert(assessmentUnits).values(
      input.units.map((unit) => ({
        tenantId,
        roundId: round!.id,
        organisationId: unit.organisationId,
        exemptNodeCodes: unit.exemptNodeCodes ?? [],
        status: 'submitted',
        submittedAt: done,
        appraisal1DoneAt: (unit.appraisal1Done ?? true) ? done : null,
        appraisal2DoneAt: unit.appraisal2Done ? done : null,
      })),
    );
  }
  return round!;
}

/** One node's scores of a unit in a round, as the self-assessment and appraisal would leave them. */
export interface EntryInput {
  nodeCode: string;
  selfScore?: number | null;
  appraisedScore1?: number | null;
  appraisedScore2?: number | null;
  surveyScore?: number | null;
  notApplicable?: boolean;
}

/** Writes a unit's entries in a round (version 1 each). */
export async function buildEntries(
  db: Database,
  input: { tenantId: string; roundId: string; organisationId: string; entries: EntryInput[] },
): Promise<void> {
  if (input.entries.length === 0) return;
  await db.insert(assessmentEntries).values(
    input.entries.map((entry) => ({
      tenantId: input.tenantId,
      roundId: input.roundId,
      organisationId: input.organisationId,
      nodeCode: entry.nodeCode,
      selfScore: entry.selfScore ?? null,
      appraisedScore1: entry.appraisedScore1 ?? null,
      appraisedScore2: entry.appraisedScore2 ?? null,
      surveyScore: entry.surveyScore ?? null,
      notApplicable: entry.notApplicable ?? false,
    })),
  );
}

/**
 * Marks taking-part units of a round (one opened through the API) as submitted and appraised
 * (thẩm định lần 1 confirmed), as their self-assessment and appraisal would leave them.
 */
export async function markUnitsAppraised(
  db: Database,
  input: { tenantId: string; roundId: string; organisationIds: string[] },
): Promise<void> {
  const done = new Date('2026-06-01T03:00:00Z');
  await db
    .update(assessmentUnits)
    .set({ status: 'submitted', submittedAt: done, appraisal1DoneAt: done })
    .where(
      and(
        eq(assessmentUnits.tenantId, input.tenantId),
        eq(assessmentUnits.roundId, input.roundId),
        inArray(assessmentUnits.organisationId, input.organisationIds),
      ),
    );
}
