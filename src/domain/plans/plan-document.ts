// The plan as the state format lays it out (Nghị định 30/2020/NĐ-CP, document-format.md), as
// text only: which line goes where and in which style. The .docx renderer places these blocks and
// never composes Vietnamese wording itself, so the wording is tested here without Word.
import { unitNameInSentence } from '../organisations/unit-name-in-sentence';
import { formatViNumber } from '../shared/vi-format';
import { headerBodies, issuerInSentence, issuingBodyLines } from './document-header';
import { formatTargetText } from './plan-targets';
import type { PlanContent, PlanSection, PlanSignature, PlanTask } from './plan';
import { NOT_STATED_LABEL } from './plan';
import { orderSections, sectionTitle, type OrderedSection } from './plan-outline';
import {
  appendixLeadText,
  printedTasks,
  taskLines,
  type GroupLeadNames,
  type OrganisationNames,
  type PrintedTask,
} from './plan-task-lines';

export type { GroupLeadNames, OrganisationNames } from './plan-task-lines';

/**
 * Kiểu đoạn thân văn bản: I. heading, then the section tree's headings by depth (heading2 for
 * "1."/"A." at the top, heading3 one level down, heading4 deeper), paragraph, "-" bullet, "+"
 * sub-bullet.
 */
export type BodyBlockKind =
  'heading1' | 'heading2' | 'heading3' | 'heading4' | 'paragraph' | 'bullet' | 'subbullet';

/** Đoạn thân văn bản: one paragraph of the body with its style. */
export interface BodyBlock {
  kind: BodyBlockKind;
  text: string;
}

/** Dòng phụ lục: an area row ("I | Cải cách thể chế") or a task row. */
export type AppendixRow =
  | { kind: 'area'; numeral: string; text: string }
  | {
      kind: 'task';
      stt: string;
      content: string;
      /** Giải pháp: the task's suggested solution ('' when none). */
      solution: string;
      output: string;
      timeframe: string;
      lead: string;
      coordinating: string;
      note: string;
    };

/** Tiêu đề cột của bảng phụ lục, in order; "Giải pháp" only when a task has one (appendixColumns). */
export const APPENDIX_COLUMNS = [
  'STT',
  'Nội dung',
  'Giải pháp',
  'Kết quả/sản phẩm',
  'Thời gian thực hiện',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Ghi chú',
] as const;

/** Cách in văn bản: `draft` prints the DỰ THẢO mark (a plan not yet issued). */
export interface PlanDocumentOptions {
  draft?: boolean;
}

/** Tiêu đề cột phụ lục: one of APPENDIX_COLUMNS. */
export type AppendixColumnTitle = (typeof APPENDIX_COLUMNS)[number];

/**
 * Cột của bảng phụ lục: every column when a task has a solution (sample 000's appendix has a
 * "Giải pháp" column beside the content), else without it as sample 004 prints its table.
 */
export function appendixColumns(rows: readonly AppendixRow[]): AppendixColumnTitle[] {
  const hasSolution = rows.some((row) => row.kind === 'task' && row.solution !== '');
  return APPENDIX_COLUMNS.filter((title) => hasSolution || title !== 'Giải pháp');
}

/** Văn bản kế hoạch: every line of the plan's .docx, in state-format order. */
export interface PlanDocumentModel {
  /** "DỰ THẢO" printed in a frame at the top right of page 1 while the plan is a draft; null once issued. */
  draftMark: string | null;
  /** Left header: parent body (may be empty), issuing body lines (bold), then "Số: 104/KH-UBND". */
  parentBody: string;
  issuingBodyLines: string[];
  numberLine: string;
  /** Right header. */
  nationalMotto: string;
  nationalSlogan: string;
  placeDateLine: string;
  documentType: string;
  title: string;
  body: BodyBlock[];
  /** "Nơi nhận:" then one line each ("- Sở Nội vụ;" … "- Lưu: VT."). */
  recipientsHeading: string;
  recipientLines: string[];
  /** Bold capital lines above the signing space, then the signer's name. */
  signatureLines: string[];
  signerName: string;
  appendix: {
    heading: string;
    title: string;
    subtitle: string;
    /** The table's columns (appendixColumns), in order. */
    columns: AppendixColumnTitle[];
    rows: AppendixRow[];
  } | null;
}

