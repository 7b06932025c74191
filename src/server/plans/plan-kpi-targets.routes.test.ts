// Plan targets of kind KPI over HTTP on real PostgreSQL: dossiers of a district and its commune
// (and another province's under the same codes) inserted by the dossier factory, the plan's
// targets judged on the district's subtree over 01/2026 to the month of today (15/06/2026), the
// targets dashboard, the KPI months chart's target lines, and the editor's refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail, TargetEvaluationDto } from '@contract/plans';
import type { PlanTargets } from '@contract/plan-targets';
import type { KpiMonths } from '@contract/kpis';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { defaultPlanContent } from '@domain/plans/plan-defaults';
import { newTarget, type PlanTarget } from '@domain/plans/plan-targets';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';
import { ifMatch } from '../../../test/report-fixtures';
import { insertPlan } from './plan.repository';

let t: TestApp;
let tenantId: string;
let district: OrganisationRow;
let commune: OrganisationRow;
let focal: TestClient;

/** Late: promised 11/03, finished 12/03. */
const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };

beforeAll(async () => {
  t = await createTestApp({}, { today: '2026-06-15' });
  const a = await buildTenant(t.db, 'Tỉnh A');
  tenantId = a.tenant.id;
  district = await buildOrganisation(t.db, {
    tenantId,
    parentId: a.root.id,
    type: 'district',
    code: 'H1',
    name: 'Huyện Lấp Vò',
  });
  commune = await buildOrganisation(t.db, {
    tenantId,
    parentId: district.id,
    type: 'commune',
    code: 'X1',
    name: 'Xã Tân Mỹ',
  });
  await insertDossiers(
    t.db,
    {
      tenantId,
      unitIds: new Map([
        ['H1', district.id],
        ['X1', commune.id],
      ]),
    },
    [
      // March 2026: H1 two on time; X1 one on time, one late. June 2026: H1 one on time.
      buildDossier({ code: 'M1', unitCode: 'H1' }),
      buildDossier({ code: 'M2', unitCode: 'H1' }),
      buildDossier({ code: 'M3', unitCode: 'X1' }),
      buildDossier({ code: 'M4', unitCode: 'X1', ...late }),
      buildDossier({
        code: 'J1',
        unitCode: 'H1',
        receivedAt: '2026-06-01T02:00:00Z',
        promisedAt: '2026-06-05T10:00:00Z',
        finishedAt: '2026-06-03T08:00:00Z',
      }),
      // December 2025, late: before the plan's year, never counted in 2026.
      buildDossier({
        code: 'D1',
        unitCode: 'H1',
        receivedAt: '2025-12-10T02:00:00Z',
        promisedAt: '2025-12-11T10:00:00Z',
        finishedAt: '2025-12-20T08:00:00Z',
      }),
    ],
  );
  // Province B has units with the same codes and ten late dossiers: they must never count.
  const b = await buildTenant(t.db, 'Tỉnh B');
  const bDistrict = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    type: 'district',
    code: 'H1',
  });
  await insertDossiers(
    t.db,
    { tenantId: b.tenant.id, unitIds: new Map([['H1', bDistrict.id]]) },
    Array.from({ length: 10 }, (_, index) =>
      buildDossier({ code: `B${index}`, unitCode: 'H1', ...late }),
    ),
  );
  const user = await buildUser(t.db, {
    tenantId,
    homeOrganisationId: district.id,
    grants: [{ role: 'focal', organisationId: district.id }],
  });
  focal = await TestClient.signedInAs(t, user);
});
afterAll(() => t.close());

const kpiTarget = (id: string, fields: Partial<PlanTarget>): PlanTarget =>
  newTarget({
    id,
    kind: 'kpi',
    metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    kpiKey: 'on_time',
    comparator: 'gte',
    value: 97,
    ...fields,
  });

async function planOf(unit: OrganisationRow, year: number, targets: PlanTarget[]) {
  const issuing = { name: unit.name, type: unit.type as OrganisationType, parent: null };
  const content = defaultPlanContent(issuing, year, `Kế hoạch CCHC năm ${year}`);
  return insertPlan(t.db, {
    tenantId,
    organisationId: unit.id,
    year,
    content: { ...content, number: '104', symbol: 'KH-UBND', targets },
  });
}

async function verdicts(planId: string): Promise<TargetEvaluationDto[]> {
  const r = await focal.get(`/api/plans/${planId}/targets`);
  expect(r.statusCode, r.body).toBe(200);
  return (r.json() as { items: TargetEvaluationDto[] }).items;
}

