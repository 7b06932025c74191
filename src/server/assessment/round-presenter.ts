// Presents round rows through the contract's shapes (rows never reach the client).
import type { RoundDto, RoundSummary, RoundWindowsDto } from '@contract/assessment-rounds';
import type { RoundState } from '@domain/assessment/round-state';
import { daysLeft, windowPhase } from '@domain/assessment/round-windows';
import type { UnitAssessmentStatus } from '@domain/assessment/unit-assessment-status';
import type { IndexKind } from '@domain/frameworks/index-kind';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import type { RoundRow, RoundUnitRow, RoundWithNamesRow } from './round.repository';

/** The three windows held in a round row. */
export function windowsOf(row: RoundRow): RoundWindowsDto {
  return {
    selfAssessment: { opensOn: row.selfOpensOn, closesOn: row.selfClosesOn },
    appraisal: { opensOn: row.appraisalOpensOn, closesOn: row.appraisalClosesOn },
    explanation: { opensOn: row.explanationOpensOn, closesOn: row.explanationClosesOn },
  };
}

const instant = (value: Date | null) => (value ? value.toISOString() : null);

function roundHead(row: RoundWithNamesRow, today: string) {
  const windows = windowsOf(row);
  const status = (window: RoundWindowsDto['appraisal']) => ({
    phase: windowPhase(window, today),
    daysLeft: daysLeft(window, today),
  });
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    framework: {
      id: row.frameworkId,
      code: row.frameworkCode,
      name: row.frameworkName,
      indexKind: row.indexKind as IndexKind,
    },
    owner: { id: row.ownerOrganisationId, name: row.ownerName },
    state: row.state as RoundState,
    appraisalStage: (row.appraisalStage === 2 ? 2 : 1) as 1 | 2,
    windows,
    windowStatus: {
      selfAssessment: status(windows.selfAssessment),
      appraisal: status(windows.appraisal),
      explanation: status(windows.explanation),
    },
    signedOffAt: instant(row.signedOffAt),
    finalisedAt: instant(row.finalisedAt),
    publishedAt: instant(row.publishedAt),
    version: row.version,
  };
}

/** A listed round with its unit and submitted counts. */
export function toRoundSummary(
  row: RoundWithNamesRow & { unitCount: number; submittedCount: number },
  today: string,
): RoundSummary {
  return { ...roundHead(row, today), unitCount: row.unitCount, submittedCount: row.submittedCount };
}

/** A round with its taking-part units and what the actor may do. */
export function toRoundDto(
  row: RoundWithNamesRow,
  units: readonly RoundUnitRow[],
  actions: RoundDto['actions'],
  today: string,
): RoundDto {
  return {
    ...roundHead(row, today),
    units: units.map((unit) => ({
      organisation: {
        id: unit.organisationId,
        code: unit.code,
        name: unit.name,
        type: unit.type as OrganisationType,
      },
      status: unit.status as UnitAssessmentStatus,
      exemptNodeCodes: unit.exemptNodeCodes,
      exemptionNote: unit.exemptionNote,
      submittedAt: instant(unit.submittedAt),
      appraisal1DoneAt: instant(unit.appraisal1DoneAt),
      appraisal2DoneAt: instant(unit.appraisal2DoneAt),
    })),
    publication: (row.publication as RoundDto['publication']) ?? null,
    actions,
  };
}
