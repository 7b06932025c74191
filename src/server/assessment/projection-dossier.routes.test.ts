// The projection reads the dossier data where no accepted report gives a figure, read on
// 15/06/2026 (TEST_TODAY): Huyện Lấp Vò scored 3 of 6 on 1.2 (on-time, full at 80 %) in 2025; this
// year its subtree (the district and one commune) finished 5 dossiers by June, 4 on time (80 %),
// so 1.2 is projected at its full 6. Another province's late dossiers under the same unit codes
// never count; adding late dossiers moves the projection down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { ProjectionDto } from '@contract/assessment-projection';
import { PROJECTION_NODES } from '@domain/assessment/projection.fixture';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';

/** The projection fixture with 1.2 (Tỷ lệ hồ sơ đúng hạn, ngưỡng 80 %, 6 điểm) reading on_time. */
const NODES: FrameworkNode[] = PROJECTION_NODES.map((node) =>
  node.code === '1.2' ? { ...node, kpiKey: 'on_time' } : node,
);

const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };

let t: TestApp;
let client: TestClient;
let frameworkId: string;
let districtId: string;
let communeId: string;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  const district = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: root.id,
    type: 'district',
    code: 'LV',
    name: 'Huyện Lấp Vò',
  });
  districtId = district.id;
  tenantId = tenant.id;
  const commune = await buildOrganisation(t.db, {
    tenantId: tenant.id,
    parentId: district.id,
    type: 'commune',
    code: 'LV-X1',
    name: 'Xã Bình Thành',
  });
  communeId = commune.id;
  const common = {
    tenantId: tenant.id,
    ownerOrganisationId: root.id,
    unitTypes: ['district' as const],
    nodes: NODES,
  };
  const framework2025 = await buildFrameworkRow(t.db, { ...common, year: 2025 });
  const framework2026 = await buildFrameworkRow(t.db, {
    ...common,
    year: 2026,
    copiedFromId: framework2025.id,
    codeMapping: {},
  });
  frameworkId = framework2026.id;
  // 2025: 1.1 0, 1.2 3, 2.1 3, 2.2 4,5 = 10,5 of 20.
  await buildUnitResult(t.db, {
    framework: framework2025,
    organisationId: district.id,
    entries: [
      { nodeCode: '1.1', appraisedScore: 0 },
      { nodeCode: '1.2', appraisedScore: 3 },
      { nodeCode: '2.1', appraisedScore: 3 },
      { nodeCode: '2.2', surveyScore: 4.5 },
    ],
  });
  await insertDossiers(
    t.db,
    {
      tenantId: tenant.id,
      unitIds: new Map([
        ['LV', district.id],
        ['LV-X1', commune.id],
      ]),
    },
    [
      buildDossier({ code: 'H1', unitCode: 'LV' }),
      buildDossier({ code: 'H2', unitCode: 'LV' }),
      buildDossier({ code: 'X1', unitCode: 'LV-X1' }),
      buildDossier({ code: 'X2', unitCode: 'LV-X1' }),
      buildDossier({ code: 'X3', unitCode: 'LV-X1', ...late }),
    ],
  );
  client = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'focal', organisationId: root.id }],
    }),
  );
  // Another province: the same codes, all late — never counted.
  const b = await buildTenant(t.db, 'Tỉnh B');
  const bUnit = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    type: 'district',
    code: 'LV',
  });
  await insertDossiers(t.db, { tenantId: b.tenant.id, unitIds: new Map([['LV', bUnit.id]]) }, [
    buildDossier({ code: 'B1', unitCode: 'LV', ...late }),
    buildDossier({ code: 'B2', unitCode: 'LV', ...late }),
  ]);
});
afterAll(() => t.close());

const projection = async (): Promise<ProjectionDto> => {
  const r = await client.get(
    `/api/organisations/${districtId}/projection?frameworkId=${frameworkId}`,
  );
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as ProjectionDto;
};

describe('projection from the dossier data', () => {
  it('projects a KPI criterion from the subtree’s dossiers of the year so far', async () => {
    const result = await projection();
    // 4 on time of 5 finished = 80 % → 1.2 full 6 (+3): 10,5 + 3 = 13,5 on the lower bound.
    expect(result.pessimistic.score).toBe(13.5);
    expect(result.pessimistic.lines.map((line) => line.text)).toContain(
      '+3 điểm tiêu chí 1.2 «Tỷ lệ hồ sơ đúng hạn»: «Tỷ lệ hồ sơ giải quyết đúng hạn» 80% theo dữ liệu hồ sơ từ tháng 1/2026 đến tháng 6/2026',
    );
  });

  it('moves when the data moves', async () => {
    // Three late dossiers of the commune in May (a month with no rollup row yet: inserted, not merged).
    await insertDossiers(t.db, { tenantId, unitIds: new Map([['LV-X1', communeId]]) }, [
      ...['X4', 'X5', 'X6'].map((code) =>
        buildDossier({
          code,
          unitCode: 'LV-X1',
          receivedAt: '2026-05-04T02:00:00Z',
          promisedAt: '2026-05-05T10:00:00Z',
          finishedAt: '2026-05-08T08:00:00Z',
        }),
      ),
    ]);
    // 4 on time of 8 = 50 % → 50 × 6 ÷ 80 = 3,75 (+0,75): 10,5 + 0,75 = 11,25.
    const result = await projection();
    expect(result.pessimistic.score).toBe(11.25);
    expect(result.drivers.find((driver) => driver.code === '1.2')?.why).toBe(
      '«Tỷ lệ hồ sơ giải quyết đúng hạn» 50% theo dữ liệu hồ sơ từ tháng 1/2026 đến tháng 6/2026',
    );
  });
});
