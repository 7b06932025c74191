import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { computeCompletion } from './completion';

describe('computeCompletion', () => {
  const framework = buildFramework({
    nodes: [
      group('1', 4),
      leaf('1.1', 1, { evidence: 'Kế hoạch' }),
      leaf('1.2', 1, { evidence: 'Báo cáo' }),
      leaf('1.3', 1, { applicability: { note: 'Đơn vị không có đơn vị trực thuộc' } }),
      leaf('1.4', 1, { method: 'survey', rule: { type: 'survey' } }),
      group('2', 1),
      leaf('2.1', 1),
    ],
  });
  const entry = (nodeCode: string, claimedScore: number | null, more = {}) => ({
    nodeCode,
    claimedScore,
    notApplicable: false,
    selfExplanation: '',
    evidenceCount: 0,
    ...more,
  });

  it('counts applicable non-survey leaves, leaving out exempted areas and the unit’s not-applicable items', () => {
    const done = computeCompletion(
      framework,
      'department',
      ['2'],
      [
        entry('1.1', 1, { evidenceCount: 2 }),
        entry('1.2', 1),
        entry('1.3', null, { notApplicable: true }),
      ],
    );
    expect(done).toEqual({
      applicable: 2,
      scored: 2,
      withEvidence: 1,
      needingExplanation: 1,
      explained: 0,
      percent: 100,
      unscoredCodes: [],
      unexplainedCodes: ['1.2'],
    });
  });

  it('lists what is still unscored and rounds the percent down', () => {
    const started = computeCompletion(
      framework,
      'department',
      [],
      [entry('1.2', 1, { selfExplanation: 'Báo cáo gửi qua hệ thống, chưa có bản giấy' })],
    );
    expect(started).toMatchObject({
      applicable: 4,
      scored: 1,
      needingExplanation: 1,
      explained: 1,
      percent: 25,
      unscoredCodes: ['1.1', '1.3', '2.1'],
    });
  });
});
