import { describe, expect, it } from 'vitest';
import {
  completionBy,
  isEditable,
  notOnTimeStatus,
  parseKpiValue,
  periodCellStatus,
  reportingUnits,
} from './submission';

describe('periodCellStatus (tình trạng kỳ báo cáo)', () => {
  const due = '2024-03-15';
  it.each([
    [null, '2024-03-15', 'not_due'],
    [null, '2024-03-16', 'missing'],
    [{ status: 'draft', daysLate: null }, '2024-03-10', 'in_progress'],
    [{ status: 'draft', daysLate: null }, '2024-03-16', 'missing'],
    [{ status: 'submitted', daysLate: 0 }, '2024-04-01', 'on_time'],
    [{ status: 'submitted', daysLate: 3 }, '2024-04-01', 'late'],
    [{ status: 'returned', daysLate: 0 }, '2024-04-01', 'returned'],
    [{ status: 'accepted', daysLate: 3 }, '2024-04-01', 'accepted'],
  ] as const)('%o on %s → %s', (submission, today, expected) => {
    expect(periodCellStatus(submission, due, today)).toBe(expected);
  });

  it('lets only drafts and returned reports be edited', () => {
    expect([
      isEditable('draft'),
      isEditable('returned'),
      isEditable('submitted'),
      isEditable('accepted'),
    ]).toEqual([true, true, false, false]);
  });
});

describe('notOnTimeStatus (đơn vị chưa nộp đúng hạn)', () => {
  it.each([
    ['on_time', 0, null],
    ['accepted', 0, null],
    ['accepted', 4, 'late'],
    ['late', 4, 'late'],
    ['missing', null, 'missing'],
    ['returned', 0, 'returned'],
    ['not_due', null, 'not_due'],
  ] as const)('%s with %s days late → %s', (status, daysLate, expected) => {
    expect(notOnTimeStatus(status, daysLate)).toBe(expected);
  });
});

describe('parseKpiValue (giá trị chỉ tiêu)', () => {
  it.each([
    ['98,5%', { value: 98.5 }],
    ['98.5', { value: 98.5 }],
    ['1.234', { value: 1234 }],
    ['  ', { value: null }],
    ['abc', { error: '«abc» không phải là số (ví dụ hợp lệ: 98,5%).' }],
  ])('"%s" → %o', (text, expected) => {
    expect(parseKpiValue(text)).toEqual(expected);
  });
});

describe('completionBy and reportingUnits', () => {
  const tasks = [
    { unit: 'A', status: 'done', pointsAtStake: 0.5 },
    { unit: 'A', status: 'in_progress', pointsAtStake: 0.25 },
    { unit: 'B', status: 'not_started', pointsAtStake: 1 },
  ];

  it('counts done tasks and points recovered vs open per group', () => {
    expect(completionBy(tasks, (task) => task.unit)).toEqual([
      {
        key: 'A',
        total: 2,
        done: 1,
        percent: 50,
        openPointsAtStake: 0.25,
        recoveredPointsAtStake: 0.5,
      },
      { key: 'B', total: 1, done: 0, percent: 0, openPointsAtStake: 1, recoveredPointsAtStake: 0 },
    ]);
  });

  it('lists each lead and coordinating unit once, in order of first appearance', () => {
    expect(
      reportingUnits([
        { leadOrganisationId: 'a', leadName: 'A', coordinating: [{ id: 'b', name: 'B' }] },
        { leadOrganisationId: 'b', leadName: 'B', coordinating: [{ id: 'a', name: 'A' }] },
        { leadOrganisationId: null, leadName: null, coordinating: [{ id: 'c', name: 'C' }] },
      ]),
    ).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ]);
  });

  it('leaves out units asked by request (đề nghị) only: a request carries no reporting duty', () => {
    expect(
      reportingUnits([
        { leadOrganisationId: 'a', leadName: 'A', coordinating: [], kind: 'assignment' },
        {
          leadOrganisationId: 'mttq',
          leadName: 'Ủy ban MTTQ',
          coordinating: [{ id: 'hnd', name: 'Hội Nông dân' }],
          kind: 'request',
        },
      ]),
    ).toEqual([{ id: 'a', name: 'A' }]);
  });
});
