// The to-do home over HTTP on real PostgreSQL: a district plan of 2026 issued 10/01 with the
// quarterly regime (Q1 due 15/03, Q2 due 15/06), read on 20/06/2026 by each role; another
// province's identical fixture never leaks in; roles on a closed commune listed to the admin only,
// and moved to the successor in one audited step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Me } from '@contract/auth';
import type { Overview } from '@contract/overview';
import type { ProjectionDto } from '@contract/assessment-projection';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { findFramework } from '../frameworks/framework.repository';
import type { SubmissionChangeDto, SubmissionDto } from '@contract/reports';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import { buildOrganisation, buildUser } from '../../../test/factories';
import { insertSuccessions } from '../organisations/organisation.repository';

const TODAY = '2026-06-20';

let t: TestApp;
let f: ReportFixture;
let other: ReportFixture;
beforeAll(async () => {
  t = await createTestApp({}, { today: TODAY });
  f = await buildReportFixture(t, 2026, '2026-01-10');
  other = await buildReportFixture(t, 2026, '2026-01-10');
});
afterAll(() => t.close());

const overviewOf = async (client: TestClient): Promise<Overview> => {
  const response = await client.get('/api/overview');
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Overview;
};

/** The editor of Phòng Nội vụ saves and submits its Q2 report. */
async function submitQ2(fixture: ReportFixture): Promise<SubmissionChangeDto> {
  const nv = await fixture.client(fixture.users.nvEditor);
  const url = reportUrl(fixture.plan, '2026-Q2', fixture.nvId);
  const empty = (await nv.get(url)).json() as SubmissionDto;
  const saved = await nv.put(
    url,
    {
      entries: [
        {
          taskId: fixture.plan.tasks[0]!.id,
          status: 'in_progress',
          progress: 50,
          result: 'Đang rà soát',
        },
      ],
    },
    ifMatch(empty.version),
  );
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await nv.post(`${url}/submit`, undefined, ifMatch(saved.json().version));
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json() as SubmissionChangeDto;
}

describe('an editor of Phòng Nội vụ', () => {
  it('sees the overdue Q1 and Q2 reports with the days late, and the task due in 10 days', async () => {
    const home = await overviewOf(await f.client(f.users.nvEditor));
    expect(home.today).toBe(TODAY);
    expect(
      home.reportsDue.map((report) => [
        report.period.key,
        report.organisation.name,
        report.urgency,
      ]),
    ).toEqual([
      ['2026-Q1', 'Phòng Nội vụ', { kind: 'overdue', daysLate: 97 }],
      ['2026-Q2', 'Phòng Nội vụ', { kind: 'overdue', daysLate: 5 }],
    ]);
    expect(home.tasks).toEqual([
      expect.objectContaining({
        content: 'Rà soát thủ tục hành chính',
        role: 'lead',
        due: '2026-06-30',
        urgency: { kind: 'due_soon', daysLeft: 10 },
      }),
    ]);
    expect(home.reportsToReview).toEqual([]);
    expect(home.draftPlans).toEqual([]);
    expect(home.closedUnitGrants).toEqual([]);
  });

  it('is told by /api/auth/me that it may not read users or the audit log', async () => {
    const me = (await (await f.client(f.users.nvEditor)).get('/api/auth/me')).json() as Me;
    expect(me.actions).toContain('report.submit');
    expect(me.actions).not.toContain('user.read');
    expect(me.actions).not.toContain('audit.read');
  });
});

