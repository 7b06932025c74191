/** Nhãn miền cho giao diện: the domain's Vietnamese label maps the locale files spread into their sections, re-exported for the web (which may not import the domain); label-only, so the locales pull in no zod. */
export { ROUND_STATE_LABELS } from '@domain/assessment/round-state';
export { ROUND_WINDOW_LABELS } from '@domain/assessment/round-windows';
export { UNIT_ASSESSMENT_STATUS_LABELS } from '@domain/assessment/unit-assessment-status';
export { SCORING_RULE_LABELS } from '@domain/frameworks/scoring-rule';
export { ORGANISATION_TYPE_LABELS } from '@domain/organisations/organisation-type';
export { ROLE_LABELS } from '@domain/permissions/role';
export {
  OUTPUT_KIND_LABELS,
  PLAN_STATUS_LABELS,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
} from '@domain/plans/plan';
export { TARGET_STATUS_LABELS } from '@domain/plans/target-evaluation';
export { TIMEFRAME_KIND_LABELS } from '@domain/plans/timeframe';
export { PERIOD_CELL_STATUS_LABELS, SUBMISSION_STATUS_LABELS } from '@domain/reports/submission';
export { DUE_IN_PERIOD_LABELS } from '@domain/reports/task-due-in-period';
export { SCORE_STATE_LABELS } from '@domain/results/roll-up';
export {
  LEGAL_REFERENCES,
  legalReferenceName,
  legalReferenceShortName,
  legalReferenceTag,
} from '@domain/shared/legal-references';
