// The consolidated report of a period over HTTP: generated from the units' reports, edited and
// kept (If-Match), downloaded as a state-format .docx and an .xlsx of every task.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SubmissionDto } from '@contract/reports';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  buildReportFixture,
  ifMatch,
  reportUrl,
  type ReportFixture,
} from '../../../test/report-fixtures';

const Q1 = '2024-Q1';
let t: TestApp;
let f: ReportFixture;
const base = () => `/api/plans/${f.plan.id}/consolidated/${Q1}`;

beforeAll(async () => {
  t = await createTestApp();
  f = await buildReportFixture(t);
  const nv = await f.client(f.users.nvEditor);
  const url = reportUrl(f.plan, Q1, f.nvId);
  const empty = (await nv.get(url)).json() as SubmissionDto;
  const saved = await nv.request('PUT', url, {
    body: {
      difficulties: 'Thiếu máy quét tài liệu',
      proposals: 'Cấp thêm 02 máy quét',
      kpiValues: [{ targetIndex: 0, value: '97,5' }],
      entries: empty.entries.map((entry) => ({
        taskId: entry.task.id,
        status: 'done',
        progress: 100,
        result: 'Đã rà soát 25 thủ tục hành chính',
        reason: '',
        documentRefs: [],
      })),
    },
    headers: ifMatch(0),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await nv.post(`${url}/submit`, {}, ifMatch(saved.json().version));
  const accepted = await f.focal.post(
    `${url}/review`,
    { decision: 'accept' },
    ifMatch(submitted.json().version),
  );
  expect(accepted.statusCode, accepted.body).toBe(200);
});
afterAll(() => t.close());

describe('the consolidated report of a period', () => {
  it('is generated from the accepted report: results, difficulties quoted by unit, who is late', async () => {
    const r = await f.focal.get(base());
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    const text = report.sections.map((section: { text: string }) => section.text).join('\n');
    expect(text).toContain('Đã rà soát 25 thủ tục hành chính');
    expect(text).toContain('Thiếu máy quét tài liệu');
    expect(report.acceptedUnits.map((unit: { name: string }) => unit.name)).toEqual([
      'Phòng Nội vụ',
    ]);
    expect(
      report.lateOrMissingUnits.map((row: { organisation: { name: string }; status: string }) => [
        row.organisation.name,
        row.status,
      ]),
    ).toEqual([
      // Phòng Nội vụ's report, due 15/03/2024, came in on TEST_TODAY (2026): accepted, but listed late.
      ['Phòng Nội vụ', 'late'],
      ['Phòng Văn hóa và Thông tin', 'missing'],
    ]);
    expect(report.version).toBe(0);
  });

  it('keeps an edited section (If-Match), restores the generated text when emptied, 412 when stale', async () => {
    const first = (await f.focal.get(base())).json();
    const key = first.sections[0].key as string;
    const edited = await f.focal.request('PUT', base(), {
      body: { sections: { [key]: 'Tình hình triển khai đã được rà soát lại.' } },
      headers: ifMatch(0),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().sections[0]).toMatchObject({
      text: 'Tình hình triển khai đã được rà soát lại.',
      edited: true,
    });
    const stale = await f.focal.request('PUT', base(), {
      body: { sections: {} },
      headers: ifMatch(0),
    });
    expect(stale.statusCode).toBe(412);
    const restored = await f.focal.request('PUT', base(), {
      body: { sections: { [key]: '  ' } },
      headers: ifMatch(edited.json().version),
    });
    expect(restored.json().sections[0]).toMatchObject({
      text: first.sections[0].text,
      edited: false,
    });
    const editor = await f.client(f.users.nvEditor);
    const refused = await editor.request('PUT', base(), {
      body: { sections: {} },
      headers: ifMatch(2),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('downloads as a .docx in the state format with the task table, and as an .xlsx of every task', async () => {
    const docx = await f.focal.get(`${base()}/report.docx`);
    expect(docx.statusCode).toBe(200);
    // Named for the period and the plan, folded, one "-" between words: "Bao-cao-Quy-I-2024-Ke-hoach-12-KH-UBND.docx".
    const docxName = /filename="([^"]*)"/.exec(String(docx.headers['content-disposition']))?.[1];
    expect(docxName).toMatch(/^Bao-cao-[A-Za-z0-9]+(-[A-Za-z0-9]+)*-Ke-hoach-12-KH-UBND\.docx$/);
    const xml = await (
      await JSZip.loadAsync(docx.rawPayload)
    )
      .file('word/document.xml')!
      .async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join('');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      '12/KH-UBND',
      'Số:      /BC-UBND',
      'Rà soát thủ tục hành chính',
    ])
      expect(text, expected).toContain(expected);
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toMatch(/w:orient="landscape"/);

    const xlsx = await f.focal.get(`${base()}/tasks.xlsx`);
    expect(String(xlsx.headers['content-disposition'])).toMatch(
      /^attachment; filename="Tinh-hinh-nhiem-vu-[A-Za-z0-9]+(-[A-Za-z0-9]+)*-Ke-hoach-12-KH-UBND\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(f.plan.tasks.length + 1);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain('Đã rà soát 25 thủ tục hành chính');
  });
});
