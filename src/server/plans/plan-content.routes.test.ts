// What a drafted plan says without retyping (issue 12, item 3): the signer from the unit, the
// Giải pháp of each task shown, edited with If-Match and printed in the appendix and the .xlsx,
// "Tổ chức thực hiện" from the lead units and the reporting rule, "Căn cứ" from the results
// decision; issuing needs a signer's title and name and refuses without them, changing nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import type { PlanDetail } from '@contract/plans';
import { unitResults } from '../db/schema';
import { decodeXmlText } from '../documents/ooxml-text';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildDistrictFixture, type DistrictFixture } from '../../../test/plan-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let f: DistrictFixture;
let focal: TestClient;
beforeEach(async () => {
  f = await buildDistrictFixture(t);
  focal = await f.client(f.users.focal);
});

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function draft(): Promise<PlanDetail> {
  const r = await focal.post('/api/plans/from-gaps', {
    organisationId: f.district.id,
    frameworkIds: [f.frameworkId],
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function getPlan(id: string): Promise<PlanDetail> {
  const r = await focal.get(`/api/plans/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** The district's 2023 results as published by the province's decision. */
async function publishResults(decisionNumber: string, decisionDate: string | null) {
  await t.db
    .update(unitResults)
    .set({ source: { decisionNumber, decisionDate } })
    .where(
      and(
        eq(unitResults.tenantId, f.tenantId),
        eq(unitResults.frameworkId, f.frameworkId),
        eq(unitResults.organisationId, f.district.id),
      ),
    );
}

/** The paragraphs' texts of the .docx body, one string per paragraph. */
async function docxParagraphs(planId: string): Promise<string[]> {
  const r = await focal.get(`/api/plans/${planId}/document.docx`);
  expect(r.statusCode).toBe(200);
  const xml = await (
    await JSZip.loadAsync(r.rawPayload)
  )
    .file('word/document.xml')!
    .async('string');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
    decodeXmlText(
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  );
}

describe('a plan drafted from lost points', () => {
  it('is signed by default "TM. Ủy ban nhân dân / Chủ tịch" of the district, the name left empty', async () => {
    const plan = await draft();
    expect(plan.content.signature).toEqual({
      mode: 'TM',
      authority: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: '',
    });
  });

  it('has "Tổ chức thực hiện" naming the lead offices with their tasks, the reporting rule and Phòng Nội vụ', async () => {
    const plan = await draft();
    const lines = plan.content.implementation.split('\n');
    const led = new Map<string, number>();
    for (const task of plan.tasks)
      if (task.lead) led.set(task.lead.name, (led.get(task.lead.name) ?? 0) + 1);
    expect(led.size).toBeGreaterThan(1);
    for (const [name, count] of led) {
      const line = lines.find((text) => text.includes(`. ${name}: chủ trì thực hiện`));
      expect(line, name).toBeDefined();
      const leads = line!.split(';')[0]!;
      expect(leads.match(/[IVX]+\.\d+/g)).toHaveLength(count);
    }
    const reporting = lines.findIndex((text) => /^\d+\. Định kỳ/.test(text));
    expect(lines[reporting]).toBe(
      `${reporting + 1}. Định kỳ hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày 15 tháng cuối quý), các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện Lấp Vò (qua Phòng Nội vụ để tổng hợp).`,
    );
    expect(lines[reporting + 1]).toMatch(/^\d+\. Giao Phòng Nội vụ theo dõi, đôn đốc/);
    expect(lines.at(-1)).toMatch(/\(qua Phòng Nội vụ\) để được hướng dẫn, giải quyết\.\/\.$/);
    // Printed under "TỔ CHỨC THỰC HIỆN", unit names with their capitals.
    const paragraphs = await docxParagraphs(plan.id);
    const heading = paragraphs.findIndex((text) => /^[IVX]+\. TỔ CHỨC THỰC HIỆN$/.test(text));
    expect(heading).toBeGreaterThan(0);
    expect(paragraphs[heading + 1]).toBe(lines[0]);
    expect(paragraphs.join('\n')).toContain('Văn phòng HĐND và UBND');
  });

  it('cites the decision that published the results in "Căn cứ"', async () => {
    await publishResults('123/QĐ-UBND', '2024-02-22');
    const plan = await draft();
    expect(plan.content.basis).toEqual([
      {
        number: 'Quyết định số 123/QĐ-UBND',
        date: '2024-02-22',
        issuer: `Ủy ban nhân dân ${f.province.name.replace(/^T/, 't')}`,
        summary: 'về việc công bố kết quả Chỉ số CCHC năm 2023',
      },
    ]);
    const paragraphs = await docxParagraphs(plan.id);
    expect(paragraphs).toContain(
      `Căn cứ Quyết định số 123/QĐ-UBND ngày 22/2/2024 của Ủy ban nhân dân ${f.province.name.replace(/^T/, 't')} về việc công bố kết quả Chỉ số CCHC năm 2023.`,
    );
  });

  it('cites nothing when the results were entered without a decision', async () => {
    expect((await draft()).content.basis).toEqual([]);
  });
});

describe('Giải pháp of a task', () => {
  it('is drafted, edited with If-Match, refused on a stale version, and printed in the appendix and the .xlsx', async () => {
    const plan = await draft();
    const task = plan.tasks[0]!;
    expect(task.solution).toMatch(/^Rà soát nguyên nhân bị trừ [\d,]+ điểm/);
    const solution =
      'Ban hành quy chế phối hợp trong tháng 4/2024.\nTập huấn cho công chức một cửa.';
    const edited = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { solution },
      ifMatch(task.version),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ solution, version: task.version + 1 });
    const stale = await focal.patch(
      `/api/plans/${plan.id}/tasks/${task.id}`,
      { solution: 'Ghi đè' },
      ifMatch(task.version),
    );
    expect(stale.statusCode).toBe(412);
    expect((await getPlan(plan.id)).tasks[0]!.solution).toBe(solution);

    // Appendix: a "Giải pháp" column after "Nội dung", the two lines as two paragraphs of the cell.
    const paragraphs = await docxParagraphs(plan.id);
    const header = paragraphs.indexOf('Nội dung');
    expect(paragraphs.slice(header, header + 3)).toEqual([
      'Nội dung',
      'Giải pháp',
      'Kết quả/sản phẩm',
    ]);
    const content = paragraphs.indexOf(task.content);
    expect(paragraphs.slice(content + 1, content + 3)).toEqual(solution.split('\n'));

    const x = await focal.get(`/api/plans/${plan.id}/tasks.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = headers.indexOf('Giải pháp');
    expect(column).toBeGreaterThan(0);
    const cells = sheet.getColumn(column).values.map(String);
    expect(cells).toContain(solution);
  });
});

