import { describe, it, expect } from 'vitest';
import { formatViNumber } from '../shared/vi-format';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { applyScoringRule, type ScoringOutcome } from '../frameworks/scoring-rule';
import { validateFramework } from '../frameworks/validate-framework';
import { effectiveScore } from './node-result';
import { rollUpResult, type RolledUpNode, type RolledUpResult } from './roll-up';
import {
  SAMPLE_000_SUB_CRITERIA,
  buildSample000ExcerptFramework,
  sample000Results,
} from './sample-000.fixture';
import {
  SAMPLE_002_AREAS,
  buildSample002AreaFramework,
  sample002AreaResults,
} from './sample-002.fixture';

function nodeOf(rolledUp: RolledUpResult, code: string): RolledUpNode {
  const node = rolledUp.nodes.find((candidate) => candidate.code === code);
  if (!node) throw new Error(`no node ${code}`);
  return node;
}

/** "2,95/3" as the plans print a score over its maximum. */
function scoreOverMax(node: RolledUpNode): string {
  return `${formatViNumber(node.score, 3)}/${formatViNumber(node.maxPoints, 2)}`;
}

describe('rollUpResult on sample 002 (Văn phòng UBND tỉnh, PAR Index 2023)', () => {
  const rolledUp = rollUpResult(buildSample002AreaFramework(), sample002AreaResults());

  it('the area table is a valid framework of 100 points', () => {
    expect(validateFramework(buildSample002AreaFramework())).toEqual([]);
  });

  it('totals 88,09 points of 100, index 88,09 %, 11,91 points lost', () => {
    expect(formatViNumber(rolledUp.totals.maxPoints)).toBe('100');
    expect(formatViNumber(rolledUp.totals.score)).toBe('88,09');
    expect(formatViNumber(rolledUp.totals.indexPercent!)).toBe('88,09');
    expect(formatViNumber(rolledUp.totals.lostPoints)).toBe('11,91');
    expect(rolledUp.totals.score).toBe(88.09);
    expect(rolledUp.totals.lostPoints).toBe(11.91);
  });

  it('loses 4,92 / 0,89 / 0 / 0,53 / 0,55 / 0,26 / 4,15 / 0,61 per area', () => {
    const losses = SAMPLE_002_AREAS.map((area) =>
      formatViNumber(nodeOf(rolledUp, area.code).lostPoints),
    );
    expect(losses).toEqual(['4,92', '0,89', '0', '0,53', '0,55', '0,26', '4,15', '0,61']);
  });

  it('keeps each area score as appraised: 6,58 of 11,5 for direction and management', () => {
    expect(scoreOverMax(nodeOf(rolledUp, '1'))).toBe('6,58/11,5');
    expect(formatViNumber(nodeOf(rolledUp, '1').percent!)).toBe('57,22');
  });

  it('area 8 is the citizens survey: 93,9 % satisfaction converts to 9,39 of 10 points', () => {
    const outcome = applyScoringRule({ type: 'survey' }, 93.9, 10);
    expect(outcome).toEqual({ ok: true, points: 9.39 });
    expect(nodeOf(rolledUp, '8').score).toBe(9.39);
  });
});

