// Counts of several units' subtrees in one read (the projection reads a unit and its peers at once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { buildDossier, insertDossiers } from '../../../test/dossier-factories';
import { subtreeCountsOfUnits } from './kpi-values';

let t: TestDatabase;
let tenantId: string;
let provinceId: string;
let h1: string;
let h2: string;
let x1: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const a = await buildTenant(t.db, 'Tỉnh A');
  tenantId = a.tenant.id;
  provinceId = a.root.id;
  h1 = (await buildOrganisation(t.db, { tenantId, parentId: provinceId, code: 'H1' })).id;
  h2 = (await buildOrganisation(t.db, { tenantId, parentId: provinceId, code: 'H2' })).id;
  x1 = (await buildOrganisation(t.db, { tenantId, parentId: h1, code: 'X1' })).id;
  const late = { promisedAt: '2026-03-11T10:00:00Z', finishedAt: '2026-03-12T08:00:00Z' };
  await insertDossiers(
    t.db,
    {
      tenantId,
      unitIds: new Map([
        ['H1', h1],
        ['H2', h2],
        ['X1', x1],
      ]),
    },
    [
      buildDossier({ code: 'A', unitCode: 'H1' }),
      buildDossier({ code: 'B', unitCode: 'X1', ...late }),
      buildDossier({ code: 'C', unitCode: 'H2' }),
      buildDossier({ code: 'D', unitCode: 'H2', receivedAt: '2026-07-01T02:00:00Z' }),
    ],
  );
  const b = await buildTenant(t.db, 'Tỉnh B');
  const bUnit = await buildOrganisation(t.db, {
    tenantId: b.tenant.id,
    parentId: b.root.id,
    code: 'H1',
  });
  await insertDossiers(t.db, { tenantId: b.tenant.id, unitIds: new Map([['H1', bUnit.id]]) }, [
    buildDossier({ code: 'A', unitCode: 'H1', ...late }),
  ]);
});

afterAll(async () => {
  await t?.drop();
});

describe('subtreeCountsOfUnits', () => {
  it('gives each listed unit its own subtree’s counts over the months asked, in one read', async () => {
    const counts = await subtreeCountsOfUnits(t.db, {
      tenantId,
      organisationIds: [h1, h2, x1, provinceId],
      from: '2026-01',
      to: '2026-06',
    });
    // H1: A on time + X1's B late; H2: C (D is July); X1: B; the province: A, B, C.
    expect([h1, h2, x1, provinceId].map((id) => counts.get(id)?.finished)).toEqual([2, 1, 1, 3]);
    expect([h1, h2, x1, provinceId].map((id) => counts.get(id)?.finishedOnTime)).toEqual([
      1, 1, 0, 2,
    ]);
  });

  it('gives empty counts to a unit with no dossier, and never another province’s', async () => {
    const counts = await subtreeCountsOfUnits(t.db, {
      tenantId,
      organisationIds: [x1],
      from: '2026-04',
      to: '2026-12',
    });
    expect(counts.get(x1)?.received).toBe(0);
    const h1Only = await subtreeCountsOfUnits(t.db, {
      tenantId,
      organisationIds: [h1],
      from: '2026-03',
      to: '2026-03',
    });
    expect(h1Only.get(h1)?.finishedLate).toBe(1);
  });
});
