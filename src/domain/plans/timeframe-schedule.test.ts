// The widened grammar's kinds and the schedule they give: checkpoints, due dates, overdue, wording.
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from './parse-timeframe';
import { isTaskOverdue, nextDueDate } from './task-overdue';
import { TIMEFRAME_KINDS, TIMEFRAME_KIND_LABELS, dueDatesOf, formatTimeframe } from './timeframe';
import { timeframeCheckpoints } from './timeframe-checkpoints';

const year2025 = { defaultYear: 2025 };
const in2025 = { from: '2025-01-01', to: '2025-12-31' };

describe('an empty timeframe is "không nêu", never invented', () => {
  it.each(['', '   ', 'Không nêu', 'không nêu', 'Chưa nêu', '-'])('"%s" is not stated', (text) => {
    const timeframe = parseTimeframe(text, year2025);
    expect(timeframe).toEqual({ kind: 'not_stated', text });
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(timeframeCheckpoints(timeframe, in2025)).toEqual([]);
    expect(formatTimeframe(timeframe)).toBe('Không nêu');
  });

  it('is told apart from text that cannot be read ("Cần xem lại")', () => {
    expect(parseTimeframe('Tùy tình hình', year2025).kind).toBe('unknown');
    expect(TIMEFRAME_KIND_LABELS.not_stated).toBe('Không nêu');
    expect(TIMEFRAME_KIND_LABELS.unknown).toBe('Cần xem lại');
  });
});

