import { describe, expect, it } from 'vitest';
import { buildEntry } from './build-submission.test-factory';
import { groupReportTasks } from './task-groups';

const entry = (id: string, groupKey: string, groupTitle: string, due: boolean) =>
  buildEntry({
    task: {
      ...buildEntry().task,
      id,
      groupKey,
      groupTitle,
      number: id,
      dueInPeriod: due ? 'due' : null,
    },
  });

const ENTRIES = [
  entry('1', '', '', false),
  entry('I.1', 'area:I', 'I. Cải cách thể chế', true),
  entry('I.2', 'area:I', 'I. Cải cách thể chế', false),
  entry('II.1', 'area:II', 'II. Cải cách TTHC', false),
];

describe('groupReportTasks', () => {
  it('groups the tasks under the plan’s headings in plan order, each with its place in the form', () => {
    const groups = groupReportTasks(ENTRIES, 'all');
    expect(groups.map((group) => [group.title, group.items.map((item) => item.index)])).toEqual([
      ['', [0]],
      ['I. Cải cách thể chế', [1, 2]],
      ['II. Cải cách TTHC', [3]],
    ]);
    expect(groups.every((group) => group.visible)).toBe(true);
  });

  it('"Đến hạn kỳ này" shows only the due tasks and hides headings left empty', () => {
    const groups = groupReportTasks(ENTRIES, 'due');
    expect(groups.map((group) => [group.key, group.visible, [...group.visibleIds]])).toEqual([
      ['', false, []],
      ['area:I', true, ['I.1']],
      ['area:II', false, []],
    ]);
  });
});
