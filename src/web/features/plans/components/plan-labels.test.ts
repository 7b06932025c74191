import { describe, expect, it } from 'vitest';
import {
  NOT_STATED_LABEL,
  OUTPUT_KIND_LABELS,
  PLAN_STATUS_LABELS,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
  TIMEFRAME_KIND_LABELS,
} from '@contract/plan-labels';
import { plansVi } from '@web/lib/locales/plans.vi';

describe('plan screen labels', () => {
  it('name statuses, task kinds, outputs and timeframe kinds exactly as the domain does', () => {
    expect(plansVi.taskKind).toEqual(TASK_KIND_LABELS);
    expect(plansVi.notStated).toBe(NOT_STATED_LABEL);
    expect(plansVi.planStatus).toEqual(PLAN_STATUS_LABELS);
    expect(plansVi.taskStatus).toEqual(TASK_STATUS_LABELS);
    expect(plansVi.outputKind).toEqual(OUTPUT_KIND_LABELS);
    expect(plansVi.timeframeKind).toEqual(TIMEFRAME_KIND_LABELS);
  });
});
