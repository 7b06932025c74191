import { describe, expect, it } from 'vitest';
import { reportHref, searchPagePath, taskHref } from './search-links';

const PLAN = '11111111-1111-4111-8111-111111111111';
const UNIT = '22222222-2222-4222-8222-222222222222';
const task = {
  id: '33333333-3333-4333-8333-333333333333',
  content: 'Rà soát thủ tục',
  outputDescription: '',
  planId: PLAN,
  plan: { documentNumber: '12/KH-UBND', title: 'Cải cách' },
  lead: null,
};

describe('search links', () => {
  it('opens a task on its plan when the plan is readable, else on the unit’s task list', () => {
    expect(taskHref({ ...task, planReadable: true, unitId: UNIT })).toBe(`/plans/${PLAN}`);
    expect(taskHref({ ...task, planReadable: false, unitId: UNIT })).toBe(`/tasks?unit=${UNIT}`);
  });

  it('encodes the query and an ad-hoc period key', () => {
    expect(searchPagePath(' cải cách ')).toBe('/search?q=c%E1%BA%A3i%20c%C3%A1ch');
    expect(
      reportHref({
        id: task.id,
        planId: PLAN,
        periodKey: 'YC-1/2',
        periodLabel: 'x',
        organisation: { id: UNIT, name: 'Phòng Nội vụ' },
        plan: task.plan,
        status: 'draft',
      }),
    ).toBe(`/reports/${PLAN}/YC-1%2F2/${UNIT}`);
  });
});
