// The three shared samples read through the whole pipeline: header, number, date, title, basis,
// signer and recipients by hand-written expectations (the acceptance for these parts).
import { describe, expect, it } from 'vitest';
import { SAMPLE_000_TEXT } from './fixtures/sample-000.fixture';
import { SAMPLE_002_TEXT } from './fixtures/sample-002.fixture';
import { SAMPLE_004_TEXT } from './fixtures/sample-004.fixture';
import { cleanSource } from './clean-source';
import type { ImportContext } from './imported-plan';
import { readPlanDocument } from './read-plan-document';
import { readReporting } from './read-reporting';
import { readTargets } from './read-targets';
import { plainTextDocument } from './source-document';
import { splitParts } from './split-parts';
import { MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH } from '../../reports/reporting-rule';

const ctx: ImportContext = {
  issuerOrganisationId: 'u1',
  year: null,
  units: [],
  frameworks: [
    { id: 'par-2024', indexKind: 'par_index', name: 'Chỉ số CCHC 2024', year: 2024, nodes: [] },
    { id: 'sipas-2024', indexKind: 'sipas', name: 'Chỉ số hài lòng 2024', year: 2024, nodes: [] },
  ],
  overrides: [],
};
const read = (text: string) => readPlanDocument(plainTextDocument(text), ctx);
const bodyOf = (text: string) => splitParts(cleanSource(plainTextDocument(text), [])).body;

describe('sample 000 (Lấp Vò district)', () => {
  const plan = read(SAMPLE_000_TEXT);

  it('reads the header', () => {
    expect(plan.content).toMatchObject({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      number: '104',
      symbol: 'KH-UBND',
      place: 'Lấp Vò',
      issuedOn: '2024-03-22',
      year: 2024,
      title:
        'Triển khai thực hiện cải thiện Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ hành chính huyện Lấp Vò năm 2024',
    });
  });

  it('reads the two Căn cứ reports and keeps "Nhằm …" as the preamble', () => {
    expect(plan.content.basis.map((item) => [item.number, item.date, item.issuer])).toEqual([
      ['Báo cáo số 235/BC-SNV', '2024-01-24', 'Sở Nội vụ'],
      ['Báo cáo số 266/BC-SNV', '2024-01-26', 'Sở Nội vụ'],
    ]);
    expect(plan.content.preamble).toMatch(/^Nhằm tiếp tục phát huy kết quả đạt được/);
  });

  it('reads the signature TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH / Trương Thị Diệp and nine recipients', () => {
    expect(plan.content.signature).toEqual({
      mode: 'Q',
      authority: 'CHỦ TỊCH',
      signerTitle: '',
      signerName: 'Trương Thị Diệp',
    });
    expect(plan.content.recipients).toEqual([
      'TT HU; TT HĐND Huyện',
      'Ban Dân vận Huyện uỷ',
      'UB. MTTQ và các tổ chức chính trị xã hội (phối hợp)',
      'CT và các PCT/UBND Huyện',
      'Các cơ quan chuyên môn, các đơn vị sự nghiệp thuộc UBND Huyện',
      'UBND xã, thị trấn',
      'LĐVP+CV(Hoa)',
      'Lưu: VT, NV, H',
    ]);
  });

  it('reads the targets of MỤC ĐÍCH and the reporting duty of TỔ CHỨC THỰC HIỆN', () => {
    const body = bodyOf(SAMPLE_000_TEXT);
    const purpose = body.filter((p) => /phấn đấu/iu.test(p.text));
    const targets = readTargets(purpose, { frameworks: ctx.frameworks, year: 2024 }).targets;
    expect(targets.map((t) => [t.kind, t.value, t.frameworkId])).toEqual([
      ['rank_top', 8, 'par-2024'],
      ['above_last_year', null, 'par-2024'],
      ['number', 85, 'par-2024'],
      ['number', 85, 'sipas-2024'],
    ]);
    const implementation = body.slice(body.findIndex((p) => p.text.startsWith('III. TỔ CHỨC')));
    expect(readReporting(implementation, 2024)?.rule).toEqual(MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH);
  });
});

describe('sample 002 (provincial office, no header block)', () => {
  const plan = read(SAMPLE_002_TEXT);

  it('reads no bodies, number or date, and the two-line title', () => {
    expect(plan.content).toMatchObject({
      issuingBody: '',
      number: null,
      issuedOn: null,
      year: 2024,
      title:
        'Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính; Chỉ số hài lòng về sự phục vụ hành chính năm 2023',
    });
  });

  it('reads the three documents the "Thực hiện" sentence names', () => {
    expect(plan.content.basis.map((item) => [item.number, item.date])).toEqual([
      ['Quyết định số 93/QĐ-UBND', '2024-01-17'],
      ['Quyết định số 94/QĐ-UBND', '2024-01-17'],
      ['Công văn số 385/UBND-NC', '2024-01-24'],
    ]);
  });

  it('reads CHÁNH VĂN PHÒNG / Trần Bình Minh and four recipients', () => {
    expect(plan.content.signature).toMatchObject({
      mode: 'direct',
      signerTitle: 'CHÁNH VĂN PHÒNG',
      signerName: 'Trần Bình Minh',
    });
    expect(plan.content.recipients).toEqual([
      'Sở Nội vụ',
      'Lãnh đạo Văn phòng UBND tỉnh',
      'Các phòng, ban, đơn vị',
      'Lưu: VT, TCHCQT, H01b',
    ]);
  });
});

describe('sample 004 (Giao Long commune, draft number and date)', () => {
  const plan = read(SAMPLE_004_TEXT);

  it('reads the header of a draft: no number, no day, the year from the title', () => {
    expect(plan.content).toMatchObject({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ GIAO LONG',
      number: null,
      symbol: 'KH-UBND',
      place: 'Giao Long',
      issuedOn: null,
      year: 2024,
      title: 'Thực hiện công tác cải cách hành chính năm 2024',
    });
  });

  it('reads the district plan it implements as its basis', () => {
    expect(plan.content.basis).toEqual([
      {
        number: 'Kế hoạch số 16/KH-UBND',
        date: '2024-01-03',
        issuer: 'Ủy ban nhân dân huyện Châu Thành',
        summary: 'về việc thực hiện công tác cải cách hành chính (CCHC) năm 2024',
      },
    ]);
  });

  it('prints no signer and reads eight recipients', () => {
    expect(plan.content.signature).toEqual({
      mode: 'direct',
      authority: '',
      signerTitle: '',
      signerName: '',
    });
    expect(plan.content.recipients).toHaveLength(8);
    expect(plan.content.recipients.at(-1)).toBe('Lưu: VT,VP (27b)');
  });

  it('reads the CHỈ TIÊU paragraphs: two numbers in one, free text, a leading share', () => {
    const body = bodyOf(SAMPLE_004_TEXT);
    const from = body.findIndex((p) => p.text.startsWith('II. CÁC CHỈ TIÊU'));
    const to = body.findIndex((p) => p.text.startsWith('III. '));
    const targets = readTargets(body.slice(from + 1, to), {
      frameworks: ctx.frameworks,
      year: 2024,
    }).targets;
    expect(targets.map((t) => [t.kind, t.value])).toEqual([
      ['number', 100],
      ['number', 98],
      ['free_text', null],
      ['free_text', null],
      ['number', 100],
      ['free_text', null],
    ]);
  });
});
