// Nhiệm vụ viết bằng văn xuôi: the tasks of a plan with no appendix table, read block by block.
// A block (the paragraphs under one heading) holds tasks in one of the shapes real plans use:
// bullets closed by "Giao X chủ trì, phối hợp Y thực hiện." (one task: the bullets); a content
// paragraph followed by "+ Đơn vị chủ trì thực hiện: …", "+ Thời gian thực hiện: …" lines; a
// bullet that carries its own lead ("- Xây dựng …. Giao X chủ trì … Thời gian: …."); "Đề nghị X
// …" (a request); bullets under a unit in a duty list ("a) Phòng Nội vụ: - …; - …"); and bullets
// under a task heading with no lead at all (kept as tasks, flagged). "Tồn tại: …" paragraphs
// describe lost points and stay in the section's text.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { parseTimeframe } from '../parse-timeframe';
import type { OutlineNode } from './build-outline';
import type { ImportFlag, ImportedTask } from './imported-plan';
import type { UnitMatcher } from './match-unit';
import { spansOf, type Paragraph } from './paragraph';
import { isBullet, readLabel } from './read-numbering';
import { outputKindOf } from './output-kind';
import { readTaskClauses, tidySentence, type TaskClauses } from './read-task-clauses';
import { coordinatingFields, leadFields } from './task-units';

/** Khối đọc nhiệm vụ: a heading's node, the section its tasks go to, and how to read its bullets. */
export interface ProseTaskBlock {
  node: OutlineNode;
  sectionId: string | null;
  /** Under "NHIỆM VỤ", "GIẢI PHÁP": a bullet with no lead is still a task (lead missing). */
  taskContext: boolean;
  /** Đơn vị của danh sách phân công ("a) Phòng Nội vụ"): every bullet is a task it leads. */
  dutyLead: string | null;
  /** Under "Phân công …": a paragraph "Phòng Nội vụ: tham mưu …" is a task of that unit. */
  dutyParent: boolean;
  /** The duty a heading of a duty list states itself ("c) Phòng Văn hóa: tuyên truyền …"). */
  inlineDuty: string | null;
  nodeLinks: { frameworkId: string; code: string }[];
}

/** Nhiệm vụ văn xuôi đọc được, and the paragraphs they took (no longer part of a section's text). */
export interface ProseTasksReading {
  tasks: ImportedTask[];
  consumed: Set<Paragraph>;
}

interface Draft {
  block: ProseTaskBlock;
  paragraphs: Paragraph[];
  content: string;
  clauses: Omit<TaskClauses, 'content' | 'fieldsOnly' | 'bare' | 'leadAtStart'>;
  /** The content was gathered from bullets above a closing lead sentence. */
  gathered: boolean;
  leadFromDuty: boolean;
}

// "Tồn tại: …", "Hạn chế: …", "Nguyên nhân: …", "Kết quả: …": what was lost, not what to do.
const NOT_A_TASK =
  /^(?:ton tai|han che|nguyen nhan|ket qua(?: dat duoc| danh gia)?|thuc trang|diem (?:dat|tru)|bi tru|phu chu|ghi chu|luu y)\b[^:]{0,30}:/;
const UNIT_LIKE =
  /^(?:cac |phong|van phong|ban |trung tam|cong an|uy ban|ubnd|so |doan |hoi |cong chuc|bo phan|dai |tram |chi cuc|thu truong|chu tich|lanh dao|hdnd|mttq|quan su|truong |buu dien|co quan|don vi|chi nhanh)/;

/** Tên đơn vị ở đầu tiêu đề: "Phòng Nội vụ", "Công chức Tư pháp - Hộ tịch", "Các xã, thị trấn". */
export function looksLikeUnit(text: string): boolean {
  const folded = foldVietnamese(text);
  return UNIT_LIKE.test(folded) && text.length <= 140;
}

