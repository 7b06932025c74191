// The scoring-round rules against published guidance (guidance-corpus.fixture.ts, read by hand):
// the self-assessment report's three parts, survey criteria never self-scored, an explanation for
// an item without evidence, and a unit without procedures exempted from a whole area and from one
// criterion of another, its index then taken over the points that remain.
import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { rollUpResult } from '../results/roll-up';
import {
  BNV_383_384_REPORT_CONTENTS,
  BNV_MINISTRY_SELF_ASSESSMENT,
  HA_NAM_2023_NO_PROCEDURES,
} from './guidance-corpus.fixture';
import { needsExplanation } from './evidence-requirement';
import { SELF_REPORT_HEADINGS } from './self-assessment-document';
import { computeSelfScore, SURVEY_NOT_SELF_SCORED } from './self-score';
import { notApplicableCodes } from './unit-applicability';

describe('self-assessment report parts (Công văn 383, 384/BNV-CCHC)', () => {
  it('has the three contents the guidance lists, in its order', () => {
    expect(SELF_REPORT_HEADINGS).toHaveLength(BNV_383_384_REPORT_CONTENTS.reportParts.length);
    const [scores, explanations, difficulties] = SELF_REPORT_HEADINGS.map((heading) =>
      heading.toLowerCase(),
    );
    expect(scores).toContain('tự đánh giá, chấm điểm');
    expect(explanations).toContain('giải trình');
    expect(explanations).toContain('tài liệu kiểm chứng');
    expect(difficulties).toContain('khó khăn, vướng mắc');
    expect(difficulties).toContain('kiến nghị');
  });
});

describe('what is self-scored (Bộ Nội vụ, cấp bộ)', () => {
  it('refuses to self-score a survey criterion', () => {
    expect(BNV_MINISTRY_SELF_ASSESSMENT.surveyCriteriaSelfScored).toBe(false);
    const survey = leaf('1.7', 2, { method: 'survey', rule: { type: 'survey' } });
    expect(computeSelfScore(survey, { type: 'points', points: 1 })).toEqual({
      ok: false,
      message: SURVEY_NOT_SELF_SCORED,
    });
  });

  it('asks for an explanation of a scored criterion that has no evidence', () => {
    const node = leaf('1.1', 1, { rule: { type: 'binary' }, evidence: 'Kế hoạch CCHC năm' });
    const item = { claimedScore: 1, notApplicable: false };
    expect(needsExplanation(node, { ...item, evidenceCount: 0 })).toBe(true);
    expect(needsExplanation(node, { ...item, evidenceCount: 1 })).toBe(false);
  });
});

describe('a unit without administrative procedures (Hà Nam 2023)', () => {
  const { exemptArea, exemptCriterion } = HA_NAM_2023_NO_PROCEDURES;
  // Hà Nam's department framework, reduced to the areas the guidance names: 100 points in all.
  const framework = buildFramework({
    nodes: [
      group('1', 73),
      leaf('1.1', 73, { rule: { type: 'binary' } }),
      group(exemptArea.code, exemptArea.points, { applicability: { exemptable: true } }),
      leaf('3.1', 12, { rule: { type: 'binary' } }),
      leaf('3.2', 8, { rule: { type: 'binary' } }),
      group('7', 7),
      leaf(exemptCriterion.code, exemptCriterion.points, {
        rule: { type: 'binary' },
        applicability: { exemptable: true },
      }),
    ],
  });

  it('drops the whole area and the single criterion, nothing else', () => {
    const codes = notApplicableCodes(framework, 'department', [
      exemptArea.code,
      exemptCriterion.code,
    ]);
    expect([...codes].sort()).toEqual(['3', '3.1', '3.2', '7.3']);
  });

  it('takes the index over the points that remain (100 − 20 − 7 = 73)', () => {
    const codes = notApplicableCodes(framework, 'department', [
      exemptArea.code,
      exemptCriterion.code,
    ]);
    const results = framework.nodes
      .filter((node) => node.rule)
      .map((node) =>
        codes.has(node.code)
          ? { nodeCode: node.code, notApplicable: true }
          : { nodeCode: node.code, appraisedScore: node.maxPoints },
      );
    const { totals } = rollUpResult(framework, results);
    expect(totals.applicableMaxPoints).toBe(100 - exemptArea.points - exemptCriterion.points);
    expect(totals.indexPercent).toBe(100);
  });
});
