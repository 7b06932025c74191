// Báo cáo tổng hợp kỳ: the focal unit's "BÁO CÁO Kết quả thực hiện Kế hoạch số … <kỳ>", built
// from the units' accepted reports. First an editable narrative (one text per section, one
// paragraph per line, "- " bullets), then the state-format layout (Nghị định 30/2020,
// document-format.md) the .docx renderer places, with an appendix table of every task.
import { formatViNumber } from '../shared/vi-format';
import {
  formatNumberLine,
  formatPlaceDate,
  recipientLines,
  romanNumeral,
  signatureLines,
  textToBlocks,
  type BodyBlock,
  type PlanDocumentModel,
} from '../plans/plan-document';
import { headerBodies, issuerInSentence, issuingBodyLines } from '../plans/document-header';
import { formatTargetText } from '../plans/plan-targets';
import {
  TASK_STATUS_LABELS,
  type LegalReference,
  type PlanContent,
  type PlanTarget,
  type TaskStatus,
} from '../plans/plan';
import type { ReportingPeriod } from './reporting-periods';
import {
  PERIOD_CELL_STATUS_LABELS,
  completionBy,
  type PeriodCellStatus,
  type SubmissionStatus,
} from './submission';

/** Nhiệm vụ trong báo cáo tổng hợp: one plan task with its units already named and its current status. */
export interface ConsolidatedTask {
  id: string;
  /** Lĩnh vực: the appendix group ("Cải cách thể chế"); empty for none. */
  area: string;
  content: string;
  /** Đơn vị chủ trì, named. */
  leadName: string;
  /** Đơn vị phối hợp, named. */
  coordinatingNames: string[];
  timeframeText: string;
  outputDescription: string;
  /** Điểm có thể lấy lại: points the task can win back. */
  pointsAtStake: number;
  /** Trạng thái hiện tại của nhiệm vụ in the plan. */
  status: TaskStatus;
}

/** Phần báo cáo về một nhiệm vụ: what one unit reported on one task (as chủ trì or phối hợp). */
export interface ConsolidatedEntry {
  taskId: string;
  role: 'lead' | 'coordinator';
  status: TaskStatus;
  /** Tiến độ, 0–100 (%). */
  progress: number;
  /** Kết quả thực hiện, one paragraph per line. */
  result: string;
  /** Lý do (chưa hoàn thành, không thực hiện được). */
  reason: string;
  /** Văn bản đã ban hành cited as evidence of the result. */
  documentRefs: LegalReference[];
  /** Số minh chứng: evidence files attached. */
  evidenceCount: number;
}

/** Báo cáo của một đơn vị cho kỳ, as the consolidation reads it. */
export interface ConsolidatedSubmission {
  organisationName: string;
  status: SubmissionStatus;
  /** Số ngày nộp muộn (0 on time), null when never submitted. */
  daysLate: number | null;
  /** Khó khăn, vướng mắc. */
  difficulties: string;
  /** Đề xuất, kiến nghị. */
  proposals: string;
  /** Giá trị chỉ tiêu: by index into the plan's targets; null when not reported. */
  kpiValues: { targetIndex: number; value: number | null }[];
  entries: ConsolidatedEntry[];
}

/** Đơn vị nộp muộn hoặc chưa nộp, with the period cell's status. */
export interface LateOrMissingUnit {
  organisationName: string;
  status: PeriodCellStatus;
  daysLate: number | null;
}

/**
 * Dữ liệu báo cáo tổng hợp: the plan, the period, its tasks, every unit's report for the period
 * (accepted ones give the results; all count for who reported when), the units late or missing,
 * and how many units must report.
 */
export interface ConsolidatedInput {
  /** documentNumber: the issued plan's "45/KH-UBND". */
  plan: { content: PlanContent; documentNumber: string };
  period: ReportingPeriod;
  tasks: ConsolidatedTask[];
  submissions: ConsolidatedSubmission[];
  lateOrMissing: LateOrMissingUnit[];
  /** Số đơn vị phải báo cáo. */
  reportingUnitCount: number;
}