describe('issuing needs the signer', () => {
  it('refuses without a title or a name (400, in Vietnamese) and changes nothing', async () => {
    const plan = await draft();
    const noName = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '104', issuedOn: '2024-03-22', signerTitle: 'Chủ tịch' },
      ifMatch(plan.version),
    );
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({
      message: 'Chưa thể ban hành kế hoạch: cần có chức danh và họ tên người ký.',
      details: [{ field: 'signerName', message: 'Nhập họ và tên người ký.' }],
    });
    const noTitle = await focal.post(
      `/api/plans/${plan.id}/issue`,
      { number: '104', issuedOn: '2024-03-22', signerTitle: '  ', signerName: 'Nguyễn Văn A' },
      ifMatch(plan.version),
    );
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().details).toEqual([
      { field: 'signerTitle', message: 'Nhập chức danh người ký (ví dụ: Chủ tịch, Giám đốc).' },
    ]);
    const after = await getPlan(plan.id);
    expect(after).toMatchObject({ status: 'draft', version: plan.version, issuedOn: null });
    expect(after.content.signature).toEqual(plan.content.signature);
  });

  it('issues with the title and name the dialog confirmed, printed in the signature block', async () => {
    const plan = await draft();
    const r = await focal.post(
      `/api/plans/${plan.id}/issue`,
      {
        number: '104',
        issuedOn: '2024-03-22',
        signerTitle: 'Phó Chủ tịch',
        signerName: 'Trương Thị Diệp',
      },
      ifMatch(plan.version),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'issued', documentNumber: '104/KH-UBND' });
    expect(r.json().content.signature).toEqual({
      mode: 'TM',
      authority: 'Ủy ban nhân dân',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Trương Thị Diệp',
    });
    const paragraphs = await docxParagraphs(plan.id);
    expect(paragraphs).toContain('PHÓ CHỦ TỊCH');
    expect(paragraphs).toContain('Trương Thị Diệp');
  });
});
