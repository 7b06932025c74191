// Importing organisations from a spreadsheet over HTTP: all rows or none, errors pointing at the
// spreadsheet row and column, dry runs, .csv and .xlsx, Vietnamese dates, hostile files (zip
// bombs, binaries, oversized uploads) and parents outside the importer's subtree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { auditEvents, organisations } from '../db/schema';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import type { OrganisationRow } from './organisation.repository';
import { createTestApp, multipartFile, TestClient, type TestApp } from '../../../test/test-app';
import { auditEventsOf, organisationCodesOf } from '../../../test/route-helpers';

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let tenantId: string;
let lapVo: OrganisationRow;
let laiVung: OrganisationRow;
let provinceAdmin: TestClient;
let lapVoAdmin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  tenantId = tenant.id;
  const district = (code: string, name: string) =>
    buildOrganisation(t.db, { tenantId, parentId: root.id, type: 'district', code, name });
  lapVo = await district('H-LAPVO', 'Huyện Lấp Vò');
  laiVung = await district('H-LAIVUNG', 'Huyện Lai Vung');
  const adminAt = async (unit: OrganisationRow) =>
    TestClient.signedInAs(
      t,
      await buildUser(t.db, {
        tenantId,
        homeOrganisationId: unit.id,
        grants: [{ role: 'admin', organisationId: unit.id }],
      }),
    );
  provinceAdmin = await adminAt(root);
  lapVoAdmin = await adminAt(lapVo);
});
afterAll(() => t.close());

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

function upload(
  client: TestClient,
  fileName: string,
  content: Buffer | string,
  options: { dryRun?: boolean; contentType?: string } = {},
) {
  const { payload, headers } = multipartFile(fileName, content, options.contentType);
  const url = `/api/organisations/import${options.dryRun ? '?dryRun=true' : ''}`;
  return client.request('POST', url, { payload, headers });
}

const unitsByCode = async (codes: string[]) =>
  new Map(
    (
      await t.db
        .select()
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.code, codes)))
    ).map((row) => [row.code, row]),
  );

/** Caps the uncompressed size each entry declares (central directory and local header) at `size`. */
function understateSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = out.readUInt32LE(end + 16);
  for (let i = 0; i < out.readUInt16LE(end + 10); i++) {
    const declared = Math.min(size, out.readUInt32LE(entry + 24));
    out.writeUInt32LE(declared, entry + 24);
    out.writeUInt32LE(declared, out.readUInt32LE(entry + 42) + 22);
    entry +=
      46 +
      out.readUInt16LE(entry + 28) +
      out.readUInt16LE(entry + 30) +
      out.readUInt16LE(entry + 32);
  }
  return out;
}

describe('validation before writing', () => {
  it('refuses a file with one bad row, naming its spreadsheet row and column, and writes no row', async () => {
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(
      provinceAdmin,
      'don-vi.csv',
      csv(
        'V1-XA-A,Xã Bình Thạnh Trung,Xã,H-LAPVO,01/07/2025',
        'V1-XA-B,Xã Hội An Đông,Xã,H-LAPVO,01/07/2025',
        'V1-XA-C,Xã Mỹ An Hưng,Xã,KHONG-CO-MA,01/07/2025',
        'V1-PH-A,Phòng Văn hóa,Phòng,V1-XA-A,01/07/2025',
      ),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ row: 4, field: 'parentCode' }),
    ]);
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });

  it('names the missing column when the header lacks one', async () => {
    const response = await upload(
      provinceAdmin,
      'thieu-cot.csv',
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\nV2-XA,Xã Thiếu Cột,Xã,H-LAPVO\n',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('Hiệu lực từ');
  });
});

