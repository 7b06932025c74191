// Plumbing for the round results journey: a scoring round of the department framework for three
// demo departments, brought to a confirmed appraisal through the rounds, self-assessment and
// appraisal APIs of issue 13 (built by the other parts: this setup runs once they are merged).
import type { APIRequestContext } from 'playwright-core';
import type { FrameworkDto, FrameworkNodeDto } from '../src/contract/frameworks';
import { getJson, ifMatch, sendJson, unitIdsByCode } from './api';
import { uniqueSuffix } from './browser';

/** The departments taking part, with the share of each appraised leaf's max they are appraised at. */
export const ROUND_DEPARTMENTS: Record<string, number> = {
  'DT.VP': 0.9,
  'DT.STC': 0.82,
  'DT.STP': 0.75,
};

/** Windows around the journeys' today (10/12/2026). */
// The e2e day is 10/12/2026: self-assessment closes that day, appraisal and explanation open it
// (a round's windows follow each other; the same day may close one and open the next).
const SELF_WINDOW = { opensOn: '2026-12-01', closesOn: '2026-12-10' };
const LATER_WINDOW = { opensOn: '2026-12-10', closesOn: '2026-12-31' };

interface RoundDetail {
  id: string;
  version: number;
  units: { organisation: { id: string }; status: string }[];
}

/** The appraised leaves of a framework (survey leaves are the survey part, bonus aside). */
export function appraisedLeaves(framework: FrameworkDto): FrameworkNodeDto[] {
  const parents = new Set(framework.nodes.map((node) => node.parentCode));
  return framework.nodes.filter(
    (node) => !parents.has(node.code) && !node.isBonus && node.method !== 'survey',
  );
}

/** A score the appraisal gives: a «Có / không» criterion in full, the rest at the unit's share. */
const appraisedScore = (leaf: FrameworkNodeDto, share: number) =>
  leaf.rule?.type === 'binary' ? leaf.maxPoints : Math.round(leaf.maxPoints * share * 100) / 100;

/**
 * A new department framework for 2023 and its round in the appraisal state, every department's
 * appraisal 1 entered and confirmed (the focal creates and runs the round, the administrator
 * appraises). Returns the round and framework ids.
 */
export async function createAppraisedRound(
  focal: APIRequestContext,
  appraiser: APIRequestContext,
): Promise<{ roundId: string; framework: FrameworkDto }> {
  const framework = await sendJson<FrameworkDto>(focal, 'post', '/api/frameworks/from-template', {
    templateKey: 'par-index-department-2023',
    code: `PAR-SO-2023-${uniqueSuffix()}`,
  });
  const ids = await unitIdsByCode(focal);
  let round = await sendJson<RoundDetail>(focal, 'post', '/api/assessment-rounds', {
    frameworkId: framework.id,
    ownerOrganisationId: ids.get('DT'),
    units: Object.keys(ROUND_DEPARTMENTS).map((code) => ({ organisationId: ids.get(code) })),
    windows: { selfAssessment: SELF_WINDOW, appraisal: LATER_WINDOW, explanation: LATER_WINDOW },
  });
  for (const to of ['self_assessment', 'appraisal'] as const) {
    round = await sendJson<RoundDetail>(
      focal,
      'post',
      `/api/assessment-rounds/${round.id}/transition`,
      { to },
      ifMatch(round.version),
    );
  }
  for (const [code, share] of Object.entries(ROUND_DEPARTMENTS)) {
    const unitId = ids.get(code)!;
    const base = `/api/assessment-rounds/${round.id}/units/${unitId}`;
    for (const leaf of appraisedLeaves(framework)) {
      await sendJson(
        appraiser,
        'put',
        `${base}/appraisal/${leaf.code}`,
        { score: appraisedScore(leaf, share), comment: 'Thẩm định theo hồ sơ minh chứng.' },
        ifMatch(0),
      );
    }
    const unit = await getJson<{ version: number }>(appraiser, `${base}/appraisal`);
    await sendJson(appraiser, 'post', `${base}/appraisal/confirm`, {}, ifMatch(unit.version));
  }
  return { roundId: round.id, framework };
}
