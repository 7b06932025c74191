import { describe, it, expect } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  noticeKey,
  noticesFor,
  validateReminderSettings,
  type Deadline,
  type Notice,
  type ReminderSettings,
} from './reminders';

function buildDeadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    kind: 'report',
    id: 'r1',
    due: '2024-03-15',
    unitId: 'so-tu-phap',
    title: 'Báo cáo quý I/2024',
    done: false,
    ...overrides,
  };
}

function buildSettings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...DEFAULT_REMINDER_SETTINGS, ...overrides };
}

/** Every ISO date from `from` to `to` inclusive. */
function isoDatesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const [y, m, d] = from.split('-').map(Number);
  for (let day = Date.UTC(y!, m! - 1, d!); ; day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    dates.push(iso);
    if (iso === to) return dates;
  }
}

const report = { deadlineId: 'r1', deadlineKind: 'report', due: '2024-03-15' } as const;

describe('reminders for the Q1 report due 15/03/2024 (default settings)', () => {
  const expected: Record<string, Notice[]> = {
    '2024-03-12': [{ ...report, kind: 'before', daysBefore: 3, audience: 'unit' }],
    '2024-03-14': [{ ...report, kind: 'before', daysBefore: 1, audience: 'unit' }],
    '2024-03-15': [{ ...report, kind: 'due_today', audience: 'unit' }],
    '2024-03-16': [{ ...report, kind: 'overdue', daysLate: 1, audience: 'unit' }],
    '2024-03-18': [
      { ...report, kind: 'escalation', daysLate: 3, audience: 'unit_leader' },
      { ...report, kind: 'escalation', daysLate: 3, audience: 'focal' },
    ],
  };

  it.each(Object.entries(expected))('on %s sends the hand-listed notices', (today, notices) => {
    expect(noticesFor([buildDeadline()], today)).toEqual(notices);
  });

  it('sends nothing on any other day from 01/03 to 31/03', () => {
    const days = isoDatesBetween('2024-03-01', '2024-03-31');
    expect(days).toHaveLength(31);
    for (const today of days) {
      expect([today, noticesFor([buildDeadline()], today)]).toEqual([today, expected[today] ?? []]);
    }
  });

  it('does not repeat the overdue notice on day +2 or the escalation on day +4 and later', () => {
    for (const today of ['2024-03-17', '2024-03-19', '2024-03-25', '2024-04-15']) {
      expect(noticesFor([buildDeadline()], today)).toEqual([]);
    }
  });

  it('uses the default settings when none are given', () => {
    expect(noticesFor([buildDeadline()], '2024-03-12', DEFAULT_REMINDER_SETTINGS)).toEqual(
      noticesFor([buildDeadline()], '2024-03-12'),
    );
  });
});

describe('done deadlines (đã hoàn thành, đã nộp)', () => {
  it.each(['2024-03-12', '2024-03-14', '2024-03-15', '2024-03-16', '2024-03-18'])(
    'a done report yields nothing on %s',
    (today) => {
      expect(noticesFor([buildDeadline({ done: true })], today)).toEqual([]);
    },
  );

  it('keeps the notices of the other deadlines, in input order', () => {
    const deadlines = [
      buildDeadline({ kind: 'task', id: 't1', due: '2024-03-13', title: 'Rà soát TTHC' }),
      buildDeadline({ done: true }),
      buildDeadline({ kind: 'task', id: 't2', due: '2024-03-12', title: 'Số hoá hồ sơ' }),
    ];
    expect(noticesFor(deadlines, '2024-03-12')).toEqual([
      {
        deadlineId: 't1',
        deadlineKind: 'task',
        due: '2024-03-13',
        kind: 'before',
        daysBefore: 1,
        audience: 'unit',
      },
      {
        deadlineId: 't2',
        deadlineKind: 'task',
        due: '2024-03-12',
        kind: 'due_today',
        audience: 'unit',
      },
    ]);
  });
});

