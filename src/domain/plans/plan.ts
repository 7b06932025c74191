import type { IndexKind } from '../frameworks/index-kind';
import type { OrganisationType } from '../organisations/organisation-type';
import type { NumberingStyle } from './plan-outline';
import type { PlanTarget } from './plan-targets';

/** Trạng thái kế hoạch: dự thảo (editable) → ban hành (read-only) → thay thế (superseded by an amended version). */
export const PLAN_STATUSES = ['draft', 'issued', 'superseded'] as const;

/** Trạng thái kế hoạch: one of PLAN_STATUSES. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Tên trạng thái kế hoạch, as shown on screen. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  superseded: 'Đã được thay thế',
};

/** Căn cứ: one document the plan rests on ("Quyết định số 876/QĐ-BNV ngày 07/5/2024 của Bộ Nội vụ về …"). */
export interface LegalReference {
  /** Loại và số, ký hiệu as printed: "Quyết định số 876/QĐ-BNV". */
  number: string;
  /** ISO date, or null when the document gives none. */
  date: string | null;
  issuer: string;
  summary: string;
}

/** Chỉ tiêu (the target kinds and their texts live in plan-targets.ts). */
export type { PlanTarget } from './plan-targets';

/**
 * Mục nội dung: one node of the plan's section tree (khối A., mục I., 1., 1.1., a), gạch đầu
 * dòng…), stored flat in document order with `parentId`; siblings keep their array order. A
 * section may be about one index (`frameworkId`, e.g. block "B. Chỉ số PAPI") and one node of it
 * (`nodeCode`, e.g. area "2" or criterion "2.7"); children inherit the index when they name none.
 */
export interface PlanSection {
  /** Stable key within the plan (tasks and targets point at it). */
  id: string;
  parentId: string | null;
  /** Kiểu đánh số of this heading ("A.", "I.", "1.", "1.1.", "a)", "-", "+", none). */
  numbering: NumberingStyle;
  heading: string;
  /** Đoạn văn: paragraphs, one per line ("- " and "+ " lines are bullets). No length cap. */
  body: string;
  frameworkId: string | null;
  nodeCode: string | null;
}

/** Hình thức ký: TM. (on behalf of the collective), KT. (a deputy signs), Q. (acting), or the head signing in own name. */
export const SIGNATURE_MODES = ['TM', 'KT', 'Q', 'direct'] as const;

/** Hình thức ký: one of SIGNATURE_MODES. */
export type SignatureMode = (typeof SIGNATURE_MODES)[number];

/**
 * Khối chữ ký: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". `authority` is the
 * collective (ỦY BAN NHÂN DÂN) or the head's title for KT./Q. (CHỦ TỊCH); `signerTitle` the
 * title of whoever signs (PHÓ CHỦ TỊCH).
 */
export interface PlanSignature {
  mode: SignatureMode;
  authority: string;
  signerTitle: string;
  signerName: string;
}

/** Nội dung kế hoạch: everything of a plan except its tasks and bookkeeping. */
export interface PlanContent {
  /** Tên cơ quan chủ quản (parent body), e.g. "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"; empty to omit. */
  parentBody: string;
  /** Tên cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ". */
  issuingBody: string;
  /** Số: blank while a draft; set when issued ("104"). */
  number: string | null;
  /** Ký hiệu: "KH-UBND". */
  symbol: string;
  /** Địa danh: "Lấp Vò". */
  place: string;
  /** Ngày ban hành (ISO); null while a draft leaves it to the clerk. */
  issuedOn: string | null;
  year: number;
  /** Trích yếu: "Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023". */
  title: string;
  /** Mở đầu: the opening paragraph ("Thực hiện Kế hoạch số 16/KH-UBND …"). */
  preamble: string;
  basis: LegalReference[];
  purpose: string;
  requirements: string;
  /** Chỉ số của kế hoạch: the frameworks (indices) the plan covers; sections, targets and task links point into these only. */
  frameworkIds: string[];
  targets: PlanTarget[];
  /** Cây mục nội dung under "NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", flat in document order. */
  sections: PlanSection[];
  /** Phụ lục bảng nhiệm vụ: on for remediation plans (tasks in an appendix table), off for prose plans (tasks printed under their sections). */
  appendixTable: boolean;
  /** Tổ chức thực hiện. */
  implementation: string;
  /** Chế độ báo cáo. */
  reportingDuties: string;
  /** Nơi nhận: one recipient per entry, without the leading "-" or trailing ";". */
  recipients: string[];
  signature: PlanSignature;
}

