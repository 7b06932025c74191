/** Nhãn báo cáo: the domain's reporting labels and presets, re-exported for the web (which may not import the domain). */
export {
  PERIOD_CELL_STATUSES,
  PERIOD_CELL_STATUS_LABELS,
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_LABELS,
  type PeriodCellStatus,
  type SubmissionStatus,
} from '@domain/reports/submission';
export { REPORTING_RULE_PRESETS, type ReportingRulePresetId } from '@domain/reports/reporting-rule';
