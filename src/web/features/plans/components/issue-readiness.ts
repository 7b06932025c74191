/** Kiểm tra trước khi ban hành, as the issue dialog shows it: blocking errors apart from warnings. */
import type { PlanDetail } from '@contract/plans';

type ReadinessIssue = PlanDetail['readiness'][number];

/** Blocking errors (the confirm button stays off) and warnings (shown, not blocking). */
export function splitReadiness(readiness: readonly ReadinessIssue[]): {
  errors: ReadinessIssue[];
  warnings: ReadinessIssue[];
} {
  return {
    errors: readiness.filter((issue) => issue.severity === 'error'),
    warnings: readiness.filter((issue) => issue.severity === 'warning'),
  };
}