describe('importing', () => {
  const goodFile = csv(
    'V3-PH-A,Phòng Kinh tế,Phòng,V3-XA-A,01/07/2025',
    'V3-XA-A,Xã Định Yên,Xã,H-LAPVO,01/07/2025',
    'V3-XA-B,Xã Vĩnh Thạnh,Xã,H-LAPVO,01/07/2025',
    'V3-XA-C,Xã Long Hưng A,Xã,H-LAPVO,01/07/2025',
  );
  const codes = ['V3-PH-A', 'V3-XA-A', 'V3-XA-B', 'V3-XA-C'];

  it('writes nothing on a dry run and reports the number of rows', async () => {
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(provinceAdmin, 'don-vi.csv', goodFile, { dryRun: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 0, dryRun: true, rows: 4 });
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });

  it('creates every row, a parent before its child listed above it, and audits each unit', async () => {
    const response = await upload(provinceAdmin, 'don-vi.csv', goodFile);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 4, dryRun: false, rows: 4 });
    const created = await unitsByCode(codes);
    expect([...created.keys()].sort()).toEqual(codes);
    expect(created.get('V3-PH-A')!.parentId).toBe(created.get('V3-XA-A')!.id);
    expect(created.get('V3-XA-B')).toMatchObject({ parentId: lapVo.id, type: 'commune' });
    const events = await auditEventsOf(
      t,
      tenantId,
      eq(auditEvents.action, 'organisation.import'),
      eq(auditEvents.objectType, 'organisation'),
    );
    const auditedIds = events.map((event) => event.objectId);
    for (const unit of created.values()) expect(auditedIds).toContain(unit.id);
  });

  it('reads the Vietnamese date "01/07/2025" as 1 July 2025', async () => {
    const response = await upload(
      provinceAdmin,
      'ngay.csv',
      csv('V4-XA,Xã Tân Mỹ,Xã,H-LAPVO,01/07/2025'),
    );
    expect(response.statusCode).toBe(200);
    expect((await unitsByCode(['V4-XA'])).get('V4-XA')!.validFrom).toBe('2025-07-01');
  });

  it('imports an .xlsx workbook the same way, including a date typed as an Excel date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['V5-PH', 'Phòng Tư pháp', 'Phòng', 'V5-XA', '01/07/2025']);
    sheet.addRow(['V5-XA', 'Xã Tân Khánh Trung', 'Xã', 'H-LAPVO', new Date(Date.UTC(2025, 6, 1))]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(provinceAdmin, 'don-vi.xlsx', buffer, { contentType: XLSX_TYPE });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 2, dryRun: false, rows: 2 });
    const created = await unitsByCode(['V5-PH', 'V5-XA']);
    expect(created.get('V5-PH')).toMatchObject({
      parentId: created.get('V5-XA')!.id,
      validFrom: '2025-07-01',
    });
    expect(created.get('V5-XA')).toMatchObject({ parentId: lapVo.id, validFrom: '2025-07-01' });
  });
});

describe('hostile and oversized files', () => {
  /** An .xlsx-looking zip whose one sheet inflates from ~60 kB to 60 MB of zeros. */
  let bomb: Buffer;
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    zip.file('xl/worksheets/sheet1.xml', '0'.repeat(60 * 1024 * 1024));
    bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  });

  it('refuses a zip bomb (an entry inflating past 50 MB) and writes nothing', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(provinceAdmin, 'bom.xlsx', bomb, { contentType: XLSX_TYPE });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('50 MB');
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });

  it('refuses a zip bomb whose directory understates the inflated size, as too large', async () => {
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(provinceAdmin, 'bom.xlsx', understateSizes(bomb, 1024), {
      contentType: XLSX_TYPE,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('50 MB');
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });

  it('refuses a binary that is not a spreadsheet', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(2048, 0),
    ]);
    const response = await upload(provinceAdmin, 'anh.png', png, { contentType: 'image/png' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('refuses a file over 5 MB with 413 and writes nothing', async () => {
    const big = csv('V6-XA,Xã Quá Lớn,Xã,H-LAPVO,01/07/2025') + ' '.repeat(5 * 1024 * 1024);
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(provinceAdmin, 'lon.csv', big);
    expect(response.statusCode).toBe(413);
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });
});

describe('reach of the importer', () => {
  it('refuses rows whose parent lies outside the district admin’s subtree, writing none of the file', async () => {
    const before = await organisationCodesOf(t, tenantId);
    const response = await upload(
      lapVoAdmin,
      'don-vi.csv',
      csv(
        'V7-XA-OWN,Xã Của Mình,Xã,H-LAPVO,01/07/2025',
        `V7-XA-OTHER,Xã Huyện Khác,Xã,${laiVung.code},01/07/2025`,
      ),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ row: 3, field: 'parentCode' }),
    ]);
    expect(await organisationCodesOf(t, tenantId)).toEqual(before);
  });

  it('lets the district admin import under their own district', async () => {
    const response = await upload(
      lapVoAdmin,
      'don-vi.csv',
      csv('V8-XA,Xã Bình Thành,Xã,H-LAPVO,01/07/2025'),
    );
    expect(response.statusCode).toBe(200);
    expect((await unitsByCode(['V8-XA'])).get('V8-XA')).toMatchObject({ parentId: lapVo.id });
  });
});