/** Dấu dự thảo: the mark a draft carries above its header until it is issued. */
export const DRAFT_MARK = 'DỰ THẢO';

/** Quốc hiệu: the first line at the top right of every state document. */
export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ: the line under the Quốc hiệu. */
export const NATIONAL_SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Số La Mã for section and appendix-group numbering (1 → "I"); beyond XII falls back to digits. */
export function romanNumeral(index: number): string {
  return ROMAN[index - 1] ?? String(index);
}

/**
 * Số, ký hiệu: "Số: 104/KH-UBND"; a draft leaves the number blank ("Số:      /KH-UBND") for the
 * clerk to fill in, as sample 004 does.
 */
export function formatNumberLine(number: string | null, symbol: string): string {
  return `Số: ${number && number.trim() !== '' ? number.trim() : '     '}/${symbol}`;
}

/** Số hiệu văn bản: "104/KH-UBND", or "…/KH-UBND" while the number is blank. */
export function formatDocumentNumber(number: string | null, symbol: string): string {
  return `${number && number.trim() !== '' ? number.trim() : '…'}/${symbol}`;
}

/**
 * Địa danh, ngày tháng: "Lấp Vò, ngày 22 tháng 3 năm 2024". Days under 10 and months 1–2 take
 * a leading zero ("ngày 05 tháng 02 năm 2024"). Without a date (a draft) the day and month are
 * left blank and the year is the plan's: "Giao Long, ngày      tháng      năm 2024".
 */
export function formatPlaceDate(place: string, isoDate: string | null, year: number): string {
  if (!isoDate) return `${place}, ngày      tháng      năm ${year}`;
  const [yearText, monthText, dayText] = isoDate.split('-');
  const day = Number(dayText);
  const month = Number(monthText);
  const dayPart = day < 10 ? `0${day}` : String(day);
  const monthPart = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dayPart} tháng ${monthPart} năm ${yearText}`;
}

/** Khối chữ ký: the bold capital lines above the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
export function signatureLines(signature: PlanSignature, issuingBody = ''): string[] {
  const authority = signature.authority.trim().toLocaleUpperCase('vi');
  const title = signature.signerTitle.trim().toLocaleUpperCase('vi');
  // A people's committee works as a collective: a deputy or an acting chair signs on its behalf,
  // so "TM. ỦY BAN NHÂN DÂN" heads the KT./Q. lines (Nghị định 30/2020, Phụ lục I).
  const collective = issuingBody.trim().toLocaleUpperCase('vi').startsWith('ỦY BAN NHÂN DÂN')
    ? ['TM. ỦY BAN NHÂN DÂN']
    : [];
  switch (signature.mode) {
    case 'TM':
      return [`TM. ${authority}`, title].filter((line) => line !== 'TM. ' && line !== '');
    case 'KT':
      return [...collective, `KT. ${authority}`, title];
    case 'Q':
      return [...collective, `Q. ${title || authority}`];
    case 'direct':
      return [title];
  }
}

/**
 * Nơi nhận: one line per recipient starting with "-" and ending with ";", the last ("- Lưu: VT…")
 * ending with "." — a "Lưu" line is added when the list has none.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const cleaned = recipients
    .map((recipient) =>
      recipient
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[;.]+$/, '')
        .trim(),
    )
    .filter((recipient) => recipient !== '');
  const archive = cleaned.filter((recipient) => /^lưu\b/i.test(recipient));
  const others = cleaned.filter((recipient) => !/^lưu\b/i.test(recipient));
  const last = archive[0] ?? 'Lưu: VT';
  return [...others.map((recipient) => `- ${recipient};`), `- ${last}.`];
}

/** Đoạn văn: splits free text into body blocks, reading "- " as a bullet and "+ " as a sub-bullet. */
export function textToBlocks(text: string): BodyBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line): BodyBlock => {
      if (/^[-–•]\s*/.test(line))
        return { kind: 'bullet', text: `- ${line.replace(/^[-–•]\s*/, '')}` };
      if (/^\+\s*/.test(line))
        return { kind: 'subbullet', text: `+ ${line.replace(/^\+\s*/, '')}` };
      return { kind: 'paragraph', text: line };
    });
}

/** Căn cứ line: "Căn cứ Quyết định số 876/QĐ-BNV ngày 07/5/2024 của Bộ Nội vụ về …;". */
function basisLine(reference: PlanContent['basis'][number], isLast: boolean): string {
  const date = reference.date ? ` ngày ${shortDate(reference.date)}` : '';
  const issuer = reference.issuer.trim() ? ` của ${unitNameInSentence(reference.issuer)}` : '';
  const summary = reference.summary.trim() ? ` ${reference.summary.trim()}` : '';
  return `Căn cứ ${reference.number.trim()}${date}${issuer}${summary}${isLast ? '.' : ';'}`;
}

/** "07/5/2024": the short date the state format uses inside sentences (no padding of the month). */
function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${Number(month)}/${year}`;
}

