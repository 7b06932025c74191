import { describe, expect, it } from 'vitest';
import { orderSections, sectionTitle } from '@contract/plan-labels';
import {
  addChildSection,
  addSiblingSection,
  currentPlacement,
  indentSection,
  moveSection,
  outdentSection,
  removeSection,
  type Section,
  type SectionEdit,
} from './section-tree-edit';

function buildSection(id: string, overrides: Partial<Section> = {}): Section {
  return {
    id,
    parentId: null,
    numbering: 'decimal',
    heading: id,
    body: '',
    frameworkId: null,
    nodeCode: null,
    ...overrides,
  };
}

/** Blocks A. (PAR) and B. (PAPI), with 1., 2. under A. */
const tree: Section[] = [
  buildSection('par', { numbering: 'upper_letter', heading: 'Chỉ số CCHC' }),
  buildSection('par-1', { parentId: 'par', heading: 'Cải cách thể chế' }),
  buildSection('par-2', { parentId: 'par', heading: 'Cải cách TTHC' }),
  buildSection('papi', { numbering: 'upper_letter', heading: 'Chỉ số PAPI' }),
];

function sectionsOf(edit: SectionEdit): Section[] {
  if (!edit.ok) throw new Error(edit.message);
  return edit.sections;
}

function titles(sections: readonly Section[]): string[] {
  return orderSections(sections).map(
    (entry) => `${'  '.repeat(entry.depth)}${sectionTitle(entry)}`,
  );
}

describe('editing the section tree', () => {
  it('adds a child after the existing children, numbered under its parent', () => {
    const sections = sectionsOf(
      addChildSection(tree, 'papi', buildSection('papi-1', { heading: 'Tham gia của người dân' })),
    );
    const more = sectionsOf(
      addChildSection(sections, 'papi-1', buildSection('papi-1-1', { numbering: 'lower_letter' })),
    );
    expect(titles(more)).toEqual([
      'A. Chỉ số CCHC',
      '  1. Cải cách thể chế',
      '  2. Cải cách TTHC',
      'B. Chỉ số PAPI',
      '  1. Tham gia của người dân',
      '    a) papi-1-1',
    ]);
  });

  it('adds a sibling right after the section, shifting the numbers after it', () => {
    const sections = sectionsOf(addSiblingSection(tree, 'par-1', buildSection('new')));
    expect(titles(sections).slice(0, 4)).toEqual([
      'A. Chỉ số CCHC',
      '  1. Cải cách thể chế',
      '  2. new',
      '  3. Cải cách TTHC',
    ]);
  });

  it('moves a block with everything under it', () => {
    const sections = sectionsOf(moveSection(tree, 'papi', -1));
    expect(titles(sections)).toEqual([
      'A. Chỉ số PAPI',
      'B. Chỉ số CCHC',
      '  1. Cải cách thể chế',
      '  2. Cải cách TTHC',
    ]);
    expect(sections.map((section) => section.id)).toEqual(['papi', 'par', 'par-1', 'par-2']);
  });

  it('refuses to move the first section up or the last one down', () => {
    expect(moveSection(tree, 'par-1', -1)).toEqual({ ok: false, message: 'Mục đã ở đầu.' });
    expect(moveSection(tree, 'papi', 1)).toEqual({ ok: false, message: 'Mục đã ở cuối.' });
  });

  it('indents under the previous sibling with the child numbering, and outdents back', () => {
    const indented = sectionsOf(indentSection(tree, 'par-2'));
    expect(titles(indented)).toEqual([
      'A. Chỉ số CCHC',
      '  1. Cải cách thể chế',
      '    1.1. Cải cách TTHC',
      'B. Chỉ số PAPI',
    ]);
    expect(titles(sectionsOf(outdentSection(indented, 'par-2')))).toEqual(titles(tree));
  });

  it('refuses to indent a first child or outdent a top-level section, in Vietnamese', () => {
    const indent = indentSection(tree, 'par-1');
    const outdent = outdentSection(tree, 'par');
    expect(indent.ok || indent.message).toMatch(/không có mục đứng trước cùng cấp/);
    expect(outdent.ok || outdent.message).toMatch(/đã ở cấp ngoài cùng/);
  });

  it('refuses to delete a section holding sub-sections, tasks or targets', () => {
    const none = { tasks: [], targets: [] };
    expect(removeSection(tree, 'par', none)).toEqual({
      ok: false,
      message:
        'Không xóa được: Mục "Chỉ số CCHC" còn 2 mục con. Hãy xóa hoặc chuyển các mục con trước.',
    });
    const withTask = removeSection(tree, 'par-1', { tasks: [{ sectionId: 'par-1' }], targets: [] });
    expect(withTask.ok || withTask.message).toMatch(/còn 1 nhiệm vụ/);
    const withTarget = removeSection(tree, 'papi', { tasks: [], targets: [{ sectionId: 'papi' }] });
    expect(withTarget.ok || withTarget.message).toMatch(/còn 1 chỉ tiêu/);
    expect(sectionsOf(removeSection(tree, 'par-2', none)).map((section) => section.id)).toEqual([
      'par',
      'par-1',
      'papi',
    ]);
  });

  it('places every task in its section, sections in the new document order, general tasks first', () => {
    const moved = sectionsOf(moveSection(tree, 'papi', -1));
    expect(
      currentPlacement(
        [
          { id: 't4', sectionId: 'par-1', position: 1 },
          { id: 't3', sectionId: 'papi', position: 2 },
          { id: 't1', sectionId: null, position: 4 },
          { id: 't2', sectionId: 'par-1', position: 3 },
        ],
        moved,
      ),
    ).toEqual([
      { sectionId: null, taskIds: ['t1'] },
      { sectionId: 'papi', taskIds: ['t3'] },
      { sectionId: 'par-1', taskIds: ['t4', 't2'] },
    ]);
  });
});
