// The round's documents over HTTP: a unit's self-assessment report and the published ranking
// appendix, read back out of the .docx and .xlsx; who may download them; 409 before the results.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '@domain/frameworks/framework';
import type { NodeResult } from '@domain/results/node-result';
import { buildOrganisation, buildTenant, buildUser } from '../../../test/factories';
import { readSpreadsheet } from '../documents/spreadsheet-reader';
import { createTestApp, TestClient, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow, buildUnitResult } from '../../../test/framework-factories';
import {
  buildAssessmentEntry,
  buildAssessmentEvidence,
  buildAssessmentRound,
  buildAssessmentUnit,
} from '../../../test/assessment-documents-factories';

/** Two areas: the appraised part (70) and the survey part (30: leaders 20, citizens 10). */
const NODES: FrameworkNode[] = [
  { code: '1', parentCode: null, name: 'Công tác chỉ đạo, điều hành', maxPoints: 70 },
  {
    code: '1.1',
    parentCode: '1',
    name: 'Ban hành kế hoạch CCHC',
    maxPoints: 40,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  {
    code: '1.2',
    parentCode: '1',
    name: 'Kiểm tra công tác CCHC',
    maxPoints: 30,
    method: 'appraised',
    rule: { type: 'ratio' },
  },
  { code: '2', parentCode: null, name: 'Điều tra xã hội học', maxPoints: 30, method: 'survey' },
  {
    code: '2.1',
    parentCode: '2',
    name: 'Khảo sát lãnh đạo, công chức',
    maxPoints: 20,
    method: 'survey',
    rule: { type: 'survey' },
  },
  {
    code: '2.2',
    parentCode: '2',
    name: 'Khảo sát người dân, tổ chức',
    maxPoints: 10,
    method: 'survey',
    rule: { type: 'survey' },
  },
];

const scores = (a: number, b: number, leaders: number, citizens: number): NodeResult[] => [
  { nodeCode: '1.1', appraisedScore: a },
  { nodeCode: '1.2', appraisedScore: b },
  { nodeCode: '2.1', surveyScore: leaders },
  { nodeCode: '2.2', surveyScore: citizens },
];

async function textOfDocx(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
      .join('');
  const paragraphs = xml
    .split('</w:p>')
    .map(textOf)
    .filter((text) => text !== '');
  const tables = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf),
    ),
  );
  return { xml, paragraphs, tables };
}

