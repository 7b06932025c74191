// A framework's nodes as an .xlsx workbook over HTTP: the export holds numbers as numbers and
// imports back unchanged; a bad workbook is refused row by row and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildTenant, buildUser } from '../../../test/factories';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let focal: TestClient;
let framework: { id: string; version: number; nodes: { code: string }[] };

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  focal = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: tenant.id,
      homeOrganisationId: root.id,
      grants: [{ role: 'focal', organisationId: root.id }],
    }),
  );
  framework = (
    await focal.post('/api/frameworks/from-template', {
      templateKey: 'par-index-department-2023',
    })
  ).json();
});
afterAll(() => t.close());

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function upload(buffer: Buffer, options: { dryRun?: boolean; ifMatch?: number } = {}) {
  const { payload, headers } = multipartFile('tieu-chi.xlsx', buffer, XLSX_TYPE);
  return focal.request(
    'POST',
    `/api/frameworks/${framework.id}/nodes/import${options.dryRun ? '?dryRun=true' : ''}`,
    {
      payload,
      headers: {
        ...headers,
        ...(options.ifMatch !== undefined ? { 'if-match': `"${options.ifMatch}"` } : {}),
      },
    },
  );
}

async function workbookOf(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tiêu chí');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const currentVersion = async () =>
  (await focal.get(`/api/frameworks/${framework.id}`)).json().version as number;

describe('exporting nodes', () => {
  it('sends one row per node with Vietnamese headers and maxima as numbers', async () => {
    const response = await focal.get(`/api/frameworks/${framework.id}/nodes.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain('PAR-SO-2023.xlsx');
    const sheet = await readWorkbook(response.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã');
    expect(sheet.getRow(1).getCell(4).value).toBe('Điểm tối đa');
    expect(sheet.rowCount).toBe(framework.nodes.length + 1);
    const codes = Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
      String(sheet.getRow(i + 2).getCell(1).value),
    );
    const row112 = sheet.getRow(codes.indexOf('1.1.2') + 2);
    expect(row112.getCell(4).value).toBe(1.5);
    expect(row112.getCell(4).numFmt).toBe('#,##0.00');
    expect(codes[0]).toBe('1');
    // «Mã KPI»: the dossier KPI a ratio criterion reads (3.3.1 on-time, 7.3.3 online share).
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const kpiColumn = headers.indexOf('Mã KPI') + 1;
    expect(kpiColumn).toBeGreaterThan(0);
    expect(sheet.getRow(codes.indexOf('3.3.1') + 2).getCell(kpiColumn).value).toBe('on_time');
    expect(sheet.getRow(codes.indexOf('7.3.3') + 2).getCell(kpiColumn).value).toBe('online_share');
    expect(sheet.getRow(row112.number).getCell(kpiColumn).value).toBeNull();
  });
});

describe('importing nodes', () => {
  it('imports its own export back unchanged, a dry run first writing nothing', async () => {
    const exported = (await focal.get(`/api/frameworks/${framework.id}/nodes.xlsx`)).rawPayload;
    const dryRun = await upload(exported, { dryRun: true });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    expect(dryRun.json()).toEqual({ dryRun: true, nodeCount: framework.nodes.length, version: 1 });
    expect(await currentVersion()).toBe(1);
    const response = await upload(exported, { ifMatch: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: false, version: 2 });
    const after = (await focal.get(`/api/frameworks/${framework.id}`)).json();
    expect(after.nodes).toEqual(framework.nodes);
    expect(
      after.nodes
        .filter((node: { kpiKey?: string }) => node.kpiKey)
        .map((node: { code: string; kpiKey: string }) => `${node.code} ${node.kpiKey}`),
    ).toEqual([
      '3.3.1 on_time',
      '7.3.2 digitised_file_share',
      '7.3.3 online_share',
      '7.3.4 paid_online_share',
    ]);
  });

  it('refuses a stale version with 412', async () => {
    const exported = (await focal.get(`/api/frameworks/${framework.id}/nodes.xlsx`)).rawPayload;
    expect((await upload(exported, { ifMatch: 1 })).statusCode).toBe(412);
  });

  it('reports every bad row in Vietnamese and writes nothing', async () => {
    const before = await currentVersion();
    const buffer = await workbookOf([
      [
        'Mã',
        'Mã cấp trên',
        'Tên tiêu chí',
        'Điểm tối đa',
        'Phương thức đánh giá',
        'Quy tắc chấm điểm',
        'Tham số quy tắc',
      ],
      ['1', null, 'Lĩnh vực 1', '10', null, null, null],
      ['1.1', '1', 'Tiêu chí chữ', 'abc', 'Thẩm định', 'Theo tỷ lệ', null],
      ['1.2', '1', 'Phương thức lạ', 5, 'Khảo sát lung tung', 'Có / không', null],
      ['1.3', '1', 'Mức sai', 5, 'Thẩm định', 'Theo mức', 'Đúng hạn 1'],
    ]);
    const response = await upload(buffer, { ifMatch: before });
    expect(response.statusCode).toBe(400);
    const details = response.json().details as { row: number; message: string }[];
    expect(details.map((detail) => detail.row)).toEqual([3, 4, 5]);
    expect(details[0]!.message).toContain('«abc» không phải là số');
    expect(await currentVersion()).toBe(before);
  });

  it('names the spreadsheet row of each node the framework rules refuse', async () => {
    const before = await currentVersion();
    const buffer = await workbookOf([
      [
        'Mã',
        'Mã cấp trên',
        'Tên tiêu chí',
        'Điểm tối đa',
        'Phương thức đánh giá',
        'Quy tắc chấm điểm',
      ],
      ['1', null, 'Lĩnh vực 1', 100, null, null],
      ['1.1', '1', 'Tiêu chí 1', '88,5', 'Thẩm định', 'Theo tỷ lệ'],
      ['1.2', '9', 'Cấp trên không có', '11,5', 'Thẩm định', 'Theo tỷ lệ'],
    ]);
    const response = await upload(buffer, { ifMatch: before });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 4, field: '1.2' })]),
    );
    expect(await currentVersion()).toBe(before);
  });

  it('refuses an unknown «Mã KPI» naming its row, and a KPI on a criterion not scored by a ratio', async () => {
    const before = await currentVersion();
    const header = [
      'Mã',
      'Mã cấp trên',
      'Tên tiêu chí',
      'Điểm tối đa',
      'Phương thức đánh giá',
      'Quy tắc chấm điểm',
      'Tham số quy tắc',
      'Mã KPI',
    ];
    const unknown = await upload(
      await workbookOf([
        header,
        ['1', null, 'Lĩnh vực 1', 100, null, null, null, null],
        [
          '1.1',
          '1',
          'Hồ sơ đúng hạn',
          100,
          'Thẩm định',
          'Theo tỷ lệ, đạt ngưỡng được điểm tối đa',
          '95',
          'dung_han',
        ],
      ]),
      { ifMatch: before },
    );
    expect(unknown.statusCode).toBe(400);
    const [detail] = unknown.json().details as { row: number; field: string; message: string }[];
    expect(detail).toMatchObject({ row: 3, field: 'kpiKey' });
    expect(detail!.message).toMatch(
      /^Dòng 3: mã KPI «dung_han» không có trong danh sách KPI; dùng một trong: on_time \(Tỷ lệ hồ sơ giải quyết đúng hạn\)/,
    );
    const binary = await upload(
      await workbookOf([
        header,
        ['1', null, 'Lĩnh vực 1', 100, null, null, null, null],
        ['1.1', '1', 'Có kế hoạch', 100, 'Thẩm định', 'Có / không', null, 'on_time'],
      ]),
      { ifMatch: before },
    );
    expect(binary.statusCode).toBe(400);
    expect(binary.json().details).toEqual([
      expect.objectContaining({
        row: 3,
        field: '1.1',
        message: expect.stringContaining('mã KPI «on_time» chỉ dùng cho tiêu chí chấm theo tỷ lệ'),
      }),
    ]);
    expect(await currentVersion()).toBe(before);
  });

  it('names missing columns', async () => {
    const buffer = await workbookOf([
      ['Mã', 'Tên tiêu chí'],
      ['1', 'Lĩnh vực'],
    ]);
    const response = await upload(buffer, { ifMatch: await currentVersion() });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('Mã cấp trên');
    expect(response.json().message).toContain('Điểm tối đa');
  });
});