/** Mục của báo cáo: one editable part of the narrative ("overview", "area:1", "kpi"…). */
export interface ConsolidatedSection {
  key: string;
  heading: string;
  text: string;
}

/** Mục đã sửa: a section with whether the user's edit replaced the generated text. */
export interface EditedSection extends ConsolidatedSection {
  edited: boolean;
}

/** Dòng phụ lục báo cáo: an area row ("I | Cải cách thể chế") or a task row with its period result. */
export type ReportAppendixRow =
  | { kind: 'area'; numeral: string; text: string }
  | {
      kind: 'task';
      stt: string;
      content: string;
      lead: string;
      status: string;
      progress: string;
      result: string;
      note: string;
    };

/** Tiêu đề cột của phụ lục báo cáo, in order. */
export const REPORT_APPENDIX_COLUMNS = [
  'STT',
  'Nội dung',
  'Đơn vị chủ trì',
  'Tình trạng',
  'Tiến độ (%)',
  'Kết quả',
  'Ghi chú',
] as const;

/** Văn bản báo cáo tổng hợp: the plan document's layout with the report's own appendix table. */
export type ConsolidatedDocumentModel = Omit<PlanDocumentModel, 'appendix'> & {
  appendix: { heading: string; title: string; subtitle: string; rows: ReportAppendixRow[] } | null;
};

/** Tên mục cố định (fixed section headings), in document order around the per-area sections. */
const HEADINGS = {
  overview: 'Tình hình triển khai',
  areas: 'Kết quả thực hiện theo lĩnh vực',
  kpi: 'Kết quả thực hiện các chỉ tiêu',
  late: 'Đơn vị nộp báo cáo muộn, chưa nộp báo cáo',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
  next: 'Nhiệm vụ trọng tâm kỳ tới',
} as const;

/** Heading of the group of tasks with no area. */
const NO_AREA_HEADING = 'Nhiệm vụ chung';

/**
 * Các mục báo cáo: the generated narrative in order — overview, one 'area:<n>' section per area
 * (tasks without an area first as 'area:0', as the plan's appendix puts them), kpi, late,
 * difficulties, proposals, next.
 */
export function buildConsolidatedSections(input: ConsolidatedInput): ConsolidatedSection[] {
  const accepted = input.submissions.filter((submission) => submission.status === 'accepted');
  return [
    { key: 'overview', heading: HEADINGS.overview, text: overviewText(input) },
    ...areaGroups(input.tasks).map((group) => ({
      key: `area:${group.index}`,
      heading: group.area || NO_AREA_HEADING,
      text: group.tasks.map((task) => taskLines(task, accepted).join('\n')).join('\n'),
    })),
    { key: 'kpi', heading: HEADINGS.kpi, text: kpiText(input.plan.content.targets, accepted) },
    { key: 'late', heading: HEADINGS.late, text: lateText(input.lateOrMissing) },
    {
      key: 'difficulties',
      heading: HEADINGS.difficulties,
      text: quotedByUnit(
        accepted.map((submission) => [submission.organisationName, submission.difficulties]),
        'Các đơn vị không nêu khó khăn, vướng mắc.',
      ),
    },
    {
      key: 'proposals',
      heading: HEADINGS.proposals,
      text: quotedByUnit(
        accepted.map((submission) => [submission.organisationName, submission.proposals]),
        'Các đơn vị không có đề xuất, kiến nghị.',
      ),
    },
    { key: 'next', heading: HEADINGS.next, text: nextText(input.tasks) },
  ];
}

/** Áp dụng chỉnh sửa: an edit replaces a section's text; an empty or blank edit keeps (restores) the generated one. */
export function applyNarrativeEdits(
  sections: readonly ConsolidatedSection[],
  edits: Readonly<Record<string, string>>,
): EditedSection[] {
  return sections.map((section) => {
    const edit = Object.hasOwn(edits, section.key) ? edits[section.key] : undefined;
    return edit !== undefined && edit.trim() !== ''
      ? { ...section, text: edit.trim(), edited: true }
      : { ...section, edited: false };
  });
}