describe('rollUpResult on sample 000 (huyện Lấp Vò, PAR Index 2023 sub-criteria)', () => {
  const framework = buildSample000ExcerptFramework();
  const rolledUp = rollUpResult(framework, sample000Results());

  it('the excerpt is a valid framework', () => {
    expect(validateFramework(framework)).toEqual([]);
  });

  it.each([
    ['1.2.2', '0,4/0,5', '0,1'],
    ['3.2.1', '0,5/1,5', '1'],
    ['3.3.1', '2,95/3', '0,05'],
    ['3.3.2', '1,99/2', '0,01'],
    ['3.3.3', '0/1', '1'],
    ['5.3.1', '0,9/1', '0,1'],
    ['5.4.1', '0/0,5', '0,5'],
    ['6.1.1', '0,95/1', '0,05'],
    ['6.3.1', '0/0,5', '0,5'],
    ['7.2.1', '0,5/1,5', '1'],
    ['7.3.1', '0/0,75', '0,75'],
    ['7.3.2', '0/0,75', '0,75'],
    ['7.3.3', '1,33/3', '1,67'],
    ['7.3.4', '0,24/1', '0,76'],
    ['7.3.5', '0,32/1', '0,68'],
    ['8.2.1', '0/1', '1'],
    ['8.2.2', '0,5/1', '0,5'],
    ['8.2.3', '0,813/1', '0,187'],
  ])('sub-criterion %s scores %s and loses %s', (code, expectedScore, expectedLoss) => {
    const node = nodeOf(rolledUp, code);
    expect(scoreOverMax(node)).toBe(expectedScore);
    expect(formatViNumber(node.lostPoints, 3)).toBe(expectedLoss);
  });

  it('covers every sub-criterion the sample lists', () => {
    expect(SAMPLE_000_SUB_CRITERIA).toHaveLength(18);
  });

  it('adds up the digital-government losses: 5,61 of the 8 points listed in area 7', () => {
    expect(scoreOverMax(nodeOf(rolledUp, '7'))).toBe('2,39/8');
    expect(formatViNumber(nodeOf(rolledUp, '7').lostPoints)).toBe('5,61');
  });

  it("the sample's fractional scores come out of ratio rules", () => {
    const points = (outcome: ScoringOutcome) => (outcome.ok ? outcome.points : NaN);
    // 81,3 % of the socio-economic targets met; 90 % of the training plan done; 95 % disbursed.
    expect(points(applyScoringRule({ type: 'ratio' }, 81.3, 1))).toBe(0.813);
    expect(points(applyScoringRule({ type: 'ratio' }, 90, 1))).toBe(0.9);
    expect(points(applyScoringRule({ type: 'ratio' }, 95, 1))).toBe(0.95);
    // Online payment against a 30 % target: 7,2 % of district and 9,6 % of commune dossiers.
    const payment = { type: 'ratio_threshold', threshold: 30 } as const;
    expect(points(applyScoringRule(payment, 7.2, 1))).toBe(0.24);
    expect(points(applyScoringRule(payment, 9.6, 1))).toBe(0.32);
  });
});