/**
 * Văn bản kế hoạch: lays a plan out in the state format — header, number, place and date, "KẾ
 * HOẠCH" and its title, I. purpose and requirements (with the general targets), II. content: the
 * section tree in document order with its labels ("A.", "I.", "1.", "1.1.", "a)", "-", "+"), each
 * section's body and targets, and — when the plan has no appendix table — its tasks as prose
 * lines (general tasks first, under "Nhiệm vụ chung"); III. the task appendix reference when the
 * table is on; then organisation of implementation and reporting, recipients and signature, and
 * the appendix table grouped by area (I, II… rows, tasks numbered 1, 2… in each group).
 * `groupLeads` names the lead of each group task (by groupId), printed once for the group.
 */
export function buildPlanDocument(
  content: PlanContent,
  tasks: readonly PlanTask[],
  names: OrganisationNames,
  groupLeads: GroupLeadNames = new Map(),
  options: PlanDocumentOptions = {},
): PlanDocumentModel {
  const body: BodyBlock[] = [];
  if (content.preamble.trim()) body.push(...textToBlocks(content.preamble));
  content.basis.forEach((reference, index) =>
    body.push({
      kind: 'paragraph',
      text: basisLine(reference, index === content.basis.length - 1),
    }),
  );

  let heading = 0;
  const nextHeading = (text: string) =>
    body.push({
      kind: 'heading1',
      text: `${romanNumeral(++heading)}. ${text.toLocaleUpperCase('vi')}`,
    });

  const ordered = orderSections(content.sections);
  const sectionIds = new Set(ordered.map((entry) => entry.section.id));
  const inTree = (sectionId: string | null) => sectionId !== null && sectionIds.has(sectionId);
  const printed = printedTasks(tasks, names, groupLeads);

  nextHeading('Mục đích, yêu cầu');
  body.push({ kind: 'heading2', text: '1. Mục đích' }, ...textToBlocks(content.purpose));
  body.push({ kind: 'heading2', text: '2. Yêu cầu' }, ...textToBlocks(content.requirements));
  // A target under a section prints there; one without (or under a section gone) stays here.
  const generalTargets = content.targets.filter((target) => !inTree(target.sectionId));
  if (generalTargets.length > 0) {
    body.push({ kind: 'heading2', text: '3. Chỉ tiêu' });
    for (const target of generalTargets)
      body.push({ kind: 'bullet', text: `- ${formatTargetText(target)}.` });
  }

  const prose = !content.appendixTable;
  if (ordered.length > 0 || (prose && printed.length > 0)) {
    nextHeading('Nội dung, nhiệm vụ và giải pháp');
    if (prose) {
      const general = printed.filter((task) => !inTree(task.task.sectionId));
      if (general.length > 0) {
        body.push({ kind: 'heading2', text: 'Nhiệm vụ chung' });
        for (const task of general) body.push(...taskBlocks(task, '-'));
      }
    }
    for (const entry of ordered) {
      body.push({ kind: sectionBlockKind(entry), text: sectionTitle(entry) });
      body.push(...textToBlocks(entry.section.body));
      for (const target of content.targets.filter((t) => t.sectionId === entry.section.id))
        body.push({ kind: 'bullet', text: `- ${formatTargetText(target)}.` });
      if (prose) {
        const marker = ['dash', 'plus'].includes(entry.section.numbering) ? '+' : '-';
        for (const task of printed.filter((t) => t.task.sectionId === entry.section.id))
          body.push(...taskBlocks(task, marker));
      }
    }
  }
  const appendix = content.appendixTable && tasks.length > 0;
  if (appendix) {
    nextHeading('Nhiệm vụ cụ thể');
    body.push({ kind: 'paragraph', text: '(Phụ lục chi tiết kèm theo)' });
  }
  nextHeading('Tổ chức thực hiện');
  body.push(...textToBlocks(content.implementation));
  if (content.reportingDuties.trim()) {
    body.push(
      { kind: 'heading2', text: 'Chế độ báo cáo' },
      ...textToBlocks(content.reportingDuties),
    );
  }

  const documentNumber = formatDocumentNumber(content.number, content.symbol);
  const bodies = headerBodies(content.parentBody, content.issuingBody);
  const rows = appendix
    ? appendixRows(tasks, names, { groupLeads, sections: content.sections })
    : [];
  return {
    draftMark: options.draft ? DRAFT_MARK : null,
    parentBody: bodies.parentBody,
    issuingBodyLines: issuingBodyLines(bodies.issuingBody),
    numberLine: formatNumberLine(content.number, content.symbol),
    nationalMotto: NATIONAL_MOTTO,
    nationalSlogan: NATIONAL_SLOGAN,
    placeDateLine: formatPlaceDate(content.place, content.issuedOn, content.year),
    documentType: 'KẾ HOẠCH',
    title: content.title.trim(),
    body,
    recipientsHeading: 'Nơi nhận:',
    recipientLines: recipientLines(content.recipients),
    signatureLines: signatureLines(content.signature, content.issuingBody),
    signerName: content.signature.signerName.trim(),
    appendix: !appendix
      ? null
      : {
          heading: 'PHỤ LỤC',
          title: `CÁC NHIỆM VỤ ${content.title.trim().toLocaleUpperCase('vi')}`,
          subtitle: `(Kèm theo Kế hoạch số ${documentNumber} ngày ${appendixDate(content)} của ${issuerInSentence(content.parentBody, content.issuingBody)})`,
          columns: appendixColumns(rows),
          rows,
        },
  };
}

