// The council board over HTTP, as its one aggregate query feeds the one-pass roll-up: 4-decimal
// scores come back to the last digit, appraisal 2 replaces appraisal 1, a criterion marked không
// áp dụng and an area the round exempts leave the maximum, a capped area stays at its max, the
// survey is on neither side, a unit with no entries shows "chưa có điểm"; and who sees which rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import {
  addRoundUnit,
  addSelfEntry,
  buildRound,
} from '../../../test/assessment-appraisal-factories';

const criterion = (code: string, parentCode: string, maxPoints: number): FrameworkNode => ({
  code,
  parentCode,
  name: `Tiêu chí ${code}`,
  maxPoints,
  method: 'appraised',
  rule: { type: 'ratio' },
});

/** Area 1 (1.1, 1.2: 3 each), area 2 capped at 4 (2.1, 2.2: 3 each), area 3 survey. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo', maxPoints: 6 },
  criterion('1.1', '1', 3),
  criterion('1.2', '1', 3),
  {
    code: '2',
    parentCode: null,
    name: 'Thủ tục hành chính',
    maxPoints: 4,
    childrenMaxMayDiffer: true,
  },
  criterion('2.1', '2', 3),
  criterion('2.2', '2', 3),
  { code: '3', parentCode: null, name: 'Điều tra xã hội học', maxPoints: 5, method: 'survey' },
  { ...criterion('3.1', '3', 5), method: 'survey', rule: { type: 'survey' } },
];

let t: TestApp;
let roundId: string;
let deptA: OrganisationRow;
let deptB: OrganisationRow;
let deptC: OrganisationRow;
let council: TestClient;
let appraiserOfA: TestClient;
let focal: TestClient;
let focalOfB: TestClient;
let editorA: TestClient;

interface Row {
  organisation: { id: string };
  areas: {
    code: string;
    applicableMaxPoints: number;
    self: number | null;
    appraised: number | null;
    delta: number | null;
  }[];
  total: {
    applicableMaxPoints: number;
    self: number | null;
    appraised: number | null;
    delta: number | null;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  const tenantId = tenant.id;
  deptA = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Tư pháp' });
  deptB = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Y tế' });
  deptC = await buildOrganisation(t.db, { tenantId, parentId: root.id, name: 'Sở Xây dựng' });
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: root.id,
    nodes: NODES,
    year: 2026,
  });
  roundId = (
    await buildRound(t.db, { tenantId, frameworkId: framework.id, ownerOrganisationId: root.id })
  ).id;
  await addRoundUnit(t.db, { tenantId, roundId, organisationId: deptA.id });
  await addRoundUnit(t.db, { tenantId, roundId, organisationId: deptB.id, exemptNodeCodes: ['2'] });
  await addRoundUnit(t.db, { tenantId, roundId, organisationId: deptC.id, status: 'not_started' });
  const entry = (
    organisationId: string,
    nodeCode: string,
    scores: {
      selfScore: number | null;
      appraisedScore1?: number;
      appraisedScore2?: number;
      notApplicable?: boolean;
    },
  ) => addSelfEntry(t.db, { tenantId, roundId, organisationId, nodeCode, ...scores });
  await entry(deptA.id, '1.1', {
    selfScore: 2.8421,
    appraisedScore1: 1.5,
    appraisedScore2: 2.0001,
  });
  await entry(deptA.id, '1.2', { selfScore: 3, appraisedScore1: 3 });
  await entry(deptA.id, '2.1', { selfScore: 2.5, appraisedScore1: 2.6667 });
  await entry(deptA.id, '2.2', { selfScore: 3, appraisedScore1: 3 });
  await entry(deptA.id, '3.1', { selfScore: 5, appraisedScore1: 5 });
  await entry(deptB.id, '1.1', { selfScore: 1.25, appraisedScore1: 1.25 });
  await entry(deptB.id, '1.2', { selfScore: 3, notApplicable: true });
  await entry(deptB.id, '2.1', { selfScore: 3, appraisedScore1: 3 });

  const user = (
    homeOrganisationId: string,
    role: 'appraiser' | 'focal' | 'editor',
    organisationId: string,
  ) =>
    buildUser(t.db, { tenantId, homeOrganisationId, grants: [{ role, organisationId }] }).then(
      (row) => TestClient.signedInAs(t, row),
    );
  council = await user(root.id, 'appraiser', root.id);
  appraiserOfA = await user(root.id, 'appraiser', deptA.id);
  focal = await user(root.id, 'focal', root.id);
  focalOfB = await user(deptB.id, 'focal', deptB.id);
  editorA = await user(deptA.id, 'editor', deptA.id);
});

afterAll(async () => {
  await t.close();
});

const boardOf = async (client: TestClient) => {
  const response = await client.get(`/api/assessment-rounds/${roundId}/board`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { rows: Row[]; unitCount: number };
};

describe('the council board', () => {
  it('rolls up every unit to the last decimal, largest gap first, the unit without entries last', async () => {
    const board = await boardOf(council);
    expect(board.rows.map((row) => row.organisation.id)).toEqual([deptA.id, deptB.id, deptC.id]);
    const [a, b, c] = board.rows;
    // Area 1: 2,8421 + 3 against appraisal 2 (2,0001) + 3. Area 2: 5,5 and 5,6667, both capped at 4.
    expect(a!.areas).toEqual([
      { code: '1', applicableMaxPoints: 6, self: 5.8421, appraised: 5.0001, delta: -0.842 },
      { code: '2', applicableMaxPoints: 4, self: 4, appraised: 4, delta: 0 },
    ]);
    expect(a!.total).toEqual({
      applicableMaxPoints: 10,
      self: 9.8421,
      appraised: 9.0001,
      delta: -0.842,
    });
    // 1.2 không áp dụng, area 2 exempt by the round: only 1.1 counts, its 2.1 entry is ignored.
    expect(b!.areas).toEqual([
      { code: '1', applicableMaxPoints: 3, self: 1.25, appraised: 1.25, delta: 0 },
      { code: '2', applicableMaxPoints: 0, self: null, appraised: null, delta: null },
    ]);
    expect(b!.total).toEqual({ applicableMaxPoints: 3, self: 1.25, appraised: 1.25, delta: 0 });
    expect(c!.total).toEqual({ applicableMaxPoints: 10, self: null, appraised: null, delta: null });
    expect(c!.areas.map((area) => area.self)).toEqual([null, null]);
  });

  it('shows an appraiser of one unit only that unit, and who manages the round every unit', async () => {
    const own = await boardOf(appraiserOfA);
    expect(own.rows.map((row) => row.organisation.id)).toEqual([deptA.id]);
    expect(own.unitCount).toBe(1);
    expect((await boardOf(focal)).rows).toHaveLength(3);
  });

  it('refuses whoever appraises none of the units, and answers 404 for an unknown round', async () => {
    expect((await editorA.get(`/api/assessment-rounds/${roundId}/board`)).statusCode).toBe(403);
    expect((await focalOfB.get(`/api/assessment-rounds/${roundId}/board`)).statusCode).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await council.get(`/api/assessment-rounds/${unknown}/board`)).statusCode).toBe(404);
  });
});
