import type { OrganisationType } from '../organisations/organisation-type';
import type { IndexKind } from './index-kind';
import type { ScoringRule } from './scoring-rule';

/** Ghi chú mẫu minh họa: the note every framework whose content is not an official text must carry. */
export const ILLUSTRATIVE_NOTE = 'Mẫu minh họa – không phải văn bản chính thức';

/** Cấp của nút: lĩnh vực (area), tiêu chí (criterion), tiêu chí thành phần (sub-criterion). */
export const NODE_LEVELS = ['area', 'criterion', 'sub_criterion'] as const;

/** Cấp của nút: one of NODE_LEVELS. */
export type NodeLevel = (typeof NODE_LEVELS)[number];

/** Tên cấp của nút, as shown on screen. */
export const NODE_LEVEL_LABELS: Record<NodeLevel, string> = {
  area: 'Lĩnh vực',
  criterion: 'Tiêu chí',
  sub_criterion: 'Tiêu chí thành phần',
};

/** Phương thức đánh giá: thẩm định (appraised from the self-assessment and its evidence) or điều tra xã hội học (survey). */
export const SCORING_METHODS = ['appraised', 'survey'] as const;

/** Phương thức đánh giá: one of SCORING_METHODS. */
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** Tên phương thức đánh giá, as shown on screen. */
export const SCORING_METHOD_LABELS: Record<ScoringMethod, string> = {
  appraised: 'Thẩm định',
  survey: 'Điều tra xã hội học',
};

/** Phạm vi áp dụng: unit types exempt from a node (and everything under it), with the reason. */
export interface NodeApplicability {
  exemptUnitTypes?: OrganisationType[];
  /**
   * Được miễn cho từng đơn vị: a round may declare a single unit "không áp dụng" for this node
   * (e.g. a department with no administrative procedures skips «Cải cách thủ tục hành chính»).
   */
  exemptable?: boolean;
  note?: string;
}

/**
 * Nút của bộ chỉ số: a lĩnh vực, tiêu chí or tiêu chí thành phần. The tree is a flat list linked
 * by `parentCode` (null for an area), of any depth. Points are the framework's points.
 */
export interface FrameworkNode {
  /** Mã: dotted, unique in the framework ("7.3.2"); ordered naturally ("1.2" < "1.10"). */
  code: string;
  parentCode: string | null;
  name: string;
  /** Điểm tối đa. For a bonus node: the most bonus it can add (it adds nothing to the maximum). */
  maxPoints: number;
  /** Derived from depth when absent: 1 area, 2 criterion, 3 and deeper sub-criterion. */
  level?: NodeLevel;
  /** Required on leaves; on a parent it may state what all its children share. */
  method?: ScoringMethod;
  /** Quy tắc chấm điểm: on leaves only. */
  rule?: ScoringRule;
  /** Tài liệu kiểm chứng: the evidence the self-assessment must attach. */
  evidence?: string;
  /**
   * Mã KPI: the dossier KPI (a key of kpis/kpi-definitions.ts, e.g. 'on_time') this ratio leaf
   * reads, so its score can be proposed from the unit's dossier data; absent on other nodes.
   */
  kpiKey?: string;
  /**
   * Bắt buộc có tài liệu kiểm chứng: overrides what `evidence` implies (a node needs evidence when
   * its evidence text is non-empty); false lets a node describe evidence without requiring it.
   */
  requiresEvidence?: boolean;
  /** Không có tài liệu kiểm chứng thì 0 điểm: the self-score counts 0 until evidence is attached. */
  zeroWithoutEvidence?: boolean;
  /** Cơ quan tham mưu mặc định: free text, e.g. "Phòng Nội vụ", "Sở Tư pháp". */
  defaultLeadUnit?: string;
  applicability?: NodeApplicability;
  /** When true the children's maxima may sum to more (or less) than this node's; its score is capped at its max. */
  childrenMaxMayDiffer?: boolean;
  /** Điểm thưởng: adds to the score above the normal maximum; the children of a bonus node are bonus too. */
  isBonus?: boolean;
}

/** Quyết định ban hành: number and symbol ("876/QĐ-BNV"), ISO date, issuing body. */
export interface IssuingDecision {
  number: string;
  date: string;
  issuer: string;
}

/**
 * Thang điểm: 'points' (PAR Index 100, PAPI 80, DTI 1000) or 'percent' (SIPAS: the nodes'
 * maxima are weights summing to 100, so the total reads as a percentage). `maxTotal` is what
 * the areas' maxima must sum to, or null when the framework fixes no total.
 */
export interface FrameworkScale {
  unit: 'points' | 'percent';
  maxTotal: number | null;
}

/** Bộ chỉ số: one index's scoring tree for one year and kind of unit, as data. */
export interface Framework {
  /** Mã bộ chỉ số, e.g. "PAR-SO-2023". */
  code: string;
  indexKind: IndexKind;
  name: string;
  year: number;
  /** Loại đơn vị áp dụng. */
  unitTypes: OrganisationType[];
  decision: IssuingDecision | null;
  /** Phiên bản: starts at 1, raised on every published edit. */
  version: number;
  /** True when the content is not an official text; then `note` must be ILLUSTRATIVE_NOTE. */
  illustrative: boolean;
  note?: string;
  /** Mô tả: free text, e.g. which parts come from a real document and which are illustrative. */
  description?: string;
  scale: FrameworkScale;
  nodes: FrameworkNode[];
}

/** Ánh xạ mã tiêu chí: old code → new code between two years' frameworks; a code not listed keeps its value. */
export type CodeMapping = Record<string, string>;

/** Lỗi kiểm tra: a problem found in a framework or a result, with the node code it concerns (null for the whole). */
export interface ValidationIssue {
  code: string | null;
  message: string;
}
