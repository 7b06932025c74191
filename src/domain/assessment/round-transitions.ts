import {
  ROUND_STATE_LABELS,
  type AppraisalStage,
  type RoundState,
  type RoundWindows,
} from './round-state';
import { isComplete, ROUND_WINDOW_LABELS, validateRoundWindows } from './round-windows';

// Chuyển trạng thái đợt đánh giá: the moves the focal unit makes by hand, forward only —
// dự thảo → tự đánh giá → thẩm định (lần 1) → giải trình → thẩm định (lần 2). 'final' and
// 'published' are reached only by finalising (chốt kết quả) and publishing (công bố), which do
// more than change a state.

/** What a move needs to know of the round. */
export interface RoundForTransition {
  state: RoundState;
  appraisalStage: AppraisalStage;
  /** Số đơn vị tham gia. */
  unitCount: number;
  windows: RoundWindows;
}

/** Kết quả chuyển trạng thái: the state and appraisal stage after the move, or why it is refused. */
export type RoundTransitionResult =
  { ok: true; state: RoundState; appraisalStage: AppraisalStage } | { ok: false; reason: string };

/** Which window each state entered by hand needs. */
const WINDOW_OF: Partial<Record<RoundState, keyof RoundWindows>> = {
  self_assessment: 'selfAssessment',
  appraisal: 'appraisal',
  explanation: 'explanation',
};

/**
 * Trạng thái kế tiếp: the one state a round may move to by hand from where it is (with the
 * appraisal stage it then has), or null when only finalising or publishing moves it on.
 */
export function nextRoundState(
  state: RoundState,
  appraisalStage: AppraisalStage,
): { state: RoundState; appraisalStage: AppraisalStage } | null {
  switch (state) {
    case 'draft':
      return { state: 'self_assessment', appraisalStage: 1 };
    case 'self_assessment':
      return { state: 'appraisal', appraisalStage: 1 };
    case 'appraisal':
      return appraisalStage === 1 ? { state: 'explanation', appraisalStage: 1 } : null;
    case 'explanation':
      return { state: 'appraisal', appraisalStage: 2 };
    case 'final':
    case 'published':
      return null;
  }
}

/**
 * Chuyển trạng thái: the move to `to`, or the Vietnamese reason it is refused — a move to
 * 'final' or 'published' (chốt / công bố do that), backwards or sideways, from draft without
 * units, or into a state whose window is not set or when the windows are out of order.
 */
export function transitionRound(round: RoundForTransition, to: RoundState): RoundTransitionResult {
  if (to === 'final') {
    return refuse(
      'Đợt đánh giá chỉ có kết quả chính thức khi chốt kết quả, không chuyển trực tiếp.',
    );
  }
  if (to === 'published') {
    return refuse('Đợt đánh giá chỉ được công bố bằng chức năng công bố kết quả.');
  }
  const next = nextRoundState(round.state, round.appraisalStage);
  if (!next || next.state !== to) {
    return refuse(
      next
        ? `Không thể chuyển đợt đánh giá từ «${stateName(round)}» sang «${ROUND_STATE_LABELS[to]}»; bước tiếp theo là «${ROUND_STATE_LABELS[next.state]}${next.state === 'appraisal' ? ` lần ${next.appraisalStage}` : ''}».`
        : `Đợt đánh giá đang ở «${stateName(round)}»: bước tiếp theo là chốt hoặc công bố kết quả, không quay lại bước trước.`,
    );
  }
  if (round.unitCount === 0) return refuse('Đợt đánh giá chưa có đơn vị tham gia.');
  const problems = validateRoundWindows(round.windows);
  if (problems.length > 0) return refuse(problems[0]!.message);
  const windowKey = WINDOW_OF[to];
  if (windowKey && !isComplete(round.windows[windowKey])) {
    return refuse(`Chưa đặt thời gian ${ROUND_WINDOW_LABELS[windowKey].toLowerCase()}.`);
  }
  return { ok: true, ...next };
}

function stateName(round: Pick<RoundForTransition, 'state' | 'appraisalStage'>): string {
  const name = ROUND_STATE_LABELS[round.state];
  return round.state === 'appraisal' ? `${name} lần ${round.appraisalStage}` : name;
}

function refuse(reason: string): RoundTransitionResult {
  return { ok: false, reason };
}

/** The windows a round in each state has already entered and must keep set. */
const WINDOWS_ENTERED: Record<RoundState, (keyof RoundWindows)[]> = {
  draft: [],
  self_assessment: ['selfAssessment'],
  appraisal: ['selfAssessment', 'appraisal'],
  explanation: ['selfAssessment', 'appraisal', 'explanation'],
  final: ['selfAssessment', 'appraisal'],
  published: ['selfAssessment', 'appraisal'],
};

/**
 * Sửa thời gian của đợt đang chạy: why new windows are refused for a round in `state` — out of
 * order, or a window the round has already entered left unset — or null when they may be saved.
 */
export function windowsChangeProblem(state: RoundState, windows: RoundWindows): string | null {
  const problems = validateRoundWindows(windows);
  if (problems.length > 0) return problems[0]!.message;
  const unset = WINDOWS_ENTERED[state].find((key) => !isComplete(windows[key]));
  return unset
    ? `Đợt đánh giá đang ở «${ROUND_STATE_LABELS[state]}»: không bỏ trống thời gian ${ROUND_WINDOW_LABELS[unset].toLowerCase()}.`
    : null;
}
