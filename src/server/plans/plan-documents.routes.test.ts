// Sample 004's appendix typed in through the API, then downloaded: the .docx appendix must
// reproduce its rows and timeframes in order, the .xlsx must list the same tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PlanDetail } from '@contract/plans';
import {
  SAMPLE_004_APPENDIX,
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
} from '@domain/plans/sample-004-appendix.fixture';
import { buildOrganisation } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { buildDistrictFixture } from '../../../test/plan-fixtures';

let t: TestApp;
let plan: PlanDetail;
let docx: { status: number; type: string; disposition: string; body: Buffer };
let xlsx: { status: number; disposition: string; body: Buffer };

beforeAll(async () => {
  t = await createTestApp();
  const f = await buildDistrictFixture(t);
  const focal = await f.client(f.users.focal);
  const commune = await buildOrganisation(t.db, {
    tenantId: f.tenantId,
    parentId: f.district.id,
    type: 'commune',
    name: 'Xã Giao Long',
  });
  // The commune's civil-servant posts, named as the sample's lead column names them.
  const leadIds = new Map<string, string>();
  for (const text of SAMPLE_004_LEAD_TEXTS) {
    const post = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: commune.id,
      type: 'sub_unit',
      name: text,
    });
    leadIds.set(text, post.id);
  }
  const created = await focal.post('/api/plans', {
    organisationId: commune.id,
    year: 2024,
    title: 'Thực hiện công tác cải cách hành chính năm 2024',
  });
  expect(created.statusCode, created.body).toBe(201);
  const { year: _year, number: _number, issuedOn: _issuedOn, ...content } = sample004Content();
  const patched = await focal.patch(`/api/plans/${created.json().id}`, content, {
    'if-match': `"${created.json().version}"`,
  });
  expect(patched.statusCode, patched.body).toBe(200);
  plan = patched.json();
  for (const row of SAMPLE_004_APPENDIX) {
    const r = await focal.post(`/api/plans/${plan.id}/tasks`, {
      area: row.area,
      content: row.content,
      outputDescription: row.outputDescription,
      outputKind: 'other',
      timeframeText: row.timeframeText,
      leadOrganisationId: leadIds.get(row.lead),
      coordinatingNote: row.coordinating,
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  const d = await focal.get(`/api/plans/${plan.id}/document.docx`);
  docx = {
    status: d.statusCode,
    type: String(d.headers['content-type']),
    disposition: String(d.headers['content-disposition']),
    body: d.rawPayload,
  };
  const x = await focal.get(`/api/plans/${plan.id}/tasks.xlsx`);
  xlsx = {
    status: x.statusCode,
    disposition: String(x.headers['content-disposition']),
    body: x.rawPayload,
  };
});
afterAll(() => t.close());

const tablesOf = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rowsOf = (table: string) => table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

describe('plan .docx download of sample 004 typed in', () => {
  it('is a Word document sent as an attachment', () => {
    expect(docx.status).toBe(200);
    expect(docx.type).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    // A draft: no number yet, so the name says so; folded, single separators, same in both forms.
    expect(docx.disposition).toBe(
      `attachment; filename="Du-thao-Ke-hoach-KH-UBND-2024.docx"; filename*=UTF-8''Du-thao-Ke-hoach-KH-UBND-2024.docx`,
    );
    expect(xlsx.disposition).toBe(
      `attachment; filename="Nhiem-vu-Du-thao-Ke-hoach-KH-UBND-2024.xlsx"; filename*=UTF-8''Nhiem-vu-Du-thao-Ke-hoach-KH-UBND-2024.xlsx`,
    );
  });

  it('opens with the state header, "KẾ HOẠCH" and the title, with the number left blank', async () => {
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    const header = textOf(tablesOf(xml)[0] ?? '');
    expect(header).toContain('ỦY BAN NHÂN DÂN');
    expect(header).toContain('XÃ GIAO LONG');
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header).toContain('Số:      /KH-UBND');
    expect(header).toContain('Giao Long, ngày      tháng      năm 2024');
    // A draft carries the DỰ THẢO mark above the header.
    expect(textOf(xml.split('<w:tbl>')[0] ?? '')).toBe('DỰ THẢO');
    const body = textOf(xml);
    expect(body.indexOf('KẾ HOẠCH')).toBeLessThan(
      body.indexOf('Thực hiện công tác cải cách hành chính năm 2024'),
    );
  });

  it("reproduces the appendix's rows and timeframes in order under a landscape section", async () => {
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    const appendix = tablesOf(xml).at(-1) ?? '';
    const taskRows = rowsOf(appendix)
      .slice(1)
      .map((row) => cellsOf(row).map(textOf))
      .filter((cells) => cells.length === 7);
    expect(taskRows.map((cells) => cells[1])).toEqual(
      SAMPLE_004_APPENDIX.map((row) => row.content),
    );
    expect(taskRows.map((cells) => cells[3])).toEqual(
      SAMPLE_004_APPENDIX.map((row) => row.timeframeText),
    );
    expect(taskRows.map((cells) => cells[4])).toEqual(SAMPLE_004_APPENDIX.map((row) => row.lead));
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });
});

describe('plan tasks .xlsx download', () => {
  it('lists every task with its timeframe and lead', async () => {
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(SAMPLE_004_APPENDIX.length + 1);
    const timeframes = SAMPLE_004_APPENDIX.map((_, index) =>
      String(sheet.getRow(index + 2).getCell(column('Thời gian thực hiện')).value),
    );
    expect(timeframes).toEqual(SAMPLE_004_APPENDIX.map((row) => row.timeframeText));
    expect(String(sheet.getRow(2).getCell(column('Cơ quan chủ trì')).value)).toBe(
      'VP TK (Một cửa)',
    );
    expect(String(sheet.getRow(2).getCell(column('Hạn')).value)).toBe('15/01/2024');
  });
});
