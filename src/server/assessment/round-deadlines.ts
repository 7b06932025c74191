// Hạn của các cửa sổ đợt đánh giá, for the daily reminders (notifications/deadlines.ts): while a
// round is in a window's state, each taking-part unit has that window's closing day as a
// deadline — tự đánh giá until the unit submits, thẩm định until the appraisers confirm it (the
// appraisers reaching the unit hear about it; lần 1 is due when the explanations open, lần 2
// when the appraisal window closes), giải trình for a unit with explanation requests
// until it has answered them all. The reminder domain then decides before / on / after the day.
import type { Database } from '../db/client';
import type { TenantDeadline } from '../notifications/deadlines';
import { listRunningRoundUnits, type RunningRoundUnitRow } from './round.repository';

/** The running rounds' window deadlines of a tenant (ids `${roundId}/${window}/${unitId}`). */
export async function collectRoundDeadlines(
  db: Database,
  tenantId: string,
): Promise<TenantDeadline[]> {
  const deadlines: TenantDeadline[] = [];
  for (const unit of await listRunningRoundUnits(db, tenantId)) {
    const deadline = windowDeadline(unit);
    if (deadline) deadlines.push(deadline);
  }
  return deadlines;
}

function windowDeadline(unit: RunningRoundUnitRow): TenantDeadline | null {
  const base = {
    unitId: unit.organisationId,
    title: `${unit.unitName} — ${unit.roundName}`,
    planId: null,
    issuingUnitId: unit.ownerOrganisationId,
  };
  const unitPage = `/assessment/${unit.roundId}/units/${unit.organisationId}`;
  switch (unit.state) {
    case 'self_assessment':
      if (!unit.selfClosesOn) return null;
      return {
        ...base,
        kind: 'assessment_self',
        id: `${unit.roundId}/self/${unit.organisationId}`,
        due: unit.selfClosesOn,
        done: unit.status === 'submitted',
        link: unitPage,
      };
    case 'appraisal': {
      const due =
        unit.appraisalStage === 1
          ? (unit.explanationOpensOn ?? unit.appraisalClosesOn)
          : unit.appraisalClosesOn;
      if (!due) return null;
      return {
        ...base,
        kind: 'assessment_appraisal',
        // Stage in the id: the second appraisal is reminded afresh.
        id: `${unit.roundId}/appraisal-${unit.appraisalStage}/${unit.organisationId}`,
        due,
        done: unit.appraisalConfirmed,
        link: `${unitPage}/appraisal`,
      };
    }
    case 'explanation':
      if (!unit.explanationClosesOn || unit.explanationRequests === 0) return null;
      return {
        ...base,
        kind: 'assessment_explanation',
        id: `${unit.roundId}/explanation/${unit.organisationId}`,
        due: unit.explanationClosesOn,
        done: unit.unansweredRequests === 0,
        link: unitPage,
      };
    default:
      return null;
  }
}
