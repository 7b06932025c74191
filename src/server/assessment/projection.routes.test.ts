// The projection over HTTP on real PostgreSQL, read on 01/10/2024: Huyện Lấp Vò scored 12,5 of 20 in
// 2023; its 2024 plan, drafted from the lost points, has two linked tasks — one done and shown done
// by the accepted Q3 report, one still in progress — and a KPI target on the on-time ratio whose
// accepted Q3 figure is 72%. Two peer districts scored 18 and 16. Another province gets 404.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { ProjectionDto } from '@contract/assessment-projection';
import type { PlanDetail } from '@contract/plans';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import { ifMatch, reportUrl } from '../../../test/report-fixtures';
import { buildOrganisation } from '../../../test/factories';
import {
  assessmentEntries,
  assessmentEvidence,
  assessmentRounds,
  assessmentUnits,
} from '../db/schema';
import type { FrameworkRow } from '../frameworks/framework.repository';
import { PROJECTION_NODES } from '@domain/assessment/projection.fixture';

const NODES: FrameworkNode[] = PROJECTION_NODES;

const scores = (s11: number, s12: number, s21: number, s22: number) => [
  { nodeCode: '1.1', appraisedScore: s11 },
  { nodeCode: '1.2', appraisedScore: s12 },
  { nodeCode: '2.1', appraisedScore: s21 },
  { nodeCode: '2.2', surveyScore: s22 },
];

let t: TestApp;
let f: DistrictFixture;
let other: DistrictFixture;
let framework2023: FrameworkRow;
let framework2024: FrameworkRow;

