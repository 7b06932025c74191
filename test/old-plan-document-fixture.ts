// Fixture: the plan document as the code of today's shape (commit 4385820, before issue 10) laid
// it out — plan-document.ts and formatTargetText copied verbatim, the old types inline — so the
// migration test can render old rows the old way and compare with the new layout of the migrated rows.
import { formatViNumber } from '@domain/shared/vi-format';

/** Phép so sánh của chỉ tiêu (old shape): top_group = "thuộc nhóm N … dẫn đầu". */
export type OldTargetComparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'top_group';

const TARGET_COMPARATOR_SYMBOLS: Record<OldTargetComparator, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
  top_group: 'thuộc nhóm',
};

/** Chỉ tiêu (old shape). */
export interface PlanTarget {
  metric: string;
  comparator: OldTargetComparator;
  value: number;
  unit: string;
}

/** Mục nội dung (old shape): flat heading and body. */
export interface PlanSection {
  heading: string;
  body: string;
}

/** Khối chữ ký (unchanged). */
export interface PlanSignature {
  mode: 'TM' | 'KT' | 'Q' | 'direct';
  authority: string;
  signerTitle: string;
  signerName: string;
}

/** Nội dung kế hoạch (old shape): no frameworkIds, no appendixTable. */
export interface PlanContent {
  parentBody: string;
  issuingBody: string;
  number: string | null;
  symbol: string;
  place: string;
  issuedOn: string | null;
  year: number;
  title: string;
  preamble: string;
  basis: { number: string; date: string | null; issuer: string; summary: string }[];
  purpose: string;
  requirements: string;
  targets: PlanTarget[];
  sections: PlanSection[];
  implementation: string;
  reportingDuties: string;
  recipients: string[];
  signature: PlanSignature;
}

/** Loại sản phẩm (old shape: no not_stated). */
export type OutputKind =
  'plan' | 'report' | 'letter' | 'decision' | 'articles' | 'figure' | 'other';

const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  plan: 'Kế hoạch',
  report: 'Báo cáo',
  letter: 'Công văn',
  decision: 'Quyết định',
  articles: 'Chuyên mục, bài viết',
  figure: 'Chỉ tiêu số',
  other: 'Khác',
};

/** Nhiệm vụ (old shape: no section, kind or group). */
export interface PlanTask {
  area: string;
  content: string;
  solution: string;
  nodeLinks: { code: string; pointsAtStake: number }[];
  leadOrganisationId: string | null;
  leadSuggestion: string;
  coordinatingOrganisationIds: string[];
  coordinatingNote: string;
  outputKind: OutputKind;
  outputDescription: string;
  timeframeText: string;
  note: string;
  status: string;
}

/**
 * Chỉ tiêu thành chữ: "Chỉ số CCHC ≥ 85%", "Tỷ lệ hồ sơ đúng hạn ≥ 98%", "Xếp hạng Chỉ số CCHC
 * thuộc nhóm 8 huyện dẫn đầu". A "%" sticks to the number; other units take a space.
 */
export function formatTargetText(target: PlanTarget): string {
  const value = formatViNumber(target.value);
  const unit = target.unit.trim();
  if (target.comparator === 'top_group') {
    return `${target.metric.trim()} thuộc nhóm ${value}${unit ? ` ${unit}` : ''} dẫn đầu`;
  }
  const amount = unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : value;
  return `${target.metric.trim()} ${TARGET_COMPARATOR_SYMBOLS[target.comparator]} ${amount}`;
}

/** Kiểu đoạn thân văn bản: I. heading, 1. heading, a) heading, paragraph, "-" bullet, "+" sub-bullet. */
export type BodyBlockKind =
  'heading1' | 'heading2' | 'heading3' | 'paragraph' | 'bullet' | 'subbullet';

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
      output: string;
      timeframe: string;
      lead: string;
      coordinating: string;
      note: string;
    };

/** Tiêu đề cột của bảng phụ lục, in order. */
export const APPENDIX_COLUMNS = [
  'STT',
  'Nội dung',
  'Kết quả/sản phẩm',
  'Thời gian thực hiện',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Ghi chú',
] as const;

/** Văn bản kế hoạch: every line of the plan's .docx, in state-format order. */
export interface PlanDocumentModel {
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
  appendix: { heading: string; title: string; subtitle: string; rows: AppendixRow[] } | null;
}

/** Tên đơn vị: how to name an organisation id in the document (its name as the tree has it). */
export type OrganisationNames = ReadonlyMap<string, string>;

const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const NATIONAL_SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
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
  const issuer = reference.issuer.trim() ? ` của ${reference.issuer.trim()}` : '';
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
 * HOẠCH" and its title, I. purpose and requirements (with the targets), II. content by section,
 * III. the task appendix reference, IV. organisation of implementation and reporting, recipients
 * and signature, then the appendix table grouped by area (I, II… rows, tasks numbered 1, 2… in
 * each group).
 */
