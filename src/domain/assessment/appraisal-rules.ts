import type { FrameworkNode } from '../frameworks/framework';
import { roundPoints } from '../frameworks/points';
import { enteredScoreProblem } from '../frameworks/scoring-rule';
import type { Role } from '../permissions/role';
import { formatViDate, formatViNumber } from '../shared/vi-format';
import type { AppraisalStage, RoundState, RoundWindow } from './round-state';

// Quy tắc thẩm định: what an appraised score (điểm thẩm định) may be, when its comment (nhận
// xét) is required, and who may not appraise a unit (a council member never appraises their own).

/** Từ chối thẩm định đơn vị của mình: the refusal an appraiser meets on their own unit. */
export const OWN_UNIT_REFUSAL = 'Thành viên hội đồng không thẩm định đơn vị của mình';

/** Sai số khi so hai điểm: scores are kept to 4 decimals. */
const SAME_SCORE_TOLERANCE = 1e-9;

/**
 * Điểm thẩm định hợp lệ: null when `score` fits the node (0 to its max; a «Có / không» criterion
 * takes 0 or the max only), else the Vietnamese reason.
 */
export function appraisedScoreProblem(
  node: Pick<FrameworkNode, 'code' | 'maxPoints' | 'rule'>,
  score: number,
): string | null {
  if (!Number.isFinite(score) || score < 0 || score > node.maxPoints + SAME_SCORE_TOLERANCE) {
    return `Điểm thẩm định tiêu chí ${node.code} phải từ 0 đến ${formatViNumber(node.maxPoints, 4)} điểm.`;
  }
  const binary = enteredScoreProblem(node.rule, node.maxPoints, score);
  return binary ? `Điểm thẩm định ${binary}` : null;
}

/** Điểm trước lần thẩm định: stage 1 compares with the self score, stage 2 with appraisal 1 (or the self score when appraisal 1 left it). */
export function scoreBeforeStage(
  entry: { selfScore: number | null; appraisedScore1: number | null },
  stage: AppraisalStage,
): number | null {
  return stage === 1 ? entry.selfScore : (entry.appraisedScore1 ?? entry.selfScore);
}

/** Whether two scores differ beyond the 4 decimals kept; a missing earlier score always differs. */
export function scoresDiffer(score: number, before: number | null): boolean {
  return (
    before === null || Math.abs(roundPoints(score) - roundPoints(before)) > SAME_SCORE_TOLERANCE
  );
}

/**
 * Nhận xét bắt buộc: null when the comment may be empty (the score agrees with the score before
 * this stage), else the Vietnamese reason — an appraiser who changes a score says why.
 */
export function missingCommentProblem(
  score: number,
  before: number | null,
  comment: string,
): string | null {
  if (!scoresDiffer(score, before) || comment.trim().length > 0) return null;
  return before === null
    ? 'Đơn vị chưa tự chấm tiêu chí này: nhập nhận xét cho điểm thẩm định.'
    : `Điểm thẩm định khác điểm trước đó (${formatViNumber(before, 4)}): nhập nhận xét giải thích lý do.`;
}

/** Thành viên hội đồng: where the appraiser works (the path of their home unit) and their other roles. */
export interface AppraiserMembership {
  /** Ids from the tenant root down to the user's home unit (users.organisation_id); null when none. */
  homePath: readonly string[] | null;
  /** The user's grants with the path of each grant's unit. */
  grants: readonly { role: Role; organisationPath: readonly string[] }[];
}

/**
 * Đơn vị của mình: true when the appraiser's home unit is the unit or below it (they work
 * there), or they hold a role other than appraiser on the unit or on a unit below it (they
 * write, lead or watch its self-assessment). A role held above the unit — an admin or focal on
 * the province — does not make it their own: they run the round, they do not belong to the unit.
 */
export function isOwnUnit(appraiser: AppraiserMembership, unitId: string): boolean {
  if (appraiser.homePath?.includes(unitId)) return true;
  return appraiser.grants.some(
    (grant) => grant.role !== 'appraiser' && grant.organisationPath.includes(unitId),
  );
}

/** Ngoài thời hạn: the reason `today` lies outside the window (both ends included), else null. */
export function windowProblem(window: RoundWindow, today: string, what: string): string | null {
  if (window.opensOn && today < window.opensOn) {
    return `Chưa đến thời hạn ${what} (từ ngày ${formatViDate(window.opensOn)}).`;
  }
  if (window.closesOn && today > window.closesOn) {
    return `Đã hết thời hạn ${what} (đến ngày ${formatViDate(window.closesOn)}).`;
  }
  return null;
}

/** What decides whether the council may score a unit now. */
export interface AppraisalOpening {
  state: RoundState;
  appraisalStage: AppraisalStage;
  appraisalWindow: RoundWindow;
  /** Whether the unit's appraisal of the current stage is already confirmed. */
  unitConfirmed: boolean;
}

/**
 * Thẩm định đang mở: null when appraised scores of the current stage may be set (round in state
 * appraisal, today inside the appraisal window — the same window serves both stages — and the
 * unit not yet confirmed for the stage), else the Vietnamese reason.
 */
export function appraisalClosedProblem(opening: AppraisalOpening, today: string): string | null {
  if (opening.state !== 'appraisal') return 'Đợt đánh giá không ở giai đoạn thẩm định.';
  const outside = windowProblem(opening.appraisalWindow, today, 'thẩm định');
  if (outside) return outside;
  if (opening.unitConfirmed) {
    return `Đơn vị đã được xác nhận thẩm định lần ${opening.appraisalStage}; không sửa điểm được nữa.`;
  }
  return null;
}

/** Giải trình đang mở: null when the unit may answer (state explanation, inside its window), else the reason. */
export function explanationClosedProblem(
  state: RoundState,
  explanationWindow: RoundWindow,
  today: string,
): string | null {
  if (state !== 'explanation') return 'Đợt đánh giá không ở giai đoạn giải trình.';
  return windowProblem(explanationWindow, today, 'giải trình');
}
