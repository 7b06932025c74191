import { describe, it, expect } from 'vitest';
import {
  currentPeriodFor,
  periodContaining,
  periodsBetween,
  periodsOf,
  type ReportingPeriod,
} from './reporting-periods';
import {
  MONTHLY_BY_2ND,
  MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH,
  MONTHLY_BY_5TH,
  NATIONAL_CCHC_REGIME,
  QUARTERLY_BY_15TH,
  type ReportingRule,
} from './reporting-rule';

// Expected periods are written out by hand from the regulations' own dates, never computed.

function period(
  key: string,
  label: string,
  kind: ReportingPeriod['kind'],
  from: string,
  to: string,
  due: string,
): ReportingPeriod {
  return { key, label, kind, from, to, due };
}

// Sample 000: "Báo cáo tháng: chậm nhất vào ngày 02 hằng tháng (số liệu tính từ ngày 01 đến ngày
// cuối cùng của tháng trước liền kề)."
const MONTHLY_2024 = [
  period('2024-M01', 'Tháng 1/2024', 'month', '2024-01-01', '2024-01-31', '2024-02-02'),
  period('2024-M02', 'Tháng 2/2024', 'month', '2024-02-01', '2024-02-29', '2024-03-02'),
  period('2024-M03', 'Tháng 3/2024', 'month', '2024-03-01', '2024-03-31', '2024-04-02'),
  period('2024-M04', 'Tháng 4/2024', 'month', '2024-04-01', '2024-04-30', '2024-05-02'),
  period('2024-M05', 'Tháng 5/2024', 'month', '2024-05-01', '2024-05-31', '2024-06-02'),
  period('2024-M06', 'Tháng 6/2024', 'month', '2024-06-01', '2024-06-30', '2024-07-02'),
  period('2024-M07', 'Tháng 7/2024', 'month', '2024-07-01', '2024-07-31', '2024-08-02'),
  period('2024-M08', 'Tháng 8/2024', 'month', '2024-08-01', '2024-08-31', '2024-09-02'),
  period('2024-M09', 'Tháng 9/2024', 'month', '2024-09-01', '2024-09-30', '2024-10-02'),
  period('2024-M10', 'Tháng 10/2024', 'month', '2024-10-01', '2024-10-31', '2024-11-02'),
  period('2024-M11', 'Tháng 11/2024', 'month', '2024-11-01', '2024-11-30', '2024-12-02'),
  period('2024-M12', 'Tháng 12/2024', 'month', '2024-12-01', '2024-12-31', '2025-01-02'),
];

// Sample 000: "Báo cáo Quý 1 vào ngày 15/3/2024 (số liệu tính từ ngày 15/12/2023 đến 14/3/2024)"
// and likewise 15/6 (15/3–14/6), 15/9 (15/6–14/9), 15/12 (15/9–14/12).
const QUARTERLY_2024 = [
  period('2024-Q1', 'Quý I/2024', 'quarter', '2023-12-15', '2024-03-14', '2024-03-15'),
  period('2024-Q2', 'Quý II/2024', 'quarter', '2024-03-15', '2024-06-14', '2024-06-15'),
  period('2024-Q3', 'Quý III/2024', 'quarter', '2024-06-15', '2024-09-14', '2024-09-15'),
  period('2024-Q4', 'Quý IV/2024', 'quarter', '2024-09-15', '2024-12-14', '2024-12-15'),
];

const NATIONAL_2024 = [
  period('2024-Q1', 'Quý I/2024', 'quarter', '2023-12-15', '2024-03-14', '2024-03-20'),
  period('2024-H1', '6 tháng đầu năm 2024', 'half-year', '2023-12-15', '2024-06-14', '2024-06-20'),
  period('2024-Q3', 'Quý III/2024', 'quarter', '2024-06-15', '2024-09-14', '2024-09-20'),
  period('2024-Y', 'Năm 2024', 'year', '2023-12-15', '2024-12-14', '2024-12-20'),
];

const [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, M12] = MONTHLY_2024;
const [Q1, Q2, Q3, Q4] = QUARTERLY_2024;