/**
 * Tên cơ quan trong câu, kept for callers written before unitNameInSentence: "Ủy ban nhân dân xã
 * Giao Long" from "ỦY BAN NHÂN DÂN XÃ GIAO LONG", "Văn phòng UBND tỉnh" from "VĂN PHÒNG UBND TỈNH".
 */
export function sentenceCaseBody(issuingBody: string): string {
  return unitNameInSentence(issuingBody);
}

function appendixDate(content: PlanContent): string {
  if (!content.issuedOn) return `     /     /${content.year}`;
  return shortDate(content.issuedOn);
}

/**
 * Kiểu đoạn của tiêu đề mục: a "-" or "+" item prints as a bullet line; numbered headings by
 * depth — the top (where today's flat "1." sections sit) heading2, one down heading3, deeper heading4.
 */
function sectionBlockKind(entry: OrderedSection): BodyBlockKind {
  if (entry.section.numbering === 'dash') return 'bullet';
  if (entry.section.numbering === 'plus') return 'subbullet';
  return entry.depth === 0 ? 'heading2' : entry.depth === 1 ? 'heading3' : 'heading4';
}

function taskBlocks(task: PrintedTask, marker: '-' | '+'): BodyBlock[] {
  return taskLines(task, marker).map((text, index) => ({
    kind: index > 0 ? 'paragraph' : marker === '+' ? 'subbullet' : 'bullet',
    text,
  }));
}

