// Nhiệm vụ như in trong văn bản: who leads (one unit, a group written once, or không nêu), with
// which verb (giao / đề nghị), when and what — as a prose line under its section or as the cells
// of the appendix table. A field the plan does not state is left out of prose and printed
// "Không nêu" in the table, never filled in with a guess.
import type { OrganisationType } from '../organisations/organisation-type';
import { unitNameInSentence } from '../organisations/unit-name-in-sentence';
import type { LeadGroup, PlanTask, TaskKind } from './plan';
import { OUTPUT_KIND_LABELS, TASK_KIND_LABELS } from './plan';

/** Tên đơn vị: how to name an organisation id in the document (its name as the tree has it). */
export type OrganisationNames = ReadonlyMap<string, string>;

/**
 * Tên nhóm chủ trì: the lead of a group task as the plan prints it, per `groupId` ("Các xã, phường
 * thuộc huyện Lấp Vò", "Phòng Nội vụ, Văn phòng HĐND và UBND"). The server knows the group's kind
 * and units and names it; a group missing here is named by its units joined with ", ".
 */
export type GroupLeadNames = ReadonlyMap<string, string>;

/** "Các xã, phường", "Các sở, ban, ngành"…: how a plan names every unit of a kind. */
const UNITS_OF_TYPE: Record<OrganisationType, string> = {
  province: 'Các tỉnh, thành phố',
  department: 'Các sở, ban, ngành',
  district: 'Các huyện, thị xã, thành phố',
  commune: 'Các xã, phường, thị trấn',
  sub_unit: 'Các cơ quan, đơn vị',
};

/**
 * Tên nhóm chủ trì: "Các xã, phường, thị trấn thuộc huyện Lấp Vò" for every unit of a kind under a
 * unit (the unit's name as a sentence writes it: "huyện Lấp Vò", "Sở Nội vụ"); null for a
 * group of named units, which prints their names.
 */
export function groupLeadName(group: LeadGroup, underName: string | null): string | null {
  if (group.kind !== 'units_of_type') return null;
  const lowered = underName ? unitNameInSentence(underName) : '';
  return `${UNITS_OF_TYPE[group.organisationType]}${lowered ? ` thuộc ${lowered}` : ''}`;
}

/** Nhiệm vụ in: one printed task (a group's obligation rows shown once), its texts resolved; '' = không nêu. */
export interface PrintedTask {
  task: PlanTask;
  lead: string;
  coordinating: string;
  output: string;
  timeframe: string;
}

/**
 * Nhiệm vụ in theo thứ tự: the tasks in order, the rows of one group (same `groupId`) merged into
 * the first of them with the group's lead, each field resolved to its printed text.
 */
export function printedTasks(
  tasks: readonly PlanTask[],
  names: OrganisationNames,
  groupLeads: GroupLeadNames = new Map(),
): PrintedTask[] {
  const groups = new Map<string, PlanTask[]>();
  for (const task of tasks) {
    if (task.groupId !== null)
      groups.set(task.groupId, [...(groups.get(task.groupId) ?? []), task]);
  }
  const printed: PrintedTask[] = [];
  const seenGroups = new Set<string>();
  for (const task of tasks) {
    if (task.groupId !== null) {
      if (seenGroups.has(task.groupId)) continue;
      seenGroups.add(task.groupId);
    }
    const lead =
      task.groupId !== null
        ? groupLead(task.groupId, groups.get(task.groupId) ?? [task], names, groupLeads)
        : singleLead(task, names);
    printed.push({
      task,
      lead,
      coordinating: [
        ...task.coordinatingOrganisationIds.map((id) => names.get(id) ?? ''),
        task.coordinatingNote.trim(),
      ]
        .filter((name) => name !== '')
        .join('; '),
      output: outputText(task),
      timeframe: task.timeframeText.trim(),
    });
  }
  return printed;
}

function singleLead(task: PlanTask, names: OrganisationNames): string {
  const named = task.leadOrganisationId ? (names.get(task.leadOrganisationId) ?? '') : '';
  return (named || task.leadSuggestion).trim();
}

function groupLead(
  groupId: string,
  rows: readonly PlanTask[],
  names: OrganisationNames,
  groupLeads: GroupLeadNames,
): string {
  const given = groupLeads.get(groupId)?.trim();
  if (given) return given;
  const units = [...new Set(rows.map((row) => singleLead(row, names)).filter((name) => name))];
  return units.join(', ');
}

/** Sản phẩm: the description as written, else the kind's name; '' when the plan states none. */
function outputText(task: PlanTask): string {
  const description = task.outputDescription.trim();
  if (description) return description;
  return task.outputKind === 'not_stated' ? '' : OUTPUT_KIND_LABELS[task.outputKind];
}

/**
 * Câu chủ trì: "Giao {lead} chủ trì, phối hợp với {coordinating} thực hiện" for an assignment,
 * "Đề nghị {lead} …" for a request; '' when the plan names no lead.
 */
export function leadSentence(kind: TaskKind, lead: string, coordinating: string): string {
  if (!lead) return coordinating ? `Phối hợp: ${coordinating}` : '';
  const together = coordinating ? `, phối hợp với ${coordinating}` : '';
  return `${TASK_KIND_LABELS[kind]} ${lead} chủ trì${together} thực hiện`;
}

/** Chủ trì trong bảng phụ lục: the unit, preceded by "Đề nghị" for a request (the table has no verb otherwise). */
export function appendixLeadText(kind: TaskKind, lead: string): string {
  if (!lead) return '';
  return kind === 'request' ? `${TASK_KIND_LABELS.request} ${lead}` : lead;
}

/**
 * Dòng nhiệm vụ trong văn xuôi: "- {content}. Giao … chủ trì … thực hiện. Thời gian: …. Sản phẩm: …."
 * Unstated fields are left out, and so is the lead sentence when the content already opens with
 * it ("Đề nghị Ủy ban MTTQ Việt Nam xã …"); a multi-line content keeps its lines, the stated
 * fields follow the last one. `marker` is "-" under a numbered heading, "+" under a "-" item.
 */
export function taskLines(printed: PrintedTask, marker: '-' | '+'): string[] {
  const { kind, content } = printed.task;
  // "Đề nghị Ủy ban MTTQ Việt Nam xã giám sát …" already says who and with which verb.
  const restated =
    printed.lead !== '' &&
    content
      .trim()
      .toLocaleLowerCase('vi')
      .startsWith(`${TASK_KIND_LABELS[kind]} ${printed.lead}`.toLocaleLowerCase('vi'));
  const extras = [
    restated ? '' : leadSentence(kind, printed.lead, printed.coordinating),
    printed.timeframe ? `Thời gian: ${printed.timeframe}` : '',
    printed.output ? `Sản phẩm: ${printed.output}` : '',
  ]
    .map((part) => part.replace(/[.;,\s]+$/, ''))
    .filter((part) => part !== '');
  const lines = content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push('');
  lines[0] = `${marker} ${lines[0]}`.trimEnd();
  if (extras.length > 0) {
    const last = lines.length - 1;
    const closed = /[.!?]$/.test(lines[last]!)
      ? lines[last]!
      : `${lines[last]!.replace(/[;,:]+$/, '')}.`;
    lines[last] = `${closed} ${extras.map((part) => `${part}.`).join(' ')}`;
  }
  return lines;
}
