/** Nhãn kế hoạch và nhiệm vụ: the domain's Vietnamese labels, the timeframe parser, the section numbering, the group lead name and the unit-validity rule, re-exported for the web (which may not import the domain). */
export {
  NOT_STATED_LABEL,
  OUTPUT_KINDS,
  OUTPUT_KIND_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  SIGNATURE_MODES,
  TASK_KINDS,
  TASK_KIND_LABELS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type OutputKind,
  type PlanStatus,
  type SignatureMode,
  type TaskKind,
  type TaskStatus,
} from '@domain/plans/plan';
export {
  NUMBER_COMPARATORS,
  NUMBER_COMPARATOR_SYMBOLS,
  TARGET_KINDS,
  TARGET_KIND_LABELS,
  formatTargetText,
  type NumberComparator,
  type TargetKind,
} from '@domain/plans/plan-targets';
export { KPI_TARGET_CHOICES, type KpiTargetChoice } from '@domain/plans/kpi-target';
export {
  NUMBERING_STYLES,
  NUMBERING_STYLE_LABELS,
  orderSections,
  sectionTitle,
  type NumberingStyle,
} from '@domain/plans/plan-outline';
export {
  TIMEFRAME_KIND_LABELS,
  formatTimeframe,
  type TimeframeKind,
} from '@domain/plans/timeframe';
export { parseTimeframe } from '@domain/plans/parse-timeframe';
export { groupLeadName } from '@domain/plans/plan-task-lines';
export { existedInYear } from '@domain/organisations/validity';
