// Importing results from a workbook over HTTP: sample 002's area table gives 88,09; both layouts
// (wide and long), units matched by code or accent-insensitive name, printed totals compared and
// reported, dry runs, and hostile files (text in number cells, unknown units and nodes, scores
// above the max, formulas without a value, merged cells, zip bombs, 50 MB) refused row by row
// with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { buildSample002AreaFramework, SAMPLE_002_AREAS } from '@domain/results/sample-002.fixture';
import { unitResults } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Mã tiêu chí', 'Nội dung', 'Điểm tối đa'];

let t: TestApp;
let tenantId: string;
let office: OrganisationRow;
let justice: OrganisationRow;
let focal: TestClient;
let officeFocal: TestClient;
let frameworkId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  const department = (code: string, name: string) =>
    buildOrganisation(t.db, { tenantId, parentId: a.root.id, code, name });
  office = await department('VP-UBND', 'Văn phòng UBND tỉnh');
  justice = await department('STP', 'Sở Tư pháp');
  const signIn = async (unit: OrganisationRow) =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId,
        homeOrganisationId: unit.id,
        grants: [{ role: 'focal', organisationId: unit.id }],
      }),
    );
  focal = await signIn(a.root);
  officeFocal = await signIn(office);
  const sample = buildSample002AreaFramework();
  const created = await focal.post('/api/frameworks', {
    ...sample,
    name: 'Chỉ số CCHC cấp lĩnh vực năm 2023',
  });
  expect(created.statusCode, created.body).toBe(201);
  frameworkId = created.json().id;
});
afterAll(() => t.close());

async function workbookOf(
  rows: (ExcelJS.CellValue | undefined)[][],
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết quả');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(client: TestClient, buffer: Buffer, query = '') {
  const { payload, headers } = multipartFile('ket-qua.xlsx', buffer, XLSX_TYPE);
  return client.request('POST', `/api/frameworks/${frameworkId}/results/import${query}`, {
    payload,
    headers,
  });
}

/** Sample 002's table as published: scores typed "6,58" (text, comma) and 10.11 (numbers) alike. */
const sampleRows = (total: ExcelJS.CellValue = 88.09) => [
  [...HEADER, 'VP-UBND'],
  ...SAMPLE_002_AREAS.map((area, index) => [
    area.code,
    area.name,
    area.maxPoints,
    index % 2 === 0 ? area.score.toFixed(2).replace('.', ',') : area.score,
  ]),
  ['Tổng', null, 100, total],
];

const resultCount = async () =>
  (await t.db.select().from(unitResults).where(eq(unitResults.tenantId, tenantId))).length;

describe('sample 002 through the API', () => {
  it('previews the area table on a dry run: 88,09 points, index 88,09, writing nothing', async () => {
    const response = await upload(focal, await workbookOf(sampleRows()), '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      format: 'wide',
      field: 'auto',
      rows: 9,
      units: [
        {
          organisation: { code: 'VP-UBND' },
          scoredNodes: 8,
          totals: {
            score: 88.09,
            applicableMaxPoints: 100,
            indexPercent: 88.09,
            lostPoints: 11.91,
          },
          mismatches: [],
        },
      ],
    });
    expect(await resultCount()).toBe(0);
  });

  it('imports it: total 88,09, index 88,09 and per-area losses 4,92 / 0,89 / 0 / 0,53 / 0,55 / 0,26 / 4,15 / 0,61', async () => {
    const response = await upload(
      focal,
      await workbookOf(sampleRows()),
      '?decisionNumber=245/QĐ-UBND&decisionDate=2024-02-20',
    );
    expect(response.statusCode, response.body).toBe(200);
    const result = (await focal.get(`/api/frameworks/${frameworkId}/results/${office.id}`)).json();
    expect(result.totals).toMatchObject({ score: 88.09, indexPercent: 88.09 });
    expect(result.source).toEqual({ decisionNumber: '245/QĐ-UBND', decisionDate: '2024-02-20' });
    // Area 8 is the citizens' survey: its number goes to the survey score, the others to the appraisal.
    expect(
      result.entries.find((entry: { nodeCode: string }) => entry.nodeCode === '8'),
    ).toMatchObject({
      surveyScore: 9.39,
      appraisedScore: null,
    });
    const gaps = (
      await focal.get(`/api/frameworks/${frameworkId}/results/${office.id}/gaps`)
    ).json();
    expect(gaps.totals).toMatchObject({ score: 88.09, indexPercent: 88.09 });
    const lostByArea = Object.fromEntries(
      gaps.rows.map((row: { code: string; lostPoints: number }) => [row.code, row.lostPoints]),
    );
    expect(SAMPLE_002_AREAS.map((area) => lostByArea[area.code])).toEqual([
      4.92, 0.89, 0, 0.53, 0.55, 0.26, 4.15, 0.61,
    ]);
    expect(gaps.rows.map((row: { code: string }) => row.code)).toEqual([
      '1',
      '7',
      '2',
      '8',
      '5',
      '4',
      '6',
      '3',
    ]);
  });

  it('accepts a printed total within rounding to its own decimals: 88,1 for 88,09', async () => {
    const response = await upload(focal, await workbookOf(sampleRows(88.1)));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().units[0]).toMatchObject({
      printedScore: 88.1,
      mismatches: [],
      errors: [],
    });
    const result = (await focal.get(`/api/frameworks/${frameworkId}/results/${office.id}`)).json();
    expect(result.totals.score).toBe(88.09);
    expect(result.mismatches).toEqual([]);
  });

  it('previews "88,10" typed with two decimals as an error for 88,09, blocking the import', async () => {
    const response = await upload(focal, await workbookOf(sampleRows('88,10')), '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      canImport: false,
      units: [
        {
          printedScore: 88.1,
          errors: ['Tổng điểm tính được 88,09 khác tổng trong tệp 88,10 (chênh 0,01).'],
        },
      ],
    });
  });
});

