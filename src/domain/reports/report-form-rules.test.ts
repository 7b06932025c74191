// The report form's rules: which tasks are due in a period, "Hoàn thành" means 100 %, and what
// figure each KPI box asks for.
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../plans/parse-timeframe';
import { newTarget } from '../plans/plan-targets';
import { progressContradiction } from './entry-progress';
import { kpiValueHint } from './kpi-value-hint';
import { dueInPeriod } from './task-due-in-period';

/** Q2/2024 of sample 000: data 15/03–14/06, due 15/06. */
const Q2 = { kind: 'quarter', from: '2024-03-15', to: '2024-06-14', due: '2024-06-15' };
const read = (text: string) => parseTimeframe(text, { defaultYear: 2024 });

describe('dueInPeriod (đến hạn kỳ này)', () => {
  it.each([
    ['Trước 30/4/2024', 'not_started', 'due'],
    ['Tháng 5/2024', 'in_progress', 'due'],
    // The report is due 15/06: a deadline that day belongs to it though the window ends 14/06.
    ['Trước ngày 15/6/2024', 'not_started', 'due'],
    ['Quý I, II, III, IV/2024', 'in_progress', 'due'],
    // Due 30/06: the window ends 14/06, but a "Quý II" task is what the Q2 report is read for.
    ['Quý II/2024', 'not_started', 'due'],
    ['Hằng tháng', 'in_progress', 'due'],
    ['Thường xuyên', 'in_progress', 'every_period'],
    ['Từ năm 2024 trở đi', 'not_started', 'every_period'],
    // Due 15/01, still not started when Q2 begins: owed, as overdue.
    ['Trước 15/01/2024', 'not_started', 'overdue'],
  ] as const)('"%s" (%s) is due in Q2 as %s', (text, status, reason) => {
    expect(dueInPeriod(read(text), status, Q2)).toBe(reason);
  });

  it.each([
    ['Quý III/2024', 'not_started'],
    ['Trước 15/01/2024', 'done'],
    ['Tháng 12/2024', 'not_started'],
    ['Khi có quy định', 'not_started'],
    ['', 'not_started'],
    ['Thường xuyên năm 2023', 'in_progress'],
  ] as const)('"%s" (%s) is not due in Q2', (text, status) => {
    expect(dueInPeriod(parseTimeframe(text, { defaultYear: 2024 }), status, Q2)).toBeNull();
  });

  it("keeps a weekly report to its own week: a deadline on the next Monday is the next report's", () => {
    const week = { kind: 'week', from: '2024-06-03', to: '2024-06-09', due: '2024-06-08' };
    expect(dueInPeriod(read('Trước ngày 07/6/2024'), 'not_started', week)).toBe('due');
    expect(dueInPeriod(read('Trước ngày 10/6/2024'), 'not_started', week)).toBeNull();
  });
});

describe('progressContradiction ("Hoàn thành" là 100 %)', () => {
  it('refuses "Hoàn thành" below 100 % with a Vietnamese message', () => {
    expect(progressContradiction('done', 80)).toMatch(/Hoàn thành.*100%/);
    expect(progressContradiction('done', 99)).not.toBeNull();
  });

  it('accepts "Hoàn thành" at 100 % and any % of work under way', () => {
    expect(progressContradiction('done', 100)).toBeNull();
    expect(progressContradiction('in_progress', 100)).toBeNull();
    expect(progressContradiction('not_started', 0)).toBeNull();
  });
});

describe('kpiValueHint (gợi ý số liệu theo đơn vị của chỉ tiêu)', () => {
  const target = (kind: Parameters<typeof newTarget>[0]['kind'], unit = '') =>
    newTarget({ id: 't', metric: 'm', kind, unit });

  it('asks a percentage for 0–100 % and checks that range', () => {
    expect(kpiValueHint(target('number', '%'))).toEqual({
      placeholder: '0–100 %',
      suffix: '%',
      range: { min: 0, max: 100 },
    });
    expect(kpiValueHint(target('subindex_share', 'điểm')).placeholder).toBe('0–100 %');
  });

  it('asks a count in its own unit: "Số hồ sơ", "Số ngày", "Số điểm"', () => {
    expect(kpiValueHint(target('number', 'hồ sơ'))).toEqual({
      placeholder: 'Số hồ sơ',
      suffix: 'hồ sơ',
      range: null,
    });
    expect(kpiValueHint(target('number', 'ngày')).placeholder).toBe('Số ngày');
    expect(kpiValueHint(target('number', 'điểm')).placeholder).toBe('Số điểm');
    expect(kpiValueHint(target('number', 'Số văn bản')).placeholder).toBe('Số văn bản');
  });

  it('asks a rank for rank targets and the points reached otherwise', () => {
    expect(kpiValueHint(target('rank_top', 'huyện')).placeholder).toBe('Thứ hạng (ví dụ 5)');
    expect(kpiValueHint(target('rank_up')).suffix).toBe('hạng');
    expect(kpiValueHint(target('bonus')).placeholder).toBe('Số điểm thưởng');
    expect(kpiValueHint(target('number')).placeholder).toBe('Số liệu đạt được');
  });
});
