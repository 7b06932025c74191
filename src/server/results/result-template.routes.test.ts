// The results template over HTTP, and the checks that keep an import from writing zeros: the
// template lists the importer's units of the framework's year (closed later ones included, ones
// closed before left out) and the scorable nodes with their maxima, round-trips when filled in,
// and a filled copy whose total disagrees, whose unit has no score, or that gives a «Có / không»
// criterion 0,5 is refused with nothing written — by import and by manual entry alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FrameworkNode } from '@domain/frameworks/framework';
import { unitResults } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Area 1 (10): 1.1 ratio 6, 1.2 «Có / không» 4; area 2 (90): 2.1 ratio 90; a bonus B.1 of 2. */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Lĩnh vực 1', maxPoints: 10 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Ban hành kế hoạch CCHC',
    maxPoints: 6,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Có báo cáo đúng hạn',
    maxPoints: 4,
    method: 'appraised',
    rule: { type: 'binary' },
  },
  { code: '2', parentCode: null, name: 'Lĩnh vực 2', maxPoints: 90 },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Tỷ lệ hồ sơ đúng hạn',
    maxPoints: 90,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
];

let t: TestApp;
let tenantId: string;
let office: OrganisationRow;
let justice: OrganisationRow;
let focal: TestClient;
let frameworkId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = a.tenant.id;
  const department = (code: string, name: string, validTo: string | null = null) =>
    buildOrganisation(t.db, { tenantId, parentId: a.root.id, code, name, validTo });
  office = await department('VP-UBND', 'Văn phòng UBND tỉnh');
  justice = await department('STP', 'Sở Tư pháp');
  // Closed after 2023: still scored for 2023. Closed in 2022: not in the 2023 template.
  await department('SKHCN', 'Sở Khoa học và Công nghệ', '2025-06-30');
  await department('SCU', 'Sở đã giải thể', '2022-12-31');
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId,
      homeOrganisationId: a.root.id,
      grants: [{ role: 'focal', organisationId: a.root.id }],
    }),
  );
  const row = await buildFrameworkRow(t.db, {
    tenantId,
    ownerOrganisationId: a.root.id,
    code: 'PAR-SO-2023',
    year: 2023,
    nodes: NODES,
  });
  frameworkId = row.id;
});
afterAll(() => t.close());

async function downloadTemplate(): Promise<ExcelJS.Workbook> {
  const response = await focal.get(`/api/frameworks/${frameworkId}/results/template.xlsx`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX_TYPE);
  expect(response.headers['content-disposition']).toContain('mau-nhap-ket-qua-PAR-SO-2023.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** Writes scores into the template's row of a unit: values by column header code. */
function fill(
  sheet: ExcelJS.Worksheet,
  unitCode: string,
  values: Record<string, ExcelJS.CellValue>,
) {
  const headers = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], (value) =>
    String(value ?? ''),
  );
  sheet.eachRow((row) => {
    if (row.getCell(1).value !== unitCode) return;
    for (const [key, value] of Object.entries(values)) {
      const column = headers.findIndex((header) => header === key || header.startsWith(`${key} `));
      expect(column, key).toBeGreaterThan(0);
      row.getCell(column).value = value;
    }
  });
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(buffer: Buffer, query = '') {
  const { payload, headers } = multipartFile('ket-qua.xlsx', buffer, XLSX_TYPE);
  return focal.request('POST', `/api/frameworks/${frameworkId}/results/import${query}`, {
    payload,
    headers,
  });
}

const resultCount = async () =>
  (await t.db.select().from(unitResults).where(eq(unitResults.tenantId, tenantId))).length;

/** The template filled for the three units of 2023: totals as a decision prints them. */
async function filledTemplate(
  overrides: Record<string, Record<string, ExcelJS.CellValue>> = {},
): Promise<ExcelJS.Workbook> {
  const workbook = await downloadTemplate();
  const sheet = workbook.getWorksheet('Kết quả')!;
  const rows: Record<string, Record<string, ExcelJS.CellValue>> = {
    'VP-UBND': { '1.1': '5,5', '1.2': 4, '2.1': 80.25, 'Tổng điểm': '89,75' },
    STP: { '1.1': 6, '1.2': 0, '2.1': '70,5', 'Tổng điểm': 76.5 },
    SKHCN: { '1.1': '4.25', '1.2': '4', '2.1': 60, 'Tổng điểm': '68,25' },
  };
  for (const [unit, values] of Object.entries(rows))
    fill(sheet, unit, { ...values, ...overrides[unit] });
  return workbook;
}

describe('the template', () => {
  it('has one row per unit of the year, one column per scorable node with its max, the total, and instructions', async () => {
    const workbook = await downloadTemplate();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kết quả', 'Hướng dẫn']);
    const sheet = workbook.getWorksheet('Kết quả')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      '1.1 Ban hành kế hoạch CCHC',
      '1.2 Có báo cáo đúng hạn',
      '2.1 Tỷ lệ hồ sơ đúng hạn',
      'Tổng điểm',
    ]);
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      'Điểm tối đa',
      undefined,
      6,
      4,
      90,
      100,
    ]);
    const units: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 2) units.push(`${row.getCell(1).value} ${row.getCell(2).value}`);
    });
    expect(units).toEqual([
      'SKHCN Sở Khoa học và Công nghệ',
      'STP Sở Tư pháp',
      'VP-UBND Văn phòng UBND tỉnh',
    ]);
    expect(String(sheet.getRow(1).getCell(4).note)).toContain('Chỉ 0 hoặc 4');
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(row.values!.toString()));
    const text = guide.join('\n');
    expect(text).toContain('2,95 hoặc 2.95');
    expect(text).toContain('chỉ ghi 0 (không đạt) hoặc đúng điểm tối đa (đạt)');
    expect(text).toContain('Ô để trống là «chưa có điểm», không phải 0 điểm');
    expect(text).toContain('±0,005');
    expect(text).toContain('1.2,Có báo cáo đúng hạn,4,Có / không,Chỉ 0 hoặc 4');
  });

  it('round-trips: filled in, it previews without errors and imports the three units', async () => {
    const buffer = await bytesOf(await filledTemplate());
    const preview = await upload(buffer, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ format: 'unit_rows', rows: 3, canImport: true });
    const byCode = Object.fromEntries(
      preview
        .json()
        .units.map((unit: { organisation: { code: string } }) => [unit.organisation.code, unit]),
    );
    expect(byCode['VP-UBND']).toMatchObject({
      scoredNodes: 3,
      totals: { score: 89.75, indexPercent: 89.75 },
      printedScore: 89.75,
      errors: [],
    });
    expect(byCode['STP'].totals.score).toBe(76.5);
    expect(byCode['SKHCN'].totals.score).toBe(68.25);
    expect(await resultCount()).toBe(0);

    const imported = await upload(buffer);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await resultCount()).toBe(3);
    const ranking = await focal.get(
      `/api/frameworks/${frameworkId}/ranking?organisationId=${office.id}`,
    );
    expect(
      ranking
        .json()
        .items.map((item: { organisation: { code: string }; rankText: string }) => [
          item.organisation.code,
          item.rankText,
        ]),
    ).toEqual([
      ['VP-UBND', '1/3'],
      ['STP', '2/3'],
      ['SKHCN', '3/3'],
    ]);
  });
});

