import type { Framework } from '../frameworks/framework';
import type { OrganisationType } from '../organisations/organisation-type';
import type { AssessmentEntry } from './assessment-entry';
import { ROUND_STATE_LABELS, type AppraisalStage, type RoundState } from './round-state';
import { surveyLeaves } from './survey-nodes';
import { notApplicableCodes } from './unit-applicability';

/** Đơn vị tham gia as the finalise check reads it: name for the message, which appraisals are confirmed. */
export interface FinaliseCheckUnit {
  organisationId: string;
  name: string;
  unitType: OrganisationType;
  exemptNodeCodes: readonly string[];
  appraisal1Done: boolean;
  appraisal2Done: boolean;
  entries: readonly Pick<AssessmentEntry, 'nodeCode' | 'surveyScore' | 'notApplicable'>[];
}

/** Lý do chưa chốt được kết quả: for the whole round (organisationId null) or one unit, with the nodes concerned. */
export interface FinaliseProblem {
  organisationId: string | null;
  nodeCodes: string[];
  message: string;
}

/** The states a round may be finalised from: thẩm định or giải trình. */
export const FINALISABLE_STATES: readonly RoundState[] = ['appraisal', 'explanation'];

/**
 * Vì sao chưa chốt được kết quả (chốt kết quả): the round is not in appraisal or explanation; a
 * unit's appraisal for the current stage (lần 1 or lần 2) is not confirmed; a unit has survey
 * nodes that apply to it without a survey score (điểm điều tra xã hội học). Empty when the round
 * can be finalised. Messages in Vietnamese, naming the units and node codes.
 */
export function finaliseProblems(
  framework: Pick<Framework, 'nodes'>,
  round: { state: RoundState; appraisalStage: AppraisalStage },
  units: readonly FinaliseCheckUnit[],
): FinaliseProblem[] {
  if (!FINALISABLE_STATES.includes(round.state)) {
    return [
      {
        organisationId: null,
        nodeCodes: [],
        message: `Đợt đánh giá đang ở trạng thái «${ROUND_STATE_LABELS[round.state]}»; chỉ chốt kết quả khi đang thẩm định hoặc giải trình.`,
      },
    ];
  }
  const problems: FinaliseProblem[] = [];
  if (units.length === 0) {
    problems.push({
      organisationId: null,
      nodeCodes: [],
      message: 'Đợt đánh giá chưa có đơn vị tham gia.',
    });
  }
  const survey = surveyLeaves(framework).map((node) => node.code);
  for (const unit of units) {
    const confirmed = round.appraisalStage === 2 ? unit.appraisal2Done : unit.appraisal1Done;
    if (!confirmed) {
      problems.push({
        organisationId: unit.organisationId,
        nodeCodes: [],
        message: `${unit.name}: chưa xác nhận kết quả thẩm định lần ${round.appraisalStage}.`,
      });
    }
    const exempt = notApplicableCodes(framework, unit.unitType, unit.exemptNodeCodes);
    const byCode = new Map(unit.entries.map((entry) => [entry.nodeCode, entry]));
    const missing = survey.filter((code) => {
      if (exempt.has(code)) return false;
      const entry = byCode.get(code);
      return !entry?.notApplicable && (entry?.surveyScore ?? null) === null;
    });
    if (missing.length > 0) {
      problems.push({
        organisationId: unit.organisationId,
        nodeCodes: missing,
        message: `${unit.name}: chưa có điểm điều tra xã hội học ở ${missing.length === 1 ? 'tiêu chí' : `${missing.length} tiêu chí`} ${missing.join(', ')}.`,
      });
    }
  }
  return problems;
}
