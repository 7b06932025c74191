import { describe, it, expect } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { checkResultAgainstFramework, compareGivenTotals } from './check-result';
import { rollUpResult } from './roll-up';
import {
  SAMPLE_002_AREAS,
  buildSample002AreaFramework,
  sample002AreaResults,
} from './sample-002.fixture';

const framework = buildFramework({
  nodes: [
    group('3', 5),
    group('3.3', 5),
    leaf('3.3.1', 3),
    leaf('3.3.2', 2),
    group('9', 2, { isBonus: true }),
    leaf('9.1', 2, { rule: { type: 'bonus', maxBonus: 2 } }),
  ],
});

describe('checkResultAgainstFramework', () => {
  it('accepts scores within their maxima', () => {
    const results = [
      { nodeCode: '3.3.1', selfScore: 3, appraisedScore: 2.95 },
      { nodeCode: '3.3.2', appraisedScore: 1.99 },
      { nodeCode: '9.1', appraisedScore: 2 },
    ];
    expect(checkResultAgainstFramework(framework, results)).toEqual([]);
  });

  it('refuses a score above the maximum: 3,5 of a 3-point criterion', () => {
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '3.3.1', appraisedScore: 3.5 }]),
    ).toEqual([
      { code: '3.3.1', message: 'Điểm thẩm định của tiêu chí «3.3.1» (3,5) vượt điểm tối đa (3).' },
    ]);
  });

  it('checks a bonus node against its bonus ceiling instead of a normal maximum', () => {
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '9.1', appraisedScore: 2.5 }]),
    ).toEqual([
      {
        code: '9.1',
        message: 'Điểm thẩm định của tiêu chí «9.1» (2,5) vượt điểm thưởng tối đa (2).',
      },
    ]);
  });

  it('refuses 0,5 on a «Có / không» criterion of 1 point, accepting only 0 or 1, in every score', () => {
    const binary = buildFramework({
      nodes: [group('1', 3), leaf('1.1', 1, { rule: { type: 'binary' } }), leaf('1.2', 2)],
    });
    expect(
      checkResultAgainstFramework(binary, [
        { nodeCode: '1.1', selfScore: 1, appraisedScore: 0.5 },
        { nodeCode: '1.2', appraisedScore: 0.5 },
      ]),
    ).toEqual([
      {
        code: '1.1',
        message:
          'Điểm thẩm định của tiêu chí «1.1»: tiêu chí chấm «Có / không» chỉ nhận 0 hoặc 1 điểm (điểm tối đa), nhận được 0,5.',
      },
    ]);
    expect(
      checkResultAgainstFramework(binary, [{ nodeCode: '1.1', selfScore: 0, appraisedScore: 1 }]),
    ).toEqual([]);
    // Above the max is the range message alone, not a second one.
    expect(
      checkResultAgainstFramework(binary, [{ nodeCode: '1.1', appraisedScore: 1.5 }]),
    ).toHaveLength(1);
  });

  it('refuses a negative self score', () => {
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '3.3.2', selfScore: -0.5 }]),
    ).toEqual([{ code: '3.3.2', message: 'Điểm tự chấm của tiêu chí «3.3.2» là số âm (-0,5).' }]);
  });

  it('refuses an unknown code, a second row for one node and a score both on a criterion and under it', () => {
    const issues = checkResultAgainstFramework(framework, [
      { nodeCode: '3.4', appraisedScore: 1 },
      { nodeCode: '3.3', appraisedScore: 4 },
      { nodeCode: '3.3.1', appraisedScore: 1 },
      { nodeCode: '3.3.1', appraisedScore: 2 },
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Không có tiêu chí mã «3.4» trong bộ chỉ số PAR-SO-2023.',
      'Tiêu chí «3.3» đã có điểm nhập trực tiếp nên không nhập thêm cho tiêu chí con «3.3.1»; mỗi nhánh chỉ nhập điểm ở một cấp.',
      'Tiêu chí «3.3.1» có nhiều hơn một dòng kết quả.',
    ]);
  });

  it('accepts a score entered at area level when nothing under it is entered, within its max', () => {
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '3', appraisedScore: 4.5 }]),
    ).toEqual([]);
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '3', appraisedScore: 5.5 }])[0]?.message,
    ).toBe('Điểm thẩm định của tiêu chí «3» (5,5) vượt điểm tối đa (5).');
  });

  it('refuses an area score next to a sub-criterion marked not applicable, and "not applicable" on an area', () => {
    expect(
      checkResultAgainstFramework(framework, [
        { nodeCode: '3', appraisedScore: 4 },
        { nodeCode: '3.3.2', notApplicable: true },
      ]).map((issue) => issue.code),
    ).toEqual(['3.3.2']);
    expect(
      checkResultAgainstFramework(framework, [{ nodeCode: '3.3', notApplicable: true }])[0]
        ?.message,
    ).toBe(
      'Tiêu chí «3.3» có tiêu chí con; chỉ đánh dấu «không áp dụng» ở tiêu chí không có tiêu chí con.',
    );
  });

  it('lets a note without a score sit under an area entered directly', () => {
    expect(
      checkResultAgainstFramework(framework, [
        { nodeCode: '3', appraisedScore: 4 },
        { nodeCode: '3.3.1', note: 'Theo quyết định công bố' },
      ]),
    ).toEqual([]);
  });
});

describe('compareGivenTotals', () => {
  const rolledUp = rollUpResult(buildSample002AreaFramework(), sample002AreaResults());
  const printed = Object.fromEntries(
    SAMPLE_002_AREAS.map((area) => [area.code, { score: area.score, lostPoints: area.lostPoints }]),
  );

  it('finds no mismatch with the totals sample 002 prints', () => {
    expect(
      compareGivenTotals(rolledUp, {
        maxPoints: 100,
        score: 88.09,
        lostPoints: 11.91,
        nodes: printed,
      }),
    ).toEqual([]);
  });

  it('tolerates rounding to the decimals the file prints: 88,1 and 88 agree with 88,09', () => {
    expect(compareGivenTotals(rolledUp, { score: 88.1 })).toEqual([]);
    expect(compareGivenTotals(rolledUp, { score: 88 })).toEqual([]);
  });

  it('reports, without fixing, a total that does not add up at its own decimals', () => {
    expect(compareGivenTotals(rolledUp, { score: 88.08 })).toEqual([
      {
        code: null,
        field: 'score',
        given: 88.08,
        computed: 88.09,
        message: 'Tổng điểm đạt ghi trong tệp là 88,08 nhưng tính lại được 88,09.',
      },
    ]);
    expect(compareGivenTotals(rolledUp, { score: 88.095 })).toHaveLength(1);
    expect(compareGivenTotals(rolledUp, { score: 87 })).toHaveLength(1);
  });

  it('reports an area figure that differs and an area the framework lacks', () => {
    const mismatches = compareGivenTotals(rolledUp, {
      nodes: { '7': { lostPoints: 4.05 }, '9': { score: 1 } },
    });
    expect(mismatches.map((mismatch) => mismatch.message)).toEqual([
      'Điểm bị trừ của «7» ghi trong tệp là 4,05 nhưng tính lại được 4,15.',
      'Điểm đạt của «9» ghi trong tệp là 1 nhưng không tính được.',
    ]);
  });
});
