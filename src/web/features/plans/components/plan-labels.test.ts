import { describe, expect, it } from 'vitest';
import {
  OUTPUT_KIND_LABELS,
  PLAN_STATUS_LABELS,
  TASK_STATUS_LABELS,
  TIMEFRAME_KIND_LABELS,
} from '@contract/plan-labels';
import { plansVi } from '@web/lib/locales/plans.vi';

describe('plan screen labels', () => {
  it('name statuses, outputs and timeframe kinds exactly as the domain does', () => {
    expect(plansVi.planStatus).toEqual(PLAN_STATUS_LABELS);
    expect(plansVi.taskStatus).toEqual(TASK_STATUS_LABELS);
    expect(plansVi.outputKind).toEqual(OUTPUT_KIND_LABELS);
    expect(plansVi.timeframeKind).toEqual(TIMEFRAME_KIND_LABELS);
  });
});
