import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { finaliseProblems, type FinaliseCheckUnit } from './finalise-check';

const framework = buildFramework({
  nodes: [
    group('1', 4),
    leaf('1.1', 2),
    leaf('1.2', 2, { method: 'survey', rule: { type: 'survey' } }),
    group('2', 3, { method: 'survey' }),
    leaf('2.1', 3, { rule: undefined, method: undefined }),
  ],
});

const unit = (values: Partial<FinaliseCheckUnit>): FinaliseCheckUnit => ({
  organisationId: 'vp',
  name: 'Văn phòng UBND tỉnh',
  unitType: 'department',
  exemptNodeCodes: [],
  appraisal1Done: true,
  appraisal2Done: false,
  entries: [
    { nodeCode: '1.2', surveyScore: 1.5, notApplicable: false },
    { nodeCode: '2.1', surveyScore: 2, notApplicable: false },
  ],
  ...values,
});

describe('finaliseProblems', () => {
  it('lets a confirmed round with every survey score be finalised', () => {
    expect(
      finaliseProblems(framework, { state: 'appraisal', appraisalStage: 1 }, [unit({})]),
    ).toEqual([]);
    expect(
      finaliseProblems(framework, { state: 'explanation', appraisalStage: 1 }, [unit({})]),
    ).toEqual([]);
  });

  it('refuses a round that is not in appraisal or explanation', () => {
    const problems = finaliseProblems(framework, { state: 'self_assessment', appraisalStage: 1 }, [
      unit({}),
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Đợt đánh giá đang ở trạng thái «Tự đánh giá»; chỉ chốt kết quả khi đang thẩm định hoặc giải trình.',
    ]);
    expect(
      finaliseProblems(framework, { state: 'final', appraisalStage: 1 }, [unit({})]),
    ).toHaveLength(1);
  });

  it('names a unit whose appraisal of the current stage is not confirmed', () => {
    const problems = finaliseProblems(framework, { state: 'appraisal', appraisalStage: 2 }, [
      unit({}),
    ]);
    expect(problems).toEqual([
      {
        organisationId: 'vp',
        nodeCodes: [],
        message: 'Văn phòng UBND tỉnh: chưa xác nhận kết quả thẩm định lần 2.',
      },
    ]);
  });

  it('lists the survey nodes without a score, inherited methods included, but not exempt ones', () => {
    const problems = finaliseProblems(framework, { state: 'appraisal', appraisalStage: 1 }, [
      unit({ entries: [] }),
      unit({ organisationId: 'stp', name: 'Sở Tư pháp', entries: [], exemptNodeCodes: ['2'] }),
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Văn phòng UBND tỉnh: chưa có điểm điều tra xã hội học ở 2 tiêu chí 1.2, 2.1.',
      'Sở Tư pháp: chưa có điểm điều tra xã hội học ở tiêu chí 1.2.',
    ]);
    expect(problems[0]!.nodeCodes).toEqual(['1.2', '2.1']);
  });
});