describe('what blocks "Nhập"', () => {
  const stored = async () =>
    (await focal.get(`/api/frameworks/${frameworkId}/results/${justice.id}`)).json();

  it('a unit whose total disagrees: an error for that unit alone in the preview, and the import refused, writing nothing', async () => {
    const before = { count: await resultCount(), version: (await stored()).version };
    const buffer = await bytesOf(await filledTemplate({ STP: { '2.1': '45,7' } }));
    const preview = await upload(buffer, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.canImport).toBe(false);
    const errors = Object.fromEntries(
      body.units.map((unit: { organisation: { code: string }; errors: string[] }) => [
        unit.organisation.code,
        unit.errors,
      ]),
    );
    expect(errors).toEqual({
      'VP-UBND': [],
      STP: ['Tổng điểm tính được 51,70 khác tổng trong tệp 76,50 (chênh 24,80).'],
      SKHCN: [],
    });
    const response = await upload(buffer);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().details).toEqual([
      {
        row: 4,
        field: 'STP',
        message:
          'Đơn vị Sở Tư pháp: Tổng điểm tính được 51,70 khác tổng trong tệp 76,50 (chênh 24,80).',
      },
    ]);
    expect({ count: await resultCount(), version: (await stored()).version }).toEqual(before);
  });

  it('a unit row left blank: "chưa có điểm" is not 0, so the row is an error until removed', async () => {
    const workbook = await filledTemplate();
    const sheet = workbook.getWorksheet('Kết quả')!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'SKHCN')
        for (let c = 3; c <= 6; c++) row.getCell(c).value = null;
    });
    const preview = await upload(await bytesOf(workbook), '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().canImport).toBe(false);
    const skhcn = preview
      .json()
      .units.find((unit: { organisation: { code: string } }) => unit.organisation.code === 'SKHCN');
    expect(skhcn.errors).toEqual([
      expect.stringMatching(/^Chưa có điểm nào: mọi ô điểm của đơn vị đều trống/),
    ]);
  });

  it('0,5 on a «Có / không» criterion: refused per cell in the import', async () => {
    const before = await resultCount();
    const buffer = await bytesOf(await filledTemplate({ STP: { '1.2': '0,5', 'Tổng điểm': 77 } }));
    for (const query of ['?dryRun=true', '']) {
      const response = await upload(buffer, query);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().details).toEqual([
        {
          row: 4,
          field: 'Sở Tư pháp',
          message:
            'Dòng 4, cột D (Sở Tư pháp): Điểm thẩm định của tiêu chí «1.2»: tiêu chí chấm «Có / không» chỉ nhận 0 hoặc 4 điểm (điểm tối đa), nhận được 0,5.',
        },
      ]);
    }
    expect(await resultCount()).toBe(before);
  });

  it('0,5 on a «Có / không» criterion: refused by manual entry with a Vietnamese 400, 4 accepted', async () => {
    const current = await stored();
    const save = (score: number) =>
      focal.put(
        `/api/frameworks/${frameworkId}/results/${justice.id}`,
        { entries: [{ nodeCode: '1.2', appraisedScore: score }] },
        { 'if-match': `"${current.version}"` },
      );
    const refused = await save(0.5);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().details).toEqual([
      {
        field: '1.2',
        message:
          'Điểm thẩm định của tiêu chí «1.2»: tiêu chí chấm «Có / không» chỉ nhận 0 hoặc 4 điểm (điểm tối đa), nhận được 0,5.',
      },
    ]);
    expect((await stored()).version).toBe(current.version);
    const saved = await save(4);
    expect(saved.statusCode, saved.body).toBe(200);
  });
});
