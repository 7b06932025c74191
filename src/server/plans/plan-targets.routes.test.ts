// Plan targets over HTTP on real PostgreSQL: four districts scored on the 2024 PAR Index and on
// its 2025 copy (one code renamed), a 2025 plan per district linking the 2024 framework (as a
// plan drafted from the 2024 results does), and each target kind met / not met / not yet known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetEvaluationDto } from '@contract/plans';
import type { PlanTargets } from '@contract/plan-targets';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { defaultPlanContent } from '@domain/plans/plan-defaults';
import { newTarget, type PlanTarget } from '@domain/plans/plan-targets';
import type { NodeResult } from '@domain/results/node-result';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { FrameworkRow } from '../frameworks/framework.repository';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import { insertPlan } from './plan.repository';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const appraised = { method: 'appraised', rule: { type: 'ratio' } } as const;

/** Area 1 (1.1 + 1.2, 30 points each), area 2 (40 points), bonus area 3 (3.1, up to 2 points). */
const NODES_2024: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo, điều hành', maxPoints: 60 },
  { code: '1.1', parentCode: '1', name: 'Kế hoạch CCHC', maxPoints: 30, ...appraised },
  { code: '1.2', parentCode: '1', name: 'Kiểm tra CCHC', maxPoints: 30, ...appraised },
  { code: '2', parentCode: null, name: 'Cải cách TTHC', maxPoints: 40, ...appraised },
  { code: '3', parentCode: null, name: 'Điểm thưởng', maxPoints: 2, isBonus: true },
  { code: '3.1', parentCode: '3', name: 'Sáng kiến', maxPoints: 2, ...appraised },
];
/** The 2025 copy renames 1.2 to 1.3. */
const NODES_2025 = NODES_2024.map((node) =>
  node.code === '1.2' ? { ...node, code: '1.3', name: 'Kiểm tra, theo dõi CCHC' } : node,
);

const scores = (entries: Record<string, number | null>): NodeResult[] =>
  Object.entries(entries).map(([nodeCode, score]) => ({ nodeCode, appraisedScore: score }));

interface World {
  tenantId: string;
  province: OrganisationRow;
  /** Lấp Vò: 79 % (4th of 4) in 2024 → 88 % (2nd) in 2025 with 1 bonus point. */
  lapVo: OrganisationRow;
  /** Cao Lãnh: 90 % → 92 %, 1st both years. */
  caoLanh: OrganisationRow;
  /** Tháp Mười: 85 % (2nd) → 60 % (3rd), bonus scored 0. */
  thapMuoi: OrganisationRow;
  /** Tân Hồng: 80 % in 2024; 2025 entered without area 2 and the bonus (not yet known). */
  tanHong: OrganisationRow;
  fw2024: FrameworkRow;
  fw2025: FrameworkRow;
  focal: TestClient;
}

