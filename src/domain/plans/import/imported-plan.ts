// Kế hoạch đọc từ văn bản: what the importer made of a plan document — a PlanContent and tasks
// ready to become a draft, and beside every part how sure the reading is and which source lines
// it came from, so the review screen can mark what a person must look at.
import type { IndexKind } from '../../frameworks/index-kind';
import type { OrganisationType } from '../../organisations/organisation-type';
import type { ReportingRule } from '../../reports/reporting-rule';
import type { LeadGroup, OutputKind, PlanContent, TaskKind } from '../plan';
import type { SourceSpan } from './source-document';

/** Độ tin cậy dưới mức này: the item is marked for review ("Cần xem lại"). */
export const LOW_CONFIDENCE = 0.6;

/** Cờ cần xem lại: why a reading is marked. */
export const IMPORT_FLAGS = [
  'low_confidence',
  'unmatched_unit',
  'lead_missing',
  'timeframe_unread',
  'node_guess',
  'content_split_guess',
] as const;

/** Cờ cần xem lại: one of IMPORT_FLAGS. */
export type ImportFlag = (typeof IMPORT_FLAGS)[number];

/** Nguồn gốc một mục đọc được: confidence 0–1, the source lines, and the flags a person should see. */
export interface Provenance {
  confidence: number;
  source: SourceSpan[];
  flags: ImportFlag[];
}

/** Cảnh báo nhập: a Vietnamese sentence about the whole document or a part of it. */
export interface ImportWarning {
  code: string;
  message: string;
  source: SourceSpan[];
}

/**
 * Nhiệm vụ đọc được: the fields of a new task (as taskInputSchema takes them) plus what was
 * printed for the units, where the task came from, and its provenance.
 */
export interface ImportedTask {
  /** Khóa trong lần nhập ("t12"): stable across re-reading the same file with the same overrides. */
  key: string;
  area: string;
  sectionId: string | null;
  kind: TaskKind;
  content: string;
  solution: string;
  /** Tiêu chí: framework nodes the task's section or text names. */
  nodeLinks: { frameworkId: string; code: string }[];
  leadOrganisationId: string | null;
  leadGroup: LeadGroup | null;
  /** The lead as printed when no single unit of the tree is it (kept as text, flagged). */
  leadSuggestion: string;
  /** Đơn vị chủ trì như in: the lead cell or phrase exactly as the document wrote it. */
  leadText: string;
  coordinatingOrganisationIds: string[];
  /** Phối hợp khác: the coordinating names no unit of the tree matched. */
  coordinatingNote: string;
  /** Đơn vị phối hợp như in. */
  coordinatingText: string;
  outputKind: OutputKind;
  outputDescription: string;
  /** Thời gian như in (empty = không nêu); read with parseTimeframe. */
  timeframeText: string;
  note: string;
  /** Bảng phụ lục or văn xuôi. */
  origin: 'table' | 'prose';
  provenance: Provenance;
}

/**
 * Đề xuất chế độ báo cáo: the reporting rule the plan's "chế độ báo cáo" sentences describe, or
 * null when none is read; offered, never applied without the person's say.
 */
export interface ReportingProposal {
  rule: ReportingRule;
  provenance: Provenance;
}

/** Tổng kết lần nhập, shown at the top of the review screen. */
export interface ImportTotals {
  sections: number;
  tasks: number;
  tableTasks: number;
  proseTasks: number;
  /** Lead and coordinating names read / matched to a unit of the tree. */
  unitsRead: number;
  unitsMatched: number;
  timeframesStated: number;
  timeframesRead: number;
  targets: number;
  lowConfidence: number;
}

/**
 * Kế hoạch đọc được. `provenance` is keyed by what it describes: a content field name
 * ("issuingBody", "number", "issuedOn", "title", "preamble", "purpose", "requirements",
 * "implementation", "reportingDuties", "recipients", "signature"), "basis:<i>", "section:<id>",
 * "target:<id>". `sectionLabels` keeps each section's number as printed ("1.2.1.", "Đ.").
 */
export interface ImportedPlan {
  content: PlanContent;
  tasks: ImportedTask[];
  provenance: Record<string, Provenance>;
  sectionLabels: Record<string, string>;
  /** Chỉ số each section is about, read from its heading (PAR, PAPI…), also when no framework of that kind exists. */
  sectionIndexKinds: Record<string, IndexKind>;
  reporting: ReportingProposal | null;
  warnings: ImportWarning[];
}

/** Đơn vị để đối chiếu: a unit of the tenant's tree with its validity, as the matcher needs it. */
export interface ImportUnit {
  id: string;
  code: string;
  name: string;
  type: OrganisationType;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

/** Bộ chỉ số để đối chiếu: a framework's kind, name and nodes (code, name). */
export interface ImportFramework {
  id: string;
  indexKind: IndexKind;
  name: string;
  year: number;
  nodes: { code: string; parentCode: string | null; name: string }[];
}

/** Vai trò dòng (sửa tay): how a person says a line should be read on the next reading. */
export const LINE_ROLES = ['heading', 'body', 'task', 'ignore'] as const;

/** Vai trò dòng: one of LINE_ROLES. */
export type LineRole = (typeof LINE_ROLES)[number];

/**
 * Sửa cấp dòng: "read line N as a heading of level L (1 = top)", "as body text", "as a task",
 * or "ignore it" (a running header the cleaner missed).
 */
export interface LineOverride {
  line: number;
  role: LineRole;
  level?: number;
}

/** What the importer is given besides the document: who imports, the tree and frameworks to match, and a person's overrides. */
export interface ImportContext {
  /** Đơn vị ban hành: the unit the draft will belong to. */
  issuerOrganisationId: string;
  /** Năm kế hoạch when the person chose one; null reads it from the document (title, date). */
  year: number | null;
  units: ImportUnit[];
  frameworks: ImportFramework[];
  overrides: LineOverride[];
}

/** Cần xem lại: true when a reading is below LOW_CONFIDENCE or carries a flag. */
export function needsReview(provenance: Provenance): boolean {
  return provenance.confidence < LOW_CONFIDENCE || provenance.flags.length > 0;
}
