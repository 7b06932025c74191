import { describe, expect, it } from 'vitest';
import type { Framework, FrameworkNode } from '../frameworks/framework';
import type { NodeResult } from '../results/node-result';
import type { ProjectionInput, ProjectionTask } from './projection-input';
import { projectScore } from './projection';
import { PROJECTION_NODES } from './projection.fixture';

/** A 20-point framework of 2026 (the shared projection fixture). */
const NODES: FrameworkNode[] = PROJECTION_NODES;

const FRAMEWORK: Framework = {
  code: 'PAR-SO-2026',
  indexKind: 'par_index',
  name: 'Chỉ số CCHC sở, ngành 2026',
  year: 2026,
  unitTypes: ['department'],
  decision: null,
  version: 1,
  illustrative: true,
  scale: { unit: 'points', maxTotal: 20 },
  nodes: NODES,
};

/** 2025 scored 10,5: 1.1 lost all 4 points, 1.2 3, 2.1 3, and the survey (old code 2.3, now 2.2) 4,5. */
const RESULTS_2025: NodeResult[] = [
  { nodeCode: '1.1', appraisedScore: 0 },
  { nodeCode: '1.2', appraisedScore: 3 },
  { nodeCode: '2.1', appraisedScore: 3 },
  { nodeCode: '2.3', surveyScore: 4.5 },
];

const task = (fields: Partial<ProjectionTask> & Pick<ProjectionTask, 'id'>): ProjectionTask => ({
  content: `Nhiệm vụ ${fields.id}`,
  status: 'not_started',
  nodeLinks: [],
  acceptedReport: null,
  ...fields,
});

const TASKS: ProjectionTask[] = [
  task({
    id: 'T1',
    content: 'Ban hành kế hoạch CCHC năm 2026',
    status: 'done',
    nodeLinks: [{ code: '1.1', pointsAtStake: 4 }],
    acceptedReport: { periodLabel: 'báo cáo Quý III/2026' },
  }),
  task({ id: 'T2', status: 'in_progress', nodeLinks: [{ code: '2.1', pointsAtStake: 2 }] }),
  // Cannot be done: recovers nothing, not even on the upper bound.
  task({ id: 'T3', status: 'cannot_do', nodeLinks: [{ code: '2.1', pointsAtStake: 1.5 }] }),
];

const input = (overrides: Partial<ProjectionInput> = {}): ProjectionInput => ({
  framework: FRAMEWORK,
  unitType: 'department',
  previous: { year: 2025, results: RESULTS_2025, codeMapping: { '2.3': '2.2' } },
  tasks: TASKS,
  kpis: [
    {
      nodeCode: '1.2',
      metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      value: 72,
      periodLabel: 'báo cáo Quý III/2026',
    },
  ],
  selfAssessment: null,
  ...overrides,
});

