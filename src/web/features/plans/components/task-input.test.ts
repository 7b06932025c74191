import { describe, expect, it } from 'vitest';
import type { PlanTaskDto } from '@contract/plans';
import { taskPatchSchema } from '@contract/plans';
import { withTaskChange } from './task-input';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function buildTask(overrides: Partial<PlanTaskDto> = {}): PlanTaskDto {
  return {
    id: id(1),
    planId: id(2),
    lineageId: id(3),
    parentTaskId: null,
    position: 1,
    area: 'Cải cách thủ tục hành chính',
    content: 'Niêm yết công khai Bộ TTHC',
    solution: 'Rà soát hằng quý',
    nodeLinks: [],
    lead: { id: id(4), name: 'Công chức Văn phòng – Thống kê' },
    leadSuggestion: '',
    coordinating: [{ id: id(5), name: 'Công chức Tư pháp – Hộ tịch' }],
    coordinatingNote: 'các bộ phận liên quan',
    outputKind: 'report',
    outputDescription: 'Báo cáo kết quả',
    timeframeText: 'Quý II/2025',
    timeframeKind: 'quarters',
    dueDates: ['2025-06-30'],
    isOverdue: false,
    pointsAtStake: 0.5,
    note: 'Ghi chú',
    status: 'not_started',
    statusNote: '',
    version: 3,
    ...overrides,
  };
}

describe('an inline task edit', () => {
  it('changes only the edited field, even after the contract fills in its defaults', () => {
    const task = buildTask();
    const sent = taskPatchSchema.parse(withTaskChange(task, { timeframeText: 'Trước 15/01/2025' }));
    expect(sent).toEqual({
      area: task.area,
      content: task.content,
      solution: task.solution,
      leadOrganisationId: id(4),
      coordinatingOrganisationIds: [id(5)],
      coordinatingNote: task.coordinatingNote,
      outputKind: 'report',
      outputDescription: task.outputDescription,
      timeframeText: 'Trước 15/01/2025',
      note: task.note,
    });
  });

  it('can clear the lead unit', () => {
    expect(withTaskChange(buildTask(), { leadOrganisationId: null }).leadOrganisationId).toBeNull();
  });
});
