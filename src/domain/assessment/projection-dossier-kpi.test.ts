import { describe, expect, it } from 'vitest';
import type { Framework } from '../frameworks/framework';
import type { ProjectionDossierKpi, ProjectionInput } from './projection-input';
import { projectScore } from './projection';
import { PROJECTION_NODES } from './projection.fixture';

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
  nodes: PROJECTION_NODES.map((node) =>
    node.code === '1.2' ? { ...node, kpiKey: 'on_time' } : node,
  ),
};

/** 2025: 1.1 0, 1.2 (tỷ lệ ngưỡng 80 %, 6 điểm) 3, 2.1 3, survey 2.2 4,5 = 10,5. */
const input = (overrides: Partial<ProjectionInput>): ProjectionInput => ({
  framework: FRAMEWORK,
  previous: {
    year: 2025,
    results: [
      { nodeCode: '1.1', appraisedScore: 0 },
      { nodeCode: '1.2', appraisedScore: 3 },
      { nodeCode: '2.1', appraisedScore: 3 },
      { nodeCode: '2.2', surveyScore: 4.5 },
    ],
  },
  tasks: [],
  kpis: [],
  selfAssessment: null,
  ...overrides,
});

const dossier = (value: number): ProjectionDossierKpi => ({
  nodeCode: '1.2',
  kpiKey: 'on_time',
  kpiLabel: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  value,
  monthsLabel: 'từ tháng 1/2026 đến tháng 11/2026',
});

describe('projectScore with dossier KPIs (dữ liệu hồ sơ)', () => {
  it('scores a KPI criterion from the dossier data when no report gives a figure', () => {
    const projection = projectScore(input({ dossierKpis: [dossier(76)] }));
    // 1.2: 76 × 6 ÷ 80 = 5,7 (+2,7): 10,5 + 2,7 = 13,2 on both bounds.
    expect(projection.pessimistic.score).toBe(13.2);
    expect(projection.optimistic.score).toBe(13.2);
    expect(projection.pessimistic.lines.map((line) => line.text)).toContain(
      '+2,7 điểm tiêu chí 1.2 «Tỷ lệ hồ sơ đúng hạn»: «Tỷ lệ hồ sơ giải quyết đúng hạn» 76% theo dữ liệu hồ sơ từ tháng 1/2026 đến tháng 11/2026',
    );
  });

  it('writes the value in Vietnamese number form', () => {
    const projection = projectScore(input({ dossierKpis: [dossier(72.456)] }));
    // 72,456 × 6 ÷ 80 = 5,4342 (+2,4342): 10,5 + 2,4342 = 12,9342.
    expect(projection.pessimistic.score).toBe(12.9342);
    expect(projection.drivers.find((driver) => driver.code === '1.2')?.why).toBe(
      '«Tỷ lệ hồ sơ giải quyết đúng hạn» 72,46% theo dữ liệu hồ sơ từ tháng 1/2026 đến tháng 11/2026',
    );
  });

  it('moves with the data: at or above the threshold the criterion reaches its max', () => {
    expect(projectScore(input({ dossierKpis: [dossier(80)] })).pessimistic.score).toBe(13.5);
    expect(projectScore(input({ dossierKpis: [dossier(40)] })).pessimistic.score).toBe(10.5);
  });

  it('prefers an accepted report’s figure to the dossier data on the same criterion', () => {
    const projection = projectScore(
      input({
        kpis: [
          {
            nodeCode: '1.2',
            metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
            value: 72,
            periodLabel: 'báo cáo Quý III/2026',
          },
        ],
        dossierKpis: [dossier(76)],
      }),
    );
    // 72 × 6 ÷ 80 = 5,4: 10,5 + 2,4 = 12,9; the data's 76 % is not used.
    expect(projection.pessimistic.score).toBe(12.9);
    const why = projection.drivers.find((driver) => driver.code === '1.2')?.why ?? '';
    expect(why).toContain('báo cáo Quý III/2026 được chấp nhận');
    expect(why).not.toContain('dữ liệu hồ sơ');
  });

  it('lets the self-assessment backed by evidence replace the data’s estimate', () => {
    const projection = projectScore(
      input({
        dossierKpis: [dossier(76)],
        selfAssessment: [
          { nodeCode: '1.2', selfScore: 6, notApplicable: false, hasEvidence: true },
        ],
      }),
    );
    expect(projection.pessimistic.score).toBe(13.5);
  });
});