let t: TestApp;
let roundId: string;
let draftRoundId: string;
let office: { id: string };
let home: { id: string };
let justice: { id: string };
let focal: TestClient;
let officeEditor: TestClient;
let appraiser: TestClient;
let districtEditor: TestClient;
let otherTenant: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const { tenant, root } = await buildTenant(t.db, 'Tỉnh Đồng Tháp');
  const tenantId = tenant.id;
  const department = (name: string) =>
    buildOrganisation(t.db, { tenantId, parentId: root.id, type: 'department', name });
  office = await department('Văn phòng UBND tỉnh');
  home = await department('Sở Nội vụ');
  justice = await department('Sở Tư pháp');
  const district = await buildOrganisation(t.db, {
    tenantId,
    parentId: root.id,
    type: 'district',
    name: 'Huyện Lấp Vò',
  });
  const base = { tenantId, ownerOrganisationId: root.id, nodes: NODES };
  const lastYear = await buildFrameworkRow(t.db, { ...base, year: 2025 });
  const framework = await buildFrameworkRow(t.db, {
    ...base,
    year: 2026,
    copiedFromId: lastYear.id,
  });
  // Last year the office ranked first; this year the home affairs department overtakes it.
  for (const [unit, entries] of [
    [office, scores(38, 28, 18, 9.5)],
    [home, scores(36, 27, 17, 9)],
    [justice, scores(30, 20, 15, 8)],
  ] as const)
    await buildUnitResult(t.db, { framework: lastYear, organisationId: unit.id, entries });
  for (const [unit, entries] of [
    [office, scores(35, 26.2, 17.5, 9.39)],
    [home, scores(40, 28, 18, 9)],
    [justice, scores(30, 20, 15, 8)],
  ] as const)
    await buildUnitResult(t.db, { framework, organisationId: unit.id, entries });

  const round = await buildAssessmentRound(t.db, {
    framework,
    ownerOrganisationId: root.id,
    state: 'published',
    name: 'Kế hoạch số 20/KH-UBND ngày 10/01/2026 về đánh giá Chỉ số CCHC',
    publication: {
      number: '123/QĐ-UBND',
      date: '2027-01-15',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    },
  });
  roundId = round.id;
  const ids = { tenantId, roundId };
  // 02:00 UTC on 05/03 is 09:00 in Vietnam: the report is dated 05/03/2026.
  await buildAssessmentUnit(t.db, {
    ...ids,
    organisationId: office.id,
    submittedAt: new Date('2026-03-05T02:00:00Z'),
    difficulties: 'Thiếu công chức chuyên trách CCHC.',
    recommendations: 'Đề nghị tập huấn nghiệp vụ chấm điểm.',
  });
  await buildAssessmentUnit(t.db, { ...ids, organisationId: home.id });
  await buildAssessmentUnit(t.db, { ...ids, organisationId: justice.id });
  await buildAssessmentEntry(t.db, {
    ...ids,
    organisationId: office.id,
    nodeCode: '1.1',
    selfScore: 38,
  });
  await buildAssessmentEntry(t.db, {
    ...ids,
    organisationId: office.id,
    nodeCode: '1.2',
    selfScore: 27.5,
    selfExplanation: 'Biên bản kiểm tra đang chờ ký.',
  });
  await buildAssessmentEvidence(t.db, {
    ...ids,
    organisationId: office.id,
    nodeCode: '1.1',
    document: {
      number: '15/KH-VP',
      date: '2026-01-05',
      issuer: 'Văn phòng UBND tỉnh',
      pointer: 'Mục II',
      summary: 'Kế hoạch cải cách hành chính năm 2026',
    },
  });
  await buildAssessmentEvidence(t.db, {
    ...ids,
    organisationId: office.id,
    nodeCode: '1.1',
    fileName: 'ke-hoach-cchc-2026.pdf',
    note: 'Bản ký số của kế hoạch',
  });

  const nextYear = await buildFrameworkRow(t.db, { ...base, year: 2027 });
  const draft = await buildAssessmentRound(t.db, {
    framework: nextYear,
    ownerOrganisationId: root.id,
    state: 'appraisal',
  });
  draftRoundId = draft.id;
  await buildAssessmentUnit(t.db, { tenantId, roundId: draftRoundId, organisationId: office.id });

  const user = (role: 'focal' | 'editor' | 'appraiser', organisationId: string) =>
    buildUser(t.db, {
      tenantId,
      homeOrganisationId: organisationId,
      grants: [{ role, organisationId }],
    });
  focal = await TestClient.signedInAs(t, await user('focal', root.id));
  officeEditor = await TestClient.signedInAs(t, await user('editor', office.id));
  appraiser = await TestClient.signedInAs(t, await user('appraiser', office.id));
  districtEditor = await TestClient.signedInAs(t, await user('editor', district.id));
  const other = await buildTenant(t.db, 'Tỉnh Khác');
  otherTenant = await TestClient.signedInAs(
    t,
    await buildUser(t.db, {
      tenantId: other.tenant.id,
      homeOrganisationId: other.root.id,
      grants: [{ role: 'focal', organisationId: other.root.id }],
    }),
  );
});
afterAll(() => t.close());

const reportUrl = (organisationId: string, round = roundId) =>
  `/api/assessment-rounds/${round}/units/${organisationId}/self-assessment-report.docx`;

