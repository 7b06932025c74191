import { describe, expect, it } from 'vitest';
import type { RoundWindows } from './round-state';
import {
  transitionRound,
  windowsChangeProblem,
  type RoundForTransition,
} from './round-transitions';

const WINDOWS: RoundWindows = {
  selfAssessment: { opensOn: '2026-12-01', closesOn: '2026-12-20' },
  appraisal: { opensOn: '2026-12-21', closesOn: '2027-01-20' },
  explanation: { opensOn: '2027-01-05', closesOn: '2027-01-10' },
};
const round = (overrides: Partial<RoundForTransition> = {}): RoundForTransition => ({
  state: 'draft',
  appraisalStage: 1,
  unitCount: 20,
  windows: WINDOWS,
  ...overrides,
});

describe('transitionRound', () => {
  it('walks draft → tự đánh giá → thẩm định lần 1 → giải trình → thẩm định lần 2', () => {
    let current = round();
    const path = [];
    for (const to of ['self_assessment', 'appraisal', 'explanation', 'appraisal'] as const) {
      const result = transitionRound(current, to);
      if (!result.ok) throw new Error(result.reason);
      current = { ...current, state: result.state, appraisalStage: result.appraisalStage };
      path.push(`${result.state}/${result.appraisalStage}`);
    }
    expect(path).toEqual(['self_assessment/1', 'appraisal/1', 'explanation/1', 'appraisal/2']);
  });

  it('leaves final and published to finalising and publishing', () => {
    expect(transitionRound(round({ state: 'appraisal', appraisalStage: 2 }), 'final')).toEqual({
      ok: false,
      reason: 'Đợt đánh giá chỉ có kết quả chính thức khi chốt kết quả, không chuyển trực tiếp.',
    });
    expect(transitionRound(round({ state: 'final' }), 'published').ok).toBe(false);
  });

  it('refuses to move back, naming the next step', () => {
    expect(transitionRound(round({ state: 'appraisal' }), 'self_assessment')).toEqual({
      ok: false,
      reason:
        'Không thể chuyển đợt đánh giá từ «Thẩm định lần 1» sang «Tự đánh giá»; bước tiếp theo là «Giải trình».',
    });
  });

  it('refuses to skip a step or stay where it is', () => {
    expect(transitionRound(round(), 'appraisal').ok).toBe(false);
    expect(transitionRound(round({ state: 'self_assessment' }), 'self_assessment').ok).toBe(false);
  });

  it('refuses anything after the second appraisal but finalising', () => {
    const result = transitionRound(round({ state: 'appraisal', appraisalStage: 2 }), 'explanation');
    expect(result).toEqual({
      ok: false,
      reason:
        'Đợt đánh giá đang ở «Thẩm định lần 2»: bước tiếp theo là chốt hoặc công bố kết quả, không quay lại bước trước.',
    });
  });

  it('refuses to open a round without units', () => {
    expect(transitionRound(round({ unitCount: 0 }), 'self_assessment')).toEqual({
      ok: false,
      reason: 'Đợt đánh giá chưa có đơn vị tham gia.',
    });
  });

  it('refuses to enter a state whose window is not set', () => {
    const windows = { ...WINDOWS, explanation: { opensOn: null, closesOn: null } };
    expect(transitionRound(round({ state: 'appraisal', windows }), 'explanation')).toEqual({
      ok: false,
      reason: 'Chưa đặt thời gian giải trình.',
    });
  });

  it('refuses a move while the windows are out of order', () => {
    const windows = {
      ...WINDOWS,
      appraisal: { opensOn: '2026-12-10', closesOn: '2027-01-20' },
    };
    expect(transitionRound(round({ windows }), 'self_assessment')).toEqual({
      ok: false,
      reason: 'Thẩm định chỉ bắt đầu khi đã hết thời gian tự đánh giá.',
    });
  });
});

describe('windowsChangeProblem', () => {
  it('keeps the windows a running round has entered set', () => {
    const windows = { ...WINDOWS, selfAssessment: { opensOn: null, closesOn: null } };
    expect(windowsChangeProblem('draft', windows)).toBeNull();
    expect(windowsChangeProblem('self_assessment', windows)).toBe(
      'Đợt đánh giá đang ở «Tự đánh giá»: không bỏ trống thời gian tự đánh giá.',
    );
  });

  it('refuses windows out of order in any state', () => {
    const windows = { ...WINDOWS, appraisal: { opensOn: '2026-12-01', closesOn: '2027-01-20' } };
    expect(windowsChangeProblem('draft', windows)).toBe(
      'Thẩm định chỉ bắt đầu khi đã hết thời gian tự đánh giá.',
    );
  });
});
