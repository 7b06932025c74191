// KPI figures of a unit's subtree over a window, read from rollups the test factory writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';
import { subtreeCounts, subtreeKpis } from './kpi-values';

let t: TestDatabase;
let tenantId: string;
let otherTenantId: string;
let provinceId: string;
let districtId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const a = await buildTenant(t.db, 'Tỉnh A');
  tenantId = a.tenant.id;
  provinceId = a.root.id;
  const district = await buildOrganisation(t.db, { tenantId, parentId: provinceId, code: 'H1' });
  districtId = district.id;
  const commune = await buildOrganisation(t.db, { tenantId, parentId: district.id, code: 'X1' });
  const unitIds = new Map([
    ['H1', district.id],
    ['X1', commune.id],
  ]);
  const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };
  await insertDossiers(t.db, { tenantId, unitIds }, [
    // March: H1 one on time; X1 one on time, one late. April: X1 one late.
    buildDossier({ code: 'M1', unitCode: 'H1' }),
    buildDossier({ code: 'M2', unitCode: 'X1' }),
    buildDossier({ code: 'M3', unitCode: 'X1', ...late }),
    buildDossier({
      code: 'A1',
      unitCode: 'X1',
      receivedAt: '2026-04-02T03:00:00Z',
      promisedAt: '2026-04-05T10:00:00Z',
      finishedAt: '2026-04-08T08:00:00Z',
    }),
  ]);
  // Another tenant's dossiers never count.
  const b = await buildTenant(t.db, 'Tỉnh B');
  otherTenantId = b.tenant.id;
  const bUnit = await buildOrganisation(t.db, {
    tenantId: otherTenantId,
    parentId: b.root.id,
    code: 'H1',
  });
  await insertDossiers(t.db, { tenantId: otherTenantId, unitIds: new Map([['H1', bUnit.id]]) }, [
    buildDossier({ code: 'B1', unitCode: 'H1', ...late }),
  ]);
});

afterAll(async () => {
  await t?.drop();
});

describe('subtree KPIs', () => {
  it('sums the unit and its children over the months asked, and no other', async () => {
    const march = await subtreeKpis(t.db, {
      tenantId,
      organisationId: districtId,
      from: '2026-03',
      to: '2026-03',
    });
    // 3 finished in March under H1, 2 on time.
    expect(march['on_time']!.count).toBe(3);
    expect(march['on_time']!.value).toBeCloseTo((2 / 3) * 100, 10);
    const spring = await subtreeKpis(t.db, {
      tenantId,
      organisationId: provinceId,
      from: '2026-03',
      to: '2026-04',
    });
    expect(spring['on_time']!.count).toBe(4);
    expect(spring['on_time']!.value).toBe(50);
  });

  it('answers zero counts (and no value) where nothing was received', async () => {
    const counts = await subtreeCounts(t.db, {
      tenantId,
      organisationId: districtId,
      from: '2025-01',
      to: '2025-12',
    });
    expect(counts.received).toBe(0);
    const kpis = await subtreeKpis(t.db, {
      tenantId,
      organisationId: districtId,
      from: '2025-01',
      to: '2025-12',
    });
    expect(kpis['on_time']).toEqual({ value: null, count: 0 });
  });

  it("never counts another tenant's dossiers, nor reads its units", async () => {
    const counts = await subtreeCounts(t.db, {
      tenantId,
      organisationId: provinceId,
      from: '2026-03',
      to: '2026-03',
    });
    expect(counts.received).toBe(3);
    const foreign = await subtreeCounts(t.db, {
      tenantId: otherTenantId,
      organisationId: districtId,
      from: '2026-03',
      to: '2026-03',
    });
    expect(foreign.received).toBe(0);
  });
});