export function buildPlanDocument(
  content: PlanContent,
  tasks: readonly PlanTask[],
  names: OrganisationNames,
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

  nextHeading('Mục đích, yêu cầu');
  body.push({ kind: 'heading2', text: '1. Mục đích' }, ...textToBlocks(content.purpose));
  body.push({ kind: 'heading2', text: '2. Yêu cầu' }, ...textToBlocks(content.requirements));
  if (content.targets.length > 0) {
    body.push({ kind: 'heading2', text: '3. Chỉ tiêu' });
    for (const target of content.targets)
      body.push({ kind: 'bullet', text: `- ${formatTargetText(target)}.` });
  }

  if (content.sections.length > 0) {
    nextHeading('Nội dung, nhiệm vụ và giải pháp');
    content.sections.forEach((section, index) => {
      body.push({ kind: 'heading2', text: `${index + 1}. ${section.heading.trim()}` });
      body.push(...textToBlocks(section.body));
    });
  }
  if (tasks.length > 0) {
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
  const issuingBody = content.issuingBody.trim().toLocaleUpperCase('vi');
  return {
    parentBody: content.parentBody.trim().toLocaleUpperCase('vi'),
    issuingBodyLines: splitIssuingBody(issuingBody),
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
    appendix:
      tasks.length === 0
        ? null
        : {
            heading: 'PHỤ LỤC',
            title: `CÁC NHIỆM VỤ ${content.title.trim().toLocaleUpperCase('vi')}`,
            subtitle: `(Kèm theo Kế hoạch số ${documentNumber} ngày ${appendixDate(content)} của ${sentenceCaseBody(content.issuingBody)})`,
            rows: appendixRows(tasks, names),
          },
  };
}

/** "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ" → ["ỦY BAN NHÂN DÂN", "HUYỆN LẤP VÒ"], as the header breaks it. */
function splitIssuingBody(issuingBody: string): string[] {
  const committee = 'ỦY BAN NHÂN DÂN ';
  if (issuingBody.startsWith(committee) && issuingBody.length > committee.length) {
    return [committee.trim(), issuingBody.slice(committee.length)];
  }
  return [issuingBody];
}

/** Cấp hành chính: the unit-level words after which an issuing body's name is a place name. */
const UNIT_LEVELS = ['THÀNH PHỐ', 'THỊ TRẤN', 'THỊ XÃ', 'TỈNH', 'HUYỆN', 'QUẬN', 'PHƯỜNG', 'XÃ'];

/**
 * Tên cơ quan trong câu: "Ủy ban nhân dân xã Giao Long" from the issuing body as the user typed it (kept when not all
 * capitals). From all capitals the body's kind goes to lower case but the place name after the unit
 * level keeps a capital on each word, as the sample's appendix prints it.
 */
export function sentenceCaseBody(issuingBody: string): string {
  const trimmed = issuingBody.trim();
  if (trimmed !== trimmed.toLocaleUpperCase('vi')) return trimmed;
  const level = UNIT_LEVELS.map((word) => ({ word, at: trimmed.indexOf(` ${word} `) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  const placeStart = level ? level.at + level.word.length + 2 : trimmed.length;
  const kind = trimmed.slice(0, placeStart).toLocaleLowerCase('vi');
  const place = trimmed
    .slice(placeStart)
    .toLocaleLowerCase('vi')
    .replace(
      /(^|\s)(\S)/g,
      (_match, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'),
    );
  return kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1) + place;
}

function appendixDate(content: PlanContent): string {
  if (!content.issuedOn) return `     /     /${content.year}`;
  return shortDate(content.issuedOn);
}

/** Dòng phụ lục: tasks grouped by area in first-appearance order; tasks without an area come first, unnumbered group. */
export function appendixRows(tasks: readonly PlanTask[], names: OrganisationNames): AppendixRow[] {
  // Seeding the ungrouped key first keeps those tasks above group I wherever they stand in the list.
  const groups = new Map<string, PlanTask[]>([['', []]]);
  for (const task of tasks) {
    const area = task.area.trim();
    groups.set(area, [...(groups.get(area) ?? []), task]);
  }
  const rows: AppendixRow[] = [];
  let areaIndex = 0;
  for (const [area, areaTasks] of groups) {
    if (area !== '') rows.push({ kind: 'area', numeral: romanNumeral(++areaIndex), text: area });
    areaTasks.forEach((task, index) => rows.push(taskRow(task, index + 1, names)));
  }
  return rows;
}

function taskRow(task: PlanTask, stt: number, names: OrganisationNames): AppendixRow {
  const coordinating = [
    ...task.coordinatingOrganisationIds.map((id) => names.get(id) ?? ''),
    task.coordinatingNote.trim(),
  ].filter((name) => name !== '');
  const lead = task.leadOrganisationId
    ? (names.get(task.leadOrganisationId) ?? '')
    : task.leadSuggestion;
  const output = task.outputDescription.trim() || OUTPUT_KIND_LABELS[task.outputKind];
  const pointsNote = task.nodeLinks
    .filter((link) => link.pointsAtStake > 0)
    .map((link) => `${link.code}: bị trừ ${formatViNumber(link.pointsAtStake)} điểm`);
  return {
    kind: 'task',
    stt: String(stt),
    content: task.content.trim(),
    output,
    timeframe: task.timeframeText.trim(),
    lead,
    coordinating: coordinating.join('; '),
    note: [task.note.trim(), ...pointsNote].filter((part) => part !== '').join('; '),
  };
}