describe('custom settings', () => {
  it.each([
    [
      '7 days before',
      { daysBefore: [7] },
      '2024-03-08',
      [{ ...report, kind: 'before', daysBefore: 7, audience: 'unit' }],
    ],
    ['no 3-day reminder when only 7 is set', { daysBefore: [7] }, '2024-03-12', []],
    ['no reminders before when the list is empty', { daysBefore: [] }, '2024-03-14', []],
    ['nothing on the day when onTheDay is off', { onTheDay: false }, '2024-03-15', []],
    [
      'overdue still goes on day +1 with onTheDay off',
      { onTheDay: false },
      '2024-03-16',
      [{ ...report, kind: 'overdue', daysLate: 1, audience: 'unit' }],
    ],
    [
      'escalation after 5 days',
      { escalateAfterDays: 5 },
      '2024-03-20',
      [
        { ...report, kind: 'escalation', daysLate: 5, audience: 'unit_leader' },
        { ...report, kind: 'escalation', daysLate: 5, audience: 'focal' },
      ],
    ],
    ['no escalation on day +3 when N is 5', { escalateAfterDays: 5 }, '2024-03-18', []],
    [
      'N = 1 sends overdue and escalation on day +1',
      { escalateAfterDays: 1 },
      '2024-03-16',
      [
        { ...report, kind: 'overdue', daysLate: 1, audience: 'unit' },
        { ...report, kind: 'escalation', daysLate: 1, audience: 'unit_leader' },
        { ...report, kind: 'escalation', daysLate: 1, audience: 'focal' },
      ],
    ],
  ] as [string, Partial<ReminderSettings>, string, Notice[]][])(
    '%s',
    (_name, overrides, today, notices) => {
      expect(noticesFor([buildDeadline()], today, buildSettings(overrides))).toEqual(notices);
    },
  );
});

describe('month and year boundaries', () => {
  it.each([
    ['2024-03-01', '2024-02-27', 'before', 'three days before 01/03 of a leap year is 27/02'],
    ['2024-03-01', '2024-02-29', 'before', 'one day before 01/03/2024 is 29/02'],
    ['2023-03-01', '2023-02-26', 'before', 'three days before 01/03 of a common year is 26/02'],
    ['2023-03-01', '2023-02-28', 'before', 'one day before 01/03/2023 is 28/02'],
    ['2024-02-28', '2024-02-29', 'overdue', 'overdue on 29/02 of a leap year'],
    ['2024-02-28', '2024-03-02', 'escalation', 'escalation 3 days after 28/02/2024 is 02/03'],
    ['2023-02-28', '2023-03-03', 'escalation', 'escalation 3 days after 28/02/2023 is 03/03'],
    ['2025-01-02', '2024-12-30', 'before', 'three days before 02/01/2025 is 30/12/2024'],
    ['2024-12-31', '2025-01-01', 'overdue', 'overdue on new year’s day'],
    ['2024-12-30', '2025-01-02', 'escalation', 'escalation across the new year'],
  ])('due %s, on %s: %s (%s)', (due, today, kind) => {
    const kinds = noticesFor([buildDeadline({ due })], today).map((notice) => notice.kind);
    expect(new Set(kinds)).toEqual(new Set([kind]));
  });

  it('gives the right counts across February 2024', () => {
    expect(noticesFor([buildDeadline({ due: '2024-03-01' })], '2024-02-27')).toEqual([
      {
        deadlineId: 'r1',
        deadlineKind: 'report',
        due: '2024-03-01',
        kind: 'before',
        daysBefore: 3,
        audience: 'unit',
      },
    ]);
    expect(noticesFor([buildDeadline({ due: '2024-03-01' })], '2024-02-28')).toEqual([]);
  });

  it('rejects a date that is not ISO', () => {
    expect(() => noticesFor([buildDeadline()], '15/03/2024')).toThrow(RangeError);
    expect(() => noticesFor([buildDeadline({ due: '2023-02-29' })], '2023-03-01')).toThrow(
      RangeError,
    );
  });
});

