/**
 * Sửa cây mục: the editor's operations on the plan's flat section list (add a child or a sibling,
 * move up/down, indent/outdent, delete). Each returns the whole list again in document order, or a
 * Vietnamese reason the change is refused.
 */
import { orderSections, type NumberingStyle } from '@contract/plan-labels';
import type { PlanContentDto, PlanTaskDto } from '@contract/plans';

/** Mục nội dung as the contract carries it. */
export type Section = PlanContentDto['sections'][number];

/** The outcome of one edit: the new list, or why it was refused. */
export type SectionEdit = { ok: true; sections: Section[] } | { ok: false; message: string };

/** Kiểu đánh số of a child under a parent of this style: A. → I. → 1. → 1.1. → a) → - → +. */
const CHILD_NUMBERING: Record<NumberingStyle, NumberingStyle> = {
  upper_letter: 'roman',
  roman: 'decimal',
  decimal: 'decimal_nested',
  decimal_nested: 'lower_letter',
  lower_letter: 'dash',
  dash: 'plus',
  plus: 'plus',
  none: 'decimal',
};

/** The numbering a new child of `parent` starts with (a top-level section: "1."). */
export function childNumbering(parent: Section | null): NumberingStyle {
  return parent === null ? 'decimal' : CHILD_NUMBERING[parent.numbering];
}

/** Children ids per parent, siblings in their stored order. */
function childrenOf(sections: readonly Section[]): Map<string | null, string[]> {
  const children = new Map<string | null, string[]>();
  for (const section of sections) {
    children.set(section.parentId, [...(children.get(section.parentId) ?? []), section.id]);
  }
  return children;
}

/** Writes the tree back flat in document order (parents before children, siblings in order). */
function flatten(children: Map<string | null, string[]>, byId: Map<string, Section>): Section[] {
  const out: Section[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null) => {
    for (const id of children.get(parentId) ?? []) {
      const section = byId.get(id);
      if (!section || seen.has(id)) continue;
      seen.add(id);
      out.push({ ...section, parentId });
      visit(id);
    }
  };
  visit(null);
  return out;
}

function indexSections(sections: readonly Section[]) {
  return {
    byId: new Map(sections.map((section) => [section.id, section])),
    children: childrenOf(sections),
  };
}

function refuse(message: string): SectionEdit {
  return { ok: false, message };
}

/** Thêm mục con: `section` becomes the last child of `parentId` (null: a top-level section). */
export function addChildSection(
  sections: readonly Section[],
  parentId: string | null,
  section: Section,
): SectionEdit {
  const { byId, children } = indexSections(sections);
  if (parentId !== null && !byId.has(parentId)) return refuse('Không tìm thấy mục cha.');
  byId.set(section.id, { ...section, parentId });
  children.set(parentId, [...(children.get(parentId) ?? []), section.id]);
  return { ok: true, sections: flatten(children, byId) };
}

/** Thêm mục ngang cấp: `section` goes right after `siblingId`, under the same parent. */
export function addSiblingSection(
  sections: readonly Section[],
  siblingId: string,
  section: Section,
): SectionEdit {
  const { byId, children } = indexSections(sections);
  const sibling = byId.get(siblingId);
  if (!sibling) return refuse('Không tìm thấy mục.');
  const siblings = [...(children.get(sibling.parentId) ?? [])];
  siblings.splice(siblings.indexOf(siblingId) + 1, 0, section.id);
  children.set(sibling.parentId, siblings);
  byId.set(section.id, { ...section, parentId: sibling.parentId });
  return { ok: true, sections: flatten(children, byId) };
}

/** Sửa mục: replaces the fields of one section, keeping its place. */
export function replaceSection(sections: readonly Section[], section: Section): SectionEdit {
  if (!sections.some((old) => old.id === section.id)) return refuse('Không tìm thấy mục.');
  return {
    ok: true,
    sections: sections.map((old) =>
      old.id === section.id ? { ...section, parentId: old.parentId } : old,
    ),
  };
}

/** Lên / xuống: swaps a section with its previous (-1) or next (+1) sibling. */
export function moveSection(
  sections: readonly Section[],
  id: string,
  direction: -1 | 1,
): SectionEdit {
  const { byId, children } = indexSections(sections);
  const section = byId.get(id);
  if (!section) return refuse('Không tìm thấy mục.');
  const siblings = [...(children.get(section.parentId) ?? [])];
  const from = siblings.indexOf(id);
  const to = from + direction;
  if (to < 0 || to >= siblings.length) {
    return refuse(direction < 0 ? 'Mục đã ở đầu.' : 'Mục đã ở cuối.');
  }
  [siblings[from], siblings[to]] = [siblings[to] ?? id, id];
  children.set(section.parentId, siblings);
  return { ok: true, sections: flatten(children, byId) };
}