describe('layouts and numbers', () => {
  it('reads the long layout, matching a unit by its name without accents', async () => {
    const buffer = await workbookOf([
      ['Mã đơn vị', 'Mã tiêu chí', 'Điểm'],
      ['so tu phap', '1', '10,5'],
      ['so tu phap', '2', 10.25],
      ['STP', '8', 'KAD'],
    ]);
    const response = await upload(focal, buffer);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'long',
      units: [
        {
          organisation: { id: justice.id },
          scoredNodes: 3,
          totals: { score: 20.75, applicableMaxPoints: 90 },
        },
      ],
    });
  });

  it('accepts "88,09" and 88.09 alike, and a formula with its cached value', async () => {
    const buffer = await workbookOf(
      [
        [...HEADER, 'VP-UBND', 'STP'],
        ['1', null, 11.5, '6,58', 6.58],
        ['2', null, 11, '10.11', null],
      ],
      (sheet) => {
        sheet.getCell('E3').value = { formula: '5+5.11', result: 10.11 };
      },
    );
    const response = await upload(focal, buffer, '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    const scores = response
      .json()
      .units.map((unit: { totals: { score: number } }) => unit.totals.score);
    expect(scores).toEqual([88.09, 16.69]);
  });
});

describe('hostile and wrong files', () => {
  const before = async () => ({
    count: await resultCount(),
    office: (await focal.get(`/api/frameworks/${frameworkId}/results/${office.id}`)).json().version,
  });

  it('refuses text in a number cell, an unknown unit, an unknown node and a score above the max, row by row, writing nothing', async () => {
    const state = await before();
    const buffer = await workbookOf([
      [...HEADER, 'VP-UBND', 'Sở Không Có'],
      ['1', null, 11.5, 'abc', 1],
      ['99', null, 1, 1, null],
      ['2', null, 11, 12, null],
      ['3', null, 14, 14, null],
    ]);
    const response = await upload(focal, buffer);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.message).toContain('chưa có dữ liệu nào được ghi');
    expect(body.details).toEqual([
      {
        row: 1,
        field: 'Sở Không Có',
        message: 'Dòng 1, cột E: «Sở Không Có» không khớp mã hoặc tên đơn vị nào.',
      },
      { row: 2, field: 'VP-UBND', message: 'Dòng 2, cột D (VP-UBND): «abc» không phải là số.' },
      {
        row: 3,
        field: 'nodeCode',
        message: 'Dòng 3: không có tiêu chí mã «99» trong bộ chỉ số PAR-VP-2023.',
      },
      expect.objectContaining({ row: 4, message: expect.stringContaining('vượt điểm tối đa') }),
    ]);
    expect(await before()).toEqual(state);
  });

  it("refuses units outside the importer's reach", async () => {
    const buffer = await workbookOf([
      [...HEADER, 'VP-UBND', 'STP'],
      ['1', null, 11.5, 6, 6],
    ]);
    const response = await upload(officeFocal, buffer);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({
        row: 1,
        message: 'Dòng 1, cột E: bạn không có quyền nhập kết quả cho «Sở Tư pháp».',
      }),
    ]);
  });

  it('refuses a formula without a cached value, naming its row', async () => {
    const state = await before();
    const buffer = await workbookOf(
      [
        [...HEADER, 'VP-UBND'],
        ['1', null, 11.5, null],
      ],
      (sheet) => {
        sheet.getCell('D2').value = { formula: 'SUM(Z1:Z9)' } as ExcelJS.CellFormulaValue;
      },
    );
    const response = await upload(focal, buffer);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ row: 2 })]);
    expect(response.json().message).toContain('công thức');
    expect(await before()).toEqual(state);
  });

  it('refuses merged cells', async () => {
    const buffer = await workbookOf(
      [
        [...HEADER, 'VP-UBND', 'STP'],
        ['1', null, 11.5, 6, null],
      ],
      (sheet) => sheet.mergeCells('D2:E2'),
    );
    const response = await upload(focal, buffer);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ row: 2, field: 'E2', message: expect.stringContaining('gộp') }),
    ]);
  });

  it('refuses a file with unrecognised columns', async () => {
    const buffer = await workbookOf([
      ['Mã tiêu chí', 'Nội dung'],
      ['1', 'Lĩnh vực 1'],
    ]);
    const response = await upload(focal, buffer);
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].message).toContain('Không nhận ra cột đơn vị nào');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    zip.file('xl/worksheets/sheet1.xml', '0'.repeat(60 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const state = await before();
    const response = await upload(focal, bomb);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('50 MB');
    expect(await before()).toEqual(state);
  });

  it('refuses a 50 MB upload with 413', async () => {
    const response = await upload(focal, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toContain('quá lớn');
  });
});

