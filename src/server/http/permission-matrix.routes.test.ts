// The generated permission matrix over HTTP: every role × action × scope, through the real routes,
// on two seeded tenants. Expected outcomes come from the hand-written fixture shared with the
// domain test; a denial must change nothing and leave a 'denied' audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Action } from '@domain/permissions/action';
import { ACTION_NAMES } from '@domain/permissions/action';
import { ROLES, type Role } from '@domain/permissions/role';
import {
  MATRIX_SCOPES,
  isExpectedAllowed,
  type MatrixScope,
} from '@domain/permissions/permission-matrix.fixture';
import {
  assessmentEntries,
  auditEvents,
  organisations,
  planTasks,
  plans,
  reportSubmissions,
} from '../db/schema';
import { QUARTERLY_BY_15TH } from '@domain/reports/reporting-rule';
import { defaultPlanContent } from '@domain/plans/plan-defaults';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { insertRound } from '../assessment/round.repository';
import type { UserRow } from '../users/user.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, TWO_AREA_NODES } from '../../../test/framework-factories';
import { buildAssessmentRound } from '../../../test/assessment-factories';
import { addRoundUnit, buildRound } from '../../../test/assessment-appraisal-factories';
import { OWN_UNIT_REFUSAL } from '@domain/assessment/appraisal-rules';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Fixture {
  client: TestClient;
  actor: UserRow;
  /** A framework of tenant A (owned by its root) that scores every unit type of the fixture. */
  frameworkId: string;
  /** Scoring rounds in state appraisal (tenant A's over `frameworkId`, tenant B's own) with every target taking part. */
  roundIds: Record<MatrixScope, string>;
  targets: Record<
    MatrixScope,
    {
      id: string;
      code: string;
      tenantId: string;
      resident: UserRow;
      /** An issued plan of the unit with one task the unit leads. */
      planId: string;
      taskId: string;
      /** A scoring round owned by the unit (its own framework, no units taking part). */
      roundId: string;
      /** Rounds the unit takes part in: one to fill (assessment.self), one filled to submit. */
      selfRoundId: string;
      submitRoundId: string;
    }
  >;
}