describe('the reporting regime of sample 000 (Lấp Vò 2024)', () => {
  it('asks for a monthly report by the 2nd covering the previous calendar month', () => {
    expect(periodsOf(MONTHLY_BY_2ND, 2024)).toEqual(MONTHLY_2024);
  });

  it('asks for quarterly reports due 15/3, 15/6, 15/9, 15/12 covering the 15th to the 14th', () => {
    expect(periodsOf(QUARTERLY_BY_15TH, 2024)).toEqual(QUARTERLY_2024);
  });

  it('interleaves both reports by due date', () => {
    expect(periodsOf(MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH, 2024)).toEqual([
      M01,
      M02,
      Q1,
      M03,
      M04,
      M05,
      Q2,
      M06,
      M07,
      M08,
      Q3,
      M09,
      M10,
      M11,
      Q4,
      M12,
    ]);
  });

  it('has the December 2023 report due 02/01/2024 among the reports due in 2024', () => {
    const due2024 = periodsBetween(MONTHLY_BY_2ND, '2024-01-01', '2024-12-31');
    expect(due2024[0]).toEqual(
      period('2023-M12', 'Tháng 12/2023', 'month', '2023-12-01', '2023-12-31', '2024-01-02'),
    );
    expect(due2024.slice(1)).toEqual(MONTHLY_2024.slice(0, 11));
  });
});

describe('the national CCHC pattern (quý I, 6 tháng, quý III, năm)', () => {
  it('gives four reports in 2024, due the 20th of the period’s last month', () => {
    expect(periodsOf(NATIONAL_CCHC_REGIME, 2024)).toEqual(NATIONAL_2024);
  });

  it('gives the same dates in a common year', () => {
    expect(periodsOf(NATIONAL_CCHC_REGIME, 2025).map((p) => [p.key, p.from, p.to, p.due])).toEqual([
      ['2025-Q1', '2024-12-15', '2025-03-14', '2025-03-20'],
      ['2025-H1', '2024-12-15', '2025-06-14', '2025-06-20'],
      ['2025-Q3', '2025-06-15', '2025-09-14', '2025-09-20'],
      ['2025-Y', '2024-12-15', '2025-12-14', '2025-12-20'],
    ]);
  });
});

describe('monthly by the 5th of the following month', () => {
  it('covers each calendar month, 29/02 included in 2024', () => {
    expect(periodsOf(MONTHLY_BY_5TH, 2024).map((p) => [p.key, p.from, p.to, p.due])).toEqual([
      ['2024-M01', '2024-01-01', '2024-01-31', '2024-02-05'],
      ['2024-M02', '2024-02-01', '2024-02-29', '2024-03-05'],
      ['2024-M03', '2024-03-01', '2024-03-31', '2024-04-05'],
      ['2024-M04', '2024-04-01', '2024-04-30', '2024-05-05'],
      ['2024-M05', '2024-05-01', '2024-05-31', '2024-06-05'],
      ['2024-M06', '2024-06-01', '2024-06-30', '2024-07-05'],
      ['2024-M07', '2024-07-01', '2024-07-31', '2024-08-05'],
      ['2024-M08', '2024-08-01', '2024-08-31', '2024-09-05'],
      ['2024-M09', '2024-09-01', '2024-09-30', '2024-10-05'],
      ['2024-M10', '2024-10-01', '2024-10-31', '2024-11-05'],
      ['2024-M11', '2024-11-01', '2024-11-30', '2024-12-05'],
      ['2024-M12', '2024-12-01', '2024-12-31', '2025-01-05'],
    ]);
  });

  it('ends February on the 28th in a common year', () => {
    expect(periodsOf(MONTHLY_BY_5TH, 2023)[1]).toEqual(
      period('2023-M02', 'Tháng 2/2023', 'month', '2023-02-01', '2023-02-28', '2023-03-05'),
    );
  });
});

