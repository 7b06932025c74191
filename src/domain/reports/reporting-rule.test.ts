import { describe, it, expect } from 'vitest';
import {
  REPORTING_RULE_PRESETS,
  validateReportingRule,
  type OneOffReport,
  type RecurringReport,
  type ReportingRule,
} from './reporting-rule';

function buildRule(...reports: ReportingRule['reports']): ReportingRule {
  return { name: 'Quy định thử', reports };
}

function buildMonthly(overrides: Partial<RecurringReport> = {}): RecurringReport {
  return {
    kind: 'month',
    due: { day: 5, month: 'following' },
    window: { type: 'calendar' },
    ...overrides,
  };
}

function buildOneOff(overrides: Partial<OneOffReport> = {}): OneOffReport {
  return {
    kind: 'custom',
    key: '2024-KT',
    label: 'Báo cáo kiểm tra CCHC',
    from: '2024-01-01',
    to: '2024-10-31',
    due: '2024-11-10',
    ...overrides,
  };
}

describe('validateReportingRule', () => {
  it.each(Object.entries(REPORTING_RULE_PRESETS))('accepts the preset %s', (_id, rule) => {
    expect(validateReportingRule(rule)).toEqual([]);
  });

  it.each([
    [0, 'Báo cáo tháng: ngày hạn nộp phải là số nguyên từ 1 đến 31 (đang là 0).'],
    [32, 'Báo cáo tháng: ngày hạn nộp phải là số nguyên từ 1 đến 31 (đang là 32).'],
    [2.5, 'Báo cáo tháng: ngày hạn nộp phải là số nguyên từ 1 đến 31 (đang là 2.5).'],
  ])('rejects due day %s', (day, message) => {
    const rule = buildRule(buildMonthly({ due: { day, month: 'following' } }));
    expect(validateReportingRule(rule)).toEqual([message]);
  });

  it('accepts due day 31, which is clamped to the end of shorter months', () => {
    expect(
      validateReportingRule(buildRule(buildMonthly({ due: { day: 31, month: 'following' } }))),
    ).toEqual([]);
  });

  it.each([1, 29, 30, 31])(
    'rejects window start day %i (only 2–28 exist in every month)',
    (startDay) => {
      const rule = buildRule({
        kind: 'quarter',
        due: { day: 31, month: 'last' },
        window: { type: 'shifted', startDay },
      });
      expect(validateReportingRule(rule)).toEqual([
        `Báo cáo quý: ngày bắt đầu kỳ số liệu phải là số nguyên từ 2 đến 28 (đang là ${startDay}); ` +
          'muốn tính từ ngày 01 thì chọn số liệu theo tháng dương lịch.',
      ]);
    },
  );

  it('rejects a due date in the last month of a calendar window, before its data ends', () => {
    const rule = buildRule(buildMonthly({ due: { day: 31, month: 'last' } }));
    expect(validateReportingRule(rule)).toEqual([
      'Báo cáo tháng: số liệu tính đến hết tháng cuối kỳ nên hạn nộp phải ở tháng sau kỳ.',
    ]);
  });

  it('rejects a due day before the shifted window ends (due 10, data to the 14th)', () => {
    const rule = buildRule({
      kind: 'quarter',
      due: { day: 10, month: 'last' },
      window: { type: 'shifted', startDay: 15 },
    });
    expect(validateReportingRule(rule)).toEqual([
      'Báo cáo quý: hạn nộp ngày 10 đến trước khi hết kỳ số liệu (ngày 14); hạn nộp phải từ ngày 15 trở đi.',
    ]);
  });

  it('accepts a due day before the window start when it falls in the following month', () => {
    const rule = buildRule({
      kind: 'quarter',
      due: { day: 10, month: 'following' },
      window: { type: 'shifted', startDay: 15 },
    });
    expect(validateReportingRule(rule)).toEqual([]);
  });

  it.each([
    [[5], 'Báo cáo quý: kỳ số 5 không có (chỉ từ 1 đến 4).'],
    [[0], 'Báo cáo quý: kỳ số 0 không có (chỉ từ 1 đến 4).'],
    [[], 'Báo cáo quý: chưa chọn kỳ nào trong năm.'],
    [[2, 2], 'Báo cáo quý: kỳ «Quý II» được khai báo hai lần.'],
  ])('rejects quarters %j', (periods, message) => {
    const rule = buildRule({
      kind: 'quarter',
      periods,
      due: { day: 20, month: 'last' },
      window: { type: 'shifted', startDay: 15 },
    });
    expect(validateReportingRule(rule)).toEqual([message]);
  });

  it('rejects a period declared by two reports of the same kind', () => {
    const rule = buildRule(...REPORTING_RULE_PRESETS['national-cchc'].reports, {
      kind: 'half-year',
      due: { day: 10, month: 'following' },
      window: { type: 'calendar' },
    });
    expect(validateReportingRule(rule)).toEqual([
      'Báo cáo 6 tháng: kỳ «6 tháng đầu năm» được khai báo hai lần.',
    ]);
  });

  it('rejects a rule without a name or reports', () => {
    expect(validateReportingRule({ name: ' ', reports: [] })).toEqual([
      'Quy định kỳ báo cáo chưa có tên.',
      'Quy định kỳ báo cáo chưa có báo cáo nào.',
    ]);
  });

  it('rejects an unknown kind and a malformed due or window read from stored JSON', () => {
    const stored = JSON.parse(
      '{"name":"Cũ","reports":[{"kind":"fortnight"},{"kind":"year","due":{"day":20,"month":"next"},"window":{"type":"weekly"}}]}',
    ) as ReportingRule;
    expect(validateReportingRule(stored)).toEqual([
      'Loại báo cáo «fortnight» không được hỗ trợ.',
      'Báo cáo năm: hạn nộp phải ở tháng cuối kỳ hoặc tháng sau kỳ.',
      'Báo cáo năm: kỳ số liệu phải theo tháng dương lịch hoặc tính từ một ngày trong tháng.',
    ]);
  });
});