describe('GET …/units/:organisationId/self-assessment-report.docx', () => {
  it('writes the submitted report: header under the committee, dated, the three parts with the figures', async () => {
    const response = await focal.get(reportUrl(office.id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain(
      'Bao-cao-tu-danh-gia-Van-phong-UBND-tinh-2026.docx',
    );
    const { paragraphs, tables } = await textOfDocx(response.rawPayload);
    expect(paragraphs).not.toContain('DỰ THẢO');
    expect(tables[0]).toEqual([
      [
        'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁPVĂN PHÒNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      ],
      ['Số:      /BC-VP', 'Đồng Tháp, ngày 05 tháng 3 năm 2026'],
    ]);
    expect(paragraphs).toContain(
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026',
    );
    const parts = ['I. KẾT QUẢ', 'II. GIẢI TRÌNH', 'III. KHÓ KHĂN'].map((start) =>
      paragraphs.findIndex((text) => text.startsWith(start)),
    );
    expect(parts.every((index) => index > 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    expect(paragraphs).toContain('Tổng điểm tự đánh giá: 65,5/70 điểm, đạt 93,57%.');
    expect(tables[1]).toEqual([
      ['Mã', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Số tài liệu kiểm chứng'],
      ['1', 'Công tác chỉ đạo, điều hành', '70', '65,5', '2'],
      ['1.1', 'Ban hành kế hoạch CCHC', '40', '38', '2'],
      ['1.2', 'Kiểm tra công tác CCHC', '30', '27,5', '0'],
      ['2', 'Điều tra xã hội học', '30', 'Điều tra XHH', '0'],
      ['2.1', 'Khảo sát lãnh đạo, công chức', '20', 'Điều tra XHH', '0'],
      ['2.2', 'Khảo sát người dân, tổ chức', '10', 'Điều tra XHH', '0'],
      ['', 'Tổng điểm tự đánh giá', '70', '65,5', '2'],
    ]);
    expect(tables[2]).toEqual([
      ['Mã', 'Tiêu chí', 'Điểm tự chấm', 'Giải trình'],
      ['1.2', 'Kiểm tra công tác CCHC', '27,5', 'Biên bản kiểm tra đang chờ ký.'],
    ]);
    const difficulties = paragraphs.indexOf('1. Khó khăn, vướng mắc');
    expect(paragraphs.slice(difficulties, difficulties + 4)).toEqual([
      '1. Khó khăn, vướng mắc',
      'Thiếu công chức chuyên trách CCHC.',
      '2. Kiến nghị, đề xuất',
      'Đề nghị tập huấn nghiệp vụ chấm điểm.',
    ]);
    expect(paragraphs).toContain('CHÁNH VĂN PHÒNG');
    expect(paragraphs).toContain('- Ủy ban nhân dân tỉnh Đồng Tháp (báo cáo);');
  });

  it('appends the evidence list with the document number, date, issuer, pointer and file name', async () => {
    const { xml, paragraphs, tables } = await textOfDocx(
      (await focal.get(reportUrl(office.id))).rawPayload,
    );
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(paragraphs).toContain('DANH MỤC TÀI LIỆU KIỂM CHỨNG');
    expect(tables.at(-1)!.slice(1)).toEqual([
      ['I', 'Công tác chỉ đạo, điều hành'],
      [
        '1',
        '1.1',
        'Kế hoạch cải cách hành chính năm 2026',
        '15/KH-VP',
        '05/01/2026',
        'Văn phòng UBND tỉnh',
        'Mục II',
        '',
      ],
      ['2', '1.1', 'Bản ký số của kế hoạch', '', '', '', '', 'ke-hoach-cchc-2026.pdf'],
    ]);
  });

  it('marks the report of a unit that has not submitted as DỰ THẢO, undated', async () => {
    const response = await focal.get(reportUrl(home.id));
    expect(response.statusCode, response.body).toBe(200);
    const { paragraphs, tables } = await textOfDocx(response.rawPayload);
    expect(paragraphs[0]).toBe('DỰ THẢO');
    expect(tables[0]![1]![1]).toBe('Đồng Tháp, ngày      tháng      năm 2026');
  });

  it("lets the unit's editor and the unit's appraiser download it; a reader of another branch gets 403", async () => {
    expect((await officeEditor.get(reportUrl(office.id))).statusCode).toBe(200);
    expect((await appraiser.get(reportUrl(office.id))).statusCode).toBe(200);
    expect((await officeEditor.get(reportUrl(home.id))).statusCode).toBe(403);
    expect((await districtEditor.get(reportUrl(office.id))).statusCode).toBe(403);
  });

  it('answers 404 to another tenant and for a unit not taking part', async () => {
    expect((await otherTenant.get(reportUrl(office.id))).statusCode).toBe(404);
    const response = await focal.get(
      reportUrl(office.id, draftRoundId).replace(office.id, home.id),
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/assessment-rounds/:id/publication.docx and .xlsx', () => {
  it('writes the ranking appendix under the decision, from the year results, best first', async () => {
    const response = await focal.get(`/api/assessment-rounds/${roundId}/publication.docx`);
    expect(response.statusCode, response.body).toBe(200);
    const { xml, paragraphs, tables } = await textOfDocx(response.rawPayload);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(paragraphs.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA CÁC SỞ, BAN, NGÀNH',
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Đồng Tháp)',
    ]);
    expect(tables[0]).toEqual([
      [
        'STT',
        'Đơn vị',
        'Điểm thẩm định',
        'Điểm điều tra xã hội học',
        'Tổng điểm',
        'Chỉ số (%)',
        'Xếp hạng',
        'Xếp loại',
        'So với năm trước',
      ],
      ['1', 'Sở Nội vụ', '68', '27', '95', '95', '1/3', 'Tốt', 'Tăng 01 bậc (năm 2025: hạng 2)'],
      [
        '2',
        'Văn phòng UBND tỉnh',
        '61,2',
        '26,89',
        '88,09',
        '88,09',
        '2/3',
        'Khá',
        'Giảm 01 bậc (năm 2025: hạng 1)',
      ],
      [
        '3',
        'Sở Tư pháp',
        '50',
        '23',
        '73',
        '73',
        '3/3',
        'Trung bình',
        'Giữ nguyên thứ hạng (năm 2025: hạng 3)',
      ],
    ]);
  });

  it('writes the same table as .xlsx with the figures as numbers', async () => {
    const response = await focal.get(`/api/assessment-rounds/${roundId}/publication.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    const sheet = await readSpreadsheet(response.rawPayload, 'xep-hang.xlsx');
    expect(sheet.headers[0]).toBe('PHỤ LỤC');
    const header = sheet.rows.findIndex((row) => row.values[0] === 'STT');
    expect(sheet.rows[header]!.values.slice(2, 5)).toEqual([
      'Điểm thẩm định',
      'Điểm điều tra xã hội học',
      'Tổng điểm',
    ]);
    expect(sheet.rows.slice(header + 1).map((row) => row.cells)).toEqual([
      [1, 'Sở Nội vụ', 68, 27, 95, 95, 1, 'Tốt', 'Tăng 01 bậc (năm 2025: hạng 2)'],
      [
        2,
        'Văn phòng UBND tỉnh',
        61.2,
        26.89,
        88.09,
        88.09,
        2,
        'Khá',
        'Giảm 01 bậc (năm 2025: hạng 1)',
      ],
      [3, 'Sở Tư pháp', 50, 23, 73, 73, 3, 'Trung bình', 'Giữ nguyên thứ hạng (năm 2025: hạng 3)'],
    ]);
  });

  it('answers 409 "Đợt đánh giá chưa có kết quả chính thức" before the round is final', async () => {
    for (const kind of ['docx', 'xlsx']) {
      const response = await focal.get(
        `/api/assessment-rounds/${draftRoundId}/publication.${kind}`,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('Đợt đánh giá chưa có kết quả chính thức.');
    }
  });

  it('lets a taking-part unit read it; a reader of another branch gets 403, another tenant 404', async () => {
    expect(
      (await officeEditor.get(`/api/assessment-rounds/${roundId}/publication.docx`)).statusCode,
    ).toBe(200);
    expect(
      (await districtEditor.get(`/api/assessment-rounds/${roundId}/publication.xlsx`)).statusCode,
    ).toBe(403);
    expect(
      (await otherTenant.get(`/api/assessment-rounds/${roundId}/publication.docx`)).statusCode,
    ).toBe(404);
  });
});