/** Trạng thái nhiệm vụ: chưa thực hiện / đang thực hiện / hoàn thành / không thực hiện được. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cannot_do'] as const;

/** Trạng thái nhiệm vụ: one of TASK_STATUSES. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Tên trạng thái nhiệm vụ, as shown on screen. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  cannot_do: 'Không thực hiện được',
};

/** Loại sản phẩm: the kind of output a task delivers. */
export const OUTPUT_KINDS = [
  'plan',
  'report',
  'letter',
  'decision',
  'articles',
  'figure',
  'other',
  'not_stated',
] as const;

/** Loại sản phẩm: one of OUTPUT_KINDS. */
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Tên loại sản phẩm, as written in the appendix's "Kết quả/sản phẩm" column. */
export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  plan: 'Kế hoạch',
  report: 'Báo cáo',
  letter: 'Công văn',
  decision: 'Quyết định',
  articles: 'Chuyên mục, bài viết',
  figure: 'Chỉ tiêu số',
  other: 'Khác',
  not_stated: 'Không nêu',
};

/** Chữ "không nêu": how a field the plan does not state is shown and printed. */
export const NOT_STATED_LABEL = 'Không nêu';

/**
 * Loại nhiệm vụ: giao (an assignment to the issuer's own offices, with a reporting duty) or đề
 * nghị (a request to a body the issuer does not direct — Mặt trận Tổ quốc, đoàn thể: tracked,
 * reporting optional).
 */
export const TASK_KINDS = ['assignment', 'request'] as const;

/** Loại nhiệm vụ: one of TASK_KINDS. */
export type TaskKind = (typeof TASK_KINDS)[number];

/** Tên loại nhiệm vụ, and the verb the plan prints before the unit ("giao", "đề nghị"). */
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  assignment: 'Giao',
  request: 'Đề nghị',
};

/**
 * Chủ trì theo nhóm: a lead written as several units ("Phòng Nội vụ, Văn phòng HĐND-UBND chủ
 * trì") or as every unit of a kind under a unit ("Các xã, phường", "Các cơ quan chuyên môn").
 * The group expands into one task row (obligation) per unit, each reporting separately, sharing
 * a `groupId` so the plan shows and prints it once.
 */
export type LeadGroup =
  | { kind: 'units'; organisationIds: string[] }
  | { kind: 'units_of_type'; organisationType: OrganisationType; underOrganisationId: string };

/** Tiêu chí liên kết: a framework node the task serves, with the result it was drafted from. */
export interface TaskNodeLink {
  frameworkId: string;
  frameworkCode: string;
  indexKind: IndexKind;
  code: string;
  name: string;
  maxPoints: number;
  score: number;
  /** Điểm có thể lấy lại: max − score when drafted (the points lost). */
  pointsAtStake: number;
}

/** Nhiệm vụ: one row of the plan's appendix, with who leads, who coordinates, when and what. */
export interface PlanTask {
  /** Lĩnh vực: the appendix group the task sits under ("Cải cách thể chế"); empty for the section's heading or none. */
  area: string;
  /** Mục: the section of the plan's tree the task sits under (null: the general task list). */
  sectionId: string | null;
  kind: TaskKind;
  /** Nhóm chủ trì: set on every obligation of a group lead; null for a single (or unstated) lead. */
  leadGroup: LeadGroup | null;
  groupId: string | null;
  content: string;
  /** Giải pháp. */
  solution: string;
  nodeLinks: TaskNodeLink[];
  /** Cơ quan chủ trì / tham mưu (an organisation id); null with an empty suggestion = không nêu. */
  leadOrganisationId: string | null;
  /** Chủ trì ghi bằng chữ: the lead as written when no organisation of the tree is it (a drafted default, an outside body). */
  leadSuggestion: string;
  /** Cơ quan phối hợp (organisation ids). */
  coordinatingOrganisationIds: string[];
  /** Phối hợp khác: free text for those not in the tree ("Các ngành liên quan"). */
  coordinatingNote: string;
  outputKind: OutputKind;
  /** Mô tả sản phẩm: "Báo cáo kết quả rà soát", "80% trở lên". */
  outputDescription: string;
  /** Thời gian thực hiện, as written (empty = không nêu); parsed with parseTimeframe. */
  timeframeText: string;
  note: string;
  status: TaskStatus;
}