let w: World;
beforeAll(async () => {
  const { tenant, root } = await buildTenant(t.db);
  const district = (name: string) =>
    buildOrganisation(t.db, { tenantId: tenant.id, parentId: root.id, type: 'district', name });
  const lapVo = await district('Huyện Lấp Vò');
  const caoLanh = await district('Huyện Cao Lãnh');
  const thapMuoi = await district('Huyện Tháp Mười');
  const tanHong = await district('Huyện Tân Hồng');
  const fw2024 = await buildFrameworkRow(t.db, {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    year: 2024,
    unitTypes: ['district'],
    nodes: NODES_2024,
  });
  const fw2025 = await buildFrameworkRow(t.db, {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    year: 2025,
    unitTypes: ['district'],
    nodes: NODES_2025,
    copiedFromId: fw2024.id,
    codeMapping: { '1': '1', '1.1': '1.1', '1.2': '1.3', '2': '2', '3': '3', '3.1': '3.1' },
  });
  const result = (framework: FrameworkRow, unit: OrganisationRow, entries: NodeResult[]) =>
    buildUnitResult(t.db, { framework, organisationId: unit.id, entries });
  await result(fw2024, lapVo, scores({ '1.1': 25, '1.2': 24, '2': 30, '3.1': 0 }));
  await result(fw2024, caoLanh, scores({ '1.1': 30, '1.2': 25, '2': 35, '3.1': 0 }));
  await result(fw2024, thapMuoi, scores({ '1.1': 30, '1.2': 25, '2': 30, '3.1': 0 }));
  await result(fw2024, tanHong, scores({ '1.1': 25, '1.2': 25, '2': 30, '3.1': 0 }));
  await result(fw2025, lapVo, scores({ '1.1': 28, '1.3': 27, '2': 32, '3.1': 1 }));
  await result(fw2025, caoLanh, scores({ '1.1': 30, '1.3': 27, '2': 35, '3.1': 0 }));
  await result(fw2025, thapMuoi, scores({ '1.1': 20, '1.3': 20, '2': 20, '3.1': 0 }));
  await result(fw2025, tanHong, scores({ '1.1': 29, '1.3': 30 }));
  const focal = await buildUser(t.db, {
    tenantId: tenant.id,
    homeOrganisationId: root.id,
    grants: [{ role: 'focal', organisationId: root.id }],
  });
  w = {
    tenantId: tenant.id,
    province: root,
    lapVo,
    caoLanh,
    thapMuoi,
    tanHong,
    fw2024,
    fw2025,
    focal: await TestClient.signedInAs(t, focal),
  };
});

type TargetFields = Partial<PlanTarget> & Pick<PlanTarget, 'kind'>;

/** A plan of the unit for `year` linking the 2024 framework, holding the given targets. */
async function planWith(unit: OrganisationRow, targets: TargetFields[], year = 2025) {
  const issuing = { name: unit.name, type: unit.type as OrganisationType, parent: null };
  const content = defaultPlanContent(issuing, year, `Kế hoạch CCHC năm ${year}`);
  const plan = await insertPlan(t.db, {
    tenantId: w.tenantId,
    organisationId: unit.id,
    year,
    content: {
      ...content,
      frameworkIds: [w.fw2024.id],
      targets: targets.map((fields, index) =>
        newTarget({
          id: `t${index + 1}`,
          metric: `Chỉ số CCHC năm ${year}`,
          frameworkId: w.fw2024.id,
          ...fields,
        }),
      ),
    },
  });
  return plan;
}

async function verdicts(unit: OrganisationRow, targets: TargetFields[], year = 2025) {
  const plan = await planWith(unit, targets, year);
  const r = await w.focal.get(`/api/plans/${plan.id}/targets`);
  expect(r.statusCode, r.body).toBe(200);
  return (r.json() as { items: TargetEvaluationDto[] }).items;
}

const statusesOf = (items: TargetEvaluationDto[]) => items.map((item) => item.status);