/** Lùi vào: the section becomes the last child of its previous sibling, numbered as a child of it. */
export function indentSection(sections: readonly Section[], id: string): SectionEdit {
  const { byId, children } = indexSections(sections);
  const section = byId.get(id);
  if (!section) return refuse('Không tìm thấy mục.');
  const siblings = children.get(section.parentId) ?? [];
  const previousId = siblings[siblings.indexOf(id) - 1];
  const previous = previousId === undefined ? undefined : byId.get(previousId);
  if (!previous) return refuse('Không lùi vào được: mục không có mục đứng trước cùng cấp.');
  children.set(
    section.parentId,
    siblings.filter((sibling) => sibling !== id),
  );
  children.set(previous.id, [...(children.get(previous.id) ?? []), id]);
  byId.set(id, { ...section, numbering: childNumbering(previous) });
  return { ok: true, sections: flatten(children, byId) };
}

/** Lùi ra: the section leaves its parent and follows it, numbered like it. */
export function outdentSection(sections: readonly Section[], id: string): SectionEdit {
  const { byId, children } = indexSections(sections);
  const section = byId.get(id);
  const parent = section?.parentId == null ? undefined : byId.get(section.parentId);
  if (!section) return refuse('Không tìm thấy mục.');
  if (!parent) return refuse('Không lùi ra được: mục đã ở cấp ngoài cùng.');
  children.set(
    parent.id,
    (children.get(parent.id) ?? []).filter((child) => child !== id),
  );
  const outer = [...(children.get(parent.parentId) ?? [])];
  outer.splice(outer.indexOf(parent.id) + 1, 0, id);
  children.set(parent.parentId, outer);
  byId.set(id, { ...section, numbering: parent.numbering });
  return { ok: true, sections: flatten(children, byId) };
}

/**
 * Xóa mục: refused while the section has sub-sections, tasks or targets (they would lose their
 * place in the document), saying which.
 */
export function removeSection(
  sections: readonly Section[],
  id: string,
  holdings: {
    tasks: readonly Pick<PlanTaskDto, 'sectionId'>[];
    targets: readonly { sectionId: string | null }[];
  },
): SectionEdit {
  const section = sections.find((candidate) => candidate.id === id);
  if (!section) return refuse('Không tìm thấy mục.');
  const name = section.heading.trim() ? `Mục "${section.heading.trim()}"` : 'Mục này';
  const childCount = sections.filter((candidate) => candidate.parentId === id).length;
  if (childCount > 0) {
    return refuse(
      `Không xóa được: ${name} còn ${childCount} mục con. Hãy xóa hoặc chuyển các mục con trước.`,
    );
  }
  const taskCount = holdings.tasks.filter((task) => task.sectionId === id).length;
  if (taskCount > 0) {
    return refuse(
      `Không xóa được: ${name} còn ${taskCount} nhiệm vụ. Hãy chuyển các nhiệm vụ sang mục khác hoặc xóa chúng trước.`,
    );
  }
  const targetCount = holdings.targets.filter((target) => target.sectionId === id).length;
  if (targetCount > 0) {
    return refuse(
      `Không xóa được: ${name} còn ${targetCount} chỉ tiêu. Hãy chuyển hoặc xóa các chỉ tiêu trước.`,
    );
  }
  return { ok: true, sections: sections.filter((candidate) => candidate.id !== id) };
}

/**
 * Vị trí nhiệm vụ: every task under its section, sections in the new tree's document order (general
 * tasks first) and each section's tasks in their current order, as the outline endpoint takes
 * them — so saving the tree keeps each task in its section and numbers the tasks (STT) in the
 * order the document prints them.
 */
export function currentPlacement(
  tasks: readonly Pick<PlanTaskDto, 'id' | 'sectionId' | 'position'>[],
  sections: readonly Section[],
): { sectionId: string | null; taskIds: string[] }[] {
  const bySection = new Map<string | null, string[]>();
  for (const task of [...tasks].sort((a, b) => a.position - b.position)) {
    bySection.set(task.sectionId, [...(bySection.get(task.sectionId) ?? []), task.id]);
  }
  const order: (string | null)[] = [null, ...orderSections(sections).map((e) => e.section.id)];
  // Tasks under a section missing from the tree stay listed last (the server refuses to orphan them).
  for (const sectionId of bySection.keys()) if (!order.includes(sectionId)) order.push(sectionId);
  return order
    .filter((sectionId) => bySection.has(sectionId))
    .map((sectionId) => ({ sectionId, taskIds: bySection.get(sectionId) ?? [] }));
}