/** Tenant A: P → D1 (role held here) → S1, P → D2; tenant B: PB → DB. One resident user per unit. */
async function buildFixture(role: Role): Promise<Fixture> {
  const a = await buildTenant(t.db);
  const b = await buildTenant(t.db);
  const d1 = await buildOrganisation(t.db, { tenantId: a.tenant.id, parentId: a.root.id });
  const s1 = await buildOrganisation(t.db, {
    tenantId: a.tenant.id,
    parentId: d1.id,
    type: 'sub_unit',
  });
  const d2 = await buildOrganisation(t.db, { tenantId: a.tenant.id, parentId: a.root.id });
  const db = await buildOrganisation(t.db, { tenantId: b.tenant.id, parentId: b.root.id });
  const units = { own: d1, child: s1, parent: a.root, sibling: d2, otherTenant: db };
  const targets = {} as Fixture['targets'];
  for (const scope of MATRIX_SCOPES) {
    const unit = units[scope];
    const resident = await buildUser(t.db, {
      tenantId: unit.tenantId,
      homeOrganisationId: unit.id,
    });
    await t.db.insert(auditEvents).values({
      tenantId: unit.tenantId,
      organisationId: unit.id,
      action: 'matrix.marker',
      outcome: 'allowed',
      objectType: 'organisation',
      objectId: unit.id,
      requestId: 'matrix',
    });
    const [plan] = await t.db
      .insert(plans)
      .values({
        tenantId: unit.tenantId,
        organisationId: unit.id,
        year: 2024,
        status: 'issued',
        reportingRule: QUARTERLY_BY_15TH,
        content: defaultPlanContent(
          { name: unit.name, type: 'department', parent: null },
          2024,
          `Kế hoạch của ${scope}`,
        ),
      })
      .returning();
    const [task] = await t.db
      .insert(planTasks)
      .values({
        tenantId: unit.tenantId,
        planId: plan!.id,
        position: 1,
        content: `Nhiệm vụ của ${scope}`,
        leadOrganisationId: unit.id,
        outputKind: 'report',
        timeframeText: 'Thường xuyên',
      })
      .returning();
    // A submitted Q2 report of the unit, for the review attempt.
    await t.db.insert(reportSubmissions).values({
      tenantId: unit.tenantId,
      planId: plan!.id,
      periodKey: '2024-Q2',
      organisationId: unit.id,
      status: 'submitted',
    });
    const roundFramework = await buildFrameworkRow(t.db, {
      tenantId: unit.tenantId,
      ownerOrganisationId: unit.id,
      year: 2026,
    });
    const round = await insertRound(t.db, {
      tenantId: unit.tenantId,
      frameworkId: roundFramework.id,
      ownerOrganisationId: unit.id,
      year: 2026,
      name: `Đợt đánh giá của ${scope}`,
    });
    targets[scope] = {
      id: unit.id,
      code: unit.code,
      tenantId: unit.tenantId,
      resident,
      planId: plan!.id,
      taskId: task!.id,
      roundId: round.id,
      selfRoundId: '',
      submitRoundId: '',
    };
  }
  // Two scoring rounds per tenant (one per framework) with every unit of the tenant taking part;
  // in the second, every criterion is already self-scored so a submit can succeed.
  for (const [tenantId, root, scopes] of [
    [a.tenant.id, a.root, ['own', 'child', 'parent', 'sibling'] as const],
    [b.tenant.id, b.root, ['otherTenant'] as const],
  ] as const) {
    const round = async () => {
      const framework = await buildFrameworkRow(t.db, {
        tenantId,
        ownerOrganisationId: root.id,
        unitTypes: ['province', 'department', 'sub_unit'],
        year: 2026,
      });
      return buildAssessmentRound(t.db, {
        tenantId,
        frameworkId: framework.id,
        ownerOrganisationId: root.id,
        year: 2026,
        units: scopes.map((scope) => ({ organisationId: targets[scope].id })),
      });
    };
    const selfRound = await round();
    const submitRound = await round();
    for (const scope of scopes) {
      targets[scope].selfRoundId = selfRound.id;
      targets[scope].submitRoundId = submitRound.id;
      for (const nodeCode of ['1', '2']) {
        await t.db.insert(assessmentEntries).values({
          tenantId,
          roundId: submitRound.id,
          organisationId: targets[scope].id,
          nodeCode,
          selfInput: { type: 'ratio', numerator: 1, denominator: 2 },
          selfScore: 10,
        });
      }
    }
  }
  const actor = await buildUser(t.db, {
    tenantId: a.tenant.id,
    homeOrganisationId: d1.id,
    grants: [{ role, organisationId: d1.id }],
  });
  const framework = await buildFrameworkRow(t.db, {
    tenantId: a.tenant.id,
    ownerOrganisationId: a.root.id,
    unitTypes: ['province', 'department', 'sub_unit'],
  });
  // Đợt đánh giá in state appraisal in each tenant, every target unit taking part.
  const frameworkB = await buildFrameworkRow(t.db, {
    tenantId: b.tenant.id,
    ownerOrganisationId: b.root.id,
  });
  const roundA = await buildRound(t.db, {
    tenantId: a.tenant.id,
    frameworkId: framework.id,
    ownerOrganisationId: a.root.id,
  });
  const roundB = await buildRound(t.db, {
    tenantId: b.tenant.id,
    frameworkId: frameworkB.id,
    ownerOrganisationId: b.root.id,
  });
  const roundIds = {} as Fixture['roundIds'];
  for (const scope of MATRIX_SCOPES) {
    const round = scope === 'otherTenant' ? roundB : roundA;
    await addRoundUnit(t.db, {
      tenantId: round.tenantId,
      roundId: round.id,
      organisationId: units[scope].id,
    });
    roundIds[scope] = round.id;
  }
  return {
    client: await TestClient.signedInAs(t, actor),
    actor,
    targets,
    frameworkId: framework.id,
    roundIds,
  };
}

async function versionOf(id: string): Promise<number> {
  const [row] = await t.db
    .select({ version: organisations.version })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.version ?? 1;
}

async function entryVersionOf(roundId: string, organisationId: string, nodeCode: string) {
  const [row] = await t.db
    .select({ version: assessmentEntries.version })
    .from(assessmentEntries)
    .where(
      and(
        eq(assessmentEntries.roundId, roundId),
        eq(assessmentEntries.organisationId, organisationId),
        eq(assessmentEntries.nodeCode, nodeCode),
      ),
    );
  return row?.version ?? 0;
}

