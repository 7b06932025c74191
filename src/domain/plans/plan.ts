import type { IndexKind } from '../frameworks/index-kind';

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

/**
 * Phép so sánh của chỉ tiêu: ≥ ("từ … trở lên"), >, ≤, <, =, and "thuộc nhóm N … dẫn đầu"
 * (top_group: `value` is N and `unit` names the peers, e.g. "huyện").
 */
export const TARGET_COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq', 'top_group'] as const;

/** Phép so sánh của chỉ tiêu: one of TARGET_COMPARATORS. */
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

/** Ký hiệu phép so sánh, as printed in a target ("≥"). */
export const TARGET_COMPARATOR_SYMBOLS: Record<TargetComparator, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
  top_group: 'thuộc nhóm',
};

/** Chỉ tiêu: a measurable target, e.g. "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn ≥ 98%". */
export interface PlanTarget {
  metric: string;
  comparator: TargetComparator;
  value: number;
  /** Đơn vị: "%", "điểm", "huyện"… (empty for a bare number). */
  unit: string;
}

/** Mục nội dung: one body section (e.g. "Về cải cách thể chế") — heading and text, one paragraph per line. */
export interface PlanSection {
  heading: string;
  body: string;
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
  targets: PlanTarget[];
  sections: PlanSection[];
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
};

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
  /** Lĩnh vực: the appendix group the task sits under ("Cải cách thể chế"); empty for none. */
  area: string;
  content: string;
  /** Giải pháp. */
  solution: string;
  nodeLinks: TaskNodeLink[];
  /** Cơ quan chủ trì / tham mưu (an organisation id); required before issuing. */
  leadOrganisationId: string | null;
  /** Gợi ý chủ trì: the framework's default lead unit text when no organisation matched it. */
  leadSuggestion: string;
  /** Cơ quan phối hợp (organisation ids). */
  coordinatingOrganisationIds: string[];
  /** Phối hợp khác: free text for those not in the tree ("Các ngành liên quan"). */
  coordinatingNote: string;
  outputKind: OutputKind;
  /** Mô tả sản phẩm: "Báo cáo kết quả rà soát", "80% trở lên". */
  outputDescription: string;
  /** Thời gian thực hiện, as written; parsed with parseTimeframe. */
  timeframeText: string;
  note: string;
  status: TaskStatus;
}
