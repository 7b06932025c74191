// Số nhiệm vụ như trong kế hoạch: a report lists the unit's tasks by the numbers the printed plan gives them.
import { describe, expect, it } from 'vitest';
import { appendixRows } from './plan-document';
import { newSection, orderSections } from './plan-outline';
import { sample004Content, sample004Tasks } from './sample-004-appendix.fixture';
import { numberTasks, sectionPaths, type NumberedTaskInput } from './task-numbering';

const task = (id: string, fields: Partial<NumberedTaskInput> = {}): NumberedTaskInput => ({
  id,
  sectionId: null,
  area: '',
  groupId: null,
  ...fields,
});

/** A prose plan: II. > 1. > a), b); II. > 2. > 2.1.; a "-" paragraph under 2.1. */
const PROSE_SECTIONS = [
  newSection({ id: 'I', heading: 'Mục đích', numbering: 'roman' }),
  newSection({ id: 'II', heading: 'Nhiệm vụ, giải pháp', numbering: 'roman' }),
  newSection({ id: 'II-1', parentId: 'II', heading: 'Cải cách thể chế' }),
  newSection({
    id: 'II-1-a',
    parentId: 'II-1',
    heading: 'Về văn bản',
    numbering: 'lower_letter',
  }),
  newSection({ id: 'II-1-b', parentId: 'II-1', heading: 'Về kiểm tra', numbering: 'lower_letter' }),
  newSection({ id: 'II-2', parentId: 'II', heading: 'Cải cách TTHC' }),
  newSection({
    id: 'II-2-1',
    parentId: 'II-2',
    heading: 'Một cửa',
    numbering: 'decimal_nested',
  }),
  newSection({ id: 'II-2-1-dash', parentId: 'II-2-1', heading: 'Số hóa', numbering: 'dash' }),
];

describe('numberTasks (số nhiệm vụ như trong kế hoạch)', () => {
  it('numbers a prose plan by section path: "II.1.a", a nested "1.1." replaces its parent, "-" adds nothing', () => {
    const numbers = numberTasks({ appendixTable: false, sections: PROSE_SECTIONS }, [
      task('t-a', { sectionId: 'II-1-a' }),
      task('t-b', { sectionId: 'II-1-b' }),
      task('t-21', { sectionId: 'II-2-1' }),
      task('t-dash', { sectionId: 'II-2-1-dash' }),
    ]);
    expect(numbers.get('t-a')).toEqual({
      number: 'II.1.a',
      groupKey: 'section:II-1-a',
      groupTitle: 'II.1.a. Về văn bản',
    });
    expect(numbers.get('t-b')?.number).toBe('II.1.b');
    expect(numbers.get('t-21')?.number).toBe('II.2.1');
    expect(numbers.get('t-dash')?.number).toBe('II.2.1');
    expect(numbers.get('t-dash')?.groupTitle).toBe('II.2.1. Số hóa');
  });

  it('counts several tasks under one section "(1)", "(2)" and general tasks 1, 2 under no heading', () => {
    const numbers = numberTasks({ appendixTable: false, sections: PROSE_SECTIONS }, [
      task('g1'),
      task('a1', { sectionId: 'II-1-a' }),
      task('a2', { sectionId: 'II-1-a' }),
      task('g2', { sectionId: 'gone' }),
    ]);
    expect(numbers.get('a1')?.number).toBe('II.1.a (1)');
    expect(numbers.get('a2')?.number).toBe('II.1.a (2)');
    expect(numbers.get('g1')).toEqual({ number: '1', groupKey: '', groupTitle: '' });
    expect(numbers.get('g2')?.number).toBe('2');
  });

  it('gives every obligation of a group lead the number of its one printed row', () => {
    const numbers = numberTasks({ appendixTable: false, sections: PROSE_SECTIONS }, [
      task('x1', { sectionId: 'II-1-a', groupId: 'g' }),
      task('x2', { sectionId: 'II-1-a', groupId: 'g' }),
      task('y', { sectionId: 'II-1-a' }),
    ]);
    expect(numbers.get('x1')?.number).toBe('II.1.a (1)');
    expect(numbers.get('x2')?.number).toBe('II.1.a (1)');
    expect(numbers.get('y')?.number).toBe('II.1.a (2)');
  });

  it('numbers an appendix plan exactly as its printed appendix (sample 004): group numeral and STT', () => {
    const content = sample004Content();
    const tasks = sample004Tasks();
    const withIds = tasks.map((planTask, index) => ({ ...planTask, id: `t${index}` }));
    const numbers = numberTasks(content, withIds);
    // The oracle: the appendix the plan document prints, row by row.
    const printed: string[] = [];
    let numeral = '';
    for (const row of appendixRows(tasks, new Map(), { sections: content.sections })) {
      if (row.kind === 'area') numeral = row.numeral;
      else printed.push(numeral ? `${numeral}.${row.stt}` : row.stt);
    }
    expect(withIds.map((planTask) => numbers.get(planTask.id)?.number)).toEqual(printed);
    expect(numbers.get('t0')?.groupTitle).toMatch(/^I\. /);
  });

  it('falls back to the section heading as the appendix group of a task without an area', () => {
    const numbers = numberTasks(
      {
        appendixTable: true,
        sections: [newSection({ id: 's', heading: 'Cải cách tài chính công' })],
      },
      [task('u'), task('s1', { sectionId: 's' }), task('s2', { sectionId: 's' })],
    );
    expect(numbers.get('u')?.number).toBe('1');
    expect(numbers.get('s2')).toEqual({
      number: 'I.2',
      groupKey: 'area:I',
      groupTitle: 'I. Cải cách tài chính công',
    });
  });
});

describe('sectionPaths', () => {
  it('reads upper-letter blocks and decimal headings: "B.I.2"', () => {
    const sections = [
      newSection({ id: 'B', heading: 'PAPI', numbering: 'upper_letter' }),
      newSection({ id: 'A', heading: 'PAR', numbering: 'upper_letter' }),
      newSection({ id: 'A-I', parentId: 'A', heading: 'x', numbering: 'roman' }),
      newSection({ id: 'A-I-1', parentId: 'A-I', heading: 'y' }),
      newSection({ id: 'A-I-2', parentId: 'A-I', heading: 'z' }),
    ];
    const paths = sectionPaths(orderSections(sections));
    expect(paths.get('A-I-2')).toBe('B.I.2');
    expect(paths.get('B')).toBe('A');
  });
});
