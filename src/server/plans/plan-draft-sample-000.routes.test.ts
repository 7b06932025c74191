// Acceptance of issue 10, item 6 (results not entered are not zero), on the shipped district
// framework (frameworks/par-index-district-2023.json, 67 sub-criteria): entering only the 18
// sub-criterion scores sample 000 publishes drafts exactly the tasks of the sub-criteria that lost
// points — none from the 49 empty leaves, which used to count as 0 and each draft a task.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '@contract/plans';
import type { GapAnalysis } from '@contract/results';
import type { Framework } from '@domain/frameworks/framework';
import { draftFromGaps } from '@domain/plans/draft-from-gaps';
import { analyseGaps } from '@domain/results/gap-analysis';
import { rollUpResult } from '@domain/results/roll-up';
import { SAMPLE_000_SUB_CRITERIA, sample000Results } from '@domain/results/sample-000.fixture';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';

const DISTRICT_FRAMEWORK = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../frameworks/par-index-district-2023.json', import.meta.url)),
    'utf8',
  ),
) as Framework;

// Written out by hand from the sample's text: every one of its 18 sub-criteria lost points;
// biggest loss first (7.3.3 lost 1,67; 3.2.1, 3.3.3, 7.2.1 and 8.2.1 lost 1 each; …; 3.3.2 lost
// 0,01), ties in code order.
const EXPECTED_TASK_CODES = [
  '7.3.3',
  '3.2.1',
  '3.3.3',
  '7.2.1',
  '8.2.1',
  '7.3.4',
  '7.3.1',
  '7.3.2',
  '7.3.5',
  '5.4.1',
  '6.3.1',
  '8.2.2',
  '8.2.3',
  '1.2.2',
  '5.3.1',
  '3.3.1',
  '6.1.1',
  '3.3.2',
];

const leafCount = () => {
  const parents = new Set(DISTRICT_FRAMEWORK.nodes.map((node) => node.parentCode));
  return DISTRICT_FRAMEWORK.nodes.filter((node) => !parents.has(node.code)).length;
};

describe('sample 000 on the shipped district framework, in the domain', () => {
  const rolledUp = rollUpResult(DISTRICT_FRAMEWORK, sample000Results(), { unitType: 'district' });
  const gaps = analyseGaps(DISTRICT_FRAMEWORK, rolledUp);

  it('enters only 18 of the 67 sub-criteria', () => {
    expect(sample000Results()).toHaveLength(18);
    expect(leafCount()).toBe(67);
  });

  it('entering only its 18 published sub-criterion scores drafts exactly the tasks for the sub-criteria that lost points', () => {
    const draft = draftFromGaps(DISTRICT_FRAMEWORK, gaps, {
      frameworkId: 'f',
      leadCandidates: [],
      newId: () => randomUUID(),
    });
    expect(draft.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(EXPECTED_TASK_CODES);
    expect(new Set(EXPECTED_TASK_CODES)).toEqual(
      new Set(
        SAMPLE_000_SUB_CRITERIA.filter((item) => item.score < item.maxPoints).map((i) => i.code),
      ),
    );
  });

  it('lists the 49 empty sub-criteria as "chưa có điểm", with no points lost, and gives no index', () => {
    const emptyLeaves = rolledUp.nodes.filter((node) => node.isLeaf && !node.isEntered);
    expect(emptyLeaves).toHaveLength(49);
    const emptyCodes = new Set(emptyLeaves.map((node) => node.code));
    const emptyRows = gaps.filter((row) => emptyCodes.has(row.code));
    expect(emptyRows).toHaveLength(49);
    expect(emptyRows.every((row) => row.scoreState === 'unscored' && row.lostPoints === 0)).toBe(
      true,
    );
    expect(rolledUp.totals.indexPercent).toBeNull();
    expect(rolledUp.totals.scoreState).toBe('partial');
    // Lost points are those of the 18 entries only (1 + 1,67 + … + 0,01), not 100 − their sum.
    expect(rolledUp.totals.lostPoints).toBe(10.607);
  });
});

describe('sample 000 on the shipped district framework, over HTTP', () => {
  let t: TestApp;
  let f: DistrictFixture;
  let focal: TestClient;
  let frameworkId: string;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await buildDistrictFixture(t);
    focal = await f.client(f.users.focal);
    const framework = await buildFrameworkRow(t.db, {
      tenantId: f.tenantId,
      ownerOrganisationId: f.province.id,
      unitTypes: ['district'],
      nodes: DISTRICT_FRAMEWORK.nodes,
    });
    frameworkId = framework.id;
    await buildUnitResult(t.db, {
      framework,
      organisationId: f.district.id,
      entries: sample000Results(),
    });
  });

  it('drafts exactly the 18 tasks of the sub-criteria that lost points, none from empty leaves', async () => {
    const r = await focal.post('/api/plans/from-gaps', {
      organisationId: f.district.id,
      frameworkIds: [frameworkId],
      threshold: 0,
    });
    expect(r.statusCode, r.body).toBe(201);
    const plan: PlanDetail = r.json();
    expect(plan.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(EXPECTED_TASK_CODES);
    // The purpose does not state a total made of 18 entries as if it were the unit's result.
    expect(plan.content.purpose).not.toMatch(/\/100 điểm/);
  });

  it('answers the gap analysis with the empty leaves as "chưa có điểm" and no index', async () => {
    const r = await focal.get(`/api/frameworks/${frameworkId}/results/${f.district.id}/gaps`);
    expect(r.statusCode, r.body).toBe(200);
    const gaps: GapAnalysis = r.json();
    expect(gaps.totals).toMatchObject({ indexPercent: null, scoreState: 'partial' });
    expect(gaps.grade).toBeNull();
    const row = (code: string) => gaps.rows.find((each) => each.code === code);
    expect(row('2.1.1')).toMatchObject({ scoreState: 'unscored', lostPoints: 0 });
    expect(row('7.3.3')).toMatchObject({ scoreState: 'scored', score: 1.33, lostPoints: 1.67 });
    expect(row('7')).toMatchObject({ scoreState: 'partial', percent: null });
  });
});