describe('a plan target of kind KPI', () => {
  it("is judged on the unit's subtree from January to this month, the other province never counted", async () => {
    const plan = await planOf(district, 2026, [
      kpiTarget('t1', { value: 80 }),
      kpiTarget('t2', { comparator: 'gt', value: 80 }),
      kpiTarget('t3', {
        metric: 'Tỷ lệ hồ sơ nộp trực tuyến',
        kpiKey: 'online_share',
        value: 60,
      }),
      kpiTarget('t4', {
        metric: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
        kpiKey: 'paid_online_share',
        value: 30,
      }),
    ]);
    const items = await verdicts(plan.id);
    // 01–06/2026 under H1: 5 finished (M1, M2, M3, J1 on time; M4 late) → 4/5 = 80 %.
    expect(items[0]).toMatchObject({
      targetId: 't1',
      text: 'Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 80 %',
      status: 'met',
      evidence: '80 % trên 5 hồ sơ, 01/2026–06/2026',
      reason: '',
    });
    // Exactly at the bar: > 80 % is not met.
    expect(items[1]).toMatchObject({
      status: 'not_met',
      evidence: '80 % trên 5 hồ sơ, 01/2026–06/2026',
    });
    // All five received at the counter: 0 of 5 online is a figure (0 %), not an absence.
    expect(items[2]).toMatchObject({
      status: 'not_met',
      evidence: '0 % trên 5 hồ sơ, 01/2026–06/2026',
    });
    // No dossier with a fee: nothing to judge, never 0 %.
    expect(items[3]).toMatchObject({
      status: 'unknown',
      evidence: '',
      reason: 'Chưa có hồ sơ để tính «Tỷ lệ hồ sơ thanh toán trực tuyến» trong 01/2026–06/2026.',
    });
  });

  it("reads the commune's own dossiers for the commune's plan, and the whole past year for a 2025 plan", async () => {
    const communePlan = await planOf(commune, 2026, [kpiTarget('t1', { value: 97 })]);
    // X1: M3 on time, M4 late → 1/2 = 50 %.
    expect((await verdicts(communePlan.id))[0]).toMatchObject({
      status: 'not_met',
      evidence: '50 % trên 2 hồ sơ, 01/2026–06/2026',
    });
    const pastPlan = await planOf(district, 2025, [kpiTarget('t1', { value: 97 })]);
    // 2025: D1 late → 0/1.
    expect((await verdicts(pastPlan.id))[0]).toMatchObject({
      status: 'not_met',
      evidence: '0 % trên 1 hồ sơ, 01/2025–12/2025',
    });
    const futurePlan = await planOf(district, 2027, [kpiTarget('t1', { value: 97 })]);
    expect((await verdicts(futurePlan.id))[0]).toMatchObject({ status: 'unknown', evidence: '' });
  });

  it('shows on the targets dashboard and as a line on the KPI months chart', async () => {
    const r = await focal.get(`/api/plans/targets?organisationId=${district.id}&year=2026`);
    expect(r.statusCode, r.body).toBe(200);
    const kpiItems = (r.json() as { items: PlanTargets[] }).items
      .flatMap((plan) => plan.indices.flatMap((index) => index.items))
      .filter((item) => item.text.startsWith('Tỷ lệ hồ sơ giải quyết đúng hạn'));
    expect(kpiItems.length).toBeGreaterThan(0);
    expect(kpiItems.every((item) => item.status !== 'unknown')).toBe(true);
    const months = await focal.get(`/api/kpis/units/${district.id}/months?year=2026`);
    expect(months.statusCode, months.body).toBe(200);
    const targets = (months.json() as KpiMonths).targets;
    expect(targets).toContainEqual({
      kpiKey: 'on_time',
      value: 80,
      label: '104/KH-UBND: Kế hoạch CCHC năm 2026',
    });
    expect(targets).toContainEqual(expect.objectContaining({ kpiKey: 'online_share', value: 60 }));
    // The commune's plan is the commune's: not a line of the district's chart.
    expect(targets.filter((target) => target.kpiKey === 'on_time').map((x) => x.value)).toEqual(
      expect.not.arrayContaining([97]),
    );
  });

  it('is refused in the editor with a KPI that does not exist or a value outside 0–100', async () => {
    const created = await focal.post('/api/plans', {
      organisationId: district.id,
      year: 2026,
      title: 'Kế hoạch thử KPI',
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan = (await focal.get(`/api/plans/${created.json().id}`)).json() as PlanDetail;
    const patch = (targets: unknown[]) =>
      focal.patch(`/api/plans/${plan.id}`, { targets }, ifMatch(plan.version));
    const refused = await patch([
      { id: 'k1', metric: 'Tỷ lệ số hóa', kind: 'kpi', kpiKey: 'digitised_share', value: 90 },
      { id: 'k2', metric: 'Tỷ lệ đúng hạn', kind: 'kpi', kpiKey: 'on_time', value: 120 },
    ]);
    expect(refused.statusCode, refused.body).toBe(400);
    const messages = JSON.stringify(refused.json());
    expect(messages).toContain('không có KPI «digitised_share»');
    expect(messages).toContain('giá trị KPI phải từ 0 đến 100 %');
    const accepted = await patch([
      {
        id: 'k1',
        metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        kind: 'kpi',
        kpiKey: 'on_time',
        value: 97,
      },
    ]);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as PlanDetail).content.targets[0]).toMatchObject({
      kind: 'kpi',
      kpiKey: 'on_time',
      value: 97,
    });
  });
});
