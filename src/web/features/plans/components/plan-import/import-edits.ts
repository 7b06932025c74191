/**
 * Sửa tại chỗ: the review screen's edits of the client-side copy of an import's reading (units,
 * texts, split, merge, delete tasks; move, re-parent, delete sections; header fields). Each returns
 * the whole reading again, or a Vietnamese reason the change is refused; a person's edit clears the
 * review flags it answers.
 */
import { parseTimeframe } from '@contract/plan-labels';
import type { ImportFlag } from '@contract/plan-import-labels';
import type { ImportedPlanDto, ImportedTaskDto, ProvenanceDto } from '@contract/plan-imports';
import type { PlanContentDto } from '@contract/plans';
import {
  indentSection,
  moveSection,
  outdentSection,
  type Section,
  type SectionEdit,
} from '../section-tree-edit';

/** The outcome of one edit: the new reading, or why it was refused. */
export type ImportEdit = { ok: true; plan: ImportedPlanDto } | { ok: false; message: string };

/** The task fields a person edits inline. */
export type TaskTextPatch = Partial<
  Pick<
    ImportedTaskDto,
    'content' | 'timeframeText' | 'outputDescription' | 'outputKind' | 'kind' | 'note'
  >
>;

function refuse(message: string): ImportEdit {
  return { ok: false, message };
}

function accept(plan: ImportedPlanDto): ImportEdit {
  return { ok: true, plan };
}

function without(flags: readonly ImportFlag[], ...dropped: ImportFlag[]): ImportFlag[] {
  return flags.filter((flag) => !dropped.includes(flag));
}

function withFlag(flags: readonly ImportFlag[], flag: ImportFlag): ImportFlag[] {
  return flags.includes(flag) ? [...flags] : [...flags, flag];
}

/** Đã xem: a person looked at the item, so it no longer asks for review (its source stays). */
export function reviewedProvenance(provenance: ProvenanceDto | undefined): ProvenanceDto {
  return { confidence: 1, source: provenance?.source ?? [], flags: [] };
}

function replaceTask(
  plan: ImportedPlanDto,
  key: string,
  change: (task: ImportedTaskDto) => ImportedTaskDto | string,
): ImportEdit {
  const index = plan.tasks.findIndex((task) => task.key === key);
  const task = plan.tasks[index];
  if (!task) return refuse('Không tìm thấy nhiệm vụ.');
  const changed = change(task);
  if (typeof changed === 'string') return refuse(changed);
  const tasks = [...plan.tasks];
  tasks[index] = changed;
  return accept({ ...plan, tasks });
}

// A lead is settled when the tree gave it (one unit or a group); "unmatched" stays while a coordinating name is still unmatched text.
function settleUnitFlags(task: ImportedTaskDto): ImportedTaskDto {
  const hasLead = task.leadOrganisationId !== null || task.leadGroup !== null;
  let flags = task.provenance.flags;
  if (hasLead) flags = without(flags, 'lead_missing');
  if (hasLead && task.coordinatingNote.trim() === '') flags = without(flags, 'unmatched_unit');
  return { ...task, provenance: { ...task.provenance, flags } };
}

/** Đổi đơn vị chủ trì: one unit of the tree (null clears it; the printed name stays as suggestion). */
export function setTaskLead(
  plan: ImportedPlanDto,
  key: string,
  organisationId: string | null,
): ImportEdit {
  return replaceTask(plan, key, (task) => {
    if (organisationId === null) {
      return {
        ...task,
        leadOrganisationId: null,
        leadGroup: null,
        leadSuggestion: task.leadSuggestion || task.leadText,
        provenance: {
          ...task.provenance,
          flags: withFlag(task.provenance.flags, 'lead_missing'),
        },
      };
    }
    return settleUnitFlags({
      ...task,
      leadOrganisationId: organisationId,
      leadGroup: null,
      leadSuggestion: '',
    });
  });
}

/** Đổi đơn vị phối hợp: the units picked (duplicates dropped) and the names no unit matched, as text. */
export function setTaskCoordinating(
  plan: ImportedPlanDto,
  key: string,
  organisationIds: readonly string[],
  note?: string,
): ImportEdit {
  return replaceTask(plan, key, (task) =>
    settleUnitFlags({
      ...task,
      coordinatingOrganisationIds: [...new Set(organisationIds)],
      coordinatingNote: note ?? task.coordinatingNote,
    }),
  );
}