describe('validateReportingRule on one-off reports (báo cáo theo yêu cầu)', () => {
  it('accepts a well-formed one-off report', () => {
    expect(validateReportingRule(buildRule(buildOneOff()))).toEqual([]);
  });

  it.each([
    [
      { from: '2024-02-30' },
      'Báo cáo «Báo cáo kiểm tra CCHC»: ngày bắt đầu số liệu «2024-02-30» không phải là ngày hợp lệ.',
    ],
    [
      { due: '10/11/2024' },
      'Báo cáo «Báo cáo kiểm tra CCHC»: hạn nộp «10/11/2024» không phải là ngày hợp lệ.',
    ],
    [
      { from: '2024-11-01' },
      'Báo cáo «Báo cáo kiểm tra CCHC»: ngày bắt đầu số liệu sau ngày kết thúc.',
    ],
    [
      { due: '2024-10-31' },
      'Báo cáo «Báo cáo kiểm tra CCHC»: hạn nộp phải sau ngày kết thúc số liệu.',
    ],
    [
      { key: '2024-Q4' },
      'Báo cáo «Báo cáo kiểm tra CCHC»: mã kỳ «2024-Q4» trùng dạng mã của báo cáo định kỳ.',
    ],
    [{ key: '' }, 'Báo cáo «Báo cáo kiểm tra CCHC»: chưa có mã kỳ.'],
    [{ label: '' }, 'Báo cáo theo yêu cầu: chưa có tên.'],
  ])('rejects %j', (overrides, message) => {
    expect(validateReportingRule(buildRule(buildOneOff(overrides)))).toEqual([message]);
  });

  it('rejects two one-off reports with the same key', () => {
    const rule = buildRule(buildOneOff(), buildOneOff({ label: 'Báo cáo chuyên đề' }));
    expect(validateReportingRule(rule)).toEqual([
      'Báo cáo «Báo cáo chuyên đề»: mã kỳ «2024-KT» được khai báo hai lần.',
    ]);
  });
});
