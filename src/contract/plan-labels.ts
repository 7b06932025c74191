/** Nhãn kế hoạch và nhiệm vụ: the domain's Vietnamese labels, the timeframe parser and the unit-validity rule, re-exported for the web (which may not import the domain). */
export {
  OUTPUT_KINDS,
  OUTPUT_KIND_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  SIGNATURE_MODES,
  TARGET_COMPARATORS,
  TARGET_COMPARATOR_SYMBOLS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type OutputKind,
  type PlanStatus,
  type SignatureMode,
  type TargetComparator,
  type TaskStatus,
} from '@domain/plans/plan';
export {
  TIMEFRAME_KIND_LABELS,
  formatTimeframe,
  type TimeframeKind,
} from '@domain/plans/timeframe';
export { parseTimeframe } from '@domain/plans/parse-timeframe';
export { formatTargetText } from '@domain/plans/plan-targets';
export { existedInYear } from '@domain/organisations/validity';
