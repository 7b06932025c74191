/** Nhãn nhập kế hoạch: the importer's review rules (low-confidence mark, flags, line roles, totals), re-exported for the web (which may not import the domain). */
export {
  IMPORT_FLAGS,
  LINE_ROLES,
  LOW_CONFIDENCE,
  needsReview,
  type ImportFlag,
  type LineRole,
} from '@domain/plans/import/imported-plan';
export { importTotals } from '@domain/plans/import/import-totals';
