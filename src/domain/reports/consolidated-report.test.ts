import { describe, expect, it } from 'vitest';
import { formatViNumber } from '../shared/vi-format';
import {
  applyNarrativeEdits,
  buildConsolidatedDocument,
  buildConsolidatedSections,
  reportSymbol,
  reportTaskRows,
  type ConsolidatedSection,
} from './consolidated-report';
import { consolidatedFixture as fixture } from './consolidated-report.fixture';

const sectionText = (sections: readonly ConsolidatedSection[], key: string) =>
  sections.find((section) => section.key === key)?.text ?? 'missing';

describe('formatViNumber in the report', () => {
  it.each([
    [66.666, 1, '66,7'],
    [(2 / 3) * 100, 1, '66,7'],
    [50, 1, '50'],
    [1.75, 2, '1,75'],
    [98.25, 2, '98,25'],
  ])('%s with %s digits → %s', (value, digits, expected) => {
    expect(formatViNumber(value, digits)).toBe(expected);
  });
});

describe('buildConsolidatedSections', () => {
  const sections = buildConsolidatedSections(fixture());

  it('lists the sections in order, one per area', () => {
    expect(sections.map((section) => [section.key, section.heading])).toEqual([
      ['overview', 'Tình hình triển khai'],
      ['area:1', 'Cải cách thể chế'],
      ['area:2', 'Cải cách thủ tục hành chính'],
      ['kpi', 'Kết quả thực hiện các chỉ tiêu'],
      ['late', 'Đơn vị nộp báo cáo muộn, chưa nộp báo cáo'],
      ['difficulties', 'Khó khăn, vướng mắc'],
      ['proposals', 'Đề xuất, kiến nghị'],
      ['next', 'Nhiệm vụ trọng tâm kỳ tới'],
    ]);
  });

  it('counts units on time, late and missing, and the tasks done', () => {
    expect(sectionText(sections, 'overview').split('\n')).toEqual([
      'Kỳ báo cáo Quý I/2024 (số liệu từ ngày 15/12/2023 đến ngày 14/3/2024, hạn nộp ngày 15/3/2024).',
      'Có 3 đơn vị phải báo cáo: 1 đơn vị nộp đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp; đã tiếp nhận 1 báo cáo làm cơ sở tổng hợp.',
      'Kế hoạch có 4 nhiệm vụ: hoàn thành 2 nhiệm vụ (đạt 50%), đang thực hiện 1, chưa thực hiện 1, không thực hiện được 0.',
      'Các nhiệm vụ chưa hoàn thành có thể lấy lại 1,25 điểm Chỉ số cải cách hành chính.',
    ]);
  });

  it('writes 66,7% when two of three tasks are done', () => {
    const input = fixture();
    input.tasks = input.tasks.slice(1);
    expect(sectionText(buildConsolidatedSections(input), 'overview')).toContain(
      'Kế hoạch có 3 nhiệm vụ: hoàn thành 1 nhiệm vụ (đạt 33,3%)',
    );
    input.tasks = input.tasks.map((task, index) =>
      index < 2 ? { ...task, status: 'done' } : task,
    );
    expect(sectionText(buildConsolidatedSections(input), 'overview')).toContain('(đạt 66,7%)');
  });

  it.each([
    [
      'area:1',
      [
        '- Rà soát văn bản quy phạm pháp luật (Phòng Tư pháp chủ trì): hoàn thành. Đơn vị chủ trì chưa có báo cáo được tiếp nhận.',
        '+ UBND xã A (phối hợp): hoàn thành. Đã gửi danh mục văn bản.',
        '- Kiểm tra việc thi hành pháp luật (UBND xã A chủ trì): đang thực hiện, đạt 60%. Kết quả: Đã kiểm tra 3/5 ấp. Lý do: Thiếu nhân lực. Văn bản: Văn bản số 12/BC-UBND ngày 05/3/2024 của UBND xã A. Kèm 2 minh chứng.',
      ],
    ],
    [
      'area:2',
      [
        '- Công khai thủ tục hành chính (UBND xã A chủ trì): hoàn thành. Kết quả: Niêm yết đủ 100% thủ tục. Văn bản: Quyết định số 3/QĐ-UBND về công khai TTHC.',
        '- Số hóa hồ sơ (UBND xã C chủ trì): chưa thực hiện. Đơn vị chủ trì chưa có báo cáo được tiếp nhận.',
      ],
    ],
    [
      'kpi',
      [
        '- Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 98%: UBND xã A 99%.',
        '- Xếp hạng Chỉ số CCHC thuộc nhóm 5 huyện dẫn đầu: chưa có đơn vị báo cáo số liệu.',
        '- Số cuộc kiểm tra CCHC ≥ 2 cuộc: chưa có đơn vị báo cáo số liệu.',
      ],
    ],
    [
      'late',
      [
        '- UBND xã B: nộp muộn 3 ngày.',
        '- UBND xã C: chưa nộp (quá hạn).',
        'Đề nghị các đơn vị trên nghiêm túc thực hiện chế độ báo cáo theo quy định.',
      ],
    ],
    ['difficulties', ['- UBND xã A: Thiếu công chức chuyên trách.', '+ Trang thiết bị xuống cấp.']],
    ['proposals', ['- UBND xã A: Đề nghị bổ sung kinh phí số hóa.']],
    [
      'next',
      [
        'Tiếp tục triển khai các nhiệm vụ chưa hoàn thành:',
        '- Kiểm tra việc thi hành pháp luật: UBND xã A chủ trì; thời gian: Quý II/2024.',
        '- Số hóa hồ sơ: UBND xã C chủ trì; thời gian: Tháng 6/2024.',
      ],
    ],
  ])('writes section %s', (key, lines) => {
    expect(sectionText(sections, key).split('\n')).toEqual(lines);
  });

  it('averages KPI values when two or more accepted units report, and counts those meeting it', () => {
    const input = fixture();
    input.submissions[1]!.status = 'accepted';
    input.submissions[0]!.kpiValues[1] = { targetIndex: 2, value: 3 };
    input.submissions[1]!.kpiValues.push({ targetIndex: 2, value: 1 });
    expect(sectionText(buildConsolidatedSections(input), 'kpi').split('\n')).toEqual([
      '- Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 98%: UBND xã A 99%; UBND xã B 90%. Bình quân 94,5%; 1/2 đơn vị đạt chỉ tiêu.',
      '- Xếp hạng Chỉ số CCHC thuộc nhóm 5 huyện dẫn đầu: chưa có đơn vị báo cáo số liệu.',
      '- Số cuộc kiểm tra CCHC ≥ 2 cuộc: UBND xã A 3 cuộc; UBND xã B 1 cuộc. Bình quân 2 cuộc; 1/2 đơn vị đạt chỉ tiêu.',
    ]);
  });

  it('says so when no unit is late and none raises difficulties', () => {
    const input = fixture();
    input.lateOrMissing = [];
    input.submissions[0]!.difficulties = '  ';
    input.submissions[0]!.proposals = '';
    const generated = buildConsolidatedSections(input);
    expect(sectionText(generated, 'late')).toBe('Các đơn vị đều nộp báo cáo đúng hạn.');
    expect(sectionText(generated, 'difficulties')).toBe(
      'Các đơn vị không nêu khó khăn, vướng mắc.',
    );
    expect(sectionText(generated, 'proposals')).toBe('Các đơn vị không có đề xuất, kiến nghị.');
  });

  it('puts tasks without an area first as area:0', () => {
    const input = fixture();
    input.tasks[3]!.area = '';
    expect(buildConsolidatedSections(input).map((section) => section.key)).toContain('area:0');
    expect(buildConsolidatedSections(input)[1]).toMatchObject({
      key: 'area:0',
      heading: 'Nhiệm vụ chung',
    });
  });
});

