// Rankings and gap analyses over HTTP: three communes imported from one wide workbook rank with a
// shared tie; the next year's framework (copied with a code mapping) compares node by node and
// rank by rank ("giảm 02 bậc"); the gap table is sorted by points lost with peer average and
// best peer; who sees which ranking; the rank history walks the copy chain 2025 → 2024 → 2023;
// the .xlsx exports hold the same numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let province: OrganisationRow;
let district: OrganisationRow;
let anBinh: OrganisationRow;
let tanMy: OrganisationRow;
let binhThanh: OrganisationRow;
let unscored: OrganisationRow;
let focal: TestClient;
let anBinhViewer: TestClient;
let districtViewer: TestClient;
let framework2023: string;
let framework2024: string;

const leaf = (code: string, maxPoints: number, survey = false) => ({
  code,
  parentCode: code.split('.')[0]!,
  name: `Tiêu chí ${code}`,
  maxPoints,
  method: survey ? 'survey' : 'appraised',
  rule: { type: survey ? 'survey' : 'ratio' },
});

async function importWide(
  frameworkId: string,
  rows: (string | number)[][],
  units = ['XA-AB', 'Xã Tân Mỹ', 'xa binh thanh'],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  sheet.addRow(['Mã tiêu chí', ...units]);
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const { payload, headers } = multipartFile('ket-qua.xlsx', buffer, XLSX_TYPE);
  const response = await focal.request('POST', `/api/frameworks/${frameworkId}/results/import`, {
    payload,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  const tenantId = a.tenant.id;
  province = a.root;
  district = await buildOrganisation(t.db, {
    tenantId,
    parentId: province.id,
    type: 'district',
    name: 'Huyện Lấp Vò',
  });
  const commune = (parent: OrganisationRow, code: string, name: string) =>
    buildOrganisation(t.db, { tenantId, parentId: parent.id, type: 'commune', code, name });
  anBinh = await commune(district, 'XA-AB', 'Xã An Bình');
  tanMy = await commune(district, 'XA-TM', 'Xã Tân Mỹ');
  binhThanh = await commune(province, 'XA-BT', 'Xã Bình Thành');
  unscored = await commune(province, 'XA-CK', 'Xã Chưa Kết Quả');
  const signIn = async (unit: OrganisationRow, role: 'focal' | 'viewer') =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId,
        homeOrganisationId: unit.id,
        grants: [{ role, organisationId: unit.id }],
      }),
    );
  focal = await signIn(province, 'focal');
  anBinhViewer = await signIn(anBinh, 'viewer');
  districtViewer = await signIn(district, 'viewer');

  const created = await focal.post('/api/frameworks', {
    code: 'PAR-XA-2023',
    indexKind: 'par_index',
    name: 'Chỉ số CCHC cấp xã năm 2023',
    year: 2023,
    unitTypes: ['commune'],
    decision: null,
    illustrative: false,
    scale: { unit: 'points', maxTotal: 100 },
    nodes: [
      { code: '1', parentCode: null, name: 'Công tác chỉ đạo, điều hành', maxPoints: 40 },
      leaf('1.1', 20),
      leaf('1.2', 20),
      { code: '2', parentCode: null, name: 'Tác động', maxPoints: 60 },
      leaf('2.1', 30),
      leaf('2.2', 30, true),
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  framework2023 = created.json().id;
  // 2023: An Bình 90, Tân Mỹ 90 (a tie), Bình Thành 85.
  await importWide(framework2023, [
    ['1.1', 18, 20, 15],
    ['1.2', 20, 20, 20],
    ['2.1', 25, 23, 30],
    ['2.2', 27, 27, 20],
  ]);
  const copy = await focal.post(`/api/frameworks/${framework2023}/copy`, {
    year: 2024,
    codeMapping: { '2.2': '2.3' },
  });
  expect(copy.statusCode, copy.body).toBe(201);
  framework2024 = copy.json().id;
  // 2024: An Bình 88, Tân Mỹ 96, Bình Thành 90.
  await importWide(framework2024, [
    ['1.1', 16, 20, 20],
    ['1.2', 20, 20, 20],
    ['2.1', 25, 28, 30],
    ['2.3', 27, 28, 20],
  ]);
});
afterAll(() => t.close());

const rankingOf = (client: TestClient, frameworkId: string, viewpoint: OrganisationRow) =>
  client.get(`/api/frameworks/${frameworkId}/ranking?organisationId=${viewpoint.id}`);

type Item = { organisation: { code: string }; [key: string]: unknown };
const byCode = (items: Item[]) =>
  Object.fromEntries(items.map((item) => [item.organisation.code, item]));

describe('ranking', () => {
  it('ranks the communes of 2023 with a shared first place', async () => {
    const response = await rankingOf(focal, framework2023, province);
    expect(response.statusCode, response.body).toBe(200);
    const ranking = response.json();
    expect(ranking).toMatchObject({ unitType: 'commune', rankedCount: 3, previousFramework: null });
    const items = byCode(ranking.items);
    expect(items['XA-AB']).toMatchObject({
      rank: 1,
      rankText: '1/3',
      indexPercent: 90,
      grade: { label: 'Tốt' },
    });
    expect(items['XA-TM']).toMatchObject({ rank: 1, rankText: '1/3', indexPercent: 90 });
    expect(items['XA-BT']).toMatchObject({
      rank: 3,
      rankText: '3/3',
      indexPercent: 85,
      grade: { label: 'Khá' },
    });
    expect(ranking.items.at(-1)).toMatchObject({
      organisation: { code: 'XA-CK' },
      rank: null,
      indexPercent: null,
    });
  });

  it('compares 2024 with 2023 through the framework it was copied from', async () => {
    const ranking = (await rankingOf(focal, framework2024, province)).json();
    expect(ranking.previousFramework).toMatchObject({ id: framework2023, year: 2023 });
    expect(ranking.items.map((item: Item) => item.organisation.code)).toEqual([
      'XA-TM',
      'XA-BT',
      'XA-AB',
      'XA-CK',
    ]);
    const items = byCode(ranking.items);
    expect(items['XA-AB']).toMatchObject({
      rank: 3,
      previousRank: 1,
      rankChange: 'giảm 02 bậc',
      indexChange: -2,
    });
    expect(items['XA-TM']).toMatchObject({ rank: 1, rankChange: 'giữ nguyên thứ hạng' });
    expect(items['XA-BT']).toMatchObject({ rank: 2, rankChange: 'tăng 01 bậc' });
  });

  it('shows a district the communes below it, ranked among all the province’s communes', async () => {
    const ranking = (await rankingOf(districtViewer, framework2024, district)).json();
    expect(ranking.items.map((item: Item) => [item.organisation.code, item.rankText])).toEqual([
      ['XA-TM', '1/3'],
      ['XA-AB', '3/3'],
    ]);
    const ids = ranking.items.map((item: { organisation: { id: string } }) => item.organisation.id);
    expect(ids).not.toContain(binhThanh.id);
  });

  it("lets a commune read its peers' ranking from its own place, not from a sibling's or the province's", async () => {
    const own = await rankingOf(anBinhViewer, framework2024, anBinh);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(4);
    expect((await rankingOf(anBinhViewer, framework2024, tanMy)).statusCode).toBe(403);
    expect((await rankingOf(anBinhViewer, framework2024, province)).statusCode).toBe(403);
    const otherType = await anBinhViewer.get(
      `/api/frameworks/${framework2024}/ranking?organisationId=${anBinh.id}&unitType=department`,
    );
    expect(otherType.statusCode).toBe(400);
  });
});

describe('gap analysis', () => {
  const gapsOf = (client: TestClient, unit: OrganisationRow, query = '') =>
    client.get(`/api/frameworks/${framework2024}/results/${unit.id}/gaps${query}`);

  it('gives total, index, rank "3/3", the change since last year and the grade', async () => {
    const response = await gapsOf(anBinhViewer, anBinh);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      year: 2024,
      totals: { score: 88, applicableMaxPoints: 100, indexPercent: 88, lostPoints: 12 },
      rank: 3,
      rankText: '3/3',
      grade: { label: 'Khá' },
      previous: {
        score: 90,
        indexPercent: 90,
        rank: 1,
        rankText: '1/3',
        rankChange: 'giảm 02 bậc',
      },
    });
  });

  it('lists every node by points lost, with last year through the code mapping, peer average and best peer', async () => {
    const rows = (await gapsOf(anBinhViewer, anBinh)).json().rows;
    expect(rows.map((row: { code: string }) => row.code)).toEqual([
      '2',
      '2.1',
      '1',
      '1.1',
      '2.3',
      '1.2',
    ]);
    const row = (code: string) => rows.find((each: { code: string }) => each.code === code);
    expect(row('2.3')).toMatchObject({
      maxPoints: 30,
      score: 27,
      lostPoints: 3,
      percent: 90,
      previousScore: 27,
      change: 0,
      peerAverage: 24,
      bestPeer: 28,
    });
    expect(row('1.1')).toMatchObject({
      score: 16,
      previousScore: 18,
      change: -2,
      peerAverage: 20,
      bestPeer: 20,
    });
    expect(row('2.1')).toMatchObject({ lostPoints: 5, peerAverage: 29, bestPeer: 30 });
  });

  it('filters by area, by falls since last year and by lost points', async () => {
    const codes = async (query: string) =>
      (await gapsOf(focal, anBinh, query)).json().rows.map((row: { code: string }) => row.code);
    expect(await codes('?area=2')).toEqual(['2', '2.1', '2.3']);
    expect(await codes('?onlyDropped=true')).toEqual(['1', '1.1']);
    expect(await codes('?onlyLost=true&level=sub_criterion')).toEqual([]);
    expect(await codes('?onlyLost=true&level=criterion')).toEqual(['2.1', '1.1', '2.3']);
  });

  it("refuses a commune another commune's gap table, and answers 404 for a unit without a result", async () => {
    expect((await gapsOf(anBinhViewer, tanMy)).statusCode).toBe(403);
    expect((await gapsOf(focal, unscored)).statusCode).toBe(404);
  });
});