describe('GET /api/plans/:id/targets', () => {
  it('number: 88,00% meets ≥ 85%, misses ≥ 90%; unknown while area 2 is not entered', async () => {
    const targets: TargetFields[] = [
      { kind: 'number', value: 85, unit: '%' },
      { kind: 'number', value: 90, unit: '%' },
    ];
    const items = await verdicts(w.lapVo, targets);
    expect(items[0]).toMatchObject({
      targetId: 't1',
      text: 'Chỉ số CCHC năm 2025 ≥ 85%',
      frameworkId: w.fw2024.id,
      status: 'met',
      evidence: 'Chỉ số năm 2025: 88,00% (cần ≥ 85,00%)',
    });
    expect(items[1]!.status).toBe('not_met');
    expect(await verdicts(w.tanHong, targets)).toMatchObject([
      { status: 'unknown', reason: 'Chưa chấm đủ điểm chỉ số năm 2025' },
      { status: 'unknown' },
    ]);
  });

  it('number on a node renamed in the 2025 copy reads it under its new code', async () => {
    const items = await verdicts(w.lapVo, [
      { kind: 'number', nodeCode: '1.2', value: 85, unit: '%', metric: 'Kiểm tra CCHC' },
    ]);
    expect(items[0]).toMatchObject({
      status: 'met',
      evidence: 'Tiêu chí 1.3 năm 2025: 90,00% (cần ≥ 85,00%)',
    });
  });

  it('rank_top: 2nd of 4 is in the top 2, not the top 1; unknown while unscored', async () => {
    const targets: TargetFields[] = [
      { kind: 'rank_top', value: 2, unit: 'huyện' },
      { kind: 'rank_top', value: 1, unit: 'huyện' },
    ];
    const items = await verdicts(w.lapVo, targets);
    expect(statusesOf(items)).toEqual(['met', 'not_met']);
    expect(items[0]!.evidence).toBe('Hạng 2/3 (cần trong nhóm 2)');
    expect(statusesOf(await verdicts(w.tanHong, targets))).toEqual(['unknown', 'unknown']);
  });

  it('rank_up: from 4/4 to 2/3 (the unscored unit is not ranked) is up 2 places; a 2024 plan has no 2023 ranking', async () => {
    const targets: TargetFields[] = [
      { kind: 'rank_up', value: 2 },
      { kind: 'rank_up', value: 3 },
    ];
    const items = await verdicts(w.lapVo, targets);
    expect(items.map(({ status, evidence }) => [status, evidence])).toEqual([
      ['met', 'Hạng 2/3, năm trước 4/4'],
      ['not_met', 'Hạng 2/3, năm trước 4/4'],
    ]);
    const in2024 = await verdicts(w.lapVo, [{ kind: 'rank_up', value: 1 }], 2024);
    expect(in2024[0]).toMatchObject({
      status: 'unknown',
      evidence: 'Hạng 4/4',
      reason: 'Chưa có xếp hạng năm 2023',
    });
  });

  it('rank_not_down: Lấp Vò 4 → 2 holds, Tháp Mười 2 → 3 does not, Tân Hồng unscored is unknown', async () => {
    const target: TargetFields[] = [{ kind: 'rank_not_down' }];
    expect((await verdicts(w.lapVo, target))[0]!.status).toBe('met');
    expect(await verdicts(w.thapMuoi, target)).toMatchObject([
      { status: 'not_met', evidence: 'Hạng 3/3, năm trước 2/4' },
    ]);
    expect((await verdicts(w.tanHong, target))[0]!.status).toBe('unknown');
  });

  it('above_last_year: 88,00% against 79,00% is above, 60,00% against 85,00% is not', async () => {
    const target: TargetFields[] = [{ kind: 'above_last_year' }];
    expect(await verdicts(w.lapVo, target)).toMatchObject([
      { status: 'met', evidence: 'Chỉ số năm 2025: 88,00%; năm 2024: 79,00%', reason: '' },
    ]);
    expect((await verdicts(w.thapMuoi, target))[0]!.status).toBe('not_met');
    expect((await verdicts(w.tanHong, target))[0]!.status).toBe('unknown');
  });

  it('grade: 88,00% is Khá by the default provincial bands — meets Khá, misses Tốt', async () => {
    const targets: TargetFields[] = [
      { kind: 'grade', grade: 'Khá' },
      { kind: 'grade', grade: 'Tốt' },
    ];
    const items = await verdicts(w.lapVo, targets);
    expect(statusesOf(items)).toEqual(['met', 'not_met']);
    expect(items[0]!.evidence).toBe('Chỉ số năm 2025: 88,00%, loại Khá');
    expect(statusesOf(await verdicts(w.tanHong, targets))).toEqual(['unknown', 'unknown']);
  });

  it('bonus: 1 point earned, 0 scored, or the bonus not entered yet', async () => {
    const target: TargetFields[] = [{ kind: 'bonus' }];
    expect(await verdicts(w.lapVo, target)).toMatchObject([
      { status: 'met', evidence: 'Điểm thưởng năm 2025: 1 điểm' },
    ]);
    expect((await verdicts(w.thapMuoi, target))[0]!.status).toBe('not_met');
    expect(await verdicts(w.tanHong, target)).toMatchObject([
      { status: 'unknown', reason: 'Chưa chấm điểm thưởng năm 2025' },
    ]);
  });

  it('subindex_share: every area ≥ 80% (91,67% and 80,00%), not every area ≥ 85%; unknown with area 2 open', async () => {
    const targets: TargetFields[] = [
      { kind: 'subindex_share', value: 80, unit: '%', sharePercent: 100 },
      { kind: 'subindex_share', value: 85, unit: '%', sharePercent: 100 },
    ];
    const items = await verdicts(w.lapVo, targets);
    expect(items.map(({ status, evidence }) => [status, evidence])).toEqual([
      ['met', '2/2 chỉ số thành phần năm 2025 đạt ≥ 80,00%'],
      ['not_met', '1/2 chỉ số thành phần năm 2025 đạt ≥ 85,00%; chưa đạt: 2 (80,00%)'],
    ]);
    expect(await verdicts(w.tanHong, targets)).toMatchObject([
      { status: 'unknown', reason: 'Chưa chấm đủ điểm chỉ số thành phần năm 2025' },
      { status: 'unknown' },
    ]);
  });

  it('free_text is judged by hand; a plan year without results says so', async () => {
    const manual = await verdicts(w.lapVo, [
      { kind: 'free_text', metric: '100% hồ sơ TTHC giải quyết đúng hạn', frameworkId: null },
    ]);
    expect(manual).toEqual([
      {
        targetId: 't1',
        text: '100% hồ sơ TTHC giải quyết đúng hạn',
        frameworkId: null,
        sectionId: null,
        status: 'unknown',
        evidence: '',
        reason: 'Chỉ tiêu đánh giá thủ công',
      },
    ]);
    const in2026 = await verdicts(w.lapVo, [{ kind: 'number', value: 85, unit: '%' }], 2026);
    expect(in2026[0]).toMatchObject({ status: 'unknown', reason: 'Chưa có kết quả năm 2026' });
  });

  it('answers 404 for a plan of another province, like an unknown id', async () => {
    const plan = await planWith(w.lapVo, [{ kind: 'bonus' }]);
    const { tenant, root } = await buildTenant(t.db);
    const stranger = await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'admin', organisationId: root.id }],
    });
    const client = await TestClient.signedInAs(t, stranger);
    const r = await client.get(`/api/plans/${plan.id}/targets`);
    expect(r.statusCode).toBe(404);
  });
});