describe('a recurring task is judged once per period (mốc đánh giá)', () => {
  it('"Hằng tháng" in a 2025 plan: every month end of 2025', () => {
    const timeframe = parseTimeframe('Hằng tháng', year2025);
    expect(dueDatesOf(timeframe)).toHaveLength(12);
    expect(dueDatesOf(timeframe).slice(0, 3)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
  });

  it('"Hằng tuần" is judged each Sunday', () => {
    const timeframe = parseTimeframe('Hằng tuần', year2025);
    expect(timeframeCheckpoints(timeframe, { from: '2025-03-01', to: '2025-03-31' })).toEqual([
      '2025-03-02',
      '2025-03-09',
      '2025-03-16',
      '2025-03-23',
      '2025-03-30',
    ]);
  });

  it('"Định kỳ 6 tháng" on 30/6 and 31/12; "Hằng năm" on 31/12', () => {
    expect(dueDatesOf(parseTimeframe('Định kỳ 6 tháng', year2025))).toEqual([
      '2025-06-30',
      '2025-12-31',
    ]);
    expect(dueDatesOf(parseTimeframe('Hằng năm', year2025))).toEqual(['2025-12-31']);
  });

  it('a named day moves the checkpoint: "ngày 02 hằng tháng", "20/11 hằng năm", "ngày 05 tháng cuối quý"', () => {
    expect(dueDatesOf(parseTimeframe('Chậm nhất vào ngày 02 hằng tháng', year2025))[1]).toBe(
      '2025-02-02',
    );
    expect(dueDatesOf(parseTimeframe('Trước ngày 20/11 hàng năm', year2025))).toEqual([
      '2025-11-20',
    ]);
    expect(
      dueDatesOf(parseTimeframe('Trước ngày 05 tháng cuối cùng của mỗi quý', year2025)),
    ).toEqual(['2025-03-05', '2025-06-05', '2025-09-05', '2025-12-05']);
    expect(dueDatesOf(parseTimeframe('Tháng đầu quý', year2025))).toEqual([
      '2025-01-31',
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
    ]);
  });

  it('"ngày 31 hằng tháng" falls on the last day of shorter months', () => {
    expect(dueDatesOf(parseTimeframe('Ngày 31 hằng tháng', year2025)).slice(0, 4)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
  });

  it('written start and end bound it, and a window clips it', () => {
    const timeframe = parseTimeframe('Hằng quý, từ tháng 4/2025 đến tháng 12/2025', year2025);
    expect(dueDatesOf(timeframe)).toEqual(['2025-06-30', '2025-09-30', '2025-12-31']);
    expect(timeframeCheckpoints(timeframe, { from: '2025-07-01', to: '2026-12-31' })).toEqual([
      '2025-09-30',
      '2025-12-31',
    ]);
  });

  it('keeps how many times per period, and says it back', () => {
    const timeframe = parseTimeframe('Tối thiểu 02 lần/tháng', year2025);
    expect(timeframe).toMatchObject({ kind: 'recurring', cadence: 'month', timesPerPeriod: 2 });
    expect(formatTimeframe(timeframe)).toBe('Tối thiểu 02 lần/tháng, năm 2025');
  });

  it('without a year or dates it has no due date of its own, but a window gives checkpoints', () => {
    const timeframe = parseTimeframe('Hằng quý');
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(timeframeCheckpoints(timeframe, { from: '2026-01-01', to: '2026-06-30' })).toEqual([
      '2026-03-31',
      '2026-06-30',
    ]);
  });

  it('is described on one line in Vietnamese', () => {
    expect(formatTimeframe(parseTimeframe('Hàng tháng, từ tháng 1/2025 đến tháng 12/2025'))).toBe(
      'Hằng tháng, từ tháng 01/2025 đến tháng 12/2025',
    );
    expect(formatTimeframe(parseTimeframe('trước ngày 20/11 hàng năm', year2025))).toBe(
      'Hằng năm, trước ngày 20/11, năm 2025',
    );
  });
});

describe('a recurring task is overdue when a period passed without being done', () => {
  const monthly = parseTimeframe('Hằng tháng', year2025);

  it('is in time on the checkpoint itself, overdue the day after when never started', () => {
    expect(isTaskOverdue(monthly, 'not_started', '2025-01-31')).toBe(false);
    expect(isTaskOverdue(monthly, 'not_started', '2025-02-01')).toBe(true);
  });

  it('is not called overdue while under way with nothing known of its periods', () => {
    expect(isTaskOverdue(monthly, 'in_progress', '2025-06-01')).toBe(false);
  });

  it('is not overdue when every passed period was reported done', () => {
    const evidence = { doneCheckpoints: ['2025-01-31', '2025-02-28'] };
    expect(isTaskOverdue(monthly, 'in_progress', '2025-03-15', evidence)).toBe(false);
    expect(isTaskOverdue(monthly, 'in_progress', '2025-04-01', evidence)).toBe(true);
  });

  it('is never overdue once finished or found impossible', () => {
    expect(isTaskOverdue(monthly, 'done', '2025-12-31')).toBe(false);
    expect(isTaskOverdue(monthly, 'cannot_do', '2025-12-31')).toBe(false);
  });

  it('gives the next checkpoint as its next due date', () => {
    expect(nextDueDate(monthly, '2025-05-10')).toBe('2025-05-31');
  });
});

describe('the other new kinds', () => {
  it('a single day ("Ngày 10/10/2024") is due that day', () => {
    const timeframe = parseTimeframe('Ngày 10/10/2024');
    expect(timeframe).toEqual({ kind: 'day', text: 'Ngày 10/10/2024', due: '2024-10-10' });
    expect(isTaskOverdue(timeframe, 'in_progress', '2024-10-11')).toBe(true);
  });

  it.each([
    ['6 tháng đầu năm 2024', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm', '2024-07-01', '2024-12-31'],
    ['Đầu năm', '2024-01-01', '2024-03-31'],
    ['Cuối năm 2024', '2024-10-01', '2024-12-31'],
    ['Trong tháng 5 và tháng 6 năm 2024', '2024-05-01', '2024-06-30'],
  ])('"%s" is a stretch of the year from %s, due %s', (text, from, due) => {
    const timeframe = parseTimeframe(text, { defaultYear: 2024 });
    expect(timeframe).toMatchObject({ kind: 'part_of_year', from, due });
    expect(dueDatesOf(timeframe)).toEqual([due]);
  });

  it('open-ended work is judged at each year end from its start, and has no due date', () => {
    const timeframe = parseTimeframe('Từ năm 2024 trở đi');
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(timeframeCheckpoints(timeframe, { from: '2023-01-01', to: '2025-12-31' })).toEqual([
      '2024-12-31',
      '2025-12-31',
    ]);
    expect(
      timeframeCheckpoints(parseTimeframe('Giai đoạn 2024–2025'), {
        from: '2020-01-01',
        to: '2030-12-31',
      }),
    ).toEqual(['2024-12-31', '2025-12-31']);
    expect(isTaskOverdue(timeframe, 'not_started', '2030-01-01')).toBe(false);
  });

  it('ongoing work is judged at the end of its year', () => {
    expect(
      timeframeCheckpoints(parseTimeframe('Thường xuyên', year2025), {
        from: '2024-01-01',
        to: '2026-12-31',
      }),
    ).toEqual(['2025-12-31']);
  });

  it.each([
    ['Ngay sau khi có quyết định', 'event'],
    ['Sau khi được phê duyệt', 'event'],
    ['Theo chương trình, kế hoạch, chỉ đạo, hướng dẫn của UBND tỉnh', 'external'],
  ] as const)('"%s" is %s, with no checkpoint', (text, kind) => {
    const timeframe = parseTimeframe(text, year2025);
    expect(timeframe.kind).toBe(kind);
    expect(timeframeCheckpoints(timeframe, in2025)).toEqual([]);
  });

  it('words that carry no timing are set aside: "Hoàn thành", "Thực hiện", "(nếu có)"', () => {
    expect(parseTimeframe('Hoàn thành trong Quý II/2024 (nếu có)')).toMatchObject({
      kind: 'quarters',
      quarters: [2],
      year: 2024,
    });
    expect(parseTimeframe('Thực hiện: Hằng quý', year2025)).toMatchObject({
      kind: 'recurring',
      cadence: 'quarter',
    });
  });
});

describe('TIMEFRAME_KIND_LABELS', () => {
  it('names every kind in Vietnamese', () => {
    for (const kind of TIMEFRAME_KINDS) expect(TIMEFRAME_KIND_LABELS[kind]).toMatch(/\S/);
    expect(TIMEFRAME_KIND_LABELS.recurring).toBe('Định kỳ');
  });
});
