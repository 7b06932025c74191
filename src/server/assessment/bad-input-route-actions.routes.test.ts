// Every endpoint of a scoring round against the permission matrix: the matrix test sends one
// request per action; this one sends every round endpoint (each names its action), for every role
// held in D1, on D1's own round, a sibling's and another province's. The policy's refusal is a 403
// with its generic message and a 'denied' audit row (404 in another province); anything else —
// the service's own answer, 200, 400, 409, 412 — means the policy let the request through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Action } from '@domain/permissions/action';
import { ROLES } from '@domain/permissions/role';
import { isExpectedAllowed, type MatrixScope } from '@domain/permissions/permission-matrix.fixture';
import { auditEvents } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { buildAssessmentRound } from '../../../test/assessment-factories';
import { addEvidence } from '../../../test/assessment-appraisal-factories';
import { pdfBytes } from '../../../test/report-fixtures';

const SCOPES = ['own', 'sibling', 'otherTenant'] as const satisfies readonly MatrixScope[];
type Scope = (typeof SCOPES)[number];

/** Where a request goes: its round, its unit, and a new evidence item of that unit to delete. */
interface Target {
  round: string;
  unit: string;
  newEvidence: () => Promise<string>;
}

const V1 = { 'if-match': '"1"' };
const upload = (client: TestClient, url: string, name: string) => {
  const { payload, headers } = multipartFile(name, pdfBytes(), 'application/pdf');
  return client.request('POST', url, { payload, headers });
};

/** The round's endpoints with the action each is authorised by. */
const ENDPOINTS: {
  name: string;
  action: Action;
  send: (client: TestClient, at: Target) => Promise<LightMyRequestResponse>;
}[] = [
  { name: 'GET round', action: 'assessment.read', send: (c, at) => c.get(r(at)) },
  { name: 'GET self-assessment', action: 'assessment.read', send: (c, at) => c.get(u(at)) },
  {
    name: 'GET appraisal',
    action: 'assessment.read',
    send: (c, at) => c.get(`${u(at)}/appraisal`),
  },
  { name: 'GET results', action: 'assessment.read', send: (c, at) => c.get(`${r(at)}/results`) },
  {
    name: 'PATCH round',
    action: 'assessment.manage',
    send: (c, at) => c.patch(r(at), { name: 'Đợt đánh giá (sửa)' }, V1),
  },
  {
    name: 'transition',
    action: 'assessment.manage',
    send: (c, at) => c.post(`${r(at)}/transition`, { to: 'appraisal' }, V1),
  },
  {
    name: 'survey score',
    action: 'assessment.manage',
    send: (c, at) => c.put(`${u(at)}/survey/2`, { points: 1 }, V1),
  },
  {
    name: 'survey import',
    action: 'assessment.manage',
    send: (c, at) => upload(c, `${r(at)}/survey-import?dryRun=true`, 'dieu-tra.xlsx'),
  },
  {
    name: 'finalise',
    action: 'assessment.manage',
    send: (c, at) => c.post(`${r(at)}/finalise`, {}, V1),
  },
  {
    name: 'publish',
    action: 'assessment.manage',
    send: (c, at) =>
      c.post(
        `${r(at)}/publish`,
        { decisionNumber: '1/QĐ-UBND', decisionDate: '2026-06-20', issuer: 'UBND tỉnh' },
        V1,
      ),
  },
  {
    name: 'self entry',
    action: 'assessment.self',
    send: (c, at) =>
      c.put(
        `${u(at)}/entries/1`,
        { input: { type: 'ratio', numerator: 1, denominator: 2 } },
        { 'if-match': '"0"' },
      ),
  },
  {
    name: 'difficulties',
    action: 'assessment.self',
    send: (c, at) => c.patch(u(at), { difficulties: 'Khó khăn' }, V1),
  },
  {
    name: 'evidence document',
    action: 'assessment.self',
    send: (c, at) =>
      c.post(`${u(at)}/entries/1/evidence/document`, {
        number: '1/KH',
        date: null,
        issuer: 'Sở',
      }),
  },
  {
    name: 'evidence file',
    action: 'assessment.self',
    send: (c, at) => upload(c, `${u(at)}/entries/1/evidence`, 'minh-chung.pdf'),
  },
  {
    name: 'evidence from task',
    action: 'assessment.self',
    send: (c, at) =>
      c.post(`${u(at)}/entries/1/evidence/from-task`, {
        taskId: '00000000-0000-4000-8000-000000000000',
        documentIndex: 0,
      }),
  },
  {
    name: 'delete evidence',
    action: 'assessment.self',
    send: async (c, at) => c.delete(`/api/assessment-evidence/${await at.newEvidence()}`),
  },
  {
    name: 'explanation answer',
    action: 'assessment.self',
    send: (c, at) => c.put(`${u(at)}/explanations/1`, { explanation: 'Giải trình' }, V1),
  },
  {
    name: 'submit',
    action: 'assessment.submit',
    send: (c, at) => c.post(`${u(at)}/submit`, {}, V1),
  },
  {
    name: 'withdraw',
    action: 'assessment.submit',
    send: (c, at) => c.post(`${u(at)}/withdraw`, {}, V1),
  },
  {
    name: 'appraised score',
    action: 'assessment.appraise',
    send: (c, at) => c.put(`${u(at)}/appraisal/1`, { score: 10, comment: 'Thẩm định' }, V1),
  },
  {
    name: 'explanation request',
    action: 'assessment.appraise',
    send: (c, at) => c.post(`${u(at)}/appraisal/1/explanation-request`, { request: 'Bổ sung' }, V1),
  },
  {
    name: 'confirm appraisal',
    action: 'assessment.appraise',
    send: (c, at) => c.post(`${u(at)}/appraisal/confirm`, {}, V1),
  },
  {
    name: 'sign-off',
    action: 'assessment.appraise',
    send: (c, at) => c.post(`${r(at)}/sign-off`, {}, V1),
  },
];

