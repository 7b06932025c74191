// Phần điểm thẩm định và phần điểm điều tra xã hội học: a PAR total is the appraised part plus the
// survey part (sample 002: 61,2 + 26,89 = 88,09). Which nodes are the survey's the framework says
// (method or rule "survey"), and a node under a survey node is the survey's too.
import type { Framework } from '../frameworks/framework';
import { frameworkTree, listNodesInOrder } from '../frameworks/framework-tree';
import type { RolledUpResult } from '../results/roll-up';
import { roundPoints, sumPoints } from '../frameworks/points';

/** Tiêu chí điều tra xã hội học: the codes of nodes scored by survey, with everything under them. */
export function surveyNodeCodes(nodes: Framework['nodes']): Set<string> {
  const codes = new Set<string>();
  for (const node of listNodesInOrder(frameworkTree(nodes))) {
    const parentIsSurvey = node.parentCode !== null && codes.has(node.parentCode);
    if (parentIsSurvey || node.method === 'survey' || node.rule?.type === 'survey')
      codes.add(node.code);
  }
  return codes;
}

/** Điểm thẩm định và điểm điều tra XHH of one unit's total; null for a part not (fully) scored yet. */
export interface ScoreParts {
  appraisedPart: number | null;
  surveyPart: number | null;
}

/**
 * Tách tổng điểm: the survey part is the score of the topmost survey nodes that apply, the
 * appraised part the rest of the total. A part with an unscored node in it is null, never 0; a
 * framework without survey nodes has a survey part of 0.
 */
export function splitScoreParts(
  framework: Pick<Framework, 'nodes'>,
  rolled: RolledUpResult,
): ScoreParts {
  const survey = surveyNodeCodes(framework.nodes);
  const tops = rolled.nodes.filter(
    (node) => survey.has(node.code) && !survey.has(node.parentCode ?? '') && node.isApplicable,
  );
  const surveyComplete = tops.every((node) => node.scoreState === 'scored');
  const surveyPart = surveyComplete ? sumPoints(tops.map((node) => node.score)) : null;
  const appraisedPart =
    rolled.totals.indexPercent === null || surveyPart === null
      ? null
      : roundPoints(rolled.totals.score - surveyPart);
  return { appraisedPart, surveyPart };
}
