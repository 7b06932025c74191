import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import type { FrameworkNode } from '../frameworks/framework';
import { PROVINCIAL_GRADE_BANDS } from '../results/grades';
import type { AssessmentEntry } from './assessment-entry';
import { computeRoundResults, roundNodeResults, type RoundResultUnit } from './round-results';

/** An entry with nothing in it but what a test gives. */
function entry(nodeCode: string, values: Partial<AssessmentEntry> = {}): AssessmentEntry {
  return {
    nodeCode,
    selfInput: null,
    selfScore: null,
    notApplicable: false,
    selfExplanation: '',
    appraisedScore1: null,
    appraisalComment1: '',
    explanationRequest: '',
    explanation: '',
    appraisedScore2: null,
    appraisalComment2: '',
    surveyScore: null,
    ...values,
  };
}

const survey = (code: string, max: number): FrameworkNode =>
  leaf(code, max, { method: 'survey', rule: { type: 'survey' } });

/**
 * Sample 002's areas (maxima 11,5 / 11 / 14 / 12,5 / 12 / 11,5 / 17,5 / 10), each split into an
 * appraised criterion and a survey one (area 8 is the citizens' survey alone).
 */
const SAMPLE_002 = buildFramework({
  code: 'PAR-VP-2023',
  scale: { unit: 'points', maxTotal: 100 },
  nodes: [
    group('1', 11.5),
    leaf('1.1', 9.5),
    survey('1.2', 2),
    group('2', 11),
    leaf('2.1', 7),
    survey('2.2', 4),
    group('3', 14),
    leaf('3.1', 12.5),
    survey('3.2', 1.5),
    group('4', 12.5),
    leaf('4.1', 9.5),
    survey('4.2', 3),
    group('5', 12),
    leaf('5.1', 7.5),
    survey('5.2', 4.5),
    group('6', 11.5),
    leaf('6.1', 9.5),
    survey('6.2', 2),
    group('7', 17.5),
    leaf('7.1', 15.5),
    survey('7.2', 2),
    group('8', 10),
    survey('8.1', 10),
  ],
});

/** Văn phòng UBND tỉnh's 2023: appraised 61,2 (4,69 … 12,05), leaders' survey 17,5, citizens' 9,39. */
const VAN_PHONG: AssessmentEntry[] = [
  entry('1.1', { selfScore: 5, appraisedScore1: 4.69 }),
  entry('2.1', { selfScore: 6.39 }),
  entry('3.1', { selfScore: 12.5, appraisedScore1: 12.5 }),
  entry('4.1', { selfScore: 9.5, appraisedScore1: 9, appraisedScore2: 9.17 }),
  entry('5.1', { appraisedScore1: 7.05 }),
  entry('6.1', { appraisedScore1: 9.35 }),
  entry('7.1', { appraisedScore1: 12.05 }),
  entry('1.2', { surveyScore: 1.89 }),
  entry('2.2', { surveyScore: 3.72 }),
  entry('3.2', { surveyScore: 1.5 }),
  entry('4.2', { surveyScore: 2.8 }),
  entry('5.2', { surveyScore: 4.4 }),
  entry('6.2', { surveyScore: 1.89 }),
  entry('7.2', { surveyScore: 1.3 }),
  entry('8.1', { surveyScore: 9.39 }),
];

/** Every leaf at a share of its max (appraised and survey alike). */
function unitAt(organisationId: string, share: number): RoundResultUnit {
  const leaves = SAMPLE_002.nodes.filter((node) => node.rule);
  return {
    organisationId,
    unitType: 'department',
    exemptNodeCodes: [],
    entries: leaves.map((node) =>
      entry(
        node.code,
        node.method === 'survey'
          ? { surveyScore: node.maxPoints * share }
          : { appraisedScore1: node.maxPoints * share },
      ),
    ),
  };
}

