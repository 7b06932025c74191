// The survey part, results, finalising and publishing of a scoring round over HTTP: survey scores
// typed under If-Match and imported from the template (a bad cell, a non-survey column or a unit
// not taking part changes nothing), finalising refused with the reasons and then writing the units'
// results (the ranking and gap analysis read them with no import), publishing the decision, stale
// versions 412, another province 404, a viewer 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { assessmentEntries, unitResults } from '../db/schema';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import {
  buildEntries,
  buildRound,
  type RoundUnitInput,
} from '../../../test/assessment-results-factories';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Two areas, each an appraised criterion and a survey one: 6 + 4, 5 + 5. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Chỉ đạo điều hành', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Kế hoạch CCHC',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Sự năng động của lãnh đạo',
    maxPoints: 4,
    method: 'survey',
    rule: { type: 'survey' },
  },
  { code: '2', parentCode: null, name: 'Tác động', maxPoints: 10 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Dịch vụ công',
    maxPoints: 5,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '2.2',
    parentCode: '2',
    name: 'Chỉ số SIPAS',
    maxPoints: 5,
    method: 'survey',
    rule: { type: 'survey' },
  },
];

let t: TestApp;
let tenantId: string;
let province: OrganisationRow;
let units: OrganisationRow[];
let outsider: OrganisationRow;
let focal: TestClient;
let viewer: TestClient;
let otherFocal: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  province = a.root;
  units = [];
  for (const [code, name] of [
    ['SO-VP', 'Văn phòng UBND tỉnh'],
    ['SO-TP', 'Sở Tư pháp'],
    ['SO-NV', 'Sở Nội vụ'],
  ] as const) {
    units.push(await buildOrganisation(t.db, { tenantId, parentId: province.id, code, name }));
  }
  outsider = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    code: 'SO-YT',
    name: 'Sở Y tế',
  });
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: province.id,
      grants: [{ role: 'focal', organisationId: province.id }],
    }),
  );
  viewer = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: province.id,
      grants: [{ role: 'viewer', organisationId: province.id }],
    }),
  );
  const b = await buildTenant(t.db, 'Tỉnh Vĩnh Long');
  otherFocal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: b.tenant.id,
      homeOrganisationId: b.root.id,
      grants: [{ role: 'focal', organisationId: b.root.id }],
    }),
  );
});
afterAll(() => t.close());

/** A new round (its own framework) with the three units appraised: 5 / 4 / 3 on 1.1 and 4 / 4 / 2 on 2.1. */
async function freshRound(
  options: { unitInputs?: Partial<RoundUnitInput>[]; survey?: boolean } = {},
) {
  const framework = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: province.id,
    nodes: NODES,
  });
  const round = await buildRound(t.db, {
    framework,
    ownerOrganisationId: province.id,
    units: units.map((unit, index) => ({
      organisationId: unit.id,
      ...options.unitInputs?.[index],
    })),
  });
  const appraised = [
    [5, 4],
    [4, 4],
    [3, 2],
  ];
  const survey = [
    [3.5, 4.25],
    [3, 4],
    [2, 3],
  ];
  for (const [index, unit] of units.entries()) {
    await buildEntries(t.db, {
      tenantId,
      roundId: round.id,
      organisationId: unit.id,
      entries: [
        { nodeCode: '1.1', selfScore: 6, appraisedScore1: appraised[index]![0]! },
        { nodeCode: '2.1', selfScore: 5, appraisedScore1: appraised[index]![1]! },
        ...(options.survey
          ? [
              { nodeCode: '1.2', surveyScore: survey[index]![0]! },
              { nodeCode: '2.2', surveyScore: survey[index]![1]! },
            ]
          : []),
      ],
    });
  }
  return { framework, round };
}