describe('applyNarrativeEdits', () => {
  const sections = buildConsolidatedSections(fixture());

  it.each([
    [
      'an edit replaces the text',
      { late: 'Đã nhắc nhở xã B, xã C.' },
      'Đã nhắc nhở xã B, xã C.',
      true,
    ],
    [
      'an empty edit restores the generated text',
      { late: '' },
      sectionText(sections, 'late'),
      false,
    ],
    ['a blank edit restores it too', { late: ' \n ' }, sectionText(sections, 'late'), false],
    ['no edit keeps it', {}, sectionText(sections, 'late'), false],
  ])('%s', (_name, edits: Record<string, string>, text, edited) => {
    const result = applyNarrativeEdits(sections, edits);
    expect(result.find((section) => section.key === 'late')).toMatchObject({ text, edited });
    expect(result.filter((section) => section.edited)).toHaveLength(edited ? 1 : 0);
  });

  it('ignores edits of keys the report does not have', () => {
    expect(applyNarrativeEdits(sections, { 'area:9': 'x' }).some((s) => s.edited)).toBe(false);
  });
});

describe('buildConsolidatedDocument', () => {
  const input = fixture();
  const sections = applyNarrativeEdits(buildConsolidatedSections(input), {
    proposals: 'Đề nghị tỉnh hỗ trợ kinh phí.',
  });
  const model = buildConsolidatedDocument(input, sections);

  it.each([
    ['KH-UBND', 'BC-UBND'],
    ['KH-SNV', 'BC-SNV'],
    ['KH-UBND-VP', 'BC-UBND-VP'],
  ])('turns the symbol %s into %s', (symbol, expected) => {
    expect(reportSymbol(symbol)).toBe(expected);
  });

  it('lays out the header as a draft: blank number, undated place line', () => {
    expect(model).toMatchObject({
      // The fixture's stored parent line is dropped: a committee issues under its own name.
      parentBody: '',
      draftMark: null,
      issuingBodyLines: ['ỦY BAN NHÂN DÂN', 'HUYỆN LẤP VÒ'],
      numberLine: 'Số:      /BC-UBND',
      nationalMotto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      nationalSlogan: 'Độc lập - Tự do - Hạnh phúc',
      placeDateLine: 'Lấp Vò, ngày      tháng      năm 2024',
      documentType: 'BÁO CÁO',
    });
  });

  it('titles the report after the plan and the period', () => {
    expect(model.title).toBe(
      'Kết quả thực hiện Kế hoạch số 45/KH-UBND ngày 22/3/2024 về thực hiện công tác cải cách hành chính năm 2024, Quý I/2024',
    );
  });

  it('numbers the sections I., II. with the areas as 1., 2. under one heading', () => {
    const headings = model.body
      .filter((block) => block.kind.startsWith('heading'))
      .map((block) => block.text);
    expect(headings).toEqual([
      'I. TÌNH HÌNH TRIỂN KHAI',
      'II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC',
      '1. Cải cách thể chế',
      '2. Cải cách thủ tục hành chính',
      'III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'IV. ĐƠN VỊ NỘP BÁO CÁO MUỘN, CHƯA NỘP BÁO CÁO',
      'V. KHÓ KHĂN, VƯỚNG MẮC',
      'VI. ĐỀ XUẤT, KIẾN NGHỊ',
      'VII. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
    ]);
    expect(model.body[0]).toEqual({
      kind: 'paragraph',
      text: 'Thực hiện Kế hoạch số 45/KH-UBND ngày 22/3/2024 của Ủy ban nhân dân huyện Lấp Vò về thực hiện công tác cải cách hành chính năm 2024, Ủy ban nhân dân huyện Lấp Vò báo cáo kết quả thực hiện Quý I/2024 như sau:',
    });
  });

  it('reads bullets and sub-bullets from the section texts and uses the edited text', () => {
    const proposals = model.body.findIndex((block) => block.text === 'VI. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(model.body[proposals + 1]).toEqual({
      kind: 'paragraph',
      text: 'Đề nghị tỉnh hỗ trợ kinh phí.',
    });
    expect(model.body).toContainEqual({ kind: 'subbullet', text: '+ Trang thiết bị xuống cấp.' });
  });

  it('signs and addresses the report as the plan does', () => {
    expect(model.recipientLines).toEqual(['- Sở Nội vụ;', '- Lưu: VT, NV.']);
    expect(model.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(model.signerName).toBe('Trần Văn B');
  });

  it('appends the task table grouped by area', () => {
    expect(model.appendix).toMatchObject({
      heading: 'PHỤ LỤC',
      title: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ I/2024',
      subtitle:
        '(Kèm theo Báo cáo số      /BC-UBND ngày      /     /2024 của Ủy ban nhân dân huyện Lấp Vò)',
    });
    expect(model.appendix?.rows).toEqual([
      { kind: 'area', numeral: 'I', text: 'Cải cách thể chế' },
      {
        kind: 'task',
        stt: '1',
        content: 'Rà soát văn bản quy phạm pháp luật',
        lead: 'Phòng Tư pháp',
        status: 'Hoàn thành',
        progress: '100',
        result: '',
        note: 'Đơn vị chủ trì chưa có báo cáo được tiếp nhận',
      },
      {
        kind: 'task',
        stt: '2',
        content: 'Kiểm tra việc thi hành pháp luật',
        lead: 'UBND xã A',
        status: 'Đang thực hiện',
        progress: '60',
        result: 'Đã kiểm tra 3/5 ấp',
        note: 'Thiếu nhân lực; Văn bản số 12/BC-UBND ngày 05/3/2024 của UBND xã A; 2 minh chứng; Có thể lấy lại 1 điểm',
      },
      { kind: 'area', numeral: 'II', text: 'Cải cách thủ tục hành chính' },
      {
        kind: 'task',
        stt: '1',
        content: 'Công khai thủ tục hành chính',
        lead: 'UBND xã A',
        status: 'Hoàn thành',
        progress: '100',
        result: 'Niêm yết đủ 100% thủ tục',
        note: 'Quyết định số 3/QĐ-UBND về công khai TTHC',
      },
      {
        kind: 'task',
        stt: '2',
        content: 'Số hóa hồ sơ',
        lead: 'UBND xã C',
        status: 'Chưa thực hiện',
        progress: '',
        result: '',
        note: 'Đơn vị chủ trì chưa có báo cáo được tiếp nhận; Có thể lấy lại 0,25 điểm',
      },
    ]);
  });

  it('has no appendix without tasks', () => {
    const empty = { ...fixture(), tasks: [] };
    expect(buildConsolidatedDocument(empty, buildConsolidatedSections(empty)).appendix).toBeNull();
  });
});

describe('reportTaskRows', () => {
  it('lists every task in appendix order with the lead result, evidence and overdue flag', () => {
    const rows = reportTaskRows(fixture(), (task) => task.id === 't4');
    expect(
      rows.map((row) => [row.stt, row.status, row.progress, row.evidenceCount, row.overdue]),
    ).toEqual([
      ['I.1', 'Hoàn thành', 100, 0, false],
      ['I.2', 'Đang thực hiện', 60, 2, false],
      ['II.1', 'Hoàn thành', 100, 0, false],
      ['II.2', 'Chưa thực hiện', null, 0, true],
    ]);
    expect(rows[0]).toMatchObject({
      area: 'Cải cách thể chế',
      lead: 'Phòng Tư pháp',
      coordinating: 'UBND xã A',
      timeframe: 'Quý I/2024',
      result: '',
      pointsAtStake: 0.5,
    });
    expect(rows[2]).toMatchObject({ result: 'Niêm yết đủ 100% thủ tục', pointsAtStake: null });
  });
});
