import { describe, expect, it } from 'vitest';
import type { PlanTask } from './plan';
import { buildPlanDocument } from './plan-document';
import { defaultPlanContent } from './plan-defaults';

const content = defaultPlanContent(
  { name: 'Huyện Lấp Vò', type: 'district', parent: null },
  2024,
  'Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
);

function task(content: string, solution: string): PlanTask {
  return {
    area: 'Cải cách thể chế',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content,
    solution,
    nodeLinks: [],
    leadOrganisationId: null,
    leadSuggestion: 'Phòng Tư pháp',
    coordinatingOrganisationIds: [],
    coordinatingNote: '',
    outputKind: 'report',
    outputDescription: '',
    timeframeText: 'Thường xuyên',
    note: '',
    status: 'not_started',
  };
}

describe('the appendix prints each task’s Giải pháp in a column of its own', () => {
  it('adds "Giải pháp" after "Nội dung" when a task has a solution', () => {
    const appendix = buildPlanDocument(
      content,
      [
        task(
          'Khắc phục tiêu chí 2.1',
          'Rà soát nguyên nhân bị trừ 0,5 điểm.\nChuẩn bị tài liệu kiểm chứng.',
        ),
        task('Khắc phục tiêu chí 2.2', ''),
      ],
      new Map(),
    ).appendix!;
    expect(appendix.columns).toEqual([
      'STT',
      'Nội dung',
      'Giải pháp',
      'Kết quả/sản phẩm',
      'Thời gian thực hiện',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Ghi chú',
    ]);
    const tasks = appendix.rows.filter((row) => row.kind === 'task');
    expect(tasks.map((row) => row.solution)).toEqual([
      'Rà soát nguyên nhân bị trừ 0,5 điểm.\nChuẩn bị tài liệu kiểm chứng.',
      '',
    ]);
  });

  it('keeps the seven columns of sample 004 when no task has one', () => {
    const appendix = buildPlanDocument(
      content,
      [task('Xây dựng Kế hoạch CCHC', '  ')],
      new Map(),
    ).appendix!;
    expect(appendix.columns).not.toContain('Giải pháp');
    expect(appendix.columns).toHaveLength(7);
  });
});