describe('computeRoundResults', () => {
  const vanPhong: RoundResultUnit = {
    organisationId: 'vp',
    unitType: 'department',
    exemptNodeCodes: [],
    entries: VAN_PHONG,
  };

  it('adds sample 002 exactly: appraised 61,2 + survey 26,89 = 88,09', () => {
    const [result] = computeRoundResults(SAMPLE_002, [vanPhong], {
      gradeBands: PROVINCIAL_GRADE_BANDS,
    });
    expect(result!.appraisedPart).toBe(61.2);
    expect(result!.surveyPart).toBe(26.89);
    expect(result!.total).toBe(88.09);
    expect(result!.applicableMaxPoints).toBe(100);
    expect(result!.indexPercent).toBe(88.09);
    expect(result!.grade?.label).toBe('Khá');
    expect(result!.rank).toBe(1);
    expect(result!.rankedCount).toBe(1);
  });

  it('ranks 4th of 20 with the others above and below, and says how it moved since last year', () => {
    const others = [
      0.95, 0.93, 0.9, 0.85, 0.8, 0.8, 0.78, 0.75, 0.74, 0.73, 0.72, 0.71, 0.7, 0.69, 0.68, 0.67,
      0.66, 0.65, 0.6,
    ].map((share, index) => unitAt(`so-${String(index).padStart(2, '0')}`, share));
    const results = computeRoundResults(SAMPLE_002, [vanPhong, ...others], {
      gradeBands: PROVINCIAL_GRADE_BANDS,
      previous: new Map([['vp', { indexPercent: 90.5, rank: 3, rankedCount: 20 }]]),
    });
    const own = results[0]!;
    expect(own.rank).toBe(4);
    expect(own.rankedCount).toBe(20);
    expect(own.rankChange).toBe('giảm 01 bậc');
    expect(own.indexChange).toBe(-2.41);
    // 0,8 twice: a shared 6th place, the next is 8th.
    expect(results.filter((each) => each.rank === 6)).toHaveLength(2);
    expect(results.some((each) => each.rank === 7)).toBe(false);
    expect(results[1]!.previous).toBeNull();
    expect(results[1]!.indexChange).toBeNull();
  });

  it('takes appraisal 2 over 1 over the self score the appraisal left, and only survey scores on survey nodes', () => {
    const framework = buildFramework({
      nodes: [group('1', 6), leaf('1.1', 2), leaf('1.2', 2), survey('1.3', 2)],
    });
    const [result] = computeRoundResults(
      framework,
      [
        {
          organisationId: 'u',
          unitType: 'department',
          exemptNodeCodes: [],
          entries: [
            entry('1.1', { selfScore: 2, appraisedScore1: 1, appraisedScore2: 1.5 }),
            entry('1.2', { selfScore: 1.25 }),
            // An appraised score typed on a survey node does not count; a survey score on an appraised one neither.
            entry('1.3', { appraisedScore1: 2, surveyScore: 0.5 }),
          ],
        },
      ],
      { gradeBands: PROVINCIAL_GRADE_BANDS },
    );
    expect(result!.appraisedPart).toBe(2.75);
    expect(result!.surveyPart).toBe(0.5);
    expect(result!.total).toBe(3.25);
    expect(result!.indexPercent).toBe(54.1667);
    expect(result!.grade?.label).toBe('Yếu');
  });

  it('drops an exempted area from the applicable max and leaves a unit without every score unranked', () => {
    const exempt: RoundResultUnit = { ...vanPhong, organisationId: 'ex', exemptNodeCodes: ['3'] };
    const partial: RoundResultUnit = {
      ...vanPhong,
      organisationId: 'part',
      entries: VAN_PHONG.filter((each) => each.nodeCode !== '8.1'),
    };
    const [withExemption, unfinished] = computeRoundResults(SAMPLE_002, [exempt, partial], {
      gradeBands: PROVINCIAL_GRADE_BANDS,
    });
    expect(withExemption!.applicableMaxPoints).toBe(86);
    expect(withExemption!.total).toBe(74.09);
    expect(withExemption!.surveyPart).toBe(25.39);
    expect(withExemption!.indexPercent).toBe(86.1512);
    expect(withExemption!.rank).toBe(1);
    expect(withExemption!.rankedCount).toBe(1);
    expect(unfinished!.indexPercent).toBeNull();
    expect(unfinished!.scoreState).toBe('partial');
    expect(unfinished!.rank).toBeNull();
  });
});

describe('roundNodeResults', () => {
  it('writes the exempt leaves as not applicable without their scores', () => {
    const results = roundNodeResults(SAMPLE_002, {
      unitType: 'department',
      exemptNodeCodes: ['3'],
      entries: VAN_PHONG,
    });
    const byCode = new Map(results.map((result) => [result.nodeCode, result]));
    expect(byCode.get('3.1')).toEqual({ nodeCode: '3.1', notApplicable: true });
    expect(byCode.get('3.2')).toEqual({ nodeCode: '3.2', notApplicable: true });
    expect(byCode.has('3')).toBe(false);
    expect(byCode.get('4.1')).toMatchObject({
      selfScore: 9.5,
      appraisedScore: 9,
      appraisedScore2: 9.17,
      surveyScore: null,
    });
    expect(byCode.get('8.1')).toMatchObject({ surveyScore: 9.39, appraisedScore: null });
  });
});
