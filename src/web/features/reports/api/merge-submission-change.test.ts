import { describe, expect, it } from 'vitest';
import type { SubmissionChangeDto } from '@contract/reports';
import { buildEntry, buildSubmission } from '../components/build-submission.test-factory';
import { mergeSubmissionChange } from './merge-submission-change';

const LED = '8a1f0c2e-5b1d-4c3e-9f00-000000000101';
const OTHER = '8a1f0c2e-5b1d-4c3e-9f00-000000000102';
const evidence = {
  id: '8a1f0c2e-5b1d-4c3e-9f00-000000000201',
  taskId: LED,
  fileName: 'Báo cáo rà soát.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1024,
  createdAt: '2024-06-01T08:00:00.000Z',
};

function change(overrides: Partial<SubmissionChangeDto> = {}): SubmissionChangeDto {
  return {
    id: '8a1f0c2e-5b1d-4c3e-9f00-000000000301',
    status: 'draft',
    cellStatus: 'in_progress',
    version: 2,
    difficulties: 'Thiếu nhân lực',
    proposals: '',
    answer: '',
    kpiValues: [{ targetIndex: 0, value: 88.09 }],
    returnComment: '',
    submittedAt: null,
    daysLate: null,
    entries: [],
    abilities: { canEdit: true, canReview: false },
    ...overrides,
  };
}

describe('mergeSubmissionChange', () => {
  const cached = buildSubmission({
    entries: [
      buildEntry({ evidence: [evidence] }),
      buildEntry({ task: { ...buildEntry().task, id: OTHER, number: 'I.2' }, progress: 10 }),
    ],
  });

  it('puts a save’s entries, status and version into the report, keeping what a save never changes', () => {
    const merged = mergeSubmissionChange(
      cached,
      change({
        entries: [
          {
            taskId: LED,
            status: 'done',
            progress: 100,
            result: 'Hoàn thành rà soát 20/20 thủ tục.',
            reason: '',
            documentRefs: [],
            dueInPeriod: null,
          },
        ],
      }),
    );
    expect(merged).toMatchObject({ id: change().id, version: 2, difficulties: 'Thiếu nhân lực' });
    expect(merged.kpiValues).toEqual([{ targetIndex: 0, value: 88.09 }]);
    expect(merged.plan).toBe(cached.plan);
    const [led, other] = merged.entries;
    expect(led).toMatchObject({ status: 'done', progress: 100, evidence: [evidence] });
    // Đến hạn kỳ này follows the new status: a task done is no longer due.
    expect(led!.task).toEqual({ ...cached.entries[0]!.task, dueInPeriod: null });
    expect(other).toBe(cached.entries[1]);
  });

  it('makes a submitted report read-only with its days late, leaving the entries as saved', () => {
    const merged = mergeSubmissionChange(
      cached,
      change({
        status: 'submitted',
        cellStatus: 'late',
        version: 3,
        submittedAt: '2024-06-18T02:00:00.000Z',
        daysLate: 3,
        abilities: { canEdit: false, canReview: false },
      }),
    );
    expect(merged).toMatchObject({
      status: 'submitted',
      cellStatus: 'late',
      version: 3,
      daysLate: 3,
      abilities: { canEdit: false, canReview: false },
    });
    expect(merged.entries).toEqual(cached.entries);
  });
});