/** Sửa nội dung, thời gian, sản phẩm…: a new timeframe is read again by the timeframe grammar. */
export function updateTaskText(
  plan: ImportedPlanDto,
  key: string,
  patch: TaskTextPatch,
): ImportEdit {
  return replaceTask(plan, key, (task) => {
    const next = { ...task, ...patch };
    let flags = task.provenance.flags;
    if (patch.content !== undefined) {
      next.content = patch.content.trim();
      if (next.content === '') return 'Nội dung nhiệm vụ không được để trống.';
      flags = without(flags, 'content_split_guess');
    }
    if (patch.timeframeText !== undefined) {
      next.timeframeText = patch.timeframeText.trim();
      flags = isTimeframeUnread(next.timeframeText, plan.content.year)
        ? withFlag(flags, 'timeframe_unread')
        : without(flags, 'timeframe_unread');
    }
    return { ...next, provenance: { ...task.provenance, flags } };
  });
}

/** Thời gian không đọc được: stated, but the timeframe grammar cannot read it (an empty text is "không nêu"). */
export function isTimeframeUnread(text: string, year: number): boolean {
  if (text.trim() === '') return false;
  return parseTimeframe(text, { defaultYear: year || undefined }).kind === 'unknown';
}

/** Đánh dấu đã xem a task: no more review mark (what is still unmatched stays visible on the row). */
export function markTaskReviewed(plan: ImportedPlanDto, key: string): ImportEdit {
  return replaceTask(plan, key, (task) => ({
    ...task,
    provenance: reviewedProvenance(task.provenance),
  }));
}

/**
 * Chỗ tách gợi ý: where a task's content may be cut in two — after a sentence or clause end
 * (". ", "; ", "! ", "? ") and before an inner bullet (" - ", " + "); positions where the second
 * part starts, in order.
 */
export function splitPoints(content: string): number[] {
  const points = new Set<number>();
  for (const match of content.matchAll(/[.;!?](?=\s+\S)/g)) points.add(match.index + 1);
  for (const match of content.matchAll(/\s[-–+]\s/g)) points.add(match.index);
  return [...points]
    .filter((point) => content.slice(0, point).trim() !== '' && content.slice(point).trim() !== '')
    .sort((a, b) => a - b);
}