async function buildFixture() {
  f = await buildDistrictFixture(t);
  framework2023 = await buildFrameworkRow(t.db, {
    tenantId: f.tenantId,
    ownerOrganisationId: f.province.id,
    unitTypes: ['district'],
    year: 2023,
    nodes: NODES,
  });
  framework2024 = await buildFrameworkRow(t.db, {
    tenantId: f.tenantId,
    ownerOrganisationId: f.province.id,
    unitTypes: ['district'],
    year: 2024,
    nodes: NODES,
    copiedFromId: framework2023.id,
    codeMapping: {},
  });
  // Lost 4 on 1.1, 1 on 1.2, 2 on 2.1, 0,5 on 2.2: 12,5 of 20.
  await buildUnitResult(t.db, {
    framework: framework2023,
    organisationId: f.district.id,
    entries: scores(0, 5, 3, 4.5),
  });
  for (const [name, result] of [
    ['Huyện Lai Vung', scores(4, 6, 5, 3)],
    ['Huyện Cao Lãnh', scores(4, 4, 4, 4)],
  ] as const) {
    const peer = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.province.id,
      type: 'district',
      name,
    });
    await buildUnitResult(t.db, {
      framework: framework2023,
      organisationId: peer.id,
      entries: [...result],
    });
  }

  const focal = await f.client(f.users.focal);
  const nvId = f.offices['Phòng Nội vụ'].id;
  // "Lập kế hoạch khắc phục": one task per sub-criterion that lost more than 1,5 points (1.1, 2.1).
  const drafted = await focal.post('/api/plans/from-gaps', {
    organisationId: f.district.id,
    frameworkIds: [framework2023.id],
    threshold: 1.5,
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  let plan = drafted.json() as PlanDetail;
  expect(plan.year).toBe(2024);
  expect(plan.tasks.map((task) => task.nodeLinks.map((link) => link.code))).toEqual([
    ['1.1'],
    ['2.1'],
  ]);
  for (const task of plan.tasks) {
    const led = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { leadOrganisationId: nvId },
      ifMatch(task.version),
    );
    expect(led.statusCode, led.body).toBe(200);
  }
  plan = (await focal.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
  const signed = await focal.patch(
    `/api/plans/${plan.id}`,
    {
      signature: { ...plan.content.signature, signerName: 'Nguyễn Văn A' },
      targets: [
        {
          id: 'kpi-dung-han',
          metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          kind: 'number',
          value: 90,
          unit: '%',
          frameworkId: framework2023.id,
          nodeCode: '1.2',
        },
      ],
    },
    ifMatch(plan.version),
  );
  expect(signed.statusCode, signed.body).toBe(200);
  const issued = await focal.post(
    `/api/plans/${plan.id}/issue`,
    { number: '15', issuedOn: '2024-01-10' },
    ifMatch(signed.json().version),
  );
  expect(issued.statusCode, issued.body).toBe(200);
  const rule = await focal.request('PUT', `/api/plans/${plan.id}/reporting-rule`, {
    body: { presetId: 'quarterly-by-15th' },
    headers: ifMatch(issued.json().version),
  });
  expect(rule.statusCode, rule.body).toBe(200);
  plan = (await focal.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
  const [done, ongoing] = plan.tasks;

  const nv = await f.client(f.users.nvEditor);
  const url = reportUrl(plan, '2024-Q3', nvId);
  const empty = (await nv.get(url)).json() as { version: number };
  const saved = await nv.put(
    url,
    {
      kpiValues: [{ targetIndex: 0, value: '72' }],
      entries: [
        {
          taskId: done!.id,
          status: 'done',
          progress: 100,
          result: 'Đã ban hành kế hoạch',
        },
        { taskId: ongoing!.id, status: 'in_progress', progress: 50, result: 'Đang thực hiện' },
      ],
    },
    ifMatch(empty.version),
  );
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await nv.post(`${url}/submit`, undefined, ifMatch(saved.json().version));
  expect(submitted.statusCode, submitted.body).toBe(200);
  const accepted = await focal.post(
    `${url}/review`,
    { decision: 'accept' },
    ifMatch(submitted.json().version),
  );
  expect(accepted.statusCode, accepted.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp({}, { today: '2024-10-01' });
  await buildFixture();
  other = await buildDistrictFixture(t);
});
afterAll(() => t.close());

const projectionOf = async (query: string): Promise<ProjectionDto> => {
  const client = await f.client(f.users.focal);
  const response = await client.get(`/api/organisations/${f.district.id}/projection${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ProjectionDto;
};

describe('GET /api/organisations/:id/projection', () => {
  it('projects 2024 from 2023’s 12,5 points, the accepted task and the accepted KPI figure', async () => {
    const projection = await projectionOf(`?frameworkId=${framework2023.id}`);
    expect(projection.framework.id).toBe(framework2024.id);
    expect(projection.year).toBe(2024);
    expect(projection.baseline).toEqual({ year: 2023, score: 12.5, indexPercent: 62.5 });
    // Lower: 1.1 recovered by the accepted task (4), 1.2 = 72 × 6 ÷ 80 = 5,4, 2.1 stays 3, 2.2 4,5.
    expect(projection.pessimistic).toMatchObject({ score: 16.9, indexPercent: 84.5 });
    // Upper: also the task in progress done (2.1: 3 + 2 = 5).
    expect(projection.optimistic).toMatchObject({ score: 18.9, indexPercent: 94.5 });
    expect(projection.pessimistic.lines.map((line) => line.text)).toEqual([
      'Điểm năm 2023 quy đổi sang bộ chỉ số năm 2024: 12,5 điểm',
      expect.stringMatching(
        /^\+4 điểm tiêu chí 1\.1 «Ban hành kế hoạch CCHC»: nhiệm vụ «.+» hoàn thành, minh chứng đã được chấp nhận \(báo cáo Quý III\/2024\)$/,
      ),
      '+0,4 điểm tiêu chí 1.2 «Tỷ lệ hồ sơ đúng hạn»: tỷ lệ «Tỷ lệ hồ sơ giải quyết đúng hạn» 72% theo báo cáo Quý III/2024 được chấp nhận',
      '= 16,9 điểm trên 20 điểm áp dụng → chỉ số 84,5%',
    ]);
    expect(
      projection.drivers.map((driver) => [
        driver.code,
        driver.from,
        driver.toPessimistic,
        driver.toOptimistic,
      ]),
    ).toEqual([
      ['1.1', 0, 4, 4],
      ['2.1', 3, 3, 5],
      ['1.2', 5, 5.4, 5.4],
    ]);
    expect(projection.selfAssessmentStarted).toBe(false);
  });

  it('ranks the range among the peers: 1st at best, 2nd at worst (Lai Vung’s 90% beats 84,5%)', async () => {
    const projection = await projectionOf(`?frameworkId=${framework2024.id}`);
    expect(projection.rank).toMatchObject({ best: 1, worst: 2, of: 3 });
  });

  it('lets the self-assessment once started replace the estimate: 2.1 self-scored 4 with evidence', async () => {
    const [round] = await t.db
      .insert(assessmentRounds)
      .values({
        tenantId: f.tenantId,
        frameworkId: framework2024.id,
        ownerOrganisationId: f.province.id,
        year: 2024,
        name: 'Đánh giá Chỉ số CCHC năm 2024',
        state: 'self_assessment',
      })
      .returning();
    const key = { tenantId: f.tenantId, roundId: round!.id, organisationId: f.district.id };
    await t.db.insert(assessmentUnits).values({ ...key, status: 'in_progress' });
    await t.db.insert(assessmentEntries).values([
      { ...key, nodeCode: '2.1', selfScore: 4 },
      // 2.2 self-scored 5 without evidence: the upper bound only.
      { ...key, nodeCode: '2.2', selfScore: 5 },
    ]);
    await t.db.insert(assessmentEvidence).values({
      ...key,
      nodeCode: '2.1',
      kind: 'document',
      document: {
        number: '12/QĐ-UBND',
        date: '2024-03-01',
        issuer: 'UBND huyện',
        pointer: '',
        summary: '',
      },
    });
    const projection = await projectionOf(`?frameworkId=${framework2024.id}`);
    expect(projection.selfAssessmentStarted).toBe(true);
    // Lower: 4 + 5,4 + 4 (self, evidence) + 4,5 (self 5 has no evidence) = 17,9.
    expect(projection.pessimistic.score).toBe(17.9);
    // Upper: 4 + 5,4 + 4 (self replaces the task's 5) + 5 = 18,4.
    expect(projection.optimistic.score).toBe(18.4);
  });

  it('answers 404 to another province, exactly as for an unknown unit', async () => {
    const stranger = await other.client(other.users.focal);
    const response = await stranger.get(`/api/organisations/${f.district.id}/projection`);
    expect(response.statusCode).toBe(404);
  });

  it('says in Vietnamese when this year has no framework of the index yet', async () => {
    const lonely = await buildFrameworkRow(t.db, {
      tenantId: f.tenantId,
      ownerOrganisationId: f.province.id,
      indexKind: 'sipas',
      unitTypes: ['district'],
      year: 2023,
      nodes: NODES,
    });
    const client = await f.client(f.users.focal);
    const response = await client.get(
      `/api/organisations/${f.district.id}/projection?frameworkId=${lonely.id}`,
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('Chưa có bộ chỉ số năm 2024');
  });
});