describe('rollUpResult: applicability, bonus, missing scores', () => {
  // Area 3 (procedures) is exempt for sub-units; area 9 is a bonus for initiatives.
  const framework = buildFramework({
    scale: { unit: 'points', maxTotal: 30 },
    nodes: [
      group('1', 10),
      leaf('1.1', 6),
      leaf('1.2', 4),
      group('3', 20, { applicability: { exemptUnitTypes: ['sub_unit'] } }),
      leaf('3.1', 20),
      group('9', 2, { isBonus: true }),
      leaf('9.1', 2, { rule: { type: 'bonus', maxBonus: 2 } }),
    ],
  });
  const results = [
    { nodeCode: '1.1', appraisedScore: 5 },
    { nodeCode: '1.2', selfScore: 4, appraisedScore: 3 },
    { nodeCode: '3.1', appraisedScore: 18 },
    { nodeCode: '9.1', appraisedScore: 1.5 },
  ];

  it('is a valid framework: the bonus area is outside the 30 points', () => {
    expect(validateFramework(framework)).toEqual([]);
  });

  it('counts the bonus in the score but not in the maximum', () => {
    const { totals } = rollUpResult(framework, results);
    expect(totals).toEqual({
      maxPoints: 30,
      applicableMaxPoints: 30,
      score: 27.5,
      bonusScore: 1.5,
      lostPoints: 4,
      indexPercent: 91.6667,
      scoreState: 'scored',
    });
  });

  it('drops an exempt area from the applicable maximum: achieved ÷ applicable × 100', () => {
    const { totals, nodes } = rollUpResult(framework, results, { unitType: 'sub_unit' });
    expect(totals.applicableMaxPoints).toBe(10);
    expect(totals.score).toBe(9.5);
    expect(totals.indexPercent).toBe(95);
    expect(nodes.find((node) => node.code === '3.1')).toMatchObject({
      isApplicable: false,
      score: 0,
    });
  });

  it('drops a leaf marked not applicable', () => {
    const withNotApplicable = [...results.slice(0, 1), { nodeCode: '1.2', notApplicable: true }];
    const rolledUp = rollUpResult(framework, withNotApplicable, { unitType: 'sub_unit' });
    expect(nodeOf(rolledUp, '1')).toMatchObject({
      applicableMaxPoints: 6,
      score: 5,
      lostPoints: 1,
    });
  });

  it('leaves a leaf without a score unscored (chưa có điểm): no score, no lost points, no percent', () => {
    const rolledUp = rollUpResult(framework, results.slice(1));
    expect(nodeOf(rolledUp, '1.1')).toMatchObject({
      score: 0,
      lostPoints: 0,
      percent: null,
      isScored: false,
      scoreState: 'unscored',
      isEntered: false,
    });
    expect(nodeOf(rolledUp, '3')).toMatchObject({ isScored: true, scoreState: 'scored' });
  });

  it('shows a parent with only some children scored as partial: the known sum, losses of the scored children only', () => {
    const rolledUp = rollUpResult(framework, results.slice(1));
    // 1.2 scored 3/4, 1.1 not entered: 1 point lost, not 7.
    expect(nodeOf(rolledUp, '1')).toMatchObject({
      applicableMaxPoints: 10,
      score: 3,
      lostPoints: 1,
      percent: null,
      isScored: false,
      scoreState: 'partial',
    });
    expect(rolledUp.totals).toMatchObject({
      score: 22.5,
      lostPoints: 3,
      indexPercent: null,
      scoreState: 'partial',
    });
  });

  it('gives no index, not 0, for a unit with no score at all', () => {
    const { totals, nodes } = rollUpResult(framework, []);
    expect(totals).toMatchObject({ score: 0, lostPoints: 0, indexPercent: null });
    expect(totals.scoreState).toBe('unscored');
    expect(nodes.every((node) => node.isBonus || node.scoreState === 'unscored')).toBe(true);
  });

  it('does not let an unscored bonus make its area or the index partial', () => {
    const { totals, nodes } = rollUpResult(framework, results.slice(0, 3));
    expect(nodes.find((node) => node.code === '9.1')?.scoreState).toBe('unscored');
    expect(totals).toMatchObject({ score: 26, indexPercent: 86.6667, scoreState: 'scored' });
  });

  it('takes a score entered at area level (as decisions publish it) for the whole area', () => {
    const rolledUp = rollUpResult(framework, [
      { nodeCode: '1', appraisedScore: 7.5 },
      { nodeCode: '3', appraisedScore: 19 },
    ]);
    expect(nodeOf(rolledUp, '1')).toMatchObject({
      score: 7.5,
      lostPoints: 2.5,
      percent: 75,
      scoreState: 'scored',
      isEntered: true,
    });
    expect(nodeOf(rolledUp, '1.1')).toMatchObject({ scoreState: 'unscored', lostPoints: 0 });
    expect(rolledUp.totals).toMatchObject({
      score: 26.5,
      lostPoints: 3.5,
      indexPercent: 88.3333,
      scoreState: 'scored',
    });
  });

  it('mixes areas entered directly with areas rolled up from their sub-criteria', () => {
    const rolledUp = rollUpResult(framework, [
      ...results.slice(0, 2),
      { nodeCode: '3', appraisedScore: 20 },
    ]);
    expect(nodeOf(rolledUp, '1')).toMatchObject({
      score: 8,
      scoreState: 'scored',
      isEntered: false,
    });
    expect(rolledUp.totals).toMatchObject({ score: 28, indexPercent: 93.3333 });
  });

  it('caps a parent whose children may offer more than it', () => {
    const capped = buildFramework({
      nodes: [group('1', 2, { childrenMaxMayDiffer: true }), leaf('1.1', 2), leaf('1.2', 2)],
    });
    const rolledUp = rollUpResult(capped, [
      { nodeCode: '1.1', appraisedScore: 2 },
      { nodeCode: '1.2', appraisedScore: 1 },
    ]);
    expect(nodeOf(rolledUp, '1')).toMatchObject({
      applicableMaxPoints: 2,
      score: 2,
      lostPoints: 0,
    });
  });
});

describe('effectiveScore', () => {
  it('takes the second appraisal over the first, the first over the survey, the survey over the self score', () => {
    expect(
      effectiveScore({
        nodeCode: '1',
        selfScore: 1,
        surveyScore: 2,
        appraisedScore: 3,
        appraisedScore2: 4,
      }),
    ).toBe(4);
    expect(effectiveScore({ nodeCode: '1', selfScore: 1, surveyScore: 2, appraisedScore: 3 })).toBe(
      3,
    );
    expect(effectiveScore({ nodeCode: '1', selfScore: 1, surveyScore: 2 })).toBe(2);
    expect(effectiveScore({ nodeCode: '1', selfScore: 1, appraisedScore: null })).toBe(1);
    expect(effectiveScore({ nodeCode: '1' })).toBeNull();
  });
});
