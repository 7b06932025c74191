import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import {
  MISSING_EXPLANATION,
  buildSelfAssessmentDocument,
  type SelfAssessmentReportInput,
} from './self-assessment-document';
import type { DocumentTable } from './document-table';

const province = { name: 'Tỉnh Đồng Tháp', type: 'province' as const, parent: null };

function reportInput(
  overrides: Partial<SelfAssessmentReportInput> = {},
): SelfAssessmentReportInput {
  return {
    unit: { name: 'Văn phòng UBND tỉnh', type: 'department', parent: province },
    owner: province,
    round: { name: 'Kế hoạch tự đánh giá, chấm điểm Chỉ số CCHC năm 2026', year: 2026 },
    framework: buildFramework({
      year: 2026,
      nodes: [
        group('1', 5, { name: 'Công tác chỉ đạo, điều hành' }),
        leaf('1.1', 2, { name: 'Ban hành kế hoạch CCHC' }),
        leaf('1.2', 3, { name: 'Kiểm tra công tác CCHC' }),
        group('2', 5, { name: 'Cải cách thể chế' }),
        leaf('2.1', 5, { name: 'Rà soát văn bản quy phạm pháp luật' }),
        group('3', 10, { name: 'Điều tra xã hội học', method: 'survey' }),
        leaf('3.1', 10, { name: 'Khảo sát lãnh đạo', method: 'survey', rule: { type: 'survey' } }),
      ],
    }),
    exemptNodeCodes: [],
    entries: [
      { nodeCode: '1.1', selfScore: 2, notApplicable: false, selfExplanation: '' },
      {
        nodeCode: '1.2',
        selfScore: 1.5,
        notApplicable: false,
        selfExplanation: 'Đoàn kiểm tra đã làm việc, biên bản đang hoàn thiện',
      },
      { nodeCode: '2.1', selfScore: 4.25, notApplicable: false, selfExplanation: '' },
    ],
    evidence: [
      {
        nodeCode: '1.1',
        kind: 'document',
        fileName: null,
        document: {
          number: '15/KH-VP',
          date: '2026-01-05',
          issuer: 'Văn phòng UBND tỉnh',
          pointer: 'Mục II',
          summary: 'Kế hoạch CCHC năm 2026',
        },
        note: '',
      },
      {
        nodeCode: '2.1',
        kind: 'file',
        fileName: 'bao-cao-ra-soat.pdf',
        document: null,
        note: 'Báo cáo rà soát',
      },
    ],
    submittedOn: '2026-03-05',
    difficulties: 'Thiếu công chức chuyên trách.\n- Phần mềm chưa liên thông',
    recommendations: '',
    ...overrides,
  };
}

const tables = (model: ReturnType<typeof buildSelfAssessmentDocument>): DocumentTable[] =>
  model.body.flatMap((item) => (item.kind === 'table' ? [item.table] : []));
const texts = (model: ReturnType<typeof buildSelfAssessmentDocument>): string[] =>
  model.body.flatMap((item) => (item.kind === 'table' ? [] : [item.text]));