describe('results not entered are not zero: refusals with the reason per unit', () => {
  const state = async () => ({
    count: await resultCount(),
    office: (await focal.get(`/api/frameworks/${frameworkId}/results/${office.id}`)).json().version,
  });

  it('previews a printed total that differs beyond rounding as an error per unit, and refuses the import, writing nothing', async () => {
    const before = await state();
    const preview = await upload(focal, await workbookOf(sampleRows(78.5)), '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      dryRun: true,
      canImport: false,
      units: [
        {
          organisation: { code: 'VP-UBND' },
          totals: { score: 88.09 },
          printedScore: 78.5,
          errors: ['Tổng điểm tính được 88,09 khác tổng trong tệp 78,50 (chênh 9,59).'],
        },
      ],
    });
    const response = await upload(focal, await workbookOf(sampleRows(78.5)));
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body.message).toContain('Chưa có dữ liệu nào được ghi');
    expect(body.details).toEqual([
      {
        row: 10,
        field: 'VP-UBND',
        message:
          'Đơn vị Văn phòng UBND tỉnh: Tổng điểm tính được 88,09 khác tổng trong tệp 78,50 (chênh 9,59).',
      },
    ]);
    expect(await state()).toEqual(before);
  });

  it('refuses a unit with no score at all (only its printed total), and writes nothing for the other unit either', async () => {
    const before = await state();
    const rows = sampleRows().map((row, index) => [
      ...row,
      index === 0 ? 'STP' : row[0] === 'Tổng' ? 80 : null,
    ]);
    const response = await upload(focal, await workbookOf(rows));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().details).toEqual([
      {
        row: 2,
        field: 'STP',
        message:
          'Đơn vị Sở Tư pháp: Chưa có điểm nào: mọi ô điểm của đơn vị đều trống (ô trống là «chưa có điểm», không phải 0). Điền điểm hoặc xoá đơn vị khỏi tệp.',
      },
    ]);
    expect(await state()).toEqual(before);
  });

  it('blocks a unit whose total is 0 in the preview and refuses it on import', async () => {
    const before = await state();
    const buffer = await workbookOf([
      [...HEADER, 'STP'],
      ...SAMPLE_002_AREAS.map((area) => [area.code, area.name, area.maxPoints, 0]),
    ]);
    const preview = await upload(focal, buffer, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      canImport: false,
      units: [
        {
          totals: { score: 0 },
          errors: [expect.stringMatching(/^Tổng điểm bằng 0: kiểm tra lại cột điểm/)],
        },
      ],
    });
    const response = await upload(focal, buffer);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().details.map((detail: { message: string }) => detail.message)).toEqual([
      'Đơn vị Sở Tư pháp: Tổng điểm bằng 0: kiểm tra lại cột điểm (mọi tiêu chí đều 0 điểm; ô trống là «chưa có điểm», không phải 0).',
    ]);
    expect(await state()).toEqual(before);
  });
});