describe('GET /api/plans/targets (dashboard)', () => {
  it('lists the unit’s plans of the year with their targets by index, manual ones last', async () => {
    const { tenant, root } = await buildTenant(t.db);
    // A fresh unit in this world's tenant so earlier tests' plans do not show up.
    const unit = await buildOrganisation(t.db, {
      tenantId: w.tenantId,
      parentId: w.province.id,
      type: 'district',
      name: 'Huyện Hồng Ngự',
    });
    await buildUnitResult(t.db, {
      framework: w.fw2025,
      organisationId: unit.id,
      entries: scores({ '1.1': 30, '1.3': 30, '2': 40, '3.1': 2 }),
    });
    const plan = await planWith(unit, [
      { kind: 'free_text', metric: 'Không có đơn thư', frameworkId: null },
      { kind: 'grade', grade: 'Tốt' },
    ]);
    const r = await w.focal.get(`/api/plans/targets?organisationId=${unit.id}&year=2025`);
    expect(r.statusCode, r.body).toBe(200);
    const items = (r.json() as { items: PlanTargets[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.plan).toMatchObject({ id: plan.id, documentNumber: '…/KH-UBND', year: 2025 });
    // Full marks plus 2 bonus points: 102,00 %.
    expect(
      items[0]!.indices.map((index) => [
        index.framework?.id ?? null,
        index.items.map((item) => `${item.status}: ${item.evidence || item.reason}`),
      ]),
    ).toEqual([
      [w.fw2024.id, ['met: Chỉ số năm 2025: 102,00%, loại Tốt']],
      [null, ['unknown: Chỉ tiêu đánh giá thủ công']],
    ]);

    const outsider = await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'admin', organisationId: root.id }],
    });
    const other = await TestClient.signedInAs(t, outsider);
    const refused = await other.get(`/api/plans/targets?organisationId=${unit.id}&year=2025`);
    expect(refused.statusCode).toBe(404);
  });
});
