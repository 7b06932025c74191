// Ad-hoc report requests (báo cáo đột xuất) over HTTP on real PostgreSQL: the focal unit asks
// chosen units of an issued plan; only they see and write the report, through the same draft,
// submit and review flow as periodic reports; bad input and other provinces are refused with
// nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ReportingOverview, ReportRequestDto, SubmissionDto } from '@contract/reports';
import { auditEvents, reportRequests } from '../db/schema';
import { collectDeadlines } from '../notifications/deadlines';
import { buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, TestClient, TEST_TODAY, type TestApp } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: ReportFixture;
beforeEach(async () => {
  t.setToday('2024-04-01');
  f = await buildReportFixture(t);
});

const QUESTION = 'Báo cáo tình hình giải quyết hồ sơ trễ hạn quý I. '.repeat(400); // 20 400 characters

function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tình hình hồ sơ trễ hạn',
    question: QUESTION,
    organisationIds: [f.nvId],
    due: '2024-04-10',
    ...overrides,
  };
}

async function countRequests() {
  const rows = await t.db
    .select({ id: reportRequests.id })
    .from(reportRequests)
    .where(eq(reportRequests.tenantId, f.tenantId));
  return rows.length;
}

async function createRequest(overrides: Record<string, unknown> = {}) {
  const r = await f.focal.post(`/api/plans/${f.plan.id}/report-requests`, requestBody(overrides));
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as ReportRequestDto;
}

describe('creating an ad-hoc report request', () => {
  it('records the request (a 20 000-character question) for the chosen unit, audited', async () => {
    const request = await createRequest();
    expect(request).toMatchObject({
      title: 'Tình hình hồ sơ trễ hạn',
      from: '2024-04-01',
      to: '2024-04-10',
      due: '2024-04-10',
      periodKey: `YC-${request.id}`,
      units: [{ organisation: { id: f.nvId, name: 'Phòng Nội vụ' }, status: 'not_due' }],
    });
    expect(request.question).toHaveLength(QUESTION.trim().length);
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.objectId, request.id), eq(auditEvents.objectType, 'report_request')),
      );
    expect(audits.map((row) => [row.action, row.outcome])).toEqual([['plan.manage', 'allowed']]);

    const overview = (
      await f.focal.get(`/api/plans/${f.plan.id}/reporting`)
    ).json() as ReportingOverview;
    expect(overview.requests.map((row) => row.id)).toEqual([request.id]);
    expect(overview.periods.map((period) => period.key)).toContain(request.periodKey);
    // Only the asked unit has a cell in the request's column.
    expect(
      overview.cells
        .filter((cell) => cell.periodKey === request.periodKey)
        .map((cell) => cell.organisationId),
    ).toEqual([f.nvId]);
  });

  it('keeps a given data window', async () => {
    const request = await createRequest({ dataFrom: '2024-01-01', dataTo: '2024-03-31' });
    expect(request).toMatchObject({ from: '2024-01-01', to: '2024-03-31', due: '2024-04-10' });
  });

  it('refuses a due date before today, no unit, a unit outside the plan; nothing written', async () => {
    const post = (overrides: Record<string, unknown>) =>
      f.focal.post(`/api/plans/${f.plan.id}/report-requests`, requestBody(overrides));
    const past = await post({ due: '2024-03-31' });
    expect(past.statusCode).toBe(400);
    expect(past.json().details).toEqual([
      { field: 'due', message: 'Hạn nộp 31/03/2024 đã qua (hôm nay là 01/04/2024).' },
    ]);
    const none = await post({ organisationIds: [] });
    expect(none.statusCode).toBe(400);
    expect(JSON.stringify(none.json().details)).toContain('Chọn ít nhất một đơn vị phải báo cáo.');
    const outsider = await post({ organisationIds: [f.offices['Phòng Tư pháp'].id] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().details).toEqual([
      {
        field: 'organisationIds.0',
        message: 'Đơn vị không chủ trì, phối hợp nhiệm vụ nào của kế hoạch này.',
      },
    ]);
    const halfWindow = await post({ dataFrom: '2024-01-01' });
    expect(halfWindow.statusCode).toBe(400);
    expect(await countRequests()).toBe(0);
  });

  it('answers a unit of another province like an unknown one (404), nothing written', async () => {
    const foreign = await buildTenant(t.db);
    const r = await f.focal.post(
      `/api/plans/${f.plan.id}/report-requests`,
      requestBody({ organisationIds: [f.nvId, foreign.root.id] }),
    );
    expect(r.statusCode).toBe(404);
    expect(await countRequests()).toBe(0);
  });

  it('gives another province 404 on the plan, and a unit editor 403', async () => {
    const foreign = await buildTenant(t.db);
    const stranger = await buildUser(t.db, {
      tenantId: foreign.tenant.id,
      homeOrganisationId: foreign.root.id,
      grants: [{ role: 'admin', organisationId: foreign.root.id }],
    });
    const client = await TestClient.signedInAs(t, stranger);
    const crossTenant = await client.post(`/api/plans/${f.plan.id}/report-requests`, requestBody());
    expect(crossTenant.statusCode).toBe(404);
    const nv = await f.client(f.users.nvEditor);
    const editor = await nv.post(`/api/plans/${f.plan.id}/report-requests`, requestBody());
    expect(editor.statusCode).toBe(403);
    expect(await countRequests()).toBe(0);
  });

  it('offers the rule, requests and the consolidated report to the focal point, not to the leader', async () => {
    const abilitiesOf = async (client: TestClient) =>
      ((await client.get(`/api/plans/${f.plan.id}/reporting`)).json() as ReportingOverview)
        .abilities;
    expect(await abilitiesOf(f.focal)).toEqual({
      canSetRule: true,
      canRequestReport: true,
      canConsolidate: true,
    });
    expect(await abilitiesOf(await f.client(f.users.leader))).toEqual({
      canSetRule: false,
      canRequestReport: false,
      canConsolidate: false,
    });
  });
});

