import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../plans/parse-timeframe';
import { reportUrgency, taskUrgency } from './todo-horizon';

describe('reportUrgency', () => {
  it('calls a report not submitted after its due day overdue, with the calendar days late', () => {
    expect(reportUrgency('missing', '2026-12-02', '2026-12-10')).toEqual({
      kind: 'overdue',
      daysLate: 8,
    });
  });

  it('lists a report due within 7 days (the due day itself: 0 days left), not one due later', () => {
    expect(reportUrgency('not_due', '2026-12-10', '2026-12-10')).toEqual({
      kind: 'due_soon',
      daysLeft: 0,
    });
    expect(reportUrgency('in_progress', '2026-12-17', '2026-12-10')).toEqual({
      kind: 'due_soon',
      daysLeft: 7,
    });
    expect(reportUrgency('not_due', '2026-12-18', '2026-12-10')).toBeNull();
  });

  it('leaves out reports already submitted, accepted or returned', () => {
    for (const status of ['on_time', 'late', 'accepted', 'returned'] as const)
      expect(reportUrgency(status, '2026-12-12', '2026-12-10')).toBeNull();
  });
});

describe('taskUrgency', () => {
  const timeframe = (text: string) => parseTimeframe(text, { defaultYear: 2026 });

  it('calls a task past its deadline overdue, counting from that deadline', () => {
    expect(taskUrgency(timeframe('Trước 30/11/2026'), 'in_progress', '2026-12-10')).toEqual({
      kind: 'overdue',
      daysLate: 10,
      due: '2026-11-30',
    });
  });

  it('lists a task due within 14 days, not one due later, nor a finished one', () => {
    expect(taskUrgency(timeframe('Trước 20/12/2026'), 'not_started', '2026-12-10')).toEqual({
      kind: 'due_soon',
      daysLeft: 10,
      due: '2026-12-20',
    });
    expect(taskUrgency(timeframe('Trước 31/12/2026'), 'not_started', '2026-12-10')).toBeNull();
    expect(taskUrgency(timeframe('Trước 30/11/2026'), 'done', '2026-12-10')).toBeNull();
  });

  it('does not list an ongoing task ("Thường xuyên"): it has no due date', () => {
    expect(taskUrgency(timeframe('Thường xuyên'), 'not_started', '2026-12-10')).toBeNull();
  });
});
