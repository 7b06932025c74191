/** Nhãn báo cáo: the domain's reporting labels and presets, the due-this-period reasons, KPI value hints and the "Hoàn thành" rule, re-exported for the web (which may not import the domain). */
export {
  PERIOD_CELL_STATUSES,
  PERIOD_CELL_STATUS_LABELS,
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_LABELS,
  type PeriodCellStatus,
  type SubmissionStatus,
} from '@domain/reports/submission';
export { REPORTING_RULE_PRESETS, type ReportingRulePresetId } from '@domain/reports/reporting-rule';
export {
  DUE_IN_PERIOD_LABELS,
  DUE_IN_PERIOD_REASONS,
  type DueInPeriodReason,
} from '@domain/reports/task-due-in-period';
export { kpiValueHint, type KpiValueHint } from '@domain/reports/kpi-value-hint';
export { kpiWindowText } from '@domain/kpis/kpi-window';
export { DONE_BELOW_FULL_MESSAGE } from '@domain/reports/entry-progress';
