import { describe, expect, it } from 'vitest';
import { checkKpiOverride, reportKpiWindow } from './kpi-prefill';

describe('reportKpiWindow (tháng tính KPI của kỳ báo cáo)', () => {
  it('reads the calendar months a rule period is named after', () => {
    const quarter = {
      key: '2026-Q1',
      kind: 'quarter' as const,
      from: '2025-12-15',
      to: '2026-03-14',
    };
    expect(reportKpiWindow(quarter)).toEqual({ window: { from: '2026-01', to: '2026-03' } });
    expect(
      reportKpiWindow({ key: '2026-M03', kind: 'month', from: '2026-03-01', to: '2026-03-31' }),
    ).toEqual({ window: { from: '2026-03', to: '2026-03' } });
    expect(
      reportKpiWindow({ key: '2026-H2', kind: 'half-year', from: '2026-07-01', to: '2026-12-31' }),
    ).toEqual({ window: { from: '2026-07', to: '2026-12' } });
    expect(
      reportKpiWindow({ key: '2026-Y', kind: 'year', from: '2026-01-01', to: '2026-12-31' }),
    ).toEqual({ window: { from: '2026-01', to: '2026-12' } });
  });

  it('reads a custom period of whole months, February of a leap year included', () => {
    expect(
      reportKpiWindow({ key: 'YC-1', kind: 'custom', from: '2028-01-01', to: '2028-02-29' }),
    ).toEqual({ window: { from: '2028-01', to: '2028-02' } });
  });

  it('has no window for a week or a custom period cutting a month, and says why', () => {
    expect(
      reportKpiWindow({ key: '2026-W10', kind: 'week', from: '2026-03-02', to: '2026-03-08' }),
    ).toEqual({
      reason: 'Báo cáo tuần: số liệu hồ sơ được tổng hợp theo tháng, không tính cho một tuần.',
    });
    expect(
      reportKpiWindow({ key: 'YC-2', kind: 'custom', from: '2026-03-10', to: '2026-04-30' }),
    ).toEqual({
      reason:
        'Kỳ từ 10/03/2026 đến 30/04/2026 không trọn tháng: số liệu hồ sơ được tổng hợp theo tháng.',
    });
  });
});

describe('checkKpiOverride (điều chỉnh số liệu KPI)', () => {
  it('keeps the computed value without a reason', () => {
    expect(checkKpiOverride({ value: 98.12, overrideReason: '', computedValue: 98.1234 })).toEqual({
      value: 98.12,
      computedValue: 98.12,
      overrideReason: null,
    });
  });

  it('refuses another value, or an emptied box, without a reason', () => {
    const refused = {
      error: 'Số liệu khác giá trị tính từ dữ liệu hồ sơ (98,12 %): nêu lý do điều chỉnh.',
    };
    expect(checkKpiOverride({ value: 99, overrideReason: '  ', computedValue: 98.12 })).toEqual(
      refused,
    );
    expect(checkKpiOverride({ value: null, overrideReason: '', computedValue: 98.12 })).toEqual(
      refused,
    );
  });

  it('stores the override beside the computed value with its reason', () => {
    expect(
      checkKpiOverride({
        value: 99,
        overrideReason: ' Hồ sơ liên thông chưa đồng bộ ',
        computedValue: 98.12,
      }),
    ).toEqual({ value: 99, computedValue: 98.12, overrideReason: 'Hồ sơ liên thông chưa đồng bộ' });
  });

  it('takes a typed figure as it is when nothing was computed', () => {
    expect(checkKpiOverride({ value: 96, overrideReason: '', computedValue: null })).toEqual({
      value: 96,
      computedValue: null,
      overrideReason: null,
    });
  });
});