describe('results entered at area level, the way decisions publish them', () => {
  // Area 1 (60) holds 1.1 and 1.2 (30 each); area 2 (40) holds 2.1.
  const leafOf = (code: string, parentCode: string, maxPoints: number): FrameworkNode => ({
    code,
    parentCode,
    name: `Tiêu chí ${code}`,
    maxPoints,
    method: 'appraised',
    rule: { type: 'ratio' },
  });
  const NODES: FrameworkNode[] = [
    { code: '1', parentCode: null, name: 'Lĩnh vực 1', maxPoints: 60 },
    leafOf('1.1', '1', 30),
    leafOf('1.2', '1', 30),
    { code: '2', parentCode: null, name: 'Lĩnh vực 2', maxPoints: 40 },
    leafOf('2.1', '2', 40),
  ];
  let areaFrameworkId: string;
  beforeAll(async () => {
    const row = await buildFrameworkRow(t.db, {
      tenantId,
      ownerOrganisationId: office.id,
      nodes: NODES,
    });
    areaFrameworkId = row.id;
  });
  const uploadTo = (buffer: Buffer, query = '') => {
    const { payload, headers } = multipartFile('ket-qua.xlsx', buffer, XLSX_TYPE);
    return focal.request('POST', `/api/frameworks/${areaFrameworkId}/results/import${query}`, {
      payload,
      headers,
    });
  };
  const resultOf = async () =>
    (await focal.get(`/api/frameworks/${areaFrameworkId}/results/${justice.id}`)).json();

  it('stores area scores given without sub-criteria as entries and computes the index from them', async () => {
    const buffer = await workbookOf([
      [...HEADER, 'STP'],
      ['1', 'Lĩnh vực 1', 60, '52,5'],
      ['2', 'Lĩnh vực 2', 40, 38],
      ['Tổng', null, 100, '90,5'],
    ]);
    const response = await uploadTo(buffer);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().units[0]).toMatchObject({
      scoredNodes: 2,
      totals: { score: 90.5, indexPercent: 90.5, lostPoints: 9.5, scoreState: 'scored' },
      mismatches: [],
    });
    const result = await resultOf();
    const node = (code: string) =>
      result.nodes.find((each: { code: string }) => each.code === code);
    expect(node('1')).toMatchObject({ score: 52.5, isEntered: true, scoreState: 'scored' });
    expect(node('1.1')).toMatchObject({ scoreState: 'unscored', lostPoints: 0 });
  });

  it('reads an area value with sub-criteria under it as a subtotal, and refuses it when they do not add up', async () => {
    const before = (await resultOf()).version;
    const buffer = await workbookOf([
      [...HEADER, 'STP'],
      ['1', 'Lĩnh vực 1', 60, 50],
      ['1.1', null, 30, 25],
    ]);
    const response = await uploadTo(buffer);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().details).toEqual([
      {
        row: 2,
        field: 'STP',
        message:
          'Đơn vị Sở Tư pháp: Điểm «1» tính được 25,00 khác điểm trong tệp 50,00 (chênh 25,00) (còn tiêu chí chưa có điểm nên chưa tính đủ).',
      },
    ]);
    expect((await resultOf()).version).toBe(before);
  });

  it('replaces an area entered directly when its sub-criteria are imported later', async () => {
    const buffer = await workbookOf([
      [...HEADER, 'STP'],
      ['1', 'Lĩnh vực 1', 60, 55],
      ['1.1', null, 30, 28],
      ['1.2', null, 30, 27],
    ]);
    const response = await uploadTo(buffer);
    expect(response.statusCode, response.body).toBe(200);
    const result = await resultOf();
    expect(result.entries.map((entry: { nodeCode: string }) => entry.nodeCode).sort()).toEqual([
      '1.1',
      '1.2',
      '2',
    ]);
    expect(result.totals).toMatchObject({ score: 93, indexPercent: 93 });
    expect(result.nodes.find((each: { code: string }) => each.code === '1')).toMatchObject({
      score: 55,
      isEntered: false,
    });
  });
});