describe('reviews', () => {
  it('lists a submitted report to the focal units above it, never to another province', async () => {
    await submitQ2(f);
    const focal = await overviewOf(f.focal);
    expect(
      focal.reportsToReview.map((report) => [report.period.key, report.organisation.name]),
    ).toEqual([['2026-Q2', 'Phòng Nội vụ']]);
    expect(focal.reportsToReview[0]!.period.label).toMatch(/Quý II/);
    const province = await overviewOf(await f.client(f.users.provinceFocal));
    expect(province.reportsToReview).toHaveLength(1);
    const otherFocal = await overviewOf(other.focal);
    expect(otherFocal.reportsToReview).toEqual([]);
    // The editor's Q2 is no longer due once submitted.
    const editor = await overviewOf(await f.client(f.users.nvEditor));
    expect(editor.reportsDue.map((report) => report.period.key)).toEqual(['2026-Q1']);
  });

  it('shows a returned report to its unit with the reviewer’s comment', async () => {
    const url = reportUrl(f.plan, '2026-Q2', f.nvId);
    const current = (await f.focal.get(url)).json() as SubmissionDto;
    const returned = await f.focal.post(
      `${url}/review`,
      { decision: 'return', comment: 'Bổ sung số liệu hồ sơ trễ hạn.' },
      ifMatch(current.version),
    );
    expect(returned.statusCode, returned.body).toBe(200);
    const editor = await overviewOf(await f.client(f.users.nvEditor));
    expect(editor.reportsReturned).toEqual([
      expect.objectContaining({
        status: 'returned',
        returnComment: 'Bổ sung số liệu hồ sơ trễ hạn.',
        period: expect.objectContaining({ key: '2026-Q2' }),
      }),
    ]);
    expect((await overviewOf(f.focal)).reportsToReview).toEqual([]);
  });
});