describe('rank history', () => {
  let framework2025: string;
  beforeAll(async () => {
    const copy = await focal.post(`/api/frameworks/${framework2024}/copy`, { year: 2025 });
    expect(copy.statusCode, copy.body).toBe(201);
    framework2025 = copy.json().id;
    // 2025: An Bình 92, Tân Mỹ 92 (a tie), Chưa Kết Quả 80 (its first result); Bình Thành none.
    await importWide(
      framework2025,
      [
        ['1.1', 18, 19, 15],
        ['1.2', 20, 19, 15],
        ['2.1', 27, 27, 25],
        ['2.3', 27, 27, 25],
      ],
      ['XA-AB', 'XA-TM', 'XA-CK'],
    );
  });
  const historyOf = async (unit: OrganisationRow) => {
    const response = await focal.get(`/api/frameworks/${framework2025}/results/${unit.id}/gaps`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().rankHistory;
  };

  it("walks the copy chain back to 2023 and ranks the unit among each year's peers, oldest first", async () => {
    expect(await historyOf(anBinh)).toEqual([
      { year: 2023, frameworkId: framework2023, rank: 1, of: 3, indexPercent: 90 },
      { year: 2024, frameworkId: framework2024, rank: 3, of: 3, indexPercent: 88 },
      { year: 2025, frameworkId: framework2025, rank: 1, of: 3, indexPercent: 92 },
    ]);
    expect((await historyOf(tanMy)).map((year: { rank: number }) => year.rank)).toEqual([1, 1, 1]);
  });

  it('gives a null rank for a year without a result', async () => {
    expect(await historyOf(unscored)).toEqual([
      { year: 2023, frameworkId: framework2023, rank: null, of: 3, indexPercent: null },
      { year: 2024, frameworkId: framework2024, rank: null, of: 3, indexPercent: null },
      { year: 2025, frameworkId: framework2025, rank: 3, of: 3, indexPercent: 80 },
    ]);
  });

  it('has only the year itself for a framework copied from nothing', async () => {
    const response = await focal.get(`/api/frameworks/${framework2023}/results/${anBinh.id}/gaps`);
    expect(response.json().rankHistory).toEqual([
      { year: 2023, frameworkId: framework2023, rank: 1, of: 3, indexPercent: 90 },
    ]);
  });
});

describe('exports', () => {
  async function sheetOf(body: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  }
  /** The table below the title lines: header texts and the rows as arrays of cell values. */
  function tableOf(sheet: ExcelJS.Worksheet, firstHeader: string) {
    let headerRow = 1;
    while (sheet.getRow(headerRow).getCell(1).value !== firstHeader) headerRow++;
    const width = sheet.getRow(headerRow).cellCount;
    const rows = [];
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      rows.push(Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1).value));
    }
    return rows;
  }

  it('exports the ranking with the same numbers, stored as numbers', async () => {
    const json = (await rankingOf(focal, framework2024, province)).json();
    const response = await focal.get(
      `/api/frameworks/${framework2024}/ranking.xlsx?organisationId=${province.id}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain('attachment');
    const rows = tableOf(await sheetOf(response.rawPayload), 'Xếp hạng');
    expect(rows.map((row) => [row[0], row[1], row[3], row[5]])).toEqual(
      json.items.map(
        (item: {
          rank: number;
          organisation: { code: string };
          score: number;
          indexPercent: number;
        }) => [item.rank, item.organisation.code, item.score, item.indexPercent],
      ),
    );
  });

  it("exports a unit's gap table with the same numbers", async () => {
    const json = (
      await anBinhViewer.get(`/api/frameworks/${framework2024}/results/${anBinh.id}/gaps`)
    ).json();
    const response = await anBinhViewer.get(
      `/api/frameworks/${framework2024}/results/${anBinh.id}/gaps.xlsx`,
    );
    expect(response.statusCode).toBe(200);
    const sheet = await sheetOf(response.rawPayload);
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('Xã An Bình');
    const rows = tableOf(sheet, 'Mã');
    expect(rows.map((row) => [row[0], row[3], row[4], row[5], row[9], row[10]])).toEqual(
      json.rows.map((row: Record<string, unknown>) => [
        row.code,
        row.maxPoints,
        row.score,
        row.lostPoints,
        row.peerAverage,
        row.bestPeer,
      ]),
    );
    expect(sheet.getRow(6).getCell(4).numFmt).toBe('#,##0.00');
  });
});

describe('results not entered are not zero', () => {
  it('leaves a commune with only some scores out of the ranking, shown as partial, and its empty nodes as "Chưa có điểm" in the export', async () => {
    const partial = await buildOrganisation(t.db, {
      tenantId: province.tenantId,
      parentId: province.id,
      type: 'commune',
      code: 'XA-PT',
      name: 'Xã Phú Thành',
    });
    const imported = await importWide(framework2023, [['1.1', 18]], ['XA-PT']);
    expect(imported.units[0].totals).toMatchObject({
      score: 18,
      lostPoints: 2,
      indexPercent: null,
      scoreState: 'partial',
    });
    const ranking = (await rankingOf(focal, framework2023, province)).json();
    expect(ranking.rankedCount).toBe(3);
    expect(byCode(ranking.items)['XA-PT']).toMatchObject({
      rank: null,
      indexPercent: null,
      grade: null,
      scoreState: 'partial',
    });
    expect(byCode(ranking.items)['XA-AB']).toMatchObject({ scoreState: 'scored' });

    const gaps = await focal.get(`/api/frameworks/${framework2023}/results/${partial.id}/gaps`);
    expect(gaps.statusCode, gaps.body).toBe(200);
    const rows = gaps.json().rows as { code: string; scoreState: string; lostPoints: number }[];
    expect(rows.map((row) => [row.code, row.scoreState, row.lostPoints])).toEqual([
      ['1.1', 'scored', 2],
      ['1', 'partial', 2],
      ['1.2', 'unscored', 0],
      ['2', 'unscored', 0],
      ['2.1', 'unscored', 0],
      ['2.2', 'unscored', 0],
    ]);
    const xlsx = await focal.get(
      `/api/frameworks/${framework2023}/results/${partial.id}/gaps.xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(JSON.stringify(row.values)));
    expect(String(sheet.getRow(3).getCell(1).value)).toContain('Chưa đủ điểm các lĩnh vực');
    const row12 = cells.find((line) => line.includes('"1.2"'))!;
    expect(row12).toContain('Chưa có điểm');
    expect(JSON.parse(row12)[5]).toBeNull();
  });
});
