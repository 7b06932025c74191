// Dữ liệu cho dự báo điểm: what the projection of one unit's score for the year is computed from,
// as plain data the server reads (last year's result, this year's plan tasks linked to criteria,
// KPI figures of accepted reports, the self-assessment once started). Node codes are this year's.
import type { CodeMapping, Framework } from '../frameworks/framework';
import type { OrganisationType } from '../organisations/organisation-type';
import type { NodeResult } from '../results/node-result';

/** Kết quả năm trước: last year's per-node results and the old → new code mapping (identity when absent). */
export interface ProjectionBaselineInput {
  year: number;
  results: readonly NodeResult[];
  codeMapping?: CodeMapping;
}

/**
 * Nhiệm vụ liên kết tiêu chí: a task of this year's plans with the criteria it serves (codes of
 * this year's framework) and, when an ACCEPTED report shows it done, the period of that report.
 */
export interface ProjectionTask {
  id: string;
  content: string;
  /** not_started | in_progress | done | cannot_do. */
  status: string;
  nodeLinks: readonly { code: string; pointsAtStake: number }[];
  /** Báo cáo được chấp nhận ghi nhận hoàn thành: its period label ("Quý III/2026"), else null. */
  acceptedReport: { periodLabel: string } | null;
}

/** Số liệu chỉ tiêu: the latest accepted report's percentage for a plan target measured on a node. */
export interface ProjectionKpi {
  nodeCode: string;
  /** Tên chỉ tiêu as the plan writes it ("Tỷ lệ hồ sơ giải quyết đúng hạn"). */
  metric: string;
  /** Percentage 0–100. */
  value: number;
  periodLabel: string;
}

/** Tự đánh giá: one entry of this year's self-assessment (tự chấm) and whether evidence backs it. */
export interface ProjectionSelfEntry {
  nodeCode: string;
  selfScore: number | null;
  notApplicable: boolean;
  hasEvidence: boolean;
}

/** Dữ liệu dự báo của một đơn vị trên một bộ chỉ số năm nay. */
export interface ProjectionInput {
  /** This year's framework (bộ chỉ số năm nay). */
  framework: Framework;
  unitType?: OrganisationType;
  previous: ProjectionBaselineInput | null;
  tasks: readonly ProjectionTask[];
  kpis: readonly ProjectionKpi[];
  /** Null until the unit's self-assessment has started. */
  selfAssessment: readonly ProjectionSelfEntry[] | null;
}
