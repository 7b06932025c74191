/**
 * Nhiệm vụ theo mục: the task table's rows grouped under their section titles in document order
 * (general tasks first), a group lead's obligations folded into one row, and the lead as shown.
 */
import {
  NOT_STATED_LABEL,
  groupLeadName,
  orderSections,
  sectionTitle,
} from '@contract/plan-labels';
import type { PlanContentDto, PlanTaskDto } from '@contract/plans';

/** One row of the table: a task, or a group lead's obligations (one per unit) shown once. */
export interface TaskRow {
  /** The first obligation: its content, timeframe and output stand for the group's. */
  task: PlanTaskDto;
  /** Every task of the row: the task alone, or all obligations sharing its groupId. */
  members: PlanTaskDto[];
}

/** Tasks under one heading: a section (with its printed title and depth) or the general list. */
export interface TaskSectionGroup {
  sectionId: string | null;
  title: string;
  depth: number;
  rows: TaskRow[];
}

/** Folds the obligations of a group lead into one row at the place of the first; order kept. */
export function foldGroups(tasks: readonly PlanTaskDto[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const byGroup = new Map<string, TaskRow>();
  for (const task of [...tasks].sort((a, b) => a.position - b.position)) {
    const existing = task.groupId === null ? undefined : byGroup.get(task.groupId);
    if (existing) {
      existing.members.push(task);
      continue;
    }
    const row = { task, members: [task] };
    if (task.groupId !== null) byGroup.set(task.groupId, row);
    rows.push(row);
  }
  return rows;
}

/**
 * The table's headings: general tasks (and any under a section no longer in the plan) first under
 * `generalTitle`, then each section holding tasks, or with a sub-section holding tasks, in document
 * order with its printed title ("1.1. …", "a) …"). `includeEmpty` shows every heading (a draft
 * being filled in: tasks are added under any of them).
 */
export function groupTasksBySection(
  sections: PlanContentDto['sections'],
  tasks: readonly PlanTaskDto[],
  generalTitle: string,
  includeEmpty = false,
): TaskSectionGroup[] {
  const ordered = orderSections(sections);
  const known = new Set(ordered.map((entry) => entry.section.id));
  const rowsBySection = new Map<string | null, PlanTaskDto[]>();
  for (const task of tasks) {
    const key = task.sectionId !== null && known.has(task.sectionId) ? task.sectionId : null;
    rowsBySection.set(key, [...(rowsBySection.get(key) ?? []), task]);
  }
  // A heading is shown when it or a section under it holds tasks, so nesting stays readable.
  const parentOf = new Map(sections.map((section) => [section.id, section.parentId]));
  const shown = new Set<string>();
  for (const sectionId of rowsBySection.keys()) {
    let current: string | null | undefined = sectionId;
    while (current !== null && current !== undefined && !shown.has(current)) {
      shown.add(current);
      current = parentOf.get(current);
    }
  }
  const groups: TaskSectionGroup[] = [];
  const general = rowsBySection.get(null) ?? (includeEmpty ? [] : undefined);
  if (general)
    groups.push({ sectionId: null, title: generalTitle, depth: 0, rows: foldGroups(general) });
  for (const entry of ordered) {
    if (!includeEmpty && !shown.has(entry.section.id)) continue;
    groups.push({
      sectionId: entry.section.id,
      title: sectionTitle(entry) || NOT_STATED_LABEL,
      depth: entry.depth,
      rows: foldGroups(rowsBySection.get(entry.section.id) ?? []),
    });
  }
  return groups;
}

/** Chủ trì as shown: a unit, the text the plan wrote, a group of units, or không nêu. */
export type LeadDisplay =
  | { kind: 'unit'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'group'; text: string }
  | { kind: 'none'; text: string };

/**
 * The lead of a row: for a group "Các xã, phường, thị trấn thuộc huyện Lấp Vò (12 đơn vị)" or the units
 * named ("Phòng Nội vụ, Văn phòng HĐND-UBND (2 đơn vị)"); `unitName` finds a unit's name by id.
 */
export function describeLead(
  row: TaskRow,
  unitName: (id: string) => string | undefined,
): LeadDisplay {
  const { task, members } = row;
  if (task.leadGroup !== null && task.groupId !== null) {
    const count = `(${members.length} đơn vị)`;
    if (task.leadGroup.kind === 'units_of_type') {
      // Named as the document prints it ("Các xã, phường, thị trấn thuộc huyện Lấp Vò").
      const under = unitName(task.leadGroup.underOrganisationId) ?? null;
      return { kind: 'group', text: `${groupLeadName(task.leadGroup, under)} ${count}` };
    }
    const names = members.map((member) => member.lead?.name).filter((name) => name !== undefined);
    return { kind: 'group', text: `${names.join(', ')} ${count}` };
  }
  if (task.lead) return { kind: 'unit', text: task.lead.name };
  if (task.leadSuggestion.trim()) return { kind: 'text', text: task.leadSuggestion.trim() };
  return { kind: 'none', text: NOT_STATED_LABEL };
}