describe('custom rules', () => {
  const halfYearlyCalendar: ReportingRule = {
    name: 'Báo cáo 6 tháng, ngày 10 tháng sau',
    reports: [
      { kind: 'half-year', due: { day: 10, month: 'following' }, window: { type: 'calendar' } },
    ],
  };
  const yearlyCalendar: ReportingRule = {
    name: 'Báo cáo năm, ngày 15/01 năm sau',
    reports: [{ kind: 'year', due: { day: 15, month: 'following' }, window: { type: 'calendar' } }],
  };
  const monthlyFrom20th: ReportingRule = {
    name: 'Báo cáo tháng, số liệu từ ngày 20, nộp ngày 25',
    reports: [
      { kind: 'month', due: { day: 25, month: 'last' }, window: { type: 'shifted', startDay: 20 } },
    ],
  };

  it('half-yearly on calendar halves, due the 10th of the following month', () => {
    expect(periodsOf(halfYearlyCalendar, 2024)).toEqual([
      period(
        '2024-H1',
        '6 tháng đầu năm 2024',
        'half-year',
        '2024-01-01',
        '2024-06-30',
        '2024-07-10',
      ),
      period(
        '2024-H2',
        '6 tháng cuối năm 2024',
        'half-year',
        '2024-07-01',
        '2024-12-31',
        '2025-01-10',
      ),
    ]);
  });

  it('yearly on the calendar year, due 15/01 of the next year', () => {
    expect(periodsOf(yearlyCalendar, 2024)).toEqual([
      period('2024-Y', 'Năm 2024', 'year', '2024-01-01', '2024-12-31', '2025-01-15'),
    ]);
  });

  it('monthly from the 20th of the month before to the 19th, due the 25th', () => {
    const periods = periodsOf(monthlyFrom20th, 2024);
    expect(periods.map((p) => [p.key, p.from, p.to, p.due])).toEqual([
      ['2024-M01', '2023-12-20', '2024-01-19', '2024-01-25'],
      ['2024-M02', '2024-01-20', '2024-02-19', '2024-02-25'],
      ['2024-M03', '2024-02-20', '2024-03-19', '2024-03-25'],
      ['2024-M04', '2024-03-20', '2024-04-19', '2024-04-25'],
      ['2024-M05', '2024-04-20', '2024-05-19', '2024-05-25'],
      ['2024-M06', '2024-05-20', '2024-06-19', '2024-06-25'],
      ['2024-M07', '2024-06-20', '2024-07-19', '2024-07-25'],
      ['2024-M08', '2024-07-20', '2024-08-19', '2024-08-25'],
      ['2024-M09', '2024-08-20', '2024-09-19', '2024-09-25'],
      ['2024-M10', '2024-09-20', '2024-10-19', '2024-10-25'],
      ['2024-M11', '2024-10-20', '2024-11-19', '2024-11-25'],
      ['2024-M12', '2024-11-20', '2024-12-19', '2024-12-25'],
    ]);
  });

  it('places a one-off report among the recurring ones by its due date', () => {
    const rule: ReportingRule = {
      name: 'Báo cáo quý và báo cáo kiểm tra',
      reports: [
        ...QUARTERLY_BY_15TH.reports,
        {
          kind: 'custom',
          key: '2024-KT',
          label: 'Báo cáo kiểm tra CCHC 2024',
          from: '2024-01-01',
          to: '2024-10-31',
          due: '2024-11-10',
        },
      ],
    };
    const inspection = period(
      '2024-KT',
      'Báo cáo kiểm tra CCHC 2024',
      'custom',
      '2024-01-01',
      '2024-10-31',
      '2024-11-10',
    );
    expect(periodsOf(rule, 2024)).toEqual([Q1, Q2, Q3, inspection, Q4]);
    expect(periodsOf(rule, 2025).map((p) => p.key)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });
});

describe('due day clamping (co về cuối tháng)', () => {
  const monthlyBy31st: ReportingRule = {
    name: 'Báo cáo tháng, ngày 31 tháng sau',
    reports: [
      { kind: 'month', due: { day: 31, month: 'following' }, window: { type: 'calendar' } },
    ],
  };
  const monthlyFrom28th: ReportingRule = {
    name: 'Báo cáo tháng, số liệu từ ngày 28, nộp ngày 31',
    reports: [
      { kind: 'month', due: { day: 31, month: 'last' }, window: { type: 'shifted', startDay: 28 } },
    ],
  };

  it.each([
    [2024, 0, '2024-02-29', 'January 2024 is due 29/02 (leap year)'],
    [2023, 0, '2023-02-28', 'January 2023 is due 28/02'],
    [2024, 2, '2024-04-30', 'March is due 30/04'],
    [2024, 3, '2024-05-31', 'April is due 31/05'],
    [2024, 11, '2025-01-31', 'December is due 31/01 of the next year'],
  ])('day 31: %i, month index %i → %s (%s)', (year, index, due) => {
    expect(periodsOf(monthlyBy31st, year)[index]?.due).toBe(due);
  });

  it.each([
    [2024, '2024-01-28', '2024-02-27', '2024-02-29'],
    [2023, '2023-01-28', '2023-02-27', '2023-02-28'],
  ])('a window from the 28th keeps February %i due after its data ends', (year, from, to, due) => {
    expect(periodsOf(monthlyFrom28th, year)[1]).toMatchObject({ from, to, due });
  });
});

describe('periodsBetween (due dates inside a plan’s span)', () => {
  it('keeps the national reports due from March to September 2024', () => {
    expect(periodsBetween(NATIONAL_CCHC_REGIME, '2024-03-01', '2024-09-30')).toEqual(
      NATIONAL_2024.slice(0, 3),
    );
  });

  it('includes both ends of the range', () => {
    expect(periodsBetween(QUARTERLY_BY_15TH, '2024-03-15', '2024-06-15')).toEqual([Q1, Q2]);
  });

  it('reaches into the next year for reports due there', () => {
    expect(periodsBetween(MONTHLY_BY_2ND, '2024-12-01', '2025-01-31')).toEqual([M11, M12]);
  });

  it('is empty for a reversed range', () => {
    expect(periodsBetween(QUARTERLY_BY_15TH, '2024-12-31', '2024-01-01')).toEqual([]);
  });

  it('rejects dates that are not ISO', () => {
    expect(() => periodsBetween(QUARTERLY_BY_15TH, '01/01/2024', '2024-12-31')).toThrow(RangeError);
  });
});

describe('periodContaining (which period a day’s data belongs to)', () => {
  it.each([
    ['2023-12-14', '2023-Q4'],
    ['2023-12-15', '2024-Q1'],
    ['2024-03-14', '2024-Q1'],
    ['2024-03-15', '2024-Q2'],
    ['2024-06-14', '2024-Q2'],
    ['2024-06-15', '2024-Q3'],
    ['2024-12-14', '2024-Q4'],
    ['2024-12-15', '2025-Q1'],
  ])('quarterly by the 15th: %s is in %s', (date, key) => {
    expect(periodContaining(QUARTERLY_BY_15TH, date)?.key).toBe(key);
  });

  it.each([
    ['2024-03-14', '2024-Q1'],
    ['2024-03-15', '2024-H1'],
    ['2024-06-14', '2024-H1'],
    ['2024-06-15', '2024-Q3'],
    ['2024-09-14', '2024-Q3'],
    ['2024-09-15', '2024-Y'],
    ['2024-12-14', '2024-Y'],
    ['2024-12-15', '2025-Q1'],
  ])('national pattern: %s goes into %s, the overlapping report due first', (date, key) => {
    expect(periodContaining(NATIONAL_CCHC_REGIME, date)?.key).toBe(key);
  });

  it.each([
    ['2024-02-29', '2024-M02'],
    ['2024-03-01', '2024-M03'],
    ['2024-12-31', '2024-M12'],
  ])('monthly by the 2nd: %s is in %s', (date, key) => {
    expect(periodContaining(MONTHLY_BY_2ND, date)?.key).toBe(key);
  });

  it('is null when no window holds the day', () => {
    const rule: ReportingRule = {
      name: 'Báo cáo chuyên đề',
      reports: [
        {
          kind: 'custom',
          key: 'CD-1',
          label: 'Báo cáo chuyên đề',
          from: '2024-04-01',
          to: '2024-04-30',
          due: '2024-05-05',
        },
      ],
    };
    expect(periodContaining(rule, '2024-05-01')).toBeNull();
    expect(periodContaining(rule, '2024-04-30')?.key).toBe('CD-1');
  });
});

describe('currentPeriodFor (the next report to prepare)', () => {
  it.each([
    ['2024-03-15', Q1, 'a report due today is still current'],
    ['2024-03-16', Q2, 'the day after, the next quarter is'],
    ['2024-01-01', QUARTERLY_2024[0], 'the first quarter from New Year'],
  ])('quarterly by the 15th on %s → %s', (today, expected) => {
    expect(currentPeriodFor(QUARTERLY_BY_15TH, today)).toEqual(expected);
  });

  it('reaches into the next year after the last report of the year', () => {
    expect(currentPeriodFor(NATIONAL_CCHC_REGIME, '2024-12-21')).toEqual(
      period('2025-Q1', 'Quý I/2025', 'quarter', '2024-12-15', '2025-03-14', '2025-03-20'),
    );
  });

  it('finds last year’s December report on 01/01', () => {
    expect(currentPeriodFor(MONTHLY_BY_2ND, '2024-01-01')?.key).toBe('2023-M12');
  });

  it('is null when every one-off report is past', () => {
    const rule: ReportingRule = {
      name: 'Báo cáo chuyên đề',
      reports: [
        {
          kind: 'custom',
          key: 'CD-1',
          label: 'Báo cáo chuyên đề',
          from: '2024-04-01',
          to: '2024-04-30',
          due: '2024-05-05',
        },
      ],
    };
    expect(currentPeriodFor(rule, '2024-05-06')).toBeNull();
    expect(currentPeriodFor(rule, '2020-01-01')?.key).toBe('CD-1');
  });
});

describe('invalid input', () => {
  it('refuses to generate periods from a rule that does not validate', () => {
    const rule: ReportingRule = {
      name: 'Sai',
      reports: [
        { kind: 'month', due: { day: 0, month: 'following' }, window: { type: 'calendar' } },
      ],
    };
    expect(() => periodsOf(rule, 2024)).toThrow(/ngày hạn nộp phải là số nguyên từ 1 đến 31/);
  });

  it.each([2024.5, 999, 10000])('refuses year %s', (year) => {
    expect(() => periodsOf(QUARTERLY_BY_15TH, year)).toThrow(RangeError);
  });
});
