import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SelfNodeDto } from '@contract/assessment-self';
import '@web/lib/signed-in-dictionary';
import { SelfCompletionBar } from './self-completion-bar';
import { SelfScoreInput } from './self-score-input';

const node: SelfNodeDto = {
  code: '3.2',
  parentCode: '3',
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  maxPoints: 2.5,
  level: 'criterion',
  method: 'appraised',
  rule: { type: 'ratio_threshold', threshold: 95 },
  isLeaf: true,
  evidenceText: 'Báo cáo',
  needsEvidence: true,
  zeroWithoutEvidence: false,
  applicable: true,
  inputType: 'ratio',
  mayMarkNotApplicable: false,
};

const render = (numerator: number, denominator: number) =>
  renderToStaticMarkup(
    <SelfScoreInput
      node={node}
      value={{ type: 'ratio', numerator, denominator }}
      disabled={false}
      onChange={() => undefined}
    />,
  );

describe('SelfScoreInput for a ratio', () => {
  it('shows the rate and the points computed from the two counts, in Vietnamese form', () => {
    expect(render(90, 100)).toContain('Tỷ lệ 90% → 2,3684');
    expect(render(95, 100)).toContain('Tỷ lệ 95% → 2,5');
  });

  it('says why the counts are impossible instead of a score', () => {
    expect(render(11, 10)).toContain('Tử số (11) không được lớn hơn mẫu số (10).');
  });
});

describe('SelfCompletionBar', () => {
  it('shows the counts of scored, evidenced and explained criteria', () => {
    const html = renderToStaticMarkup(
      <SelfCompletionBar
        completion={{
          applicable: 4,
          scored: 3,
          withEvidence: 2,
          needingExplanation: 1,
          explained: 0,
          percent: 75,
        }}
      />,
    );
    expect(html).toContain('Đã chấm 3/4 tiêu chí · có tài liệu kiểm chứng 2 · đã giải trình 0/1');
  });
});