describe('idempotency keys (khoá chống gửi trùng)', () => {
  it('writes kind, id, notice kind, audience and due date', () => {
    expect(noticeKey({ ...report, kind: 'due_today', audience: 'unit' })).toBe(
      'report:r1:due_today:unit:2024-03-15',
    );
    expect(noticeKey({ ...report, kind: 'before', daysBefore: 3, audience: 'unit' })).toBe(
      'report:r1:before-3:unit:2024-03-15',
    );
    expect(noticeKey({ ...report, kind: 'escalation', daysLate: 3, audience: 'focal' })).toBe(
      'report:r1:escalation:focal:2024-03-15',
    );
  });

  it('gives every notice of a deadline’s whole calendar a different key', () => {
    const settings = buildSettings({ daysBefore: [7, 3, 1], escalateAfterDays: 1 });
    const keys = isoDatesBetween('2024-03-01', '2024-03-31').flatMap((today) =>
      noticesFor([buildDeadline()], today, settings).map(noticeKey),
    );
    expect(keys).toEqual([
      'report:r1:before-7:unit:2024-03-15',
      'report:r1:before-3:unit:2024-03-15',
      'report:r1:before-1:unit:2024-03-15',
      'report:r1:due_today:unit:2024-03-15',
      'report:r1:overdue:unit:2024-03-15',
      'report:r1:escalation:unit_leader:2024-03-15',
      'report:r1:escalation:focal:2024-03-15',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tells a task from a report with the same id, and keeps ids with ":" apart', () => {
    const task = { ...report, deadlineKind: 'task', kind: 'due_today', audience: 'unit' } as const;
    expect(noticeKey(task)).not.toBe(noticeKey({ ...task, deadlineKind: 'report' }));
    expect(noticeKey({ ...task, deadlineId: 'a:b' })).toBe('task:a%3Ab:due_today:unit:2024-03-15');
  });

  it('starts again when the due date moves', () => {
    const notice = { ...report, kind: 'due_today', audience: 'unit' } as const;
    expect(noticeKey(notice)).not.toBe(noticeKey({ ...notice, due: '2024-03-20' }));
  });
});

describe('validating reminder settings (kiểm tra cấu hình nhắc hạn)', () => {
  it('accepts the defaults, an empty list and the range ends', () => {
    expect(validateReminderSettings(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
    expect(validateReminderSettings(buildSettings({ daysBefore: [] }))).toEqual([]);
    expect(
      validateReminderSettings({ daysBefore: [1, 60], onTheDay: false, escalateAfterDays: 90 }),
    ).toEqual([]);
    expect(validateReminderSettings(buildSettings({ escalateAfterDays: 1 }))).toEqual([]);
  });

  it.each([
    [{ daysBefore: [0] }, ['Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là 0).']],
    [{ daysBefore: [61] }, ['Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là 61).']],
    [
      { daysBefore: [1.5] },
      ['Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là 1.5).'],
    ],
    [{ daysBefore: [-3] }, ['Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là -3).']],
    [{ daysBefore: ['3'] }, ['Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là 3).']],
    [{ daysBefore: [3, 1, 3] }, ['Số ngày nhắc trước hạn 3 bị lặp lại.']],
    [{ daysBefore: 3 }, ['Số ngày nhắc trước hạn phải là một danh sách.']],
    [{ onTheDay: 'yes' }, ['Tuỳ chọn nhắc vào ngày đến hạn phải là có hoặc không.']],
    [
      { escalateAfterDays: 0 },
      ['Số ngày quá hạn trước khi báo cáo lãnh đạo phải là số nguyên từ 1 đến 90 (đang là 0).'],
    ],
    [
      { escalateAfterDays: 91 },
      ['Số ngày quá hạn trước khi báo cáo lãnh đạo phải là số nguyên từ 1 đến 90 (đang là 91).'],
    ],
    [
      { escalateAfterDays: 2.5 },
      ['Số ngày quá hạn trước khi báo cáo lãnh đạo phải là số nguyên từ 1 đến 90 (đang là 2.5).'],
    ],
    [
      { daysBefore: [0, 2, 2], escalateAfterDays: 100 },
      [
        'Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60 (đang là 0).',
        'Số ngày nhắc trước hạn 2 bị lặp lại.',
        'Số ngày quá hạn trước khi báo cáo lãnh đạo phải là số nguyên từ 1 đến 90 (đang là 100).',
      ],
    ],
  ] as [Record<string, unknown>, string[]][])('%j → %j', (overrides, messages) => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, ...overrides } as ReminderSettings;
    expect(validateReminderSettings(settings)).toEqual(messages);
  });
});