function freshKey(tasks: readonly ImportedTaskDto[], base: string): string {
  const taken = new Set(tasks.map((task) => task.key));
  for (let n = 2; ; n += 1) {
    const candidate = `${base}.${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Tách nhiệm vụ: the content is cut at `at`; the second part becomes a new task right after, with the same units and timeframe. */
export function splitTask(plan: ImportedPlanDto, key: string, at: number): ImportEdit {
  const index = plan.tasks.findIndex((task) => task.key === key);
  const task = plan.tasks[index];
  if (!task) return refuse('Không tìm thấy nhiệm vụ.');
  const first = task.content.slice(0, at).trim();
  const second = task.content.slice(at).trim();
  if (first === '' || second === '') return refuse('Chọn vị trí tách nằm giữa nội dung.');
  const flags = without(task.provenance.flags, 'content_split_guess');
  const tasks = [...plan.tasks];
  tasks.splice(
    index,
    1,
    { ...task, content: first, provenance: { ...task.provenance, flags } },
    {
      ...task,
      key: freshKey(plan.tasks, key),
      content: second,
      provenance: { ...task.provenance, source: [...task.provenance.source], flags: [...flags] },
    },
  );
  return accept({ ...plan, tasks });
}

function joinDistinct(parts: readonly string[], separator: string): string {
  const kept: string[] = [];
  for (const part of parts.map((text) => text.trim())) {
    if (part !== '' && !kept.includes(part)) kept.push(part);
  }
  return kept.join(separator);
}

/** Spans sorted and joined where they touch or overlap. */
export function mergeSpans(spans: readonly ProvenanceDto['source'][number][]) {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: { from: number; to: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Gộp với nhiệm vụ sau: the next task of the same section (and table group) is appended to this
 * one — contents joined, units united, the first timeframe kept, sources joined, the lower confidence.
 */
export function mergeTaskWithNext(plan: ImportedPlanDto, key: string): ImportEdit {
  const index = plan.tasks.findIndex((task) => task.key === key);
  const task = plan.tasks[index];
  if (!task) return refuse('Không tìm thấy nhiệm vụ.');
  const nextIndex = plan.tasks.findIndex(
    (other, otherIndex) =>
      otherIndex > index && other.sectionId === task.sectionId && other.area === task.area,
  );
  const next = plan.tasks[nextIndex];
  if (!next) return refuse('Không có nhiệm vụ tiếp theo cùng mục để gộp.');
  const hasLead = task.leadOrganisationId !== null || task.leadGroup !== null;
  const merged: ImportedTaskDto = {
    ...task,
    content: `${task.content.trim()} ${next.content.trim()}`,
    leadOrganisationId: hasLead ? task.leadOrganisationId : next.leadOrganisationId,
    leadGroup: hasLead ? task.leadGroup : next.leadGroup,
    leadSuggestion: hasLead ? task.leadSuggestion : next.leadSuggestion,
    leadText: joinDistinct([task.leadText, next.leadText], '; '),
    coordinatingOrganisationIds: [
      ...new Set([...task.coordinatingOrganisationIds, ...next.coordinatingOrganisationIds]),
    ],
    coordinatingNote: joinDistinct([task.coordinatingNote, next.coordinatingNote], ', '),
    coordinatingText: joinDistinct([task.coordinatingText, next.coordinatingText], '; '),
    nodeLinks: [
      ...task.nodeLinks,
      ...next.nodeLinks.filter(
        (link) =>
          !task.nodeLinks.some((l) => l.frameworkId === link.frameworkId && l.code === link.code),
      ),
    ],
    timeframeText: task.timeframeText.trim() || next.timeframeText,
    outputKind: task.outputKind === 'not_stated' ? next.outputKind : task.outputKind,
    outputDescription: joinDistinct([task.outputDescription, next.outputDescription], '; '),
    note: joinDistinct([task.note, next.note], '; '),
    solution: joinDistinct([task.solution, next.solution], '\n'),
    provenance: {
      confidence: Math.min(task.provenance.confidence, next.provenance.confidence),
      source: mergeSpans([...task.provenance.source, ...next.provenance.source]),
      flags: without(
        [...new Set([...task.provenance.flags, ...next.provenance.flags])],
        'content_split_guess',
      ),
    },
  };
  const tasks = plan.tasks.filter((_, otherIndex) => otherIndex !== nextIndex);
  tasks[index] = merged;
  return accept({ ...plan, tasks });
}

/** Xóa nhiệm vụ: it will not be in the draft. */
export function deleteTask(plan: ImportedPlanDto, key: string): ImportEdit {
  if (!plan.tasks.some((task) => task.key === key)) return refuse('Không tìm thấy nhiệm vụ.');
  return accept({ ...plan, tasks: plan.tasks.filter((task) => task.key !== key) });
}

function withSections(plan: ImportedPlanDto, edit: SectionEdit): ImportEdit {
  if (!edit.ok) return refuse(edit.message);
  return accept({ ...plan, content: { ...plan.content, sections: edit.sections } });
}

/** Lên / xuống: swaps a section with its previous (-1) or next (+1) sibling, its sub-sections and tasks with it. */
export function moveImportedSection(
  plan: ImportedPlanDto,
  id: string,
  direction: -1 | 1,
): ImportEdit {
  return withSections(plan, moveSection(plan.content.sections, id, direction));
}

/** Lùi vào: the section becomes the last child of its previous sibling. */
export function indentImportedSection(plan: ImportedPlanDto, id: string): ImportEdit {
  return withSections(plan, indentSection(plan.content.sections, id));
}

/** Lùi ra: the section leaves its parent and follows it. */
export function outdentImportedSection(plan: ImportedPlanDto, id: string): ImportEdit {
  return withSections(plan, outdentSection(plan.content.sections, id));
}

function omitKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/**
 * Xóa mục: a heading read wrongly goes; its sub-sections, tasks and targets move up to its parent
 * (or to the top level) in its place, so nothing the document says is lost.
 */
export function deleteImportedSection(plan: ImportedPlanDto, id: string): ImportEdit {
  const section = plan.content.sections.find((candidate) => candidate.id === id);
  if (!section) return refuse('Không tìm thấy mục.');
  const parentId = section.parentId;
  const sections: Section[] = plan.content.sections
    .filter((candidate) => candidate.id !== id)
    .map((candidate) => (candidate.parentId === id ? { ...candidate, parentId } : candidate));
  // A moved section's body is kept: append the deleted heading's body to the parent's.
  const withBody = section.body.trim()
    ? sections.map((candidate) =>
        candidate.id === parentId
          ? {
              ...candidate,
              body: joinDistinct([candidate.body, section.heading, section.body], '\n'),
            }
          : candidate,
      )
    : sections;
  return accept({
    ...plan,
    content: {
      ...plan.content,
      sections: withBody,
      targets: plan.content.targets.map((target) =>
        target.sectionId === id ? { ...target, sectionId: parentId } : target,
      ),
    },
    tasks: plan.tasks.map((task) =>
      task.sectionId === id ? { ...task, sectionId: parentId } : task,
    ),
    provenance: omitKey(plan.provenance, `section:${id}`),
    sectionLabels: omitKey(plan.sectionLabels, id),
    sectionIndexKinds: omitKey(plan.sectionIndexKinds, id),
  });
}

/** Sửa tiêu đề mục: the heading text (marks the section reviewed). */
export function renameImportedSection(
  plan: ImportedPlanDto,
  id: string,
  heading: string,
): ImportEdit {
  if (!plan.content.sections.some((section) => section.id === id)) {
    return refuse('Không tìm thấy mục.');
  }
  const key = `section:${id}`;
  return accept({
    ...plan,
    content: {
      ...plan.content,
      sections: plan.content.sections.map((section) =>
        section.id === id ? { ...section, heading: heading.trim() } : section,
      ),
    },
    provenance: { ...plan.provenance, [key]: reviewedProvenance(plan.provenance[key]) },
  });
}

/** Header fields edited on "Thông tin chung", each keyed as the provenance names it. */
export type HeaderPatch = Partial<Omit<PlanContentDto, 'sections' | 'targets' | 'basis'>>;

/** Sửa thông tin chung: the fields change and their readings count as reviewed. */
export function updateHeader(plan: ImportedPlanDto, patch: HeaderPatch): ImportEdit {
  const provenance = { ...plan.provenance };
  for (const field of Object.keys(patch)) {
    if (provenance[field]) provenance[field] = reviewedProvenance(provenance[field]);
  }
  // The signature's provenance covers its three fields; "symbol" is read with "number".
  if ('signature' in patch && provenance['signature']) {
    provenance['signature'] = reviewedProvenance(provenance['signature']);
  }
  if ('symbol' in patch && provenance['number']) {
    provenance['number'] = reviewedProvenance(provenance['number']);
  }
  return accept({ ...plan, content: { ...plan.content, ...patch }, provenance });
}

/** Căn cứ: edits one basis document (marks it reviewed). */
export function updateBasis(
  plan: ImportedPlanDto,
  index: number,
  patch: Partial<PlanContentDto['basis'][number]>,
): ImportEdit {
  const current = plan.content.basis[index];
  if (!current) return refuse('Không tìm thấy căn cứ.');
  const basis = [...plan.content.basis];
  basis[index] = { ...current, ...patch };
  const key = `basis:${index}`;
  return accept({
    ...plan,
    content: { ...plan.content, basis },
    provenance: { ...plan.provenance, [key]: reviewedProvenance(plan.provenance[key]) },
  });
}

/** Xóa căn cứ: the later entries (and their provenance keys "basis:<i>") move up by one. */
export function deleteBasis(plan: ImportedPlanDto, index: number): ImportEdit {
  if (!plan.content.basis[index]) return refuse('Không tìm thấy căn cứ.');
  const provenance = Object.fromEntries(
    Object.entries(plan.provenance).filter(([key]) => !key.startsWith('basis:')),
  );
  plan.content.basis.forEach((_, old) => {
    const value = plan.provenance[`basis:${old}`];
    if (value === undefined || old === index) return;
    provenance[`basis:${old > index ? old - 1 : old}`] = value;
  });
  return accept({
    ...plan,
    content: { ...plan.content, basis: plan.content.basis.filter((_, i) => i !== index) },
    provenance,
  });
}

/** Xóa chỉ tiêu: a target read wrongly goes. */
export function deleteTarget(plan: ImportedPlanDto, id: string): ImportEdit {
  if (!plan.content.targets.some((target) => target.id === id)) {
    return refuse('Không tìm thấy chỉ tiêu.');
  }
  return accept({
    ...plan,
    content: {
      ...plan.content,
      targets: plan.content.targets.filter((target) => target.id !== id),
    },
    provenance: omitKey(plan.provenance, `target:${id}`),
  });
}
