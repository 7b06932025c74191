import { describe, expect, it } from 'vitest';
import { PERIOD_CELL_STATUS_LABELS, SUBMISSION_STATUS_LABELS } from '@contract/report-labels';
import { reportsVi } from '@web/lib/locales/reports.vi';
import { formatDataWindow, formatDueDate, PERIOD_CELL_STATUS_COLOURS } from './report-period-text';

describe('how a reporting period reads', () => {
  it('shows the Q2 data window as 15/03/2024 – 14/06/2024', () => {
    expect(formatDataWindow({ from: '2024-03-15', to: '2024-06-14' })).toBe(
      '15/03/2024 – 14/06/2024',
    );
  });

  it('names the weekday of a due date that falls on a weekend', () => {
    expect(formatDueDate({ due: '2024-04-20', dueWeekday: 'Thứ Bảy', dueIsWeekend: true })).toBe(
      '20/04/2024 (Thứ Bảy)',
    );
    expect(formatDueDate({ due: '2024-03-15', dueWeekday: 'Thứ Sáu', dueIsWeekend: false })).toBe(
      '15/03/2024',
    );
  });

  it('colours late reports orange, missing ones red and returned ones volcano', () => {
    expect(PERIOD_CELL_STATUS_COLOURS).toMatchObject({
      not_due: 'default',
      in_progress: 'blue',
      on_time: 'green',
      late: 'orange',
      missing: 'red',
      returned: 'volcano',
      accepted: 'cyan',
    });
  });

  it('names statuses on screen exactly as the domain does', () => {
    expect(reportsVi.cellStatus).toEqual(PERIOD_CELL_STATUS_LABELS);
    expect(reportsVi.submissionStatus).toEqual(SUBMISSION_STATUS_LABELS);
  });
});
