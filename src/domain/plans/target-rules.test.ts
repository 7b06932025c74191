import { describe, it, expect } from 'vitest';
import { newTarget, type PlanTarget } from './plan-targets';
import { checkTargets, type TargetRulesContext } from './target-rules';

const context: TargetRulesContext = {
  frameworkIds: ['par-2025'],
  nodeCodes: new Map([['par-2025', new Set(['1', '1.1', '2'])]]),
  sectionIds: new Set(['s-a']),
};

const target = (fields: Partial<PlanTarget> = {}): PlanTarget =>
  newTarget({ id: 't1', metric: 'Chỉ số CCHC năm 2025', kind: 'number', value: 85, ...fields });

describe('checkTargets', () => {
  it('accepts targets on the plan’s index, its nodes and sections, and a target judged by hand', () => {
    const targets = [
      target({ frameworkId: 'par-2025', nodeCode: '1.1', sectionId: 's-a' }),
      target({ id: 't2', kind: 'free_text', metric: 'Không có đơn thư khiếu nại' }),
    ];
    expect(checkTargets(targets, context)).toEqual([]);
  });

  it('refuses a target whose index the plan does not link, saying so in Vietnamese', () => {
    expect(checkTargets([target({ frameworkId: 'papi-2025', nodeCode: '1' })], context)).toEqual([
      {
        targetId: 't1',
        field: 'frameworkId',
        message:
          'Chỉ tiêu 1 («Chỉ số CCHC năm 2025»): bộ chỉ số của chỉ tiêu không nằm trong các chỉ số của kế hoạch; thêm chỉ số đó vào kế hoạch trước.',
      },
    ]);
  });

  it('refuses a node the index does not have, and a node without an index', () => {
    const errors = checkTargets(
      [
        target({ frameworkId: 'par-2025', nodeCode: '9.9' }),
        target({ id: 't2', metric: 'Lĩnh vực 2', nodeCode: '2' }),
      ],
      context,
    );
    expect(errors.map((error) => error.message)).toEqual([
      'Chỉ tiêu 1 («Chỉ số CCHC năm 2025»): bộ chỉ số không có tiêu chí 9.9.',
      'Chỉ tiêu 2 («Lĩnh vực 2»): chọn bộ chỉ số trước khi gắn tiêu chí 2.',
    ]);
  });

  it('refuses a section the plan does not have and a duplicated id', () => {
    const errors = checkTargets([target({ sectionId: 's-x' }), target()], context);
    expect(errors.map((error) => [error.field, error.message])).toEqual([
      [
        'sectionId',
        'Chỉ tiêu 1 («Chỉ số CCHC năm 2025»): mục của chỉ tiêu không có trong kế hoạch.',
      ],
      ['id', 'Chỉ tiêu 2 («Chỉ số CCHC năm 2025»): mã chỉ tiêu bị trùng.'],
    ]);
  });

  it('leaves node codes unchecked for an index whose nodes are not given', () => {
    const loose = { ...context, frameworkIds: ['par-2025', 'sipas-2025'] };
    expect(checkTargets([target({ frameworkId: 'sipas-2025', nodeCode: '7' })], loose)).toEqual([]);
  });
});