describe('plans waiting to be issued', () => {
  it('lists a draft to the focal who may issue it, not to an editor or a leader', async () => {
    const created = await f.focal.post('/api/plans', {
      organisationId: f.district.id,
      year: 2026,
      title: 'Kế hoạch bổ sung năm 2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    const focal = await overviewOf(f.focal);
    expect(focal.draftPlans.map((plan) => [plan.title, plan.organisation.name])).toEqual([
      ['Kế hoạch bổ sung năm 2026', 'Huyện Lấp Vò'],
    ]);
    expect((await overviewOf(await f.client(f.users.nvEditor))).draftPlans).toEqual([]);
    expect((await overviewOf(await f.client(f.users.leader))).draftPlans).toEqual([]);
    expect((await overviewOf(other.focal)).draftPlans).toEqual([]);
  });
});

describe('the leader of the district', () => {
  it('sees the district’s latest index with its rank, and no reports or tasks to do', async () => {
    const home = await overviewOf(await f.client(f.users.leader));
    expect(home.indices).toHaveLength(1);
    expect(home.indices[0]).toMatchObject({
      organisation: { id: f.district.id },
      framework: { year: 2023 },
      rankText: '1/1',
      // No 2026 framework of the index yet: nothing to project onto.
      projection: null,
    });
    expect(home.indices[0]!.indexPercent).toEqual(expect.any(Number));
    expect(home.reportsDue).toEqual([]);
    expect(home.tasks).toEqual([]);
  });

  it('sees this year’s projected range once the framework is copied to 2026, as the projection gives it', async () => {
    const source = await findFramework(t.db, f.tenantId, f.frameworkId);
    await buildFrameworkRow(t.db, {
      tenantId: f.tenantId,
      ownerOrganisationId: f.province.id,
      unitTypes: ['district'],
      year: 2026,
      nodes: source!.nodes as FrameworkNode[],
      copiedFromId: f.frameworkId,
      codeMapping: {},
    });
    const leader = await f.client(f.users.leader);
    const home = await overviewOf(leader);
    const projected = (
      await leader.get(
        `/api/organisations/${f.district.id}/projection?frameworkId=${f.frameworkId}`,
      )
    ).json() as ProjectionDto;
    // The 2023 result carried to 2026: no linked task, KPI or self-assessment moves it.
    expect(projected.pessimistic.indexPercent).toBe(projected.baseline!.indexPercent);
    expect(home.indices[0]!.projection).toEqual({
      year: 2026,
      pessimisticIndex: projected.pessimistic.indexPercent,
      optimisticIndex: projected.optimistic.indexPercent,
      rank: { best: 1, worst: 1, of: 1 },
    });
    expect(home.indices[0]!.projection!.optimisticIndex).toEqual(expect.any(Number));
  });
});

describe('roles on a closed unit', () => {
  let closedGrantId: string;
  let successorId: string;
  let admin: TestClient;
  beforeAll(async () => {
    const closed = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.district.id,
      type: 'commune',
      name: 'Xã Bình Thạnh Trung',
      validTo: '2025-06-30',
    });
    const successor = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.province.id,
      type: 'commune',
      name: 'Xã Lấp Vò',
      validFrom: '2025-07-01',
    });
    successorId = successor.id;
    await insertSuccessions(t.db, [
      {
        tenantId: f.tenantId,
        predecessorId: closed.id,
        successorId,
        effectiveDate: '2025-06-30',
      },
    ]);
    const clerk = await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: closed.id,
      fullName: 'Đặng Văn Phúc',
      grants: [{ role: 'editor', organisationId: closed.id }],
    });
    const grants = await t.db.execute<{ id: string }>(
      sql`SELECT id FROM role_grants WHERE tenant_id = ${f.tenantId} AND user_id = ${clerk.id}`,
    );
    closedGrantId = grants.rows[0]!.id;
    const adminUser = await buildUser(t.db, {
      tenantId: f.tenantId,
      homeOrganisationId: f.province.id,
      grants: [{ role: 'admin', organisationId: f.province.id }],
    });
    admin = await f.client(adminUser);
  });

  it('lists the role with its successor to the admin only', async () => {
    const home = await overviewOf(admin);
    expect(home.closedUnitGrants).toEqual([
      expect.objectContaining({
        grantId: closedGrantId,
        role: 'editor',
        user: expect.objectContaining({ fullName: 'Đặng Văn Phúc' }),
        organisation: expect.objectContaining({
          name: 'Xã Bình Thạnh Trung',
          validTo: '2025-06-30',
        }),
        successors: [{ id: successorId, name: 'Xã Lấp Vò' }],
      }),
    ]);
    expect((await overviewOf(f.focal)).closedUnitGrants).toEqual([]);
    expect((await overviewOf(await f.client(f.users.provinceFocal))).closedUnitGrants).toEqual([]);
  });

  it('refuses the move to a focal (403) and to another province’s admin (404)', async () => {
    const byFocal = await (
      await f.client(f.users.provinceFocal)
    ).post(`/api/role-grants/${closedGrantId}/move`, { successorId });
    expect(byFocal.statusCode).toBe(403);
    const otherAdminUser = await buildUser(t.db, {
      tenantId: other.tenantId,
      homeOrganisationId: other.province.id,
      grants: [{ role: 'admin', organisationId: other.province.id }],
    });
    const byOtherAdmin = await (
      await other.client(otherAdminUser)
    ).post(`/api/role-grants/${closedGrantId}/move`, { successorId });
    expect(byOtherAdmin.statusCode).toBe(404);
  });

  it('refuses a unit that is not a successor', async () => {
    const wrong = await admin.post(`/api/role-grants/${closedGrantId}/move`, {
      successorId: f.offices['Phòng Tư pháp'].id,
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('moves the role to the successor, audited, and the flag disappears', async () => {
    const moved = await admin.post(`/api/role-grants/${closedGrantId}/move`, { successorId });
    expect(moved.statusCode, moved.body).toBe(200);
    const { grantId } = moved.json() as { grantId: string };
    const held = await t.db.execute<{ organisation_id: string; role: string }>(
      sql`SELECT organisation_id, role FROM role_grants WHERE tenant_id = ${f.tenantId} AND id IN (${closedGrantId}, ${grantId})`,
    );
    expect(held.rows).toEqual([{ organisation_id: successorId, role: 'editor' }]);
    const audit = await t.db.execute<{ outcome: string; before: unknown; after: unknown }>(
      sql`SELECT outcome, before, after FROM audit_events
          WHERE tenant_id = ${f.tenantId} AND action = 'role.assign' AND object_id = ${grantId}`,
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        before: expect.objectContaining({ grantId: closedGrantId }),
        after: expect.objectContaining({ organisationId: successorId }),
      }),
    ]);
    expect((await overviewOf(admin)).closedUnitGrants).toEqual([]);
    const again = await admin.post(`/api/role-grants/${closedGrantId}/move`, { successorId });
    expect(again.statusCode).toBe(404);
  });
});
