// Số thứ tự nhiệm vụ như trong kế hoạch: the number a reader of the printed plan knows a task by —
// the appendix row ("I.2": group I, STT 2) when the plan has an appendix table, else the place of
// the section it is printed under ("II.1.a", and "II.1.a (2)" for the second task there).
import { orderSections, sectionTitle } from './plan-outline';
import type { PlanSection } from './plan';
import { romanNumeral } from './plan-document';

/** The fields numbering reads of a task, in plan order (appendix position). */
export interface NumberedTaskInput {
  id: string;
  sectionId: string | null;
  /** Lĩnh vực: the appendix group; empty falls back to the section's heading, as the appendix prints it. */
  area: string;
  /** Nhóm chủ trì: the obligations of one group lead share one printed row, hence one number. */
  groupId: string | null;
}

/** Số nhiệm vụ: the printed number and the heading the task stands under (empty for the general list). */
export interface TaskNumber {
  number: string;
  /** Stable key of the heading, in plan order ("" = nhiệm vụ chung / no group). */
  groupKey: string;
  /** The heading as printed: "I. Cải cách thể chế", "II.1.a. Về thủ tục hành chính"; "" for the general list. */
  groupTitle: string;
}

/**
 * Đánh số nhiệm vụ theo kế hoạch: every task's printed number and heading, keyed by task id.
 * Appendix plans number as appendixRows prints them (groups by area or section heading in order
 * of first appearance, ungrouped tasks first, STT restarting at 1 in each group); prose plans by
 * the section path, general tasks 1, 2, … under no heading. Every obligation of a group lead
 * gets the number of the group's printed row.
 */
export function numberTasks(
  content: { appendixTable: boolean; sections: readonly PlanSection[] },
  tasks: readonly NumberedTaskInput[],
): Map<string, TaskNumber> {
  const printed = printedRows(tasks);
  const numbers = new Map<string, TaskNumber>();
  const rows = content.appendixTable
    ? appendixNumbers(content.sections, printed)
    : proseNumbers(content.sections, printed);
  for (const { members, number } of rows) {
    for (const member of members) numbers.set(member.id, number);
  }
  return numbers;
}

/** One printed row: a task, or a group lead's obligations printed once at the first one's place. */
interface PrintedRow {
  first: NumberedTaskInput;
  members: NumberedTaskInput[];
}

function printedRows(tasks: readonly NumberedTaskInput[]): PrintedRow[] {
  const rows: PrintedRow[] = [];
  const byGroup = new Map<string, PrintedRow>();
  for (const task of tasks) {
    const existing = task.groupId === null ? undefined : byGroup.get(task.groupId);
    if (existing) {
      existing.members.push(task);
      continue;
    }
    const row = { first: task, members: [task] };
    if (task.groupId !== null) byGroup.set(task.groupId, row);
    rows.push(row);
  }
  return rows;
}

function appendixNumbers(sections: readonly PlanSection[], rows: readonly PrintedRow[]) {
  const headings = new Map(sections.map((section) => [section.id, section.heading.trim()]));
  // The ungrouped key first keeps those tasks above group I, as the appendix prints them.
  const groups = new Map<string, PrintedRow[]>([['', []]]);
  for (const row of rows) {
    const area =
      row.first.area.trim() ||
      (row.first.sectionId !== null ? (headings.get(row.first.sectionId) ?? '') : '');
    groups.set(area, [...(groups.get(area) ?? []), row]);
  }
  const numbered: { members: NumberedTaskInput[]; number: TaskNumber }[] = [];
  let areaIndex = 0;
  for (const [area, areaRows] of groups) {
    const numeral = area === '' ? '' : romanNumeral(++areaIndex);
    areaRows.forEach((row, index) =>
      numbered.push({
        members: row.members,
        number: {
          number: numeral ? `${numeral}.${index + 1}` : String(index + 1),
          groupKey: area === '' ? '' : `area:${numeral}`,
          groupTitle: area === '' ? '' : `${numeral}. ${area}`,
        },
      }),
    );
  }
  return numbered;
}

function proseNumbers(sections: readonly PlanSection[], rows: readonly PrintedRow[]) {
  const ordered = orderSections(sections);
  const paths = sectionPaths(ordered);
  const bySection = new Map<string, PrintedRow[]>([['', []]]);
  for (const entry of ordered) bySection.set(entry.section.id, []);
  for (const row of rows) {
    const key =
      row.first.sectionId !== null && paths.has(row.first.sectionId) ? row.first.sectionId : '';
    bySection.get(key)!.push(row);
  }
  const titles = new Map(
    ordered.map((entry) => {
      const path = paths.get(entry.section.id) ?? '';
      const heading = entry.section.heading.trim();
      return [entry.section.id, path ? `${path}. ${heading}`.trim() : sectionTitle(entry)];
    }),
  );
  const numbered: { members: NumberedTaskInput[]; number: TaskNumber }[] = [];
  for (const [sectionId, sectionRows] of bySection) {
    const path = sectionId === '' ? '' : (paths.get(sectionId) ?? '');
    sectionRows.forEach((row, index) => {
      const ordinal = String(index + 1);
      const number = path === '' ? ordinal : sectionRows.length > 1 ? `${path} (${ordinal})` : path;
      numbered.push({
        members: row.members,
        number: {
          number,
          groupKey: sectionId === '' ? '' : `section:${sectionId}`,
          groupTitle: sectionId === '' ? '' : (titles.get(sectionId) ?? ''),
        },
      });
    });
  }
  return numbered;
}

/**
 * Đường dẫn số mục: "II" → "II.1" → "II.1.a" (label marks dropped); a "1.1." heading already
 * carries its parent's number, so it replaces it ("II.1.1", not "II.1.1.1"); "-", "+" and
 * unnumbered headings add nothing to their parent's path.
 */
export function sectionPaths(
  ordered: readonly { section: PlanSection; label: string }[],
): Map<string, string> {
  const paths = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const { section, label } of ordered) {
    const parentPath = section.parentId === null ? '' : (paths.get(section.parentId) ?? '');
    const parentLabel = section.parentId === null ? '' : (labels.get(section.parentId) ?? '');
    labels.set(section.id, label);
    const own = label.replace(/[.)]+$/, '');
    if (own === '' || own === '-' || own === '+') {
      paths.set(section.id, parentPath);
      continue;
    }
    const parentStem = parentLabel.replace(/\.$/, '');
    const continuesParent =
      section.numbering === 'decimal_nested' &&
      /^\d+(\.\d+)*$/.test(parentStem) &&
      own.startsWith(`${parentStem}.`);
    const base = continuesParent ? parentPath.slice(0, -parentStem.length) : `${parentPath}.`;
    paths.set(section.id, parentPath === '' ? own : `${base.replace(/^\.+/, '')}${own}`);
  }
  return paths;
}