/** Ký hiệu báo cáo: "KH-UBND" → "BC-UBND" (the type part of the plan's symbol swapped for BC). */
export function reportSymbol(planSymbol: string): string {
  const symbol = planSymbol.trim();
  const dash = symbol.indexOf('-');
  return dash >= 0 ? `BC-${symbol.slice(dash + 1)}` : `BC-${symbol}`;
}

/**
 * Văn bản báo cáo tổng hợp: the plan's header with "Số:      /BC-…" and an undated place line
 * (a draft for the clerk), "BÁO CÁO" and its title, an opening paragraph, the sections as I., II.
 * (the area sections as 1., 2. under one heading), the plan's recipients and signature, then the
 * appendix table of every task grouped by area.
 */
export function buildConsolidatedDocument(
  input: ConsolidatedInput,
  sections: readonly ConsolidatedSection[],
): ConsolidatedDocumentModel {
  const { content, documentNumber } = input.plan;
  const symbol = reportSymbol(content.symbol);
  const planReference = `Kế hoạch số ${documentNumber.trim()}${
    content.issuedOn ? ` ngày ${shortDate(content.issuedOn)}` : ''
  }`;
  const issuer = issuerInSentence(content.parentBody, content.issuingBody);
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${planReference} của ${issuer} về ${lowerFirst(content.title.trim())}, ${issuer} báo cáo kết quả thực hiện ${input.period.label} như sau:`,
    },
  ];

  let heading = 0;
  let areaHeadingDone = false;
  let areaNumber = 0;
  for (const section of sections) {
    if (section.key.startsWith('area:')) {
      if (!areaHeadingDone) {
        body.push(heading1(++heading, HEADINGS.areas));
        areaHeadingDone = true;
      }
      body.push({ kind: 'heading2', text: `${++areaNumber}. ${section.heading.trim()}` });
    } else {
      body.push(heading1(++heading, section.heading));
    }
    body.push(...textToBlocks(section.text));
  }

  const year = Number(input.period.due.slice(0, 4));
  const bodies = headerBodies(content.parentBody, content.issuingBody);
  return {
    // Prepared for signature, not a draft under discussion: the clerk fills the number in.
    draftMark: null,
    parentBody: bodies.parentBody,
    issuingBodyLines: issuingBodyLines(bodies.issuingBody),
    numberLine: formatNumberLine(null, symbol),
    nationalMotto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    nationalSlogan: 'Độc lập - Tự do - Hạnh phúc',
    placeDateLine: formatPlaceDate(content.place, null, year),
    documentType: 'BÁO CÁO',
    title: `Kết quả thực hiện ${planReference} về ${lowerFirst(content.title.trim())}, ${input.period.label}`,
    body,
    recipientsHeading: 'Nơi nhận:',
    recipientLines: recipientLines(content.recipients),
    signatureLines: signatureLines(content.signature, content.issuingBody),
    signerName: content.signature.signerName.trim(),
    appendix:
      input.tasks.length === 0
        ? null
        : {
            heading: 'PHỤ LỤC',
            title: `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ${input.period.label.toLocaleUpperCase('vi')}`,
            subtitle: `(Kèm theo Báo cáo số      /${symbol} ngày      /     /${year} của ${issuer})`,
            rows: reportAppendixRows(input),
          },
  };
}

/** Dòng phụ lục báo cáo: tasks grouped by area as the plan's appendix (no-area tasks first, unnumbered). */
export function reportAppendixRows(input: ConsolidatedInput): ReportAppendixRow[] {
  const accepted = input.submissions.filter((submission) => submission.status === 'accepted');
  const rows: ReportAppendixRow[] = [];
  for (const group of areaGroups(input.tasks)) {
    if (group.area !== '')
      rows.push({ kind: 'area', numeral: romanNumeral(group.index), text: group.area });
    group.tasks.forEach((task, index) => {
      const lead = entriesFor(task.id, accepted).find((entry) => entry.entry.role === 'lead');
      const notes = [
        lead ? '' : 'Đơn vị chủ trì chưa có báo cáo được tiếp nhận',
        lead && task.status !== 'done' ? lead.entry.reason.trim() : '',
        lead ? documentsCited(lead.entry.documentRefs) : '',
        lead && lead.entry.evidenceCount > 0 ? `${lead.entry.evidenceCount} minh chứng` : '',
        task.status !== 'done' && task.pointsAtStake > 0
          ? `Có thể lấy lại ${formatViNumber(task.pointsAtStake)} điểm`
          : '',
      ];
      rows.push({
        kind: 'task',
        stt: String(index + 1),
        content: task.content.trim(),
        lead: task.leadName.trim(),
        status: TASK_STATUS_LABELS[task.status],
        progress: task.status === 'done' ? '100' : lead ? formatViNumber(lead.entry.progress) : '',
        result: lead ? oneLine(lead.entry.result) : '',
        note: notes.filter((note) => note !== '').join('; '),
      });
    });
  }
  return rows;
}

/** Dòng bảng tính nhiệm vụ: one task as the report's .xlsx lists it, with the period's lead result. */
export interface ReportTaskRow {
  /** "I.1" under an area, "1" for the tasks with no area. */
  stt: string;
  area: string;
  content: string;
  lead: string;
  /** Đơn vị phối hợp, joined with "; ". */
  coordinating: string;
  timeframe: string;
  /** Tên trạng thái (the plan's current status). */
  status: string;
  /** Tiến độ (%): 100 when done, else the lead's reported progress, null without a report. */
  progress: number | null;
  /** Kết quả the lead reported, on one line. */
  result: string;
  /** Số minh chứng: evidence files of every accepted entry on the task. */
  evidenceCount: number;
  /** Điểm có thể lấy lại, null when the task serves no scored criterion. */
  pointsAtStake: number | null;
  /** Quá hạn on the day the sheet is made. */
  overdue: boolean;
}

/** Bảng tính nhiệm vụ: every task in appendix order; `isOverdue` says which are past due (the caller knows the timeframes and today). */
export function reportTaskRows(
  input: ConsolidatedInput,
  isOverdue: (task: ConsolidatedTask) => boolean,
): ReportTaskRow[] {
  const accepted = input.submissions.filter((submission) => submission.status === 'accepted');
  return areaGroups(input.tasks).flatMap((group) =>
    group.tasks.map((task, index): ReportTaskRow => {
      const entries = entriesFor(task.id, accepted);
      const lead = entries.find((each) => each.entry.role === 'lead');
      return {
        stt: group.index === 0 ? String(index + 1) : `${romanNumeral(group.index)}.${index + 1}`,
        area: group.area,
        content: task.content.trim(),
        lead: task.leadName.trim(),
        coordinating: task.coordinatingNames.join('; '),
        timeframe: task.timeframeText.trim(),
        status: TASK_STATUS_LABELS[task.status],
        progress: task.status === 'done' ? 100 : (lead?.entry.progress ?? null),
        result: lead ? oneLine(lead.entry.result) : '',
        evidenceCount: entries.reduce((sum, each) => sum + each.entry.evidenceCount, 0),
        pointsAtStake: task.pointsAtStake > 0 ? task.pointsAtStake : null,
        overdue: isOverdue(task),
      };
    }),
  );
}

// --- Tình hình triển khai ---------------------------------------------------------------------

function overviewText(input: ConsolidatedInput): string {
  const delivered = input.submissions.filter(
    (submission) => submission.status === 'submitted' || submission.status === 'accepted',
  );
  const late = delivered.filter((submission) => (submission.daysLate ?? 0) > 0).length;
  const onTime = delivered.length - late;
  const missing = Math.max(0, input.reportingUnitCount - delivered.length);
  const accepted = input.submissions.filter((s) => s.status === 'accepted').length;
  const { from, to } = input.period;
  const lines = [
    `Kỳ báo cáo ${input.period.label} (số liệu từ ngày ${shortDate(from)} đến ngày ${shortDate(to)}, hạn nộp ngày ${shortDate(input.period.due)}).`,
    `Có ${input.reportingUnitCount} đơn vị phải báo cáo: ${onTime} đơn vị nộp đúng hạn, ${late} đơn vị nộp muộn, ${missing} đơn vị chưa nộp; đã tiếp nhận ${accepted} báo cáo làm cơ sở tổng hợp.`,
  ];
  const [completion] = completionBy(input.tasks, () => 'all');
  if (completion) {
    const count = (status: TaskStatus) =>
      input.tasks.filter((task) => task.status === status).length;
    lines.push(
      `Kế hoạch có ${completion.total} nhiệm vụ: hoàn thành ${completion.done} nhiệm vụ (đạt ${formatViNumber(completion.percent ?? 0, 1)}%), đang thực hiện ${count('in_progress')}, chưa thực hiện ${count('not_started')}, không thực hiện được ${count('cannot_do')}.`,
    );
    if (completion.openPointsAtStake > 0)
      lines.push(
        `Các nhiệm vụ chưa hoàn thành có thể lấy lại ${formatViNumber(completion.openPointsAtStake)} điểm Chỉ số cải cách hành chính.`,
      );
  } else {
    lines.push('Kế hoạch chưa có nhiệm vụ cụ thể.');
  }
  return lines.join('\n');
}

// --- Kết quả theo lĩnh vực --------------------------------------------------------------------

interface AreaGroup {
  /** 1, 2… for named areas in first-appearance order; 0 for the tasks with no area. */
  index: number;
  area: string;
  tasks: ConsolidatedTask[];
}

function areaGroups(tasks: readonly ConsolidatedTask[]): AreaGroup[] {
  const groups = new Map<string, ConsolidatedTask[]>([['', []]]);
  for (const task of tasks) {
    const area = task.area.trim();
    groups.set(area, [...(groups.get(area) ?? []), task]);
  }
  let index = 0;
  return [...groups]
    .filter(([, areaTasks]) => areaTasks.length > 0)
    .map(([area, areaTasks]) => ({ index: area === '' ? 0 : ++index, area, tasks: areaTasks }));
}

function entriesFor(
  taskId: string,
  submissions: readonly ConsolidatedSubmission[],
): { unit: string; entry: ConsolidatedEntry }[] {
  return submissions.flatMap((submission) =>
    submission.entries
      .filter((entry) => entry.taskId === taskId)
      .map((entry) => ({ unit: submission.organisationName, entry })),
  );
}

/**
 * "- <nội dung> (<chủ trì> chủ trì): hoàn thành." then what the lead reported (kết quả, lý do,
 * văn bản, minh chứng) and one "+ " line per coordinating unit's part.
 */
function taskLines(task: ConsolidatedTask, accepted: readonly ConsolidatedSubmission[]): string[] {
  const entries = entriesFor(task.id, accepted);
  const leads = entries.filter((each) => each.entry.role === 'lead');
  const coordinators = entries.filter((each) => each.entry.role === 'coordinator');
  const lead = task.leadName.trim() ? ` (${task.leadName.trim()} chủ trì)` : '';
  const progress = leads[0]?.entry.progress ?? null;
  const parts = [
    `- ${task.content.trim().replace(/[.;]$/, '')}${lead}: ${statusPhrase(task.status, progress)}.`,
  ];
  if (leads.length === 0) parts.push('Đơn vị chủ trì chưa có báo cáo được tiếp nhận.');
  for (const { unit, entry } of leads) {
    const prefix = leads.length > 1 ? `${unit}: ` : '';
    if (entry.result.trim()) parts.push(`${prefix}Kết quả: ${sentence(entry.result)}`);
    if (entry.reason.trim() && entry.status !== 'done')
      parts.push(`Lý do: ${sentence(entry.reason)}`);
    const documents = documentsCited(entry.documentRefs);
    if (documents) parts.push(`Văn bản: ${documents}.`);
    if (entry.evidenceCount > 0) parts.push(`Kèm ${entry.evidenceCount} minh chứng.`);
  }
  return [
    parts.join(' '),
    ...coordinators.map(({ unit, entry }) => {
      const result = entry.result.trim() ? ` ${sentence(entry.result)}` : '';
      return `+ ${unit} (phối hợp): ${statusPhrase(entry.status, entry.progress)}.${result}`;
    }),
  ];
}

/** "hoàn thành", "đang thực hiện, đạt 60%", "chưa thực hiện", "không thực hiện được". */
function statusPhrase(status: TaskStatus, progress: number | null): string {
  const label = TASK_STATUS_LABELS[status].toLocaleLowerCase('vi');
  if (status === 'in_progress' && progress !== null && progress > 0)
    return `${label}, đạt ${formatViNumber(progress)}%`;
  return label;
}

/** "Văn bản số 12/BC-UBND ngày 05/3/2024 của UBND xã A về …; Quyết định số 3/QĐ-UBND …". */
function documentsCited(references: readonly LegalReference[]): string {
  return references
    .filter((reference) => reference.number.trim() !== '')
    .map((reference) => {
      const number = reference.number.trim();
      // A number typed with its kind ("Quyết định số 3/QĐ-UBND") is printed as typed.
      const named = /\bsố\s/i.test(number) ? number : `Văn bản số ${number}`;
      const date = reference.date ? ` ngày ${shortDate(reference.date)}` : '';
      const issuer = reference.issuer.trim() ? ` của ${reference.issuer.trim()}` : '';
      const summary = reference.summary.trim() ? ` ${reference.summary.trim()}` : '';
      return `${named}${date}${issuer}${summary}`;
    })
    .join('; ');
}

// --- Chỉ tiêu ---------------------------------------------------------------------------------

/**
 * Kết quả chỉ tiêu: each target as formatTargetText writes it, then the values of the accepted
 * reports listed by unit. With two or more values the line adds their mean (bình quân) and how
 * many units reach the target; a target that is not a number (a rank, a grade…) is only listed,
 * since a unit's own figure cannot meet it.
 */
function kpiText(
  targets: readonly PlanTarget[],
  accepted: readonly ConsolidatedSubmission[],
): string {
  if (targets.length === 0) return 'Kế hoạch không đặt chỉ tiêu cụ thể.';
  return targets
    .map((target, index) => {
      const values = accepted.flatMap((submission) => {
        const value = submission.kpiValues.find((kpi) => kpi.targetIndex === index)?.value;
        return value === null || value === undefined
          ? []
          : [{ unit: submission.organisationName, value }];
      });
      const head = `- ${formatTargetText(target)}:`;
      if (values.length === 0) return `${head} chưa có đơn vị báo cáo số liệu.`;
      const listed = values.map((each) => `${each.unit} ${amount(each.value, target)}`).join('; ');
      if (values.length === 1 || target.kind !== 'number') return `${head} ${listed}.`;
      const mean = values.reduce((sum, each) => sum + each.value, 0) / values.length;
      const reached = values.filter((each) => meets(each.value, target)).length;
      return `${head} ${listed}. Bình quân ${amount(mean, target)}; ${reached}/${values.length} đơn vị đạt chỉ tiêu.`;
    })
    .join('\n');
}

function amount(value: number, target: PlanTarget): string {
  const unit = target.unit.trim();
  const number = formatViNumber(value);
  return unit === '%'
    ? `${number}%`
    : unit && target.kind === 'number'
      ? `${number} ${unit}`
      : number;
}

function meets(value: number, target: PlanTarget): boolean {
  const bar = target.value;
  if (target.kind !== 'number' || bar === null) return false;
  switch (target.comparator) {
    case 'gte':
      return value >= bar;
    case 'gt':
      return value > bar;
    case 'lte':
      return value <= bar;
    case 'lt':
      return value < bar;
    case 'eq':
      return value === bar;
  }
}

// --- Đơn vị nộp muộn, chưa nộp; khó khăn; đề xuất; kỳ tới --------------------------------------

function lateText(units: readonly LateOrMissingUnit[]): string {
  if (units.length === 0) return 'Các đơn vị đều nộp báo cáo đúng hạn.';
  return [
    ...units.map((unit) => `- ${unit.organisationName}: ${lateStatus(unit)}.`),
    'Đề nghị các đơn vị trên nghiêm túc thực hiện chế độ báo cáo theo quy định.',
  ].join('\n');
}

function lateStatus(unit: LateOrMissingUnit): string {
  if (unit.status === 'late' && unit.daysLate !== null && unit.daysLate > 0)
    return `nộp muộn ${unit.daysLate} ngày`;
  if (unit.status === 'returned') return 'báo cáo bị trả lại, chưa nộp lại';
  return PERIOD_CELL_STATUS_LABELS[unit.status].toLocaleLowerCase('vi');
}

/** "- UBND xã A: first line" and the unit's further lines as "+ " sub-bullets. */
function quotedByUnit(quotes: readonly [string, string][], none: string): string {
  const lines = quotes.flatMap(([unit, text]) => {
    const paragraphs = text
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/^[-–•+]\s*/, ''))
      .filter((line) => line !== '');
    if (paragraphs.length === 0) return [];
    const [first = '', ...rest] = paragraphs.map(withStop);
    return [`- ${unit}: ${first}`, ...rest.map((line) => `+ ${line}`)];
  });
  return lines.length === 0 ? none : lines.join('\n');
}

function nextText(tasks: readonly ConsolidatedTask[]): string {
  const open = tasks.filter((task) => task.status !== 'done');
  if (open.length === 0)
    return 'Các nhiệm vụ của Kế hoạch đã hoàn thành; tiếp tục duy trì, nâng cao chất lượng các kết quả đạt được.';
  return [
    'Tiếp tục triển khai các nhiệm vụ chưa hoàn thành:',
    ...open.map((task) => {
      const details = [
        task.leadName.trim() ? `${task.leadName.trim()} chủ trì` : '',
        task.timeframeText.trim() ? `thời gian: ${task.timeframeText.trim()}` : '',
        task.status === 'cannot_do' ? 'cần xem xét điều chỉnh' : '',
      ].filter((part) => part !== '');
      // No parentheses around the details: timeframes often carry their own ("Năm 2024 (Thường xuyên)").
      const suffix = details.length > 0 ? `: ${details.join('; ')}` : '';
      return `- ${task.content.trim().replace(/[.;:]$/, '')}${suffix}.`;
    }),
  ].join('\n');
}

// --- Helpers -----------------------------------------------------------------------------------

function heading1(index: number, text: string): BodyBlock {
  return {
    kind: 'heading1',
    text: `${romanNumeral(index)}. ${text.trim().toLocaleUpperCase('vi')}`,
  };
}

/** "07/5/2024": the short in-sentence date of the state format (month not padded). */
function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${Number(month)}/${year}`;
}

/** "Thực hiện công tác…" → "thực hiện công tác…"; an all-capital first word ("CCHC") is kept. */
function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Free text as one sentence in a line: lines joined with "; ", ending with a full stop. */
function sentence(text: string): string {
  const joined = oneLine(text);
  return /[.!?…]$/.test(joined) ? joined : `${joined}.`;
}

/** A quoted line ends with a full stop unless it already ends with punctuation. */
function withStop(line: string): string {
  return /[.!?…:;]$/.test(line) ? line : `${line}.`;
}

function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-–•+]\s*/, ''))
    .filter((line) => line !== '')
    .join('; ');
}
