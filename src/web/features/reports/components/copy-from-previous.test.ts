import { describe, expect, it } from 'vitest';
import type { PreviousReportDto } from '@contract/reports';
import { buildEntry, buildSubmission } from './build-submission.test-factory';
import { copyFromPrevious } from './copy-from-previous';
import { toReportFormValues } from './report-form-values';

const TASK_A = '8a1f0c2e-5b1d-4c3e-9f00-00000000000a';
const TASK_B = '8a1f0c2e-5b1d-4c3e-9f00-00000000000b';
const TASK_C = '8a1f0c2e-5b1d-4c3e-9f00-00000000000c';

const form = () =>
  toReportFormValues(
    buildSubmission({
      entries: [
        buildEntry({ task: { ...buildEntry().task, id: TASK_A }, result: '', progress: 0 }),
        buildEntry({ task: { ...buildEntry().task, id: TASK_B }, result: 'Đã viết kỳ này' }),
        buildEntry({ task: { ...buildEntry().task, id: TASK_C }, result: '' }),
      ],
      kpiValues: [],
    }),
  );

const previous: PreviousReportDto = {
  period: { key: '2024-Q1', label: 'Quý I/2024' },
  status: 'accepted',
  submittedAt: '2024-03-14T03:00:00.000Z',
  entries: [
    {
      taskId: TASK_A,
      status: 'in_progress',
      progress: 60,
      result: 'Đã số hóa 1.250 hồ sơ',
      reason: '',
    },
    { taskId: TASK_B, status: 'done', progress: 100, result: 'Kỳ trước', reason: '' },
  ],
  kpiValues: [{ targetIndex: 0, value: 97.5 }],
};

describe('copyFromPrevious (sao chép từ kỳ trước)', () => {
  it('fills status, % and result of tasks with no result yet and keeps what the unit typed', () => {
    const { values, copied, kept } = copyFromPrevious(form(), previous);
    expect(values.entries[0]).toMatchObject({
      status: 'in_progress',
      progress: 60,
      result: 'Đã số hóa 1.250 hồ sơ',
    });
    expect(values.entries[1]?.result).toBe('Đã viết kỳ này');
    // A task the previous report did not cover is left alone.
    expect(values.entries[2]).toEqual(form().entries[2]);
    expect([copied, kept]).toEqual([1, 1]);
  });

  it('copies nothing from an empty previous report, and never the KPI figures', () => {
    const before = form();
    const none = copyFromPrevious(before, { ...previous, period: null, entries: [] });
    expect(none.copied).toBe(0);
    expect(none.values).toEqual(before);
    const untouched = copyFromPrevious(before, {
      ...previous,
      entries: [{ taskId: TASK_C, status: 'not_started', progress: 0, result: '', reason: '' }],
    });
    expect(untouched.copied).toBe(0);
    expect(untouched.values).toEqual(before);
    expect(copyFromPrevious(before, previous).values.kpiValues).toEqual(before.kpiValues);
  });

  it('brings a task done last period in at 100 %', () => {
    const stale = {
      ...previous,
      entries: [{ ...previous.entries[1]!, taskId: TASK_A, progress: 90 }],
    };
    expect(copyFromPrevious(form(), stale).values.entries[0]).toMatchObject({
      status: 'done',
      progress: 100,
    });
  });
});
