import { describe, expect, it } from 'vitest';
import { countDerivedDone, groupDerivedTasks, type DerivedTask } from './derived-tasks';

let sequence = 0;
function buildDerivedTask(overrides: Partial<DerivedTask> & { unit: string }): DerivedTask {
  sequence += 1;
  const id = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  const { unit, ...rest } = overrides;
  return {
    parentTaskId: 'parent-a',
    taskId: id,
    planId: id,
    organisation: { id, name: unit },
    planStatus: 'issued',
    status: 'not_started',
    isOverdue: false,
    ...rest,
  };
}

describe('cascade roll-up', () => {
  it("groups child units' tasks under the task they carry out, units sorted by name", () => {
    const vinhThanh = buildDerivedTask({ unit: 'Xã Vĩnh Thạnh' });
    const binhThanh = buildDerivedTask({ unit: 'Xã Bình Thạnh' });
    const other = buildDerivedTask({ unit: 'Xã Tân Mỹ', parentTaskId: 'parent-b' });
    const groups = groupDerivedTasks([vinhThanh, other, binhThanh]);
    expect(groups.get('parent-a')).toEqual([binhThanh, vinhThanh]);
    expect(groups.get('parent-b')).toEqual([other]);
    expect(groups.has('parent-c')).toBe(false);
  });

  it('counts the child units that finished', () => {
    const group = [
      buildDerivedTask({ unit: 'Xã A', status: 'done' }),
      buildDerivedTask({ unit: 'Xã B', status: 'in_progress' }),
      buildDerivedTask({ unit: 'Xã C', status: 'cannot_do' }),
    ];
    expect(countDerivedDone(group)).toEqual({ done: 1, total: 3 });
  });
});
