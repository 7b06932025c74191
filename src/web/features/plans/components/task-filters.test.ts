import { describe, expect, it } from 'vitest';
import { filterTasks, listAreas, listLeads, NO_LEAD } from './task-filters';

const noiVu = { id: '00000000-0000-4000-8000-000000000001', name: 'Phòng Nội vụ' };
const tuPhap = { id: '00000000-0000-4000-8000-000000000002', name: 'Phòng Tư pháp' };

function buildTask(
  overrides: Partial<{ area: string; lead: typeof noiVu | null; isOverdue: boolean }>,
) {
  return { area: 'Cải cách thể chế', lead: null, isOverdue: false, ...overrides };
}

describe('task filters', () => {
  const tasks = [
    buildTask({ area: 'Cải cách thể chế', lead: tuPhap }),
    buildTask({ area: 'Cải cách TTHC', lead: noiVu, isOverdue: true }),
    buildTask({ area: 'Cải cách TTHC', lead: null }),
  ];

  it('keeps every task when no filter is set', () => {
    expect(filterTasks(tasks, { onlyOverdue: false })).toHaveLength(3);
  });

  it('keeps the tasks of one area', () => {
    expect(filterTasks(tasks, { area: 'Cải cách TTHC', onlyOverdue: false })).toEqual([
      tasks[1],
      tasks[2],
    ]);
  });

  it('keeps the tasks one unit leads, or those nobody leads yet', () => {
    expect(filterTasks(tasks, { leadId: tuPhap.id, onlyOverdue: false })).toEqual([tasks[0]]);
    expect(filterTasks(tasks, { leadId: NO_LEAD, onlyOverdue: false })).toEqual([tasks[2]]);
  });

  it('keeps only overdue tasks when asked, combined with the other filters', () => {
    expect(filterTasks(tasks, { onlyOverdue: true })).toEqual([tasks[1]]);
    expect(filterTasks(tasks, { area: 'Cải cách thể chế', onlyOverdue: true })).toEqual([]);
  });

  it('lists areas once each in plan order, skipping blanks', () => {
    expect(listAreas([...tasks, buildTask({ area: '  ' })])).toEqual([
      'Cải cách thể chế',
      'Cải cách TTHC',
    ]);
  });

  it('lists lead units once each, sorted by name', () => {
    expect(listLeads(tasks)).toEqual([noiVu, tuPhap]);
  });
});
