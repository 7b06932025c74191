import { isIsoDate } from '../shared/vi-format';
import type { RoundWindow, RoundWindows } from './round-state';

// Cửa sổ thời gian của đợt đánh giá: civil days in Vietnam (ISO), both ends included.
//
// Order: tự đánh giá closes on or before thẩm định opens. The appraisal window holds BOTH
// appraisals (lần 1 before the explanations, lần 2 after them), so the explanation window lies
// inside it rather than after it: appraisal opens ≤ explanation opens ≤ explanation closes ≤
// appraisal closes. (Requiring the appraisal window to close before the explanation opens, as a
// straight chain would, leaves thẩm định lần 2 without any window.)

const MS_PER_DAY = 86_400_000;

/** Tên cửa sổ, as sentences and error fields name it. */
export const ROUND_WINDOW_LABELS: Record<keyof RoundWindows, string> = {
  selfAssessment: 'Tự đánh giá',
  appraisal: 'Thẩm định',
  explanation: 'Giải trình',
};

/** Lỗi cửa sổ thời gian: the window (or its end) concerned and the Vietnamese reason. */
export interface RoundWindowProblem {
  field: `${keyof RoundWindows}.${keyof RoundWindow}` | keyof RoundWindows;
  message: string;
}

/** Tình trạng cửa sổ on a day: not set, not open yet, open, closed. */
export type WindowPhase = 'unset' | 'upcoming' | 'open' | 'closed';

/**
 * Kiểm tra các cửa sổ: each end an ISO date or null; a window is either unset or has both ends
 * with opens ≤ closes; self-assessment closes ≤ appraisal opens; the explanation window inside
 * the appraisal window (see the file comment). Windows not set yet are not compared. Empty when
 * valid.
 */
export function validateRoundWindows(windows: RoundWindows): RoundWindowProblem[] {
  const problems: RoundWindowProblem[] = [];
  for (const key of Object.keys(ROUND_WINDOW_LABELS) as (keyof RoundWindows)[]) {
    const window = windows[key];
    const label = ROUND_WINDOW_LABELS[key];
    for (const end of ['opensOn', 'closesOn'] as const) {
      const value = window[end];
      if (value !== null && !isIsoDate(value)) {
        problems.push({
          field: `${key}.${end}`,
          message: `${label}: ngày «${value}» không hợp lệ.`,
        });
      }
    }
    if ((window.opensOn === null) !== (window.closesOn === null)) {
      problems.push({
        field: key,
        message: `${label}: cần có cả ngày bắt đầu và ngày kết thúc.`,
      });
    } else if (isComplete(window) && window.opensOn > window.closesOn) {
      problems.push({
        field: `${key}.closesOn`,
        message: `${label}: ngày kết thúc phải từ ngày bắt đầu trở về sau.`,
      });
    }
  }
  if (problems.length > 0) return problems;
  const { selfAssessment, appraisal, explanation } = windows;
  if (isComplete(selfAssessment) && isComplete(appraisal)) {
    if (selfAssessment.closesOn > appraisal.opensOn) {
      problems.push({
        field: 'appraisal.opensOn',
        message: 'Thẩm định chỉ bắt đầu khi đã hết thời gian tự đánh giá.',
      });
    }
  }
  if (isComplete(explanation)) {
    if (isComplete(selfAssessment) && selfAssessment.closesOn > explanation.opensOn) {
      problems.push({
        field: 'explanation.opensOn',
        message: 'Giải trình chỉ bắt đầu khi đã hết thời gian tự đánh giá.',
      });
    }
    if (
      isComplete(appraisal) &&
      (explanation.opensOn < appraisal.opensOn || explanation.closesOn > appraisal.closesOn)
    ) {
      problems.push({
        field: 'explanation',
        message:
          'Giải trình phải nằm trong thời gian thẩm định (thẩm định lần 1 trước, lần 2 sau giải trình).',
      });
    }
  }
  return problems;
}

/** Cửa sổ đã đặt đủ: both ends given. */
export function isComplete(window: RoundWindow): window is { opensOn: string; closesOn: string } {
  return window.opensOn !== null && window.closesOn !== null;
}

/** Đang mở: `today` (ISO) lies within the window, both ends included; false for an unset window. */
export function isWindowOpen(window: RoundWindow, today: string): boolean {
  return windowPhase(window, today) === 'open';
}

/** Tình trạng cửa sổ on `today`: unset, upcoming (chưa mở), open (đang mở), closed (đã đóng). */
export function windowPhase(window: RoundWindow, today: string): WindowPhase {
  if (!isComplete(window)) return 'unset';
  if (today < window.opensOn) return 'upcoming';
  if (today > window.closesOn) return 'closed';
  return 'open';
}

/**
 * Còn N ngày: whole days from `today` to the closing day (0 on the closing day itself, negative
 * once closed), or null for an unset window. "Còn 3 ngày" on 07/12 for a window closing 10/12.
 */
export function daysLeft(window: RoundWindow, today: string): number | null {
  if (!isComplete(window)) return null;
  return epochDay(window.closesOn) - epochDay(today);
}

function epochDay(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}