async function surveyFile(
  rows: (string | number | null)[][],
  header = ['Mã đơn vị', 'Tên đơn vị', '1.2 Sự năng động', '2.2 SIPAS'],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Điều tra XHH');
  sheet.addRow(header);
  sheet.addRow(['Điểm tối đa', null, 4, 5]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function postSurvey(client: TestClient, roundId: string, file: Buffer, dryRun: boolean) {
  const { payload, headers } = multipartFile('dieu-tra.xlsx', file, XLSX_TYPE);
  return client.request(
    'POST',
    `/api/assessment-rounds/${roundId}/survey-import?dryRun=${dryRun}`,
    { payload, headers },
  );
}

async function surveyScores(roundId: string) {
  const rows = await t.db
    .select({
      organisationId: assessmentEntries.organisationId,
      nodeCode: assessmentEntries.nodeCode,
      surveyScore: assessmentEntries.surveyScore,
    })
    .from(assessmentEntries)
    .where(and(eq(assessmentEntries.tenantId, tenantId), eq(assessmentEntries.roundId, roundId)));
  return rows.filter((row) => row.surveyScore !== null);
}

describe('survey scores', () => {
  it('are typed under the entry version: 0 inserts, a stale version is 412, out of range or a non-survey node is 400', async () => {
    const { round } = await freshRound();
    const url = `/api/assessment-rounds/${round.id}/units/${units[0]!.id}/survey/1.2`;
    const first = await focal.put(url, { points: '3,5' }, { 'if-match': '"0"' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ nodeCode: '1.2', points: 3.5, version: 1 });
    expect(first.headers.etag).toBe('"1"');
    const stale = await focal.put(url, { points: 2 }, { 'if-match': '"0"' });
    expect(stale.statusCode).toBe(412);
    const tooMuch = await focal.put(url, { points: 4.5 }, { 'if-match': '"1"' });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().message).toBe(
      'Văn phòng UBND tỉnh: điểm tiêu chí 1.2 phải từ 0 đến 4, nhận được 4,5.',
    );
    const appraisedNode = await focal.put(
      `/api/assessment-rounds/${round.id}/units/${units[0]!.id}/survey/1.1`,
      { points: 1 },
      { 'if-match': '"0"' },
    );
    expect(appraisedNode.statusCode).toBe(400);
    expect(appraisedNode.json().message).toContain(
      'tiêu chí 1.1 không chấm bằng điều tra xã hội học',
    );
    const notTakingPart = await focal.put(
      `/api/assessment-rounds/${round.id}/units/${outsider.id}/survey/1.2`,
      { points: 1 },
      { 'if-match': '"0"' },
    );
    expect(notTakingPart.statusCode).toBe(404);
    expect(await surveyScores(round.id)).toEqual([
      { organisationId: units[0]!.id, nodeCode: '1.2', surveyScore: 3.5 },
    ]);
    const results = await focal.get(`/api/assessment-rounds/${round.id}/results`);
    expect(results.json().units[2].survey[0]).toEqual({
      nodeCode: '1.2',
      points: 3.5,
      version: 1,
      applicable: true,
    });
  });

  it('are refused to a viewer (403) and to another province (404)', async () => {
    const { round } = await freshRound();
    const url = `/api/assessment-rounds/${round.id}/units/${units[0]!.id}/survey/1.2`;
    expect((await viewer.put(url, { points: 1 }, { 'if-match': '"0"' })).statusCode).toBe(403);
    expect((await viewer.get(`/api/assessment-rounds/${round.id}/results`)).statusCode).toBe(200);
    expect((await otherFocal.put(url, { points: 1 }, { 'if-match': '"0"' })).statusCode).toBe(404);
    expect((await otherFocal.get(`/api/assessment-rounds/${round.id}/results`)).statusCode).toBe(
      404,
    );
    const finalise = await otherFocal.post(
      `/api/assessment-rounds/${round.id}/finalise`,
      {},
      { 'if-match': `"${round.version}"` },
    );
    expect(finalise.statusCode).toBe(404);
    expect(await surveyScores(round.id)).toEqual([]);
  });
});

describe('survey import', () => {
  it('hands out the template with the units, survey columns and maxima', async () => {
    const { round } = await freshRound();
    const response = await focal.get(`/api/assessment-rounds/${round.id}/survey-template`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Điều tra XHH')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Tên đơn vị',
      '1.2 Sự năng động của lãnh đạo',
      '2.2 Chỉ số SIPAS',
    ]);
    expect(sheet.getRow(2).values).toEqual([undefined, 'Điểm tối đa', undefined, 4, 5]);
    expect(sheet.getColumn(1).values.slice(3)).toEqual(['SO-NV', 'SO-TP', 'SO-VP']);
  });

  it('with one bad cell previews every error and writes nothing; the corrected file writes all', async () => {
    const { round } = await freshRound();
    const bad = await surveyFile([
      ['SO-VP', 'Văn phòng UBND tỉnh', '3,5', 4.25],
      ['SO-TP', 'Sở Tư pháp', 3, 5.5],
      ['so-nv', '', 'nhiều', 3],
    ]);
    const preview = await postSurvey(focal, round.id, bad, true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().canImport).toBe(false);
    expect(preview.json().errors.map((error: { message: string }) => error.message)).toEqual([
      'Dòng 4, Sở Tư pháp, tiêu chí 2.2: điểm tiêu chí 2.2 phải từ 0 đến 5, nhận được 5,5.',
      'Dòng 5, Sở Nội vụ, tiêu chí 1.2: «nhiều» không phải là số.',
    ]);
    const refused = await postSurvey(focal, round.id, bad, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('Chưa có dữ liệu nào được ghi.');
    expect(refused.json().details).toHaveLength(2);
    expect(await surveyScores(round.id)).toEqual([]);

    const good = await surveyFile([
      ['SO-VP', 'Văn phòng UBND tỉnh', '3,5', 4.25],
      ['SO-TP', 'Sở Tư pháp', 3, 4],
      ['', 'so noi vu', 2, 3],
    ]);
    const dry = await postSurvey(focal, round.id, good, true);
    expect(dry.json()).toMatchObject({ canImport: true, errors: [] });
    expect(await surveyScores(round.id)).toEqual([]);
    const imported = await postSurvey(focal, round.id, good, false);
    expect(imported.statusCode, imported.body).toBe(200);
    const byUnit = Object.fromEntries(
      imported
        .json()
        .units.map((unit: { organisation: { code: string }; surveyPart: number }) => [
          unit.organisation.code,
          unit.surveyPart,
        ]),
    );
    expect(byUnit).toEqual({ 'SO-VP': 7.75, 'SO-TP': 7, 'SO-NV': 5 });
    expect(await surveyScores(round.id)).toHaveLength(6);
  });

  it('refuses a column that is not a survey node and a unit not taking part, writing nothing', async () => {
    const { round } = await freshRound();
    const withAppraised = await surveyFile(
      [['SO-VP', 'Văn phòng UBND tỉnh', 3, 4, 5]],
      ['Mã đơn vị', 'Tên đơn vị', '1.2 Sự năng động', '2.2 SIPAS', '1.1 Kế hoạch CCHC'],
    );
    const refused = await postSurvey(focal, round.id, withAppraised, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].message).toBe(
      'Cột E «1.1 Kế hoạch CCHC»: tiêu chí 1.1 không chấm bằng điều tra xã hội học; hãy bỏ cột này.',
    );
    const stranger = await surveyFile([
      ['SO-VP', 'Văn phòng UBND tỉnh', 3, 4],
      ['SO-YT', 'Sở Y tế', 3, 4],
    ]);
    const second = await postSurvey(focal, round.id, stranger, false);
    expect(second.statusCode).toBe(400);
    expect(second.json().details[0].message).toBe(
      'Dòng 4: đơn vị «SO-YT» không tham gia đợt đánh giá này.',
    );
    expect(await surveyScores(round.id)).toEqual([]);
  });
});