describe("the asked unit's report", () => {
  it("shows in the asked unit's reports only; the other unit gets 404 on it", async () => {
    const request = await createRequest();
    const nv = await f.client(f.users.nvEditor);
    const vh = await f.client(f.users.vhEditor);
    const mine = (await nv.get(`/api/my-reports?organisationId=${f.nvId}`)).json();
    const theirs = (await vh.get(`/api/my-reports?organisationId=${f.vhId}`)).json();
    const keys = (body: { items: { period: { key: string } }[] }) =>
      body.items.map((item) => item.period.key);
    expect(keys(mine)).toContain(request.periodKey);
    expect(keys(theirs)).not.toContain(request.periodKey);
    const other = await vh.get(reportUrl(f.plan, request.periodKey, f.vhId));
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toBe('Yêu cầu báo cáo đột xuất này không gửi đến đơn vị.');
  });

  it('is answered, submitted late, returned, resubmitted and accepted like a periodic report', async () => {
    const request = await createRequest();
    const nv = await f.client(f.users.nvEditor);
    const url = reportUrl(f.plan, request.periodKey, f.nvId);
    const empty = (await nv.get(url)).json() as SubmissionDto;
    expect(empty).toMatchObject({
      version: 0,
      answer: '',
      request: { id: request.id, title: 'Tình hình hồ sơ trễ hạn' },
      period: { kind: 'custom', due: '2024-04-10' },
      abilities: expect.objectContaining({ canEdit: true }),
    });
    const saved = await nv.request('PUT', url, {
      body: { answer: 'Quý I có 3 hồ sơ trễ hạn, đã xin lỗi công dân.' },
      headers: ifMatch(0),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().answer).toBe('Quý I có 3 hồ sơ trễ hạn, đã xin lỗi công dân.');

    t.setToday('2024-04-12'); // two days after the due date
    const submitted = await nv.post(`${url}/submit`, {}, ifMatch(saved.json().version));
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      daysLate: 2,
      cellStatus: 'late',
    });

    const returned = await f.focal.post(
      `${url}/review`,
      { decision: 'return', comment: 'Nêu rõ số hồ sơ từng lĩnh vực' },
      ifMatch(submitted.json().version),
    );
    expect(returned.json()).toMatchObject({ status: 'returned' });
    const fixed = await nv.request('PUT', url, {
      body: { answer: 'Đất đai 2 hồ sơ, hộ tịch 1 hồ sơ.' },
      headers: ifMatch(returned.json().version),
    });
    const resubmitted = await nv.post(`${url}/submit`, {}, ifMatch(fixed.json().version));
    const accepted = await f.focal.post(
      `${url}/review`,
      { decision: 'accept' },
      ifMatch(resubmitted.json().version),
    );
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      answer: 'Đất đai 2 hồ sơ, hộ tịch 1 hồ sơ.',
    });
    const overview = (
      await f.focal.get(`/api/plans/${f.plan.id}/reporting`)
    ).json() as ReportingOverview;
    expect(overview.requests[0]?.units).toEqual([
      {
        organisation: { id: f.nvId, name: 'Phòng Nội vụ' },
        status: 'accepted',
        submissionId: accepted.json().id,
      },
    ]);
  });

  it('is missing (quá hạn) for the asked unit after its due date, and never for the others', async () => {
    const request = await createRequest({ organisationIds: [f.vhId] });
    t.setToday(TEST_TODAY);
    const overview = (
      await f.focal.get(`/api/plans/${f.plan.id}/reporting`)
    ).json() as ReportingOverview;
    expect(overview.requests[0]?.units.map((unit) => [unit.organisation.id, unit.status])).toEqual([
      [f.vhId, 'missing'],
    ]);
    // Reminders: the request is a deadline of the asked unit only.
    const deadlines = (await collectDeadlines(t.db, f.tenantId)).filter((deadline) =>
      deadline.id.includes(request.periodKey),
    );
    expect(deadlines.map((deadline) => [deadline.unitId, deadline.due, deadline.done])).toEqual([
      [f.vhId, '2024-04-10', false],
    ]);
  });
});