/** What the appendix needs besides the tasks: group leads by groupId, and the sections for tasks without an area. */
export interface AppendixOptions {
  groupLeads?: GroupLeadNames;
  sections?: readonly PlanSection[];
}

/** Nhóm phụ lục: one area group of the appendix ("I" Cải cách thể chế), or the ungrouped tasks first (numeral null). */
export interface AppendixGroup {
  numeral: string | null;
  area: string;
  tasks: PrintedTask[];
}

/**
 * Nhóm phụ lục: tasks grouped by area in first-appearance order — a task without an area falls
 * under its section's heading; tasks with neither come first, in no group; empty groups are left
 * out. Group tasks (shared `groupId`) are printed once.
 */
export function appendixGroups(
  tasks: readonly PlanTask[],
  names: OrganisationNames,
  options: AppendixOptions = {},
): AppendixGroup[] {
  const headings = new Map((options.sections ?? []).map((s) => [s.id, s.heading.trim()]));
  // Seeding the ungrouped key first keeps those tasks above group I wherever they stand in the list.
  const groups = new Map<string, PrintedTask[]>([['', []]]);
  for (const task of printedTasks(tasks, names, options.groupLeads)) {
    const area =
      task.task.area.trim() ||
      (task.task.sectionId !== null ? (headings.get(task.task.sectionId) ?? '') : '');
    groups.set(area, [...(groups.get(area) ?? []), task]);
  }
  let areaIndex = 0;
  return [...groups]
    .filter(([area, areaTasks]) => area !== '' || areaTasks.length > 0)
    .map(([area, areaTasks]) => ({
      numeral: area === '' ? null : romanNumeral(++areaIndex),
      area,
      tasks: areaTasks,
    }));
}

/**
 * Dòng phụ lục: the appendix groups (appendixGroups) as rows — an area row ("I | Cải cách thể
 * chế") then its tasks numbered 1, 2… A group task is one row with the group's lead. Unstated
 * output, timeframe and lead print "Không nêu".
 */
export function appendixRows(
  tasks: readonly PlanTask[],
  names: OrganisationNames,
  options: AppendixOptions = {},
): AppendixRow[] {
  const rows: AppendixRow[] = [];
  for (const group of appendixGroups(tasks, names, options)) {
    if (group.numeral !== null)
      rows.push({ kind: 'area', numeral: group.numeral, text: group.area });
    group.tasks.forEach((task, index) => rows.push(taskRow(task, index + 1)));
  }
  return rows;
}

function taskRow(printed: PrintedTask, stt: number): AppendixRow {
  const { task } = printed;
  const pointsNote = task.nodeLinks
    .filter((link) => link.pointsAtStake > 0)
    .map((link) => `${link.code}: bị trừ ${formatViNumber(link.pointsAtStake)} điểm`);
  return {
    kind: 'task',
    stt: String(stt),
    content: task.content.trim(),
    solution: task.solution.trim(),
    output: printed.output || NOT_STATED_LABEL,
    timeframe: printed.timeframe || NOT_STATED_LABEL,
    lead: appendixLeadText(task.kind, printed.lead) || NOT_STATED_LABEL,
    coordinating: printed.coordinating,
    note: [task.note.trim(), ...pointsNote].filter((part) => part !== '').join('; '),
  };
}