describe('projectScore (dự báo điểm năm nay)', () => {
  it('starts from last year under this year’s codes, and moves it by tasks and the accepted KPI', () => {
    const projection = projectScore(input());
    // Baseline 0 + 3 + 3 + 4,5 = 10,5 of 20.
    expect(projection.baseline).toEqual({ year: 2025, score: 10.5, indexPercent: 52.5 });
    // Lower bound: 1.1 recovered by the accepted task (+4), 1.2 = 72 × 6 ÷ 80 = 5,4 (+2,4); 2.1 stays 3.
    expect(projection.pessimistic.score).toBe(16.9);
    expect(projection.pessimistic.indexPercent).toBe(84.5);
    // Upper bound: also T2 done (2.1: 3 + 2 = 5); T3 cannot be done.
    expect(projection.optimistic.score).toBe(18.9);
    expect(projection.optimistic.indexPercent).toBe(94.5);
    expect(projection.applicableMaxPoints).toBe(20);
  });

  it('explains every number: the lines add up to the bound', () => {
    const { pessimistic, optimistic } = projectScore(input());
    expect(pessimistic.lines.map((line) => line.text)).toEqual([
      'Điểm năm 2025 quy đổi sang bộ chỉ số năm 2026: 10,5 điểm',
      '+4 điểm tiêu chí 1.1 «Ban hành kế hoạch CCHC»: nhiệm vụ «Ban hành kế hoạch CCHC năm 2026» hoàn thành, minh chứng đã được chấp nhận (báo cáo Quý III/2026)',
      '+2,4 điểm tiêu chí 1.2 «Tỷ lệ hồ sơ đúng hạn»: tỷ lệ «Tỷ lệ hồ sơ giải quyết đúng hạn» 72% theo báo cáo Quý III/2026 được chấp nhận',
      '= 16,9 điểm trên 20 điểm áp dụng → chỉ số 84,5%',
    ]);
    expect(optimistic.lines.map((line) => line.text)).toContain(
      '+2 điểm tiêu chí 2.1 «Kỷ luật công chức»: nhiệm vụ «Nhiệm vụ T2» dự kiến hoàn thành trong năm',
    );
    for (const bound of [pessimistic, optimistic]) {
      const steps = bound.lines.slice(0, -1).reduce((sum, line) => sum + (line.points ?? 0), 0);
      expect(Math.round(steps * 1e4) / 1e4).toBe(bound.score);
    }
  });

  it('lists the criteria that move the score most first', () => {
    const { drivers } = projectScore(input());
    expect(
      drivers.map((driver) => [
        driver.code,
        driver.from,
        driver.toPessimistic,
        driver.toOptimistic,
      ]),
    ).toEqual([
      ['1.1', 0, 4, 4],
      ['1.2', 3, 5.4, 5.4],
      ['2.1', 3, 3, 5],
    ]);
  });

  it('lets the self-assessment replace the estimate; without evidence it never raises the lower bound', () => {
    const projection = projectScore(
      input({
        selfAssessment: [
          { nodeCode: '1.1', selfScore: null, notApplicable: true, hasEvidence: false },
          { nodeCode: '2.1', selfScore: 4, notApplicable: false, hasEvidence: false },
          { nodeCode: '1.2', selfScore: 6, notApplicable: false, hasEvidence: true },
        ],
      }),
    );
    // 1.1 không áp dụng: max 16. Lower: 6 + 3 + 4,5 = 13,5 (2.1 stays 3: self 4 has no evidence).
    expect(projection.applicableMaxPoints).toBe(20);
    expect(projection.pessimistic).toMatchObject({ score: 13.5, indexPercent: 84.375 });
    // Upper: 6 + 4 + 4,5 = 14,5 of 16.
    expect(projection.optimistic).toMatchObject({ score: 14.5, indexPercent: 90.625 });
  });

  it('takes a self score without evidence on the lower bound when it is below the estimate', () => {
    const projection = projectScore(
      input({
        selfAssessment: [
          { nodeCode: '2.1', selfScore: 1, notApplicable: false, hasEvidence: false },
        ],
      }),
    );
    // Lower: 4 + 5,4 + 1 + 4,5 = 14,9; upper: 4 + 5,4 + 1 + 4,5 = 14,9.
    expect(projection.pessimistic.score).toBe(14.9);
    expect(projection.optimistic.score).toBe(14.9);
  });

  it('counts a criterion new this year as 0 on the lower bound and its max on the upper', () => {
    const projection = projectScore(
      input({ previous: { year: 2025, results: RESULTS_2025 }, tasks: [], kpis: [] }),
    );
    // Without the mapping the survey (2.3 in 2025) is unknown in 2026's 2.2: 0 to 5.
    expect(projection.pessimistic.score).toBe(6);
    expect(projection.optimistic.score).toBe(11);
  });

  it('adds a change to an area scored as a whole last year to that area, capped at its max', () => {
    const projection = projectScore(
      input({
        previous: {
          year: 2025,
          results: [
            { nodeCode: '1', appraisedScore: 9 },
            { nodeCode: '2', appraisedScore: 7 },
          ],
        },
        kpis: [],
      }),
    );
    // Lower: T1 +4 on area 1 capped at 10 (+1): 10 + 7 = 17. Upper: T2 +2 on area 2: 10 + 9 = 19.
    expect(projection.pessimistic.score).toBe(17);
    expect(projection.optimistic.score).toBe(19);
  });

  it('projects from nothing when the unit has no result last year', () => {
    const projection = projectScore(input({ previous: null, tasks: [], kpis: [] }));
    expect(projection.baseline).toBeNull();
    expect(projection.pessimistic.score).toBe(0);
    expect(projection.optimistic.score).toBe(20);
  });
});
