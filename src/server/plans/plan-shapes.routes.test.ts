// Plans of any shape over HTTP on real PostgreSQL: drafting from several indices at once and into
// an existing draft, the section tree (cycles, a task under two sections, removed sections),
// group leads expanded into one obligation per unit, requests and unstated fields, and targets
// that must measure an index the plan links.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '@contract/plans';
import {
  TWO_AREA_NODES,
  buildFrameworkRow,
  buildUnitResult,
} from '../../../test/framework-factories';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { buildOrganisation } from '../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: DistrictFixture;
let focal: TestClient;
let papiId: string;
beforeEach(async () => {
  f = await buildDistrictFixture(t);
  focal = await f.client(f.users.focal);
  const papi = await buildFrameworkRow(t.db, {
    tenantId: f.tenantId,
    ownerOrganisationId: f.province.id,
    indexKind: 'papi',
    name: 'Chỉ số PAPI năm 2023',
    unitTypes: ['district'],
    nodes: TWO_AREA_NODES,
  });
  papiId = papi.id;
  await buildUnitResult(t.db, {
    framework: papi,
    organisationId: f.district.id,
    entries: [
      { nodeCode: '1', appraisedScore: 45 },
      { nodeCode: '2', appraisedScore: 40 },
    ],
  });
});

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function getPlan(id: string): Promise<PlanDetail> {
  const r = await focal.get(`/api/plans/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

async function blankPlan(): Promise<PlanDetail> {
  const r = await focal.post('/api/plans', {
    organisationId: f.district.id,
    year: 2024,
    title: 'Nâng cao các chỉ số năm 2024',
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

/** The stored row count of a plan's tasks, to show a refusal wrote nothing. */
async function taskCount(planId: string): Promise<number> {
  return (await getPlan(planId)).tasks.length;
}

describe('drafting from lost points of several indices', () => {
  it('puts each index in its own lettered block with its areas, tasks and targets', async () => {
    const r = await focal.post('/api/plans/from-gaps', {
      organisationId: f.district.id,
      frameworkIds: [f.frameworkId, papiId],
    });
    expect(r.statusCode, r.body).toBe(201);
    const plan: PlanDetail = r.json();
    expect(plan.content.frameworkIds).toEqual([f.frameworkId, papiId]);
    expect(plan.frameworks.map((framework) => framework.indexKind)).toEqual(['par_index', 'papi']);
    const blocks = plan.content.sections.filter((section) => section.parentId === null);
    expect(blocks.map((block) => [block.numbering, block.heading, block.frameworkId])).toEqual([
      ['upper_letter', 'Chỉ số CCHC', f.frameworkId],
      ['upper_letter', 'Chỉ số PAPI', papiId],
    ]);
    const papiBlock = blocks[1]!;
    const papiAreas = plan.content.sections.filter((section) => section.parentId === papiBlock.id);
    expect(papiAreas.map((area) => [area.heading, area.nodeCode])).toEqual([
      ['Về Lĩnh vực 1', '1'],
    ]);
    const papiTasks = plan.tasks.filter((task) => task.nodeLinks[0]?.frameworkId === papiId);
    expect(papiTasks.map((task) => [task.sectionId, task.nodeLinks[0]?.code])).toEqual([
      [papiAreas[0]!.id, '1'],
    ]);
    expect(
      plan.content.targets
        .filter((target) => target.sectionId === papiBlock.id)
        .map((target) => [target.kind, target.frameworkId]),
    ).toEqual([
      ['number', papiId],
      ['rank_top', papiId],
    ]);
  });

  it('adds an index to an existing draft, once', async () => {
    const plan = await blankPlan();
    const r = await focal.post('/api/plans/from-gaps', {
      organisationId: f.district.id,
      frameworkIds: [papiId],
      planId: plan.id,
    });
    expect(r.statusCode, r.body).toBe(201);
    const added: PlanDetail = r.json();
    expect(added.id).toBe(plan.id);
    expect(added.content.frameworkIds).toEqual([papiId]);
    expect(added.tasks).toHaveLength(1);
    const again = await focal.post('/api/plans/from-gaps', {
      organisationId: f.district.id,
      frameworkIds: [papiId],
      planId: plan.id,
    });
    expect(again.statusCode).toBe(409);
    expect(await taskCount(plan.id)).toBe(1);
  });
});

describe('the section tree', () => {
  const tree = (frameworkId: string) => [
    { id: 'A', parentId: null, numbering: 'upper_letter', heading: 'Chỉ số PAPI', frameworkId },
    {
      id: 'A1',
      parentId: 'A',
      numbering: 'decimal',
      heading: 'Tham gia của người dân',
      nodeCode: '1',
    },
    { id: 'A1a', parentId: 'A1', numbering: 'lower_letter', heading: 'Phòng Nội vụ' },
  ];

  async function withTree(): Promise<PlanDetail> {
    const plan = await blankPlan();
    const linked = await focal.patch(
      `/api/plans/${plan.id}`,
      { frameworkIds: [papiId], appendixTable: false },
      ifMatch(plan.version),
    );
    expect(linked.statusCode, linked.body).toBe(200);
    const r = await focal.put(
      `/api/plans/${plan.id}/outline`,
      { sections: tree(papiId), placement: [] },
      ifMatch(linked.json().version),
    );
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  }

  it('stores a nested tree and places tasks under its sections in the order given', async () => {
    const plan = await withTree();
    expect(plan.content.sections.map((section) => section.id)).toEqual(['A', 'A1', 'A1a']);
    const ids: string[] = [];
    for (const content of ['Nhiệm vụ một', 'Nhiệm vụ hai']) {
      const r = await focal.post(`/api/plans/${plan.id}/tasks`, { content, sectionId: 'A1a' });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
    }
    const current = await getPlan(plan.id);
    const r = await focal.put(
      `/api/plans/${plan.id}/outline`,
      {
        sections: current.content.sections,
        placement: [{ sectionId: 'A1', taskIds: [ids[1], ids[0]] }],
      },
      ifMatch(current.version),
    );
    expect(r.statusCode, r.body).toBe(200);
    const placed: PlanDetail = r.json();
    expect(placed.tasks.map((task) => [task.content, task.sectionId])).toEqual([
      ['Nhiệm vụ hai', 'A1'],
      ['Nhiệm vụ một', 'A1'],
    ]);
  });

  it('refuses a cycle, a task under two sections, an index the plan does not link, and writes nothing', async () => {
    const plan = await withTree();
    const task = await focal.post(`/api/plans/${plan.id}/tasks`, {
      content: 'Việc',
      sectionId: 'A1',
    });
    const current = await getPlan(plan.id);
    const put = (body: unknown) =>
      focal.put(`/api/plans/${plan.id}/outline`, body, ifMatch(current.version));

    const cycle = await put({
      sections: [
        { id: 'X', parentId: 'Y', heading: 'Mục X' },
        { id: 'Y', parentId: 'X', heading: 'Mục Y' },
      ],
    });
    expect(cycle.statusCode).toBe(400);
    expect(JSON.stringify(cycle.json().details)).toContain('vòng lặp');

    const twice = await put({
      sections: current.content.sections,
      placement: [
        { sectionId: 'A', taskIds: [task.json().id] },
        { sectionId: 'A1', taskIds: [task.json().id] },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(JSON.stringify(twice.json().details)).toContain('hai mục');

    const foreign = await put({
      sections: [{ id: 'B', heading: 'Chỉ số khác', frameworkId: f.frameworkId }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(JSON.stringify(foreign.json().details)).toContain('không nằm trong các chỉ số');

    const removing = await focal.patch(
      `/api/plans/${plan.id}`,
      { sections: [] },
      ifMatch(current.version),
    );
    expect(removing.statusCode).toBe(400);
    expect(JSON.stringify(removing.json().details)).toContain('mục bị xóa');

    const after = await getPlan(plan.id);
    expect(after.version).toBe(current.version);
    expect(after.content.sections).toEqual(current.content.sections);
  });

  it('refuses a target on a node of an index the plan does not link, or a node the index lacks', async () => {
    const plan = await withTree();
    const target = {
      id: 't1',
      metric: 'Chỉ số PAPI năm 2024',
      kind: 'rank_up',
      value: 3,
      frameworkId: f.frameworkId,
    };
    const unlinked = await focal.patch(
      `/api/plans/${plan.id}`,
      { targets: [target] },
      ifMatch(plan.version),
    );
    expect(unlinked.statusCode).toBe(400);
    expect(JSON.stringify(unlinked.json().details)).toContain('không nằm trong các chỉ số');
    const missingNode = await focal.patch(
      `/api/plans/${plan.id}`,
      { targets: [{ ...target, frameworkId: papiId, nodeCode: '9.9' }] },
      ifMatch(plan.version),
    );
    expect(missingNode.statusCode).toBe(400);
    expect(JSON.stringify(missingNode.json().details)).toContain('không có tiêu chí 9.9');
    const fine = await focal.patch(
      `/api/plans/${plan.id}`,
      { targets: [{ ...target, frameworkId: papiId, sectionId: 'A' }] },
      ifMatch(plan.version),
    );
    expect(fine.statusCode, fine.body).toBe(200);
    expect(fine.json().content.targets[0]).toMatchObject({ kind: 'rank_up', sectionId: 'A' });
  });
});

describe('tasks as real plans write them', () => {
  it('expands "every commune under the district" into one obligation per commune, edited and removed together', async () => {
    await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.district.id,
      type: 'commune',
      name: 'Xã Bình Thạnh Trung',
    });
    const plan = await blankPlan();
    const r = await focal.post(`/api/plans/${plan.id}/tasks`, {
      content: 'Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa',
      leadGroup: {
        kind: 'units_of_type',
        organisationType: 'commune',
        underOrganisationId: f.district.id,
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    const rows = (await getPlan(plan.id)).tasks;
    expect(rows.map((task) => task.lead?.name)).toEqual(['Xã Bình Thạnh Trung', 'Xã Tân Mỹ']);
    expect(new Set(rows.map((task) => task.groupId)).size).toBe(1);
    expect(rows[0]!.groupId).not.toBeNull();

    const edited = await focal.patch(
      `/api/plans/${plan.id}/tasks/${rows[0]!.id}`,
      { content: 'Niêm yết, công khai đầy đủ thủ tục hành chính' },
      ifMatch(rows[0]!.version),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await getPlan(plan.id)).tasks.map((task) => task.content)).toEqual([
      'Niêm yết, công khai đầy đủ thủ tục hành chính',
      'Niêm yết, công khai đầy đủ thủ tục hành chính',
    ]);

    const second = (await getPlan(plan.id)).tasks[1]!;
    const removed = await focal.request('DELETE', `/api/plans/${plan.id}/tasks/${second.id}`, {
      headers: ifMatch(second.version),
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await taskCount(plan.id)).toBe(0);
  });

  it('refuses a group lead that expands to no unit, and writes nothing', async () => {
    const plan = await blankPlan();
    const r = await focal.post(`/api/plans/${plan.id}/tasks`, {
      content: 'Việc của các sở',
      leadGroup: {
        kind: 'units_of_type',
        organisationType: 'department',
        underOrganisationId: f.district.id,
      },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain('không có đơn vị nào');
    expect(await taskCount(plan.id)).toBe(0);
  });

  it('keeps a request to the Fatherland Front with no timeframe, output or unit as written, and issues with warnings', async () => {
    const plan = await blankPlan();
    const r = await focal.post(`/api/plans/${plan.id}/tasks`, {
      content: 'Tăng cường giám sát việc thực hiện dân chủ ở cơ sở',
      kind: 'request',
      leadSuggestion: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      kind: 'request',
      lead: null,
      leadSuggestion: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      timeframeText: '',
      outputKind: 'not_stated',
    });
    const draft = await getPlan(plan.id);
    const warnings = draft.readiness.filter((issue) => issue.severity === 'warning');
    expect(warnings.map((issue) => issue.field)).toEqual([
      'leadOrganisationId',
      'timeframeText',
      'outputKind',
    ]);
    const signed = await focal.patch(
      `/api/plans/${plan.id}`,
      { signature: { ...draft.content.signature, signerName: 'Nguyễn Văn A' } },
      ifMatch(draft.version),
    );
    const issued = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '15', issuedOn: '2024-02-01' },
      ifMatch(signed.json().version),
    );
    expect(issued.statusCode, issued.body).toBe(200);
  });
});
