import { describe, expect, it } from 'vitest';
import { setTaskLead, updateTaskText, deleteTask, type ImportEdit } from './import-edits';
import {
  buildOutline,
  countMarked,
  draftRequest,
  highlightedLines,
  isMarked,
  itemAtLine,
  recomputeTotals,
  sourceOf,
  withOverride,
  withoutOverride,
} from './import-review';
import { buildImportedPlan, TEST_UNITS } from './import-test-data';
import type { ImportedPlanDto } from '@contract/plan-imports';

function applied(edit: ImportEdit): ImportedPlanDto {
  if (!edit.ok) throw new Error(edit.message);
  return edit.plan;
}

describe('review marks', () => {
  it('marks a reading below 0,6 or with a flag, never one without provenance', () => {
    expect(isMarked({ confidence: 0.59, source: [], flags: [] })).toBe(true);
    expect(isMarked({ confidence: 0.6, source: [], flags: [] })).toBe(false);
    expect(isMarked({ confidence: 1, source: [], flags: ['node_guess'] })).toBe(true);
    expect(isMarked(undefined)).toBe(false);
  });

  it('counts the marked tasks and readings', () => {
    // t2 (flags), t3 (0,5) and the date (0,4).
    expect(countMarked(buildImportedPlan())).toBe(3);
  });
});

describe('linking lines and items', () => {
  const plan = buildImportedPlan();

  it('finds a task before the section holding the same line', () => {
    expect(itemAtLine(plan, 12)).toEqual({ kind: 'task', key: 't2' });
    expect(itemAtLine(plan, 11)).toEqual({ kind: 'section', id: 's4' });
  });

  it('prefers the shorter span among items of one kind', () => {
    // Line 8 lies in section II (7–15) and in its sub-section 1. (8–10).
    expect(itemAtLine(plan, 8)).toEqual({ kind: 'section', id: 's3' });
  });

  it('reads a header field, a target and the reporting proposal from their lines', () => {
    expect(itemAtLine(plan, 2)).toEqual({ kind: 'field', key: 'number' });
    expect(itemAtLine(plan, 6)).toEqual({ kind: 'target', id: 'g1' });
    expect(itemAtLine(plan, 99)).toBeNull();
  });

  it('gives the source lines of an item, and lights them', () => {
    expect(sourceOf(plan, { kind: 'task', key: 't3' })).toEqual([{ from: 14, to: 15 }]);
    expect(sourceOf(plan, { kind: 'warning', index: 0 })).toEqual([{ from: 13, to: 13 }]);
    expect(sourceOf(plan, null)).toEqual([]);
    const lit = highlightedLines(
      [
        { from: 1, to: 2 },
        { from: 4, to: 9 },
      ],
      6,
    );
    expect(lit).toEqual([false, true, true, false, true, true]);
  });
});

describe('the outline as shown', () => {
  it('lists sections in document order with printed labels, depth and tasks', () => {
    const { sections, areas } = buildOutline(buildImportedPlan());
    expect(sections.map((s) => [s.label, s.depth, s.tasks.map((t) => t.key)])).toEqual([
      ['I.', 0, []],
      ['II.', 0, []],
      ['1.', 1, ['t1']],
      ['2.', 1, ['t2', 't3']],
    ]);
    expect(areas).toEqual([]);
  });

  it('groups table tasks outside any section by their area, in order of appearance', () => {
    const plan = buildImportedPlan();
    plan.tasks = plan.tasks.map((task, index) => ({
      ...task,
      sectionId: null,
      area: index === 1 ? 'Cải cách TTHC' : 'Cải cách thể chế',
    }));
    expect(buildOutline(plan).areas.map((a) => [a.area, a.tasks.map((t) => t.key)])).toEqual([
      ['Cải cách thể chế', ['t1', 't3']],
      ['Cải cách TTHC', ['t2']],
    ]);
  });
});

describe('totals after edits', () => {
  it('counts a fixed lead as matched and a deleted task no more', () => {
    const before = recomputeTotals(buildImportedPlan());
    expect(before).toMatchObject({ tasks: 3, unitsRead: 4, unitsMatched: 3, targets: 1 });
    const fixed = applied(setTaskLead(buildImportedPlan(), 't2', TEST_UNITS.congAn));
    expect(recomputeTotals(fixed)).toMatchObject({ unitsRead: 4, unitsMatched: 4 });
    const fewer = applied(deleteTask(fixed, 't3'));
    expect(recomputeTotals(fewer)).toMatchObject({ tasks: 1 + 1, unitsMatched: 2 });
  });

  it('counts a timeframe the grammar cannot read as stated but not read', () => {
    const plan = applied(updateTaskText(buildImportedPlan(), 't1', { timeframeText: 'abc xyz' }));
    expect(recomputeTotals(plan)).toMatchObject({ timeframesStated: 3, timeframesRead: 2 });
  });
});

describe('line overrides', () => {
  it('keeps one override per line, sorted, the level only on headings', () => {
    let overrides = withOverride([], { line: 9, role: 'heading', level: 2 });
    overrides = withOverride(overrides, { line: 3, role: 'ignore', level: 1 });
    overrides = withOverride(overrides, { line: 9, role: 'task' });
    expect(overrides).toEqual([
      { line: 3, role: 'ignore' },
      { line: 9, role: 'task' },
    ]);
    expect(withoutOverride(overrides, 3)).toEqual([{ line: 9, role: 'task' }]);
  });
});

describe('the draft request', () => {
  it('sends the reporting rule only when the person applies it', () => {
    const plan = buildImportedPlan();
    expect(draftRequest(plan, true).reportingRule?.name).toBe('Báo cáo quý');
    expect(draftRequest(plan, false).reportingRule).toBeNull();
    expect(draftRequest(plan, true).tasks).toHaveLength(3);
  });
});