/** Performs `action` on the target; returns whether it took effect. */
async function attempt(
  f: Fixture,
  action: Action,
  scope: MatrixScope,
): Promise<{ allowed: boolean; status: number }> {
  const target = f.targets[scope];
  const c = f.client;
  const ok = (status: number) => status >= 200 && status < 300;
  switch (action) {
    case 'organisation.read': {
      const r = await c.get(`/api/organisations/${target.id}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'organisation.create': {
      const r = await c.post('/api/organisations', {
        parentId: target.id,
        code: `NEW-${scope}`,
        name: 'Phòng mới',
        type: 'sub_unit',
        validFrom: '2024-01-01',
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'organisation.update': {
      const r = await c.patch(
        `/api/organisations/${target.id}`,
        { name: `Đổi tên ${scope}` },
        { 'if-match': `"${await versionOf(target.id)}"` },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'organisation.close': {
      const r = await c.post(`/api/organisations/${target.id}/close`, { validTo: '2030-12-31' });
      // The province root can never be closed; a permitted actor gets a 400 rule error instead of 403.
      return {
        allowed: ok(r.statusCode) || (scope === 'parent' && r.statusCode === 400),
        status: r.statusCode,
      };
    }
    case 'organisation.import': {
      const csv = `Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ\nIMP-${scope},Phòng nhập,Phòng,${target.code},01/01/2024\n`;
      const { payload, headers } = multipartFile('don-vi.csv', csv);
      const r = await c.request('POST', '/api/organisations/import', { payload, headers });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'user.read': {
      const r = await c.get(`/api/users?organisationId=${target.id}`);
      const ids = ok(r.statusCode) ? (r.json().items as { id: string }[]).map((u) => u.id) : [];
      return { allowed: ids.includes(target.resident.id), status: r.statusCode };
    }
    case 'user.manage': {
      const r = await c.patch(
        `/api/users/${target.resident.id}`,
        { fullName: `Tên mới ${scope}` },
        { 'if-match': `"${target.resident.version}"` },
      );
      if (ok(r.statusCode)) target.resident.version += 1;
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'user.unlock': {
      const r = await c.post(`/api/users/${target.resident.id}/unlock-login`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'user.reset_two_factor': {
      const r = await c.post(`/api/users/${target.resident.id}/reset-two-factor`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'role.assign': {
      const r = await c.post(`/api/users/${target.resident.id}/roles`, {
        role: 'viewer',
        organisationId: target.id,
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'audit.read': {
      const r = await c.get(`/api/audit?organisationId=${target.id}&action=matrix.marker`);
      const items = ok(r.statusCode) ? (r.json().items as unknown[]) : [];
      return { allowed: items.length === 1, status: r.statusCode };
    }
    case 'framework.read': {
      // The frameworks that apply to the target unit (definitions themselves are tenant-wide).
      const r = await c.get(`/api/frameworks/for-unit/${target.id}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'framework.manage': {
      const r = await c.post('/api/frameworks', {
        code: `MATRIX-${scope}`,
        indexKind: 'par_index',
        name: `Bộ chỉ số của ${scope}`,
        year: 2024,
        unitTypes: ['department'],
        decision: null,
        illustrative: false,
        scale: { unit: 'points', maxTotal: 100 },
        nodes: TWO_AREA_NODES,
        ownerOrganisationId: target.id,
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'result.read': {
      const r = await c.get(`/api/frameworks/${f.frameworkId}/results/${target.id}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'result.import': {
      const r = await c.request('PUT', `/api/frameworks/${f.frameworkId}/results/${target.id}`, {
        body: { entries: [{ nodeCode: '1', appraisedScore: 50 }] },
        headers: { 'if-match': '"0"' },
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'dossier.import': {
      // Tenant-wide: the upload always targets the tenant's root, whatever the scope; a role held
      // in D1 never reaches it. A file without the required columns would be refused (400) if allowed.
      const { payload, headers } = multipartFile('ho-so.csv', `Mã hồ sơ\nHS-${scope}\n`);
      const r = await c.request('POST', '/api/dossier-imports?source=matrix', { payload, headers });
      return { allowed: ok(r.statusCode) || r.statusCode === 400, status: r.statusCode };
    }
    case 'ranking.read': {
      const r = await c.get(`/api/frameworks/${f.frameworkId}/ranking?organisationId=${target.id}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'plan.read': {
      const r = await c.get(`/api/plans/${target.planId}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'plan.manage': {
      const r = await c.post('/api/plans', {
        organisationId: target.id,
        year: 2025,
        title: `Kế hoạch mới của ${scope}`,
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'plan.import': {
      const text = `KẾ HOẠCH\nCải cách hành chính năm 2025 của ${scope}\nI. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n`;
      const { payload, headers } = multipartFile('ke-hoach.txt', text, 'text/plain');
      const r = await c.request('POST', `/api/plan-imports?organisationId=${target.id}`, {
        payload,
        headers,
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'report.submit': {
      const r = await c.request('PUT', `/api/plans/${target.planId}/reports/2024-Q1/${target.id}`, {
        body: { difficulties: `Khó khăn của ${scope}` },
        headers: { 'if-match': '"0"' },
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'report.review': {
      const r = await c.post(
        `/api/plans/${target.planId}/reports/2024-Q2/${target.id}/review`,
        { decision: 'accept' },
        { 'if-match': '"1"' },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'report.comment': {
      const r = await c.post(`/api/plans/${target.planId}/reports/2024-Q2/${target.id}/comments`, {
        kind: 'explanation_request',
        body: `Đề nghị giải trình (${scope})`,
      });
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'task.update': {
      const r = await c.patch(
        `/api/tasks/${target.taskId}/status`,
        { status: 'in_progress', statusNote: '' },
        { 'if-match': '"1"' },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'assessment.read': {
      const r = await c.get(`/api/assessment-rounds/${target.roundId}`);
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'assessment.manage': {
      const r = await c.patch(
        `/api/assessment-rounds/${target.roundId}`,
        { name: `Đợt đánh giá đã sửa (${scope})` },
        { 'if-match': '"1"' },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'assessment.self': {
      const url = `/api/assessment-rounds/${target.selfRoundId}/units/${target.id}/entries/1`;
      const r = await c.put(
        url,
        { input: { type: 'ratio', numerator: 9, denominator: 10 } },
        { 'if-match': `"${await entryVersionOf(target.selfRoundId, target.id, '1')}"` },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'assessment.submit': {
      const r = await c.post(
        `/api/assessment-rounds/${target.submitRoundId}/units/${target.id}/submit`,
        {},
        { 'if-match': '"1"' },
      );
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
    case 'assessment.appraise': {
      const deniedBefore = await countDenied(f.actor.id, action);
      const r = await c.put(
        `/api/assessment-rounds/${f.roundIds[scope]}/units/${target.id}/appraisal/1`,
        { score: 30, comment: `Thẩm định (${scope})` },
        { 'if-match': '"0"' },
      );
      // The actor's home is D1: the policy lets an appraiser (or admin) act on D1, then the council
      // rule refuses a member's own unit with its own reason — not the policy's 403 (no 'denied' row).
      if (scope === 'own' && r.statusCode === 403 && r.json().message === OWN_UNIT_REFUSAL) {
        expect(await countDenied(f.actor.id, action)).toBe(deniedBefore);
        return { allowed: true, status: r.statusCode };
      }
      return { allowed: ok(r.statusCode), status: r.statusCode };
    }
  }
}

async function countDenied(actorId: string, action: Action) {
  const rows = await t.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, actorId),
        eq(auditEvents.action, action),
        eq(auditEvents.outcome, 'denied'),
      ),
    );
  return rows.length;
}

describe.each(ROLES)('permission matrix over HTTP: %s holding the role in D1', (role) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await buildFixture(role);
  });

  for (const action of ACTION_NAMES) {
    for (const scope of MATRIX_SCOPES) {
      const expected = isExpectedAllowed(role, action, scope);
      it(`${expected ? 'lets' : 'refuses'} ${action} on ${scope}`, async () => {
        const deniedBefore = await countDenied(fixture.actor.id, action);
        const { allowed, status } = await attempt(fixture, action, scope);
        expect({ allowed, status: allowed ? 'ok' : status }).toMatchObject({ allowed: expected });
        if (!expected && status === 403)
          expect(await countDenied(fixture.actor.id, action)).toBe(deniedBefore + 1);
        if (!expected && scope === 'otherTenant' && status !== 200)
          expect([400, 403, 404]).toContain(status);
      });
    }
  }
});
