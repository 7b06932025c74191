import { describe, it, expect } from 'vitest';
import { parseTimeframe } from './parse-timeframe';
import { SAMPLE_PLAN_YEAR, SAMPLE_TIMEFRAMES } from './sample-timeframes.fixture';
import { TIMEFRAME_KIND_LABELS, dueDatesOf, formatTimeframe } from './timeframe';

describe('parseTimeframe on the sample plans', () => {
  it.each(SAMPLE_TIMEFRAMES.map((sample) => [sample.sampleId, sample.row, sample.text, sample]))(
    'sample %s, %s: "%s"',
    (_sampleId, _row, text, sample) => {
      const timeframe = parseTimeframe(text, { defaultYear: SAMPLE_PLAN_YEAR });
      expect(timeframe.kind).toBe(sample.kind);
      expect(timeframe.text).toBe(text);
      expect(dueDatesOf(timeframe)).toEqual(sample.dueDates);
      expect(formatTimeframe(timeframe)).toBe(sample.canonical);
    },
  );
});

describe('a deadline (Trước …)', () => {
  it.each([
    ['Trước 15/01/2024', '2024-01-15'],
    ['trước ngày 30/6/2024', '2024-06-30'],
    ['Hoàn thành trước 31/12/2024', '2024-12-31'],
    ['Trước 15/1/2024', '2024-01-15'],
    ['Trước 15-01-2024', '2024-01-15'],
    ['TRUOC NGAY 15/01/2024', '2024-01-15'],
    ['Trước ngày 30 tháng 6 năm 2024', '2024-06-30'],
    ['Chậm nhất ngày 15 / 03 / 2024', '2024-03-15'],
  ])('"%s" is due %s', (text, due) => {
    expect(parseTimeframe(text)).toEqual({ kind: 'deadline', text, due });
  });

  it('is written back as "Trước dd/mm/yyyy"', () => {
    expect(formatTimeframe(parseTimeframe('trước ngày 30/6/2024'))).toBe('Trước 30/06/2024');
  });

  it.each(['Trước 31/02/2024', 'Trước 29/02/2023', 'Trước 15/13/2024', 'Trước 15/01/24'])(
    'an impossible or two-digit-year date "%s" is left for a human',
    (text) => {
      expect(parseTimeframe(text)).toEqual({ kind: 'unknown', text, needsReview: true });
    },
  );
});

describe('a month (Tháng …)', () => {
  it.each([
    ['Tháng 01/2024', 2024, 1, '2024-01-31'],
    ['tháng 3 năm 2024', 2024, 3, '2024-03-31'],
    ['Tháng 2/2024', 2024, 2, '2024-02-29'],
    ['thang 02 - 2023', 2023, 2, '2023-02-28'],
  ])('"%s" is due on the last day of the month', (text, year, month, due) => {
    expect(parseTimeframe(text)).toEqual({ kind: 'month', text, year, month, due });
  });

  it('"Tháng 13/2024" is no month', () => {
    expect(parseTimeframe('Tháng 13/2024').kind).toBe('unknown');
  });
});

describe('one or several quarters (Quý …)', () => {
  it.each([
    ['Quý II/2024', [2], ['2024-06-30']],
    [
      'Quý I, II, III, IV/2024',
      [1, 2, 3, 4],
      ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
    ],
    ['Quý III,IV năm 2024', [3, 4], ['2024-09-30', '2024-12-31']],
    ['Quý 3/2024', [3], ['2024-09-30']],
    ['quy II/2024', [2], ['2024-06-30']],
    ['QUÝ  IV ,  III  /  2024', [3, 4], ['2024-09-30', '2024-12-31']],
    ['Quý 3 và Quý 4 năm 2024', [3, 4], ['2024-09-30', '2024-12-31']],
  ])('"%s" has one deliverable per quarter, due on its last day', (text, quarters, dues) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe).toMatchObject({ kind: 'quarters', text, year: 2024, quarters });
    expect(dueDatesOf(timeframe)).toEqual(dues);
  });

  it.each(['Quý V/2024', 'Quý I-II/2024', 'Quý đầu/2024'])(
    '"%s" names no quarter it can be sure of',
    (text) => {
      expect(parseTimeframe(text).kind).toBe('unknown');
    },
  );
});

describe('a year (Năm …)', () => {
  it.each(['Năm 2024', 'Trong năm 2024', 'Cả năm 2024', 'trong nam 2024'])(
    '"%s" is due on 31/12/2024',
    (text) => {
      expect(parseTimeframe(text)).toEqual({ kind: 'year', text, year: 2024, due: '2024-12-31' });
    },
  );
});