/** Đơn vị của tiêu đề phân công: the heading without its remark in brackets or a trailing colon. */
export function dutyLeadOf(heading: string): string {
  return heading
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function textOf(paragraph: Paragraph): string {
  const label = readLabel(paragraph.text);
  return label && isBullet(label) ? label.rest : paragraph.text.trim();
}

function emptyClauses(): Draft['clauses'] {
  return {
    lead: '',
    coordinating: '',
    timeframe: '',
    output: '',
    kind: 'assignment',
    leadForm: null,
  };
}

function mergeFields(draft: Draft, clauses: TaskClauses) {
  const target = draft.clauses;
  if (clauses.lead) {
    if (!target.lead || draft.leadFromDuty) {
      target.lead = clauses.lead;
      target.leadForm = clauses.leadForm;
      draft.leadFromDuty = false;
    } else target.coordinating = [target.coordinating, clauses.lead].filter(Boolean).join('; ');
  }
  if (clauses.coordinating)
    target.coordinating = [target.coordinating, clauses.coordinating].filter(Boolean).join('; ');
  if (clauses.timeframe) target.timeframe = clauses.timeframe;
  if (clauses.output) target.output = clauses.output;
}

function joinContent(paragraphs: readonly Paragraph[], extra = ''): string {
  const lines = paragraphs.map((paragraph) => tidySentence(stripContentPrefix(textOf(paragraph))));
  if (extra) lines.push(tidySentence(extra));
  return lines.filter((line) => line !== '').join('\n');
}

function stripContentPrefix(text: string): string {
  return readTaskClauses(text).content || text;
}

function readBlock(block: ProseTaskBlock): Draft[] {
  const drafts: Draft[] = [];
  let pending: Paragraph[] = [];
  let open: Draft | null = null;
  const start = (paragraphs: Paragraph[], content: string, gathered: boolean): Draft => {
    const draft: Draft = {
      block,
      paragraphs,
      content,
      clauses: emptyClauses(),
      gathered,
      leadFromDuty: block.dutyLead !== null,
    };
    if (block.dutyLead) draft.clauses.lead = block.dutyLead;
    drafts.push(draft);
    return draft;
  };
  if (block.inlineDuty && block.node.paragraph) {
    start([block.node.paragraph], tidySentence(block.inlineDuty), false);
  }
  for (const paragraph of block.node.body) {
    const text = textOf(paragraph);
    const folded = foldVietnamese(text);
    if (paragraph.override?.role === 'task') {
      const clauses = readTaskClauses(text);
      open = start([paragraph], clauses.content, false);
      mergeFields(open, clauses);
      open.clauses.kind = clauses.kind;
      continue;
    }
    // "(Phụ lục chi tiết đính kèm)": a remark in brackets is never a task.
    if (NOT_A_TASK.test(folded) || /^\(.*\)\.?$/.test(text)) {
      open = null;
      continue;
    }
    const clauses = readTaskClauses(text);
    if (clauses.fieldsOnly && clauses.content === '') {
      if (!open && pending.length > 0) {
        open = start(pending, joinContent(pending), pending.length > 1);
        pending = [];
      }
      if (open) {
        open.paragraphs.push(paragraph);
        mergeFields(open, clauses);
      }
      continue;
    }
    if (clauses.lead && clauses.leadForm !== 'field') {
      if (clauses.kind === 'request' || !clauses.leadAtStart) {
        // "Đề nghị Ủy ban MTTQ …", "- Kiểm tra …. Giao X chủ trì …": a task of its own.
        open = start([paragraph], clauses.content, false);
      } else if (pending.length > 0) {
        // "- Giao Phòng Nội vụ chủ trì, phối hợp … thực hiện." closes the bullets above it.
        open = start([...pending, paragraph], joinContent(pending, clauses.content), true);
        pending = [];
      } else {
        // A lone lead sentence under a heading: its rest, else the heading, is the task.
        open = start([paragraph], clauses.content || tidySentence(block.node.heading), false);
      }
      mergeFields(open, clauses);
      open.clauses.kind = clauses.kind;
      continue;
    }
    if (clauses.content !== '' && (clauses.lead || clauses.timeframe || clauses.output)) {
      // "Xây dựng kế hoạch …; chủ trì: Phòng Nội vụ; thời gian: Quý I/2025."
      open = start([paragraph], clauses.content, false);
      mergeFields(open, clauses);
      continue;
    }
    // A duty-list paragraph "Phòng Nội vụ: tham mưu …" names its own unit.
    const duty = block.dutyParent ? /^([^:]{3,100}):\s*(\S.*)$/su.exec(text) : null;
    if (duty && looksLikeUnit(duty[1]!)) {
      open = start([paragraph], tidySentence(duty[2]!), false);
      open.clauses.lead = dutyLeadOf(duty[1]!);
      open.clauses.leadForm = 'field';
      open.leadFromDuty = false;
      open = null;
      continue;
    }
    open = null;
    // "Để thực hiện tốt, cần tập trung các nhiệm vụ sau:": an introduction, not a task.
    if (/:\s*$/.test(text)) continue;
    pending.push(paragraph);
  }
  if (pending.length > 0 && (block.taskContext || block.dutyLead)) {
    for (const paragraph of pending) {
      const clauses = readTaskClauses(textOf(paragraph));
      const draft = start([paragraph], clauses.content, false);
      mergeFields(draft, clauses);
    }
  }
  return drafts;
}

function toTask(
  draft: Draft,
  index: number,
  ctx: { units: UnitMatcher; year: number | null },
): ImportedTask {
  const { clauses, block } = draft;
  const leadPrinted = clauses.lead;
  const lead = leadFields(leadPrinted, leadPrinted ? ctx.units.many(leadPrinted) : []);
  const coordinating = coordinatingFields(
    clauses.coordinating,
    clauses.coordinating ? ctx.units.many(clauses.coordinating) : [],
  );
  const flags = new Set<ImportFlag>([...lead.flags, ...coordinating.flags]);
  if (clauses.timeframe) {
    const read = parseTimeframe(clauses.timeframe, { defaultYear: ctx.year ?? undefined });
    if (read.kind === 'unknown') flags.add('timeframe_unread');
  }
  if (draft.gathered && draft.paragraphs.length > 2) flags.add('content_split_guess');
  let confidence = 0.9;
  if (!leadPrinted) confidence = 0.45;
  else if (lead.flags.includes('unmatched_unit')) confidence = 0.7;
  if (draft.leadFromDuty) confidence -= 0.1;
  if (clauses.leadForm === 'subject') confidence -= 0.05;
  if (flags.has('timeframe_unread')) confidence -= 0.1;
  if (flags.has('content_split_guess')) confidence -= 0.05;
  const output = clauses.output.trim();
  return {
    key: `p${index + 1}`,
    area: '',
    sectionId: block.sectionId,
    kind: clauses.kind,
    content: draft.content,
    solution: '',
    nodeLinks: block.nodeLinks,
    leadOrganisationId: lead.leadOrganisationId,
    leadGroup: lead.leadGroup,
    leadSuggestion: lead.leadSuggestion,
    leadText: lead.leadText,
    coordinatingOrganisationIds: coordinating.coordinatingOrganisationIds,
    coordinatingNote: coordinating.coordinatingNote,
    coordinatingText: coordinating.coordinatingText,
    outputKind: outputKindOf(output),
    outputDescription: output,
    timeframeText: clauses.timeframe,
    note: '',
    origin: 'prose',
    provenance: {
      confidence: Math.max(0.1, Math.round(confidence * 100) / 100),
      source: spansOf(draft.paragraphs),
      flags: [...flags],
    },
  };
}

/** Đọc nhiệm vụ văn xuôi: the tasks of the blocks in document order, keyed "p1", "p2"…, and the paragraphs they took. */
export function readProseTasks(
  blocks: readonly ProseTaskBlock[],
  ctx: { units: UnitMatcher; year: number | null },
): ProseTasksReading {
  const drafts = blocks.flatMap(readBlock).filter((draft) => draft.content !== '');
  const consumed = new Set(drafts.flatMap((draft) => draft.paragraphs));
  return { tasks: drafts.map((draft, index) => toTask(draft, index, ctx)), consumed };
}