describe('buildSelfAssessmentDocument', () => {
  it('heads the report with the unit under its committee, "Số:      /BC-VP" and the submission date', () => {
    const model = buildSelfAssessmentDocument(reportInput());
    expect(model.parentBody).toBe('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP');
    expect(model.issuingBodyLines).toEqual(['VĂN PHÒNG']);
    expect(model.numberLine).toBe('Số:      /BC-VP');
    expect(model.placeDateLine).toBe('Đồng Tháp, ngày 05 tháng 3 năm 2026');
    expect(model.draftMark).toBeNull();
    expect(model.documentType).toBe('BÁO CÁO');
    expect(model.title).toBe('Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026');
  });

  it('is a DỰ THẢO with an undated place line while the unit has not submitted', () => {
    const model = buildSelfAssessmentDocument(reportInput({ submittedOn: null }));
    expect(model.draftMark).toBe('DỰ THẢO');
    expect(model.placeDateLine).toBe('Đồng Tháp, ngày      tháng      năm 2026');
  });

  it('sets out the three parts in order: scores, explanations, difficulties and recommendations', () => {
    const headings = buildSelfAssessmentDocument(reportInput())
      .body.filter((item) => item.kind === 'heading1')
      .map((item) => (item.kind === 'table' ? '' : item.text));
    expect(headings).toEqual([
      'I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM',
      'II. GIẢI TRÌNH ĐỐI VỚI CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG',
      'III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
  });

  it('tabulates the self scores by area and criterion with the evidence counts and the total in Vietnamese form', () => {
    const [summary] = tables(buildSelfAssessmentDocument(reportInput()));
    expect(summary!.columns.map((column) => column.title)).toEqual([
      'Mã',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Số tài liệu kiểm chứng',
    ]);
    expect(summary!.rows.map((row) => [row.style, ...row.cells])).toEqual([
      ['group', '1', 'Công tác chỉ đạo, điều hành', '5', '3,5', '1'],
      ['plain', '1.1', 'Ban hành kế hoạch CCHC', '2', '2', '1'],
      ['plain', '1.2', 'Kiểm tra công tác CCHC', '3', '1,5', '0'],
      ['group', '2', 'Cải cách thể chế', '5', '4,25', '1'],
      ['plain', '2.1', 'Rà soát văn bản quy phạm pháp luật', '5', '4,25', '1'],
      ['group', '3', 'Điều tra xã hội học', '10', 'Điều tra XHH', '0'],
      ['plain', '3.1', 'Khảo sát lãnh đạo', '10', 'Điều tra XHH', '0'],
      ['total', '', 'Tổng điểm tự đánh giá', '10', '7,75', '2'],
    ]);
  });

  it('states the total and the index of the self-assessed part, and the survey part left out', () => {
    const lines = texts(buildSelfAssessmentDocument(reportInput()));
    expect(lines).toContain('Tổng điểm tự đánh giá: 7,75/10 điểm, đạt 77,5%.');
    expect(lines).toContain(
      'Điểm tự đánh giá chưa gồm 10 điểm các tiêu chí đánh giá qua điều tra xã hội học.',
    );
  });

  it('lists an item without evidence with its explanation, and one left unexplained as such', () => {
    const explained = tables(buildSelfAssessmentDocument(reportInput()))[1]!;
    expect(explained.rows.map((row) => row.cells)).toEqual([
      [
        '1.2',
        'Kiểm tra công tác CCHC',
        '1,5',
        'Đoàn kiểm tra đã làm việc, biên bản đang hoàn thiện',
      ],
    ]);
    const input = reportInput();
    const unexplained = buildSelfAssessmentDocument({
      ...input,
      evidence: input.evidence.filter((item) => item.nodeCode !== '2.1'),
    });
    expect(tables(unexplained)[1]!.rows.map((row) => row.cells[0] + ':' + row.cells[3])).toEqual([
      '1.2:Đoàn kiểm tra đã làm việc, biên bản đang hoàn thiện',
      `2.1:${MISSING_EXPLANATION}`,
    ]);
  });

  it("prints the unit's difficulties as paragraphs and bullets, and 'Không có.' for empty recommendations", () => {
    const lines = texts(buildSelfAssessmentDocument(reportInput()));
    const from = lines.indexOf('1. Khó khăn, vướng mắc');
    expect(lines.slice(from, from + 5)).toEqual([
      '1. Khó khăn, vướng mắc',
      'Thiếu công chức chuyên trách.',
      '- Phần mềm chưa liên thông',
      '2. Kiến nghị, đề xuất',
      'Không có.',
    ]);
  });

  it('leaves a not-applicable area out of the total and prints it as such', () => {
    const model = buildSelfAssessmentDocument(
      reportInput({ exemptNodeCodes: ['2'], exemptionNote: 'Đơn vị không ban hành văn bản QPPL.' }),
    );
    const summary = tables(model)[0]!;
    expect(summary.rows.find((row) => row.cells[0] === '2.1')!.cells[3]).toBe('Không áp dụng');
    expect(summary.rows.at(-1)!.cells.slice(2, 4)).toEqual(['5', '3,5']);
    expect(texts(model)).toContain('Tổng điểm tự đánh giá: 3,5/5 điểm, đạt 70%.');
    expect(texts(model)).toContain(
      'Nội dung không áp dụng đối với đơn vị: 2. Cải cách thể chế (Đơn vị không ban hành văn bản QPPL).',
    );
  });

  it('signs as the unit head and sends it to the round owner', () => {
    const model = buildSelfAssessmentDocument(reportInput());
    expect(model.signatureLines).toEqual(['CHÁNH VĂN PHÒNG']);
    expect(model.recipientLines).toEqual([
      '- Ủy ban nhân dân tỉnh Đồng Tháp (báo cáo);',
      '- Hội đồng thẩm định;',
      '- Lưu: VT.',
    ]);
  });

  it('lists the evidence by area with document number, date, issuer, pointer and file name', () => {
    const { appendix } = buildSelfAssessmentDocument(reportInput());
    expect(appendix.subtitle).toBe(
      '(Kèm theo Báo cáo số      /BC-VP ngày      /     /2026 của Văn phòng UBND tỉnh)',
    );
    expect(appendix.rows).toEqual([
      { kind: 'area', numeral: 'I', text: 'Công tác chỉ đạo, điều hành' },
      {
        kind: 'item',
        cells: [
          '1',
          '1.1',
          'Kế hoạch CCHC năm 2026',
          '15/KH-VP',
          '05/01/2026',
          'Văn phòng UBND tỉnh',
          'Mục II',
          '',
        ],
      },
      { kind: 'area', numeral: 'II', text: 'Cải cách thể chế' },
      {
        kind: 'item',
        cells: ['1', '2.1', 'Báo cáo rà soát', '', '', '', '', 'bao-cao-ra-soat.pdf'],
      },
    ]);
  });
});