describe('finalise and publish', () => {
  it('refuses to finalise with an unconfirmed unit or a missing survey score, naming them', async () => {
    const { round } = await freshRound({ unitInputs: [{}, { appraisal1Done: false }] });
    await buildEntries(t.db, {
      tenantId,
      roundId: round.id,
      organisationId: units[0]!.id,
      entries: [{ nodeCode: '1.2', surveyScore: 3 }],
    });
    const results = await focal.get(`/api/assessment-rounds/${round.id}/results`);
    expect(results.json().actions).toEqual({ editSurvey: true, finalise: true, publish: false });
    const response = await focal.post(
      `/api/assessment-rounds/${round.id}/finalise`,
      {},
      { 'if-match': `"${round.version}"` },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().details.map((detail: { message: string }) => detail.message)).toEqual([
      'Sở Nội vụ: chưa có điểm điều tra xã hội học ở 2 tiêu chí 1.2, 2.2.',
      'Sở Tư pháp: chưa xác nhận kết quả thẩm định lần 1.',
      'Sở Tư pháp: chưa có điểm điều tra xã hội học ở 2 tiêu chí 1.2, 2.2.',
      'Văn phòng UBND tỉnh: chưa có điểm điều tra xã hội học ở tiêu chí 2.2.',
    ]);
    const rows = await t.db.select().from(unitResults).where(eq(unitResults.tenantId, tenantId));
    expect(rows.filter((row) => row.frameworkId === round.frameworkId)).toEqual([]);
  });

  it('writes the results the ranking and gap analysis read, then publishes the decision; stale versions are 412', async () => {
    const { round, framework } = await freshRound({ survey: true });
    // An earlier result of the same framework (an import): finalising replaces it, version + 1.
    await buildUnitResult(t.db, {
      framework,
      organisationId: units[0]!.id,
      entries: [{ nodeCode: '1', appraisedScore: 2 }],
    });
    const before = await focal.get(`/api/assessment-rounds/${round.id}/results`);
    expect(before.json().finaliseProblems).toEqual([]);
    const vp = before
      .json()
      .units.find((unit: { organisation: { code: string } }) => unit.organisation.code === 'SO-VP');
    expect(vp).toMatchObject({
      appraisedPart: 9,
      surveyPart: 7.75,
      total: 16.75,
      indexPercent: 83.75,
      rankText: '1/3',
      grade: { label: 'Khá' },
    });

    const stale = await focal.post(
      `/api/assessment-rounds/${round.id}/finalise`,
      {},
      { 'if-match': `"${round.version + 1}"` },
    );
    expect(stale.statusCode).toBe(412);
    const finalised = await focal.post(
      `/api/assessment-rounds/${round.id}/finalise`,
      {},
      { 'if-match': `"${round.version}"` },
    );
    expect(finalised.statusCode, finalised.body).toBe(200);
    expect(finalised.json().round.state).toBe('final');
    expect(finalised.json().version).toBe(round.version + 1);
    expect(finalised.json().actions).toEqual({ editSurvey: true, finalise: false, publish: true });

    const ranking = await focal.get(
      `/api/frameworks/${framework.id}/ranking?organisationId=${province.id}`,
    );
    expect(ranking.statusCode, ranking.body).toBe(200);
    // Final but not yet published: no decision above the ranking.
    expect(ranking.json().publication).toBeNull();
    expect(
      ranking
        .json()
        .items.map((item: { organisation: { code: string }; rankText: string; score: number }) => [
          item.organisation.code,
          item.rankText,
          item.score,
        ]),
    ).toEqual([
      ['SO-VP', '1/3', 16.75],
      ['SO-TP', '2/3', 15],
      ['SO-NV', '3/3', 10],
      // A department not taking part is listed without a result.
      ['SO-YT', null, null],
    ]);
    const gaps = await focal.get(`/api/frameworks/${framework.id}/results/${units[2]!.id}/gaps`);
    expect(gaps.statusCode, gaps.body).toBe(200);
    expect(gaps.json()).toMatchObject({ rankText: '3/3', totals: { score: 10, lostPoints: 10 } });
    const result = await focal.get(`/api/frameworks/${framework.id}/results/${units[0]!.id}`);
    expect(result.json().version).toBe(2);
    expect(result.json().entries).toEqual([
      expect.objectContaining({
        nodeCode: '1.1',
        selfScore: 6,
        appraisedScore: 5,
        surveyScore: null,
      }),
      expect.objectContaining({ nodeCode: '1.2', surveyScore: 3.5, appraisedScore: null }),
      expect.objectContaining({ nodeCode: '2.1', selfScore: 5, appraisedScore: 4 }),
      expect.objectContaining({ nodeCode: '2.2', surveyScore: 4.25 }),
    ]);

    const decision = {
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-06-20',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    };
    const stalePublish = await focal.post(`/api/assessment-rounds/${round.id}/publish`, decision, {
      'if-match': `"${round.version}"`,
    });
    expect(stalePublish.statusCode).toBe(412);
    const published = await focal.post(`/api/assessment-rounds/${round.id}/publish`, decision, {
      'if-match': `"${round.version + 1}"`,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().round).toMatchObject({ state: 'published', publication: decision });
    expect(published.json().actions).toEqual({
      editSurvey: false,
      finalise: false,
      publish: false,
    });
    // The ranking of the framework now names the decision that published it.
    const publishedRanking = await focal.get(
      `/api/frameworks/${framework.id}/ranking?organisationId=${province.id}`,
    );
    expect(publishedRanking.json().publication).toEqual(decision);
    const withSource = await focal.get(`/api/frameworks/${framework.id}/results/${units[0]!.id}`);
    expect(withSource.json().source).toEqual({
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-06-20',
    });
    const stored = await t.db
      .select()
      .from(unitResults)
      .where(and(eq(unitResults.tenantId, tenantId), eq(unitResults.frameworkId, framework.id)));
    expect(stored.map((row) => row.source)).toEqual(
      Array(3).fill({
        roundId: round.id,
        decisionNumber: '123/QĐ-UBND',
        decisionDate: '2026-06-20',
        issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      }),
    );
    const afterPublish = await focal.put(
      `/api/assessment-rounds/${round.id}/units/${units[0]!.id}/survey/1.2`,
      { points: 1 },
      { 'if-match': '"1"' },
    );
    expect(afterPublish.statusCode).toBe(409);
  });

  it('refuses to publish a round not yet final and checks the decision', async () => {
    const { round } = await freshRound({ survey: true });
    const decision = {
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-06-20',
      issuer: 'UBND tỉnh',
    };
    const early = await focal.post(`/api/assessment-rounds/${round.id}/publish`, decision, {
      'if-match': `"${round.version}"`,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('Chỉ công bố được kết quả đã chốt; hãy chốt kết quả trước.');
    const blank = await focal.post(
      `/api/assessment-rounds/${round.id}/publish`,
      { ...decision, decisionNumber: ' ' },
      { 'if-match': `"${round.version}"` },
    );
    expect(blank.statusCode).toBe(400);
  });
});
