import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../frameworks/framework';
import { emptyTotals, type CounterTotals } from '../kpis/dossier-counters';
import { proposalWindow, proposeFromKpi } from './kpi-proposal';

const totals = (counts: Partial<CounterTotals>): CounterTotals => ({ ...emptyTotals(), ...counts });

/** Sample 002's 3.3.1: on-time dossiers, 4 points, full at 95 %. */
const ON_TIME: FrameworkNode = {
  code: '3.3.1',
  parentCode: '3.3',
  name: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
  maxPoints: 4,
  method: 'appraised',
  rule: { type: 'ratio_threshold', threshold: 95 },
  kpiKey: 'on_time',
};

const WINDOW = proposalWindow(2026, '2026-11-20')!;

describe('proposalWindow (tháng của đề xuất)', () => {
  it('reads January to the month of today while the round year is not over', () => {
    expect(proposalWindow(2026, '2026-11-20')).toEqual({
      from: '2026-01',
      to: '2026-11',
      label: 'từ tháng 1/2026 đến tháng 11/2026',
    });
    expect(proposalWindow(2026, '2026-01-05')?.label).toBe('tháng 1/2026');
  });

  it('reads the whole year once it is over, and nothing before it begins', () => {
    expect(proposalWindow(2025, '2026-02-01')).toEqual({
      from: '2025-01',
      to: '2025-12',
      label: 'năm 2025',
    });
    expect(proposalWindow(2027, '2026-12-31')).toBeNull();
  });
});

describe('proposeFromKpi (đề xuất từ dữ liệu hồ sơ)', () => {
  it('proposes finished on time over finished — not over received — as the ratio’s two counts', () => {
    // 500 received, 400 finished, 380 of them on time: 380 / 400 = 95 % → the full 4 points.
    const proposal = proposeFromKpi({
      node: ON_TIME,
      totals: totals({ received: 500, finished: 400, finishedOnTime: 380, finishedLate: 20 }),
      window: WINDOW,
    });
    expect(proposal).toMatchObject({
      status: 'counts',
      nodeCode: '3.3.1',
      kpiKey: 'on_time',
      kpiLabel: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      numerator: 380,
      denominator: 400,
      value: 95,
      score: 4,
    });
  });

  it('scores just below the threshold as rate × max ÷ threshold, and above it the max', () => {
    const score = (onTime: number) =>
      proposeFromKpi({
        node: ON_TIME,
        totals: totals({ received: 400, finished: 400, finishedOnTime: onTime }),
        window: WINDOW,
      });
    // 379 / 400 = 94,75 % → 94,75 × 4 ÷ 95 = 3,98947… → 3,9895.
    expect(score(379)).toMatchObject({ value: 94.75, score: 3.9895 });
    // 381 / 400 = 95,25 % → 4.
    expect(score(381)).toMatchObject({ value: 95.25, score: 4 });
    // 0 on time: 0 points, still a proposal.
    expect(score(0)).toMatchObject({ status: 'counts', numerator: 0, score: 0 });
  });

  it('divides online payment by the dossiers with a fee', () => {
    const node: FrameworkNode = {
      ...ON_TIME,
      code: '7.3.4',
      maxPoints: 1,
      rule: { type: 'ratio_threshold', threshold: 30 },
      kpiKey: 'paid_online_share',
    };
    // 1 000 received, 200 with a fee, 50 paid online: 25 % → 25 × 1 ÷ 30 = 0,8333.
    expect(
      proposeFromKpi({
        node,
        totals: totals({ received: 1000, withFee: 200, paidOnline: 50 }),
        window: WINDOW,
      }),
    ).toMatchObject({
      status: 'counts',
      numerator: 50,
      denominator: 200,
      value: 25,
      score: 0.8333,
    });
  });

  it('makes no proposal when no dossier was finished, and says so', () => {
    const proposal = proposeFromKpi({
      node: ON_TIME,
      totals: totals({ received: 12 }),
      window: WINDOW,
    });
    expect(proposal).toEqual({
      nodeCode: '3.3.1',
      kpiKey: 'on_time',
      kpiLabel: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      window: WINDOW,
      status: 'none',
      reason:
        'Chưa có hồ sơ nào đã giải quyết từ tháng 1/2026 đến tháng 11/2026 trong dữ liệu hồ sơ của đơn vị (kể cả đơn vị trực thuộc): chưa đề xuất được.',
    });
  });

  it('makes no proposal before the round year begins', () => {
    expect(proposeFromKpi({ node: ON_TIME, totals: null, window: null })).toMatchObject({
      status: 'none',
      reason: 'Năm của đợt đánh giá chưa bắt đầu: chưa có dữ liệu hồ sơ.',
    });
  });

  it('proposes only the value of satisfaction, which is not one count over another', () => {
    const node: FrameworkNode = {
      ...ON_TIME,
      code: '5.3',
      maxPoints: 6,
      rule: { type: 'ratio_threshold', threshold: 90 },
      kpiKey: 'satisfaction',
    };
    // 100 % − 10 late of 100 finished (10 %) − 10 complaints of 200 received (5 %) = 85 %
    // → 85 × 6 ÷ 90 = 5,6667.
    const proposal = proposeFromKpi({
      node,
      totals: totals({
        received: 200,
        finished: 100,
        finishedLate: 10,
        complaintOrDissatisfied: 10,
      }),
      window: WINDOW,
    });
    expect(proposal).toMatchObject({ status: 'value_only', value: 85, score: 5.6667 });
    expect(proposal?.status === 'value_only' && proposal.reason).toContain('không phải tỷ lệ');
  });

  it('proposes nothing for a node that reads no KPI', () => {
    const { kpiKey: _none, ...node } = ON_TIME;
    expect(proposeFromKpi({ node, totals: totals({ finished: 1 }), window: WINDOW })).toBeNull();
  });
});