function r(at: Target) {
  return `/api/assessment-rounds/${at.round}`;
}
function u(at: Target) {
  return `${r(at)}/units/${at.unit}`;
}

let t: TestApp;
const targets = {} as Record<Scope, Target>;
let provinceA: string;
let tenantA: string;
let d1: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db);
  const b = await buildTenant(t.db);
  tenantA = a.tenant.id;
  provinceA = a.root.id;
  const units: Record<Scope, { tenantId: string; id: string }> = {
    own: await buildOrganisation(t.db, { tenantId: a.tenant.id, parentId: a.root.id }),
    sibling: await buildOrganisation(t.db, { tenantId: a.tenant.id, parentId: a.root.id }),
    otherTenant: await buildOrganisation(t.db, { tenantId: b.tenant.id, parentId: b.root.id }),
  };
  d1 = units.own.id;
  // Each unit owns a round it takes part in, so round-level and unit-level endpoints share the scope.
  for (const scope of SCOPES) {
    const { tenantId, id } = units[scope];
    const framework = await buildFrameworkRow(t.db, {
      tenantId,
      ownerOrganisationId: id,
      year: 2026,
    });
    const round = await buildAssessmentRound(t.db, {
      tenantId,
      frameworkId: framework.id,
      ownerOrganisationId: id,
      year: 2026,
      units: [{ organisationId: id }],
    });
    const newEvidence = async () =>
      (
        await addEvidence(t.db, {
          tenantId,
          roundId: round.id,
          organisationId: id,
          nodeCode: '1',
          kind: 'document',
        })
      ).id;
    targets[scope] = { round: round.id, unit: id, newEvidence };
  }
});
afterAll(() => t.close());

async function deniedRows(actorId: string) {
  return (
    await t.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, actorId), eq(auditEvents.outcome, 'denied')))
  ).length;
}

describe.each(ROLES)('round endpoints for %s holding the role in D1', (role) => {
  let client: TestClient;
  let actorId: string;
  beforeAll(async () => {
    // Home on the province, so the council's own-unit rule never hides the policy's answer.
    const actor = await buildUser(t.db, {
      tenantId: tenantA,
      homeOrganisationId: provinceA,
      grants: [{ role, organisationId: d1 }],
    });
    actorId = actor.id;
    client = await TestClient.signedInAs(t, actor);
  });

  for (const endpoint of ENDPOINTS) {
    for (const scope of SCOPES) {
      const expected = isExpectedAllowed(role, endpoint.action, scope);
      it(`${expected ? 'lets' : 'refuses'} ${endpoint.name} (${endpoint.action}) on ${scope}`, async () => {
        const before = await deniedRows(actorId);
        const response = await endpoint.send(client, targets[scope]);
        const denied = await deniedRows(actorId);
        if (scope === 'otherTenant') {
          expect(response.statusCode, response.body).toBe(404);
          return;
        }
        const refusedByPolicy =
          response.statusCode === 403 &&
          response.json().message === 'Bạn không có quyền thực hiện thao tác này.';
        expect({ refusedByPolicy, status: response.statusCode }).toMatchObject({
          refusedByPolicy: !expected,
        });
        expect(denied - before, response.body).toBe(expected ? 0 : 1);
        expect(response.statusCode, response.body).toBeLessThan(500);
      });
    }
  }
});
