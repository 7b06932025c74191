// Dữ liệu cho dự báo điểm: what the projection of one unit's score for the year is computed from,
// as plain data the server reads (last year's result, this year's plan tasks linked to criteria,
// KPI figures of accepted reports, dossier KPIs of the year so far, the self-assessment once started). Node codes are this year's.
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

/**
 * KPI từ dữ liệu hồ sơ: the value of the dossier KPI a criterion reads (its `kpiKey`) over the
 * unit's subtree for the year so far — used only where no accepted report gives a figure.
 */
export interface ProjectionDossierKpi {
  nodeCode: string;
  kpiKey: string;
  /** Tên KPI ("Tỷ lệ hồ sơ giải quyết đúng hạn"). */
  kpiLabel: string;
  /** Percentage 0–100. */
  value: number;
  /** The months read, in running text ("từ tháng 1/2026 đến tháng 11/2026", "năm 2025"). */
  monthsLabel: string;
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
  /** Dossier KPIs of the criteria that read one (absent: none). */
  dossierKpis?: readonly ProjectionDossierKpi[];
  /** Null until the unit's self-assessment has started. */
  selfAssessment: readonly ProjectionSelfEntry[] | null;
}
