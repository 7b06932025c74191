// The search box over HTTP on real PostgreSQL: accents and case ignored, every word required,
// grouped by kind with a limit, another province's data never returned (even with the same
// words and unit names), a unit's editor seeing only its own reports and the tasks it leads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResults } from '@contract/search';
import { SEARCH_LIMIT_PER_KIND } from '@contract/search';
import { buildOrganisation } from '../../../test/factories';
import { insertSuccessions } from '../organisations/organisation.repository';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';
import type { SubmissionDto } from '@contract/reports';

let t: TestApp;
let f: ReportFixture;
let other: ReportFixture;
let nv: TestClient;
let vh: TestClient;

/** Saves an empty draft of Q1 for the unit (so a report row exists). */
async function saveDraft(fixture: ReportFixture, client: TestClient, organisationId: string) {
  const url = reportUrl(fixture.plan, '2024-Q1', organisationId);
  const current = (await client.get(url)).json() as SubmissionDto;
  const saved = await client.request('PUT', url, {
    body: { entries: [], kpiValues: [] },
    headers: ifMatch(current.version),
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  other = await buildReportFixture(t); // another province: same unit names, same plan title
  nv = await f.client(f.users.nvEditor);
  vh = await f.client(f.users.vhEditor);
  await saveDraft(f, nv, f.nvId);
  await saveDraft(f, vh, f.vhId);
  await saveDraft(other, other.focal, other.nvId);
});
afterAll(() => t.close());

async function search(client: TestClient, q: string): Promise<SearchResults> {
  const response = await client.get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SearchResults;
}

describe('GET /api/search', () => {
  it('finds plans, tasks, units and reports without accents or case', async () => {
    const found = await search(f.focal, 'CAI cach');
    expect(found.plans.items.map((plan) => plan.id)).toEqual([f.plan.id]);
    expect(found.plans.items[0]).toMatchObject({
      documentNumber: '12/KH-UBND',
      title: 'Cải cách hành chính năm 2024',
      organisation: { id: f.district.id, name: 'Huyện Lấp Vò' },
    });
    expect((await search(f.focal, 'ra soat thu tuc')).tasks.items).toMatchObject([
      {
        content: 'Rà soát thủ tục hành chính',
        planId: f.plan.id,
        planReadable: true,
        lead: { id: f.nvId, name: 'Phòng Nội vụ' },
      },
    ]);
    expect((await search(f.focal, 'lap vo')).units.items.map((unit) => unit.id)).toEqual([
      f.district.id,
    ]);
    expect((await search(f.focal, 'Số hiệu 12/kh')).plans.items).toEqual([]); // every word must occur
    expect((await search(f.focal, '12/kh')).plans.items.map((plan) => plan.id)).toEqual([
      f.plan.id,
    ]);
  });

  it('finds a report by its unit, plan and period, labelled as the rule names the period', async () => {
    const found = await search(f.focal, 'phong noi vu cai cach 2024-q1');
    expect(found.reports.items).toMatchObject([
      {
        planId: f.plan.id,
        periodKey: '2024-Q1',
        periodLabel: expect.stringMatching(/Quý I/),
        organisation: { id: f.nvId, name: 'Phòng Nội vụ' },
        plan: { documentNumber: '12/KH-UBND' },
        status: 'draft',
      },
    ]);
  });

  it('never returns another province’s plan, task, unit or report with the same words', async () => {
    const found = await search(f.focal, 'lap vo');
    const ours = [f.district.id];
    expect(found.units.items.map((unit) => unit.id)).toEqual(ours);
    const cai = await search(f.focal, 'cai cach');
    expect(cai.plans.items.map((plan) => plan.id)).not.toContain(other.plan.id);
    expect(cai.reports.items.every((report) => report.planId === f.plan.id)).toBe(true);
    const theirs = await search(other.focal, 'cai cach');
    expect(theirs.plans.items.map((plan) => plan.id)).toEqual([other.plan.id]);
    expect(theirs.reports.items.map((report) => report.organisation.id)).toEqual([other.nvId]);
  });

  it('shows a unit’s editor only its own reports and the issued plan’s tasks it takes part in', async () => {
    const ofNv = await search(nv, 'cai cach');
    expect(ofNv.reports.items.map((report) => report.organisation.id)).toEqual([f.nvId]);
    expect(ofNv.plans.items).toEqual([]); // the district's plan is above the office
    const ofVh = await search(vh, 'cai cach');
    expect(ofVh.reports.items.map((report) => report.organisation.id)).toEqual([f.vhId]);

    // Phòng Văn hóa coordinates "Rà soát…" and leads "Số hóa…": both reach it, through its unit.
    const tasks = await search(vh, 'ra soat');
    expect(tasks.tasks.items).toMatchObject([
      { content: 'Rà soát thủ tục hành chính', planReadable: false, unitId: f.vhId },
    ]);
    // Phòng Tư pháp takes no part: nothing, not even the plan's tasks.
    const tp = await f.client(f.users.tpEditor);
    const none = await search(tp, 'ra soat');
    expect(none.tasks.items).toEqual([]);
    expect((await search(tp, 'noi vu')).units.items).toEqual([]); // reads only its own unit
  });

  it('keeps the tasks of a draft plan from the units it assigns until it is issued', async () => {
    const created = await f.focal.post('/api/plans', {
      organisationId: f.district.id,
      year: 2025,
      title: 'Chuyển đổi số năm 2025',
    });
    expect(created.statusCode, created.body).toBe(201);
    const added = await f.focal.post(`/api/plans/${created.json().id}/tasks`, {
      content: 'Triển khai chữ ký số chuyên dùng',
      leadOrganisationId: f.vhId,
      coordinatingOrganisationIds: [],
      timeframeText: 'Quý II/2025',
      outputKind: 'report',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await search(f.focal, 'chu ky so')).tasks.items).toHaveLength(1);
    expect((await search(vh, 'chu ky so')).tasks.items).toEqual([]);
  });

  it('returns at most the limit per kind and says there were more', async () => {
    for (let index = 0; index < SEARCH_LIMIT_PER_KIND + 1; index++) {
      await buildOrganisation(t.db, {
        tenantId: f.tenantId,
        parentId: f.district.id,
        type: 'sub_unit',
        name: `Tổ công tác số hóa ${index}`,
      });
    }
    const found = await search(f.focal, 'to cong tac so hoa');
    expect(found.units.items).toHaveLength(SEARCH_LIMIT_PER_KIND);
    expect(found.units.hasMore).toBe(true);
    expect(found.plans).toEqual({ items: [], hasMore: false });
  });

  it('flags closed units with their closing day and lists them after open ones', async () => {
    const closed = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.district.id,
      type: 'commune',
      name: 'Xã Bình Thạnh Trung',
      validTo: '2025-06-30',
    });
    const open = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.province.id,
      type: 'commune',
      name: 'Xã Bình Thạnh',
    });
    const found = await search(await f.client(f.users.provinceFocal), 'binh thanh');
    expect(found.units.items).toMatchObject([
      { id: open.id, closedOn: null },
      { id: closed.id, closedOn: '2025-06-30' },
    ]);
  });

  it('treats %, _ and \\ in the query as letters, and refuses a one-letter query', async () => {
    expect((await search(f.focal, '%%')).plans.items).toEqual([]);
    expect((await search(f.focal, '__')).units.items).toEqual([]);
    const short = await f.focal.get('/api/search?q=a');
    expect(short.statusCode).toBe(400);
  });

  it('asks for a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/search?q=cai+cach' });
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /api/organisations/labels', () => {
  it('names units by id with their closing day and successors, leaving out other provinces’ ids', async () => {
    const closed = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.district.id,
      type: 'commune',
      name: 'Thị trấn Lấp Vò',
      validTo: '2025-06-30',
    });
    const successor = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.province.id,
      type: 'commune',
      name: 'Xã Lấp Vò',
      validFrom: '2025-07-01',
    });
    await insertSuccessions(t.db, [
      {
        tenantId: f.tenantId,
        predecessorId: closed.id,
        successorId: successor.id,
        effectiveDate: '2025-06-30',
      },
    ]);
    // An office's editor reads only its office, yet sees the names its data refers to.
    const response = await nv.get(
      `/api/organisations/labels?ids=${closed.id},${f.district.id},${other.district.id}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      {
        id: f.district.id,
        code: f.district.code,
        name: 'Huyện Lấp Vò',
        closedOn: null,
        successors: [],
      },
      {
        id: closed.id,
        code: closed.code,
        name: 'Thị trấn Lấp Vò',
        closedOn: '2025-06-30',
        successors: [{ id: successor.id, name: 'Xã Lấp Vò' }],
      },
    ]);
  });

  it('refuses a malformed id list', async () => {
    expect((await nv.get('/api/organisations/labels?ids=be00630d')).statusCode).toBe(400);
  });
});