describe('ongoing work (Thường xuyên)', () => {
  it.each([
    ['Thường xuyên', undefined],
    ['Thường xuyên trong năm', undefined],
    ['Thường xuyên, liên tục', undefined],
    ['thuong xuyen', undefined],
    ['Năm 2024 (Thường xuyên)', 2024],
    ['Năm 2024 ( thường xuyên )', 2024],
  ])('"%s" has no due date and is reported every period', (text, year) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe).toEqual(
      year === undefined ? { kind: 'ongoing', text } : { kind: 'ongoing', text, year },
    );
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(formatTimeframe(timeframe)).toBe('Thường xuyên');
  });
});

describe('event-driven work (Khi có …)', () => {
  it.each(['Khi có quy định', 'Khi có yêu cầu', 'Khi có văn bản hướng dẫn', 'Theo yêu cầu'])(
    '"%s" waits for its trigger and has no due date',
    (text) => {
      const timeframe = parseTimeframe(text);
      expect(timeframe).toEqual({ kind: 'event', text, trigger: text });
      expect(dueDatesOf(timeframe)).toEqual([]);
    },
  );

  it('is written back with a capital letter and without the stray full stop', () => {
    expect(formatTimeframe(parseTimeframe('  khi có   quy định. '))).toBe('Khi có quy định');
  });
});

describe('a date set by another body (Theo …)', () => {
  it.each([
    'Theo quy định của Sở Nội vụ',
    'Theo kế hoạch của UBND tỉnh',
    'Theo hướng dẫn của Văn phòng UBND tỉnh',
  ])('"%s" keeps its reference as written and has no due date', (text) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe).toEqual({ kind: 'external', text, reference: text });
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(formatTimeframe(timeframe)).toBe(text);
  });
});

describe('defaultYear, the year of the plan', () => {
  it('completes a year-less "Quý II"', () => {
    expect(parseTimeframe('Quý II', { defaultYear: 2024 })).toMatchObject({
      kind: 'quarters',
      year: 2024,
      deliverables: [{ quarter: 2, due: '2024-06-30' }],
    });
  });

  it('dates a year-less "Thường xuyên"', () => {
    expect(parseTimeframe('Thường xuyên', { defaultYear: 2024 })).toEqual({
      kind: 'ongoing',
      text: 'Thường xuyên',
      year: 2024,
    });
  });

  it('never overrides a year that is written', () => {
    expect(parseTimeframe('Quý I/2025', { defaultYear: 2024 })).toMatchObject({ year: 2025 });
  });

  it.each(['Quý II', 'Trong năm', 'Tháng 3'])(
    'without it, "%s" cannot be dated and is left for a human',
    (text) => {
      expect(parseTimeframe(text)).toEqual({ kind: 'unknown', text, needsReview: true });
    },
  );
});

describe('text it cannot read', () => {
  it.each([
    'Tuần 2',
    'Quy định của Sở',
    'Trước Quý II',
    'Tùy tình hình thực tế',
    'Tháng 3 và tháng 9/2024',
    'Hằng tháng, Quý II',
    'Trước ngày 31/02 hằng năm',
  ])('"%s" stays unknown, flagged for review, with the text kept', (text) => {
    const timeframe = parseTimeframe(text, { defaultYear: 2024 });
    expect(timeframe).toEqual({ kind: 'unknown', text, needsReview: true });
    expect(dueDatesOf(timeframe)).toEqual([]);
    expect(formatTimeframe(timeframe)).toBe(text);
  });
});

describe('formatTimeframe(parseTimeframe(x)) is canonical', () => {
  it.each([
    ['trước ngày 5-1-2024', 'Trước 05/01/2024'],
    ['tháng 3 năm 2024', 'Tháng 03/2024'],
    ['Quý III,IV năm 2024', 'Quý III, IV/2024'],
    ['quy 4, 1 / 2024', 'Quý I, IV/2024'],
    ['Trong năm 2024', 'Năm 2024'],
    ['Thường xuyên, liên tục', 'Thường xuyên'],
    ['khi có quy định', 'Khi có quy định'],
    ['Theo kế hoạch của UBND tỉnh', 'Theo kế hoạch của UBND tỉnh'],
  ])('"%s" is written "%s", which reads back the same', (text, canonical) => {
    const timeframe = parseTimeframe(text);
    expect(formatTimeframe(timeframe)).toBe(canonical);
    expect(formatTimeframe(parseTimeframe(canonical))).toBe(canonical);
    expect(dueDatesOf(parseTimeframe(canonical))).toEqual(dueDatesOf(timeframe));
  });
});

describe('TIMEFRAME_KIND_LABELS', () => {
  it('names every kind in Vietnamese', () => {
    expect(TIMEFRAME_KIND_LABELS.ongoing).toBe('Thường xuyên');
    expect(Object.values(TIMEFRAME_KIND_LABELS).every((label) => label.length > 0)).toBe(true);
  });
});
