// Plumbing for the plan-shapes journey: the two indices a plan of any shape links — a district PAR
// framework and a small district PAPI framework of the plan's year, each under a name no other test
// uses (so the pickers offer exactly one) — and the year's results workbooks for three districts.
// The demo's Lấp Vò (DT.LV) and its communes exist until 30/06/2025 (the 01/07/2025 merger), so
// the latest year a Lấp Vò plan can have is 2025: that is the plan year here.
import type { APIRequestContext } from 'playwright-core';
import type { FrameworkDto, FrameworkNodeDto } from '../src/contract/frameworks';
import { sendJson } from './api';
import { uniqueSuffix } from './browser';
import { createDistrictFramework2023, scoredLeaves } from './results-fixtures';

/** Năm kế hoạch: the last year in which the demo's Lấp Vò and its communes existed. */
export const PLAN_YEAR = 2025;

/** The five communes the demo has under Lấp Vò in 2025 (all closed on 30/06/2025). */
export const LAP_VO_COMMUNE_COUNT = 5;

/** Chỉ số PAPI (district level, a made-up tree): two areas of two leaves, 10 points in all. */
const PAPI_NODES: FrameworkNodeDto[] = [
  { code: '1', parentCode: null, name: 'Tham gia của người dân ở cấp cơ sở', maxPoints: 5 },
  ...['1.1', '1.2'].map((code, index) => ({
    code,
    parentCode: '1',
    name: index === 0 ? 'Tri thức công dân' : 'Cơ hội tham gia',
    maxPoints: 2.5,
    method: 'appraised' as const,
    rule: { type: 'ratio' as const },
  })),
  { code: '2', parentCode: null, name: 'Công khai, minh bạch', maxPoints: 5 },
  ...['2.1', '2.2'].map((code, index) => ({
    code,
    parentCode: '2',
    name: index === 0 ? 'Danh sách hộ nghèo' : 'Thu, chi ngân sách cấp xã',
    maxPoints: 2.5,
    method: 'appraised' as const,
    rule: { type: 'ratio' as const },
  })),
];

/** Both indices of the plan's year, each named so that a picker search finds it alone. */
export interface PlanShapeFrameworks {
  par: FrameworkDto;
  papi: FrameworkDto;
  /** The scored leaves of each, in tree order, for the results workbooks. */
  parLeaves: FrameworkNodeDto[];
  papiLeaves: FrameworkNodeDto[];
}

export async function createPlanShapeFrameworks(
  request: APIRequestContext,
): Promise<PlanShapeFrameworks> {
  const suffix = uniqueSuffix();
  const template = await createDistrictFramework2023(request);
  const par = await sendJson<FrameworkDto>(request, 'post', `/api/frameworks/${template.id}/copy`, {
    year: PLAN_YEAR,
    code: `PAR-HUYEN-${PLAN_YEAR}-${suffix}`,
    name: `Chỉ số CCHC cấp huyện năm ${PLAN_YEAR} ${suffix}`,
  });
  const papi = await sendJson<FrameworkDto>(request, 'post', '/api/frameworks', {
    code: `PAPI-HUYEN-${PLAN_YEAR}-${suffix}`,
    indexKind: 'papi',
    name: `Chỉ số PAPI cấp huyện năm ${PLAN_YEAR} ${suffix}`,
    year: PLAN_YEAR,
    unitTypes: ['district'],
    decision: null,
    illustrative: false,
    scale: { unit: 'points', maxTotal: 10 },
    nodes: PAPI_NODES,
  });
  return { par, papi, parLeaves: scoredLeaves(par), papiLeaves: scoredLeaves(papi) };
}
