import { describe, expect, it } from 'vitest';
import type { TargetEvaluationDto } from '@contract/plans';
import { countTargetStatuses, groupTargetEvaluations } from './target-evaluation-groups';

const PAR = '11111111-1111-4111-8111-111111111111';
const PAPI = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';

const verdict = (
  targetId: string,
  frameworkId: string | null,
  status: TargetEvaluationDto['status'] = 'met',
): TargetEvaluationDto => ({
  targetId,
  text: `Chỉ tiêu ${targetId}`,
  frameworkId,
  sectionId: null,
  status,
  evidence: '',
  reason: '',
});

describe('groupTargetEvaluations', () => {
  it('follows the plan’s indices, then unlinked ones, then the targets judged by hand', () => {
    const groups = groupTargetEvaluations(
      [verdict('t1', null), verdict('t2', PAPI), verdict('t3', GONE), verdict('t4', PAR)],
      [
        { id: PAR, name: 'Chỉ số CCHC' },
        { id: PAPI, name: 'Chỉ số PAPI' },
      ],
    );
    expect(groups.map((group) => [group.name, group.items.map((item) => item.targetId)])).toEqual([
      ['Chỉ số CCHC', ['t4']],
      ['Chỉ số PAPI', ['t2']],
      [null, ['t3']],
      [null, ['t1']],
    ]);
    expect(groups.at(-1)?.key).toBe('manual');
  });

  it('leaves out an index without targets', () => {
    const groups = groupTargetEvaluations(
      [verdict('t1', PAR)],
      [
        { id: PAR, name: 'Chỉ số CCHC' },
        { id: PAPI, name: 'Chỉ số PAPI' },
      ],
    );
    expect(groups.map((group) => group.key)).toEqual([PAR]);
  });
});

describe('countTargetStatuses', () => {
  it('counts met, not met and unknown', () => {
    expect(
      countTargetStatuses([
        verdict('t1', PAR, 'met'),
        verdict('t2', PAR, 'not_met'),
        verdict('t3', null, 'unknown'),
        verdict('t4', PAR, 'unknown'),
      ]),
    ).toEqual({ met: 1, notMet: 1, unknown: 2 });
  });
});
