import { groupLeadName } from './plan-task-lines';
import { cascadePreamble, defaultPlanContent } from './plan-defaults';
import { describe, expect, it } from 'vitest';
import type { PlanSignature, PlanTask } from './plan';
import {
  appendixColumns,
  appendixRows,
  buildPlanDocument,
  formatNumberLine,
  formatPlaceDate,
  recipientLines,
  signatureLines,
  textToBlocks,
  type AppendixRow,
} from './plan-document';
import {
  SAMPLE_004_APPENDIX,
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from './sample-004-appendix.fixture';
import { SAMPLE_TIMEFRAMES } from './sample-timeframes.fixture';
import { newSection } from './plan-outline';
import { newTarget } from './plan-targets';

function buildTask(overrides: Partial<PlanTask> = {}): PlanTask {
  return {
    area: '',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: 'Nhiệm vụ',
    solution: '',
    nodeLinks: [],
    leadOrganisationId: null,
    leadSuggestion: '',
    coordinatingOrganisationIds: [],
    coordinatingNote: '',
    outputKind: 'report',
    outputDescription: '',
    timeframeText: 'Trong năm 2024',
    note: '',
    status: 'not_started',
    ...overrides,
  };
}

describe('formatPlaceDate (Địa danh, ngày tháng)', () => {
  it.each([
    ['2024-03-22', 'Lấp Vò, ngày 22 tháng 3 năm 2024'],
    ['2024-03-05', 'Lấp Vò, ngày 05 tháng 3 năm 2024'],
    ['2024-01-15', 'Lấp Vò, ngày 15 tháng 01 năm 2024'],
    ['2024-02-09', 'Lấp Vò, ngày 09 tháng 02 năm 2024'],
    ['2024-12-10', 'Lấp Vò, ngày 10 tháng 12 năm 2024'],
    ['2024-10-01', 'Lấp Vò, ngày 01 tháng 10 năm 2024'],
  ])('%s is written "%s" (days under 10 and months 1–2 take a zero)', (iso, expected) => {
    expect(formatPlaceDate('Lấp Vò', iso, 2024)).toBe(expected);
  });

  it('leaves day and month blank in a draft, keeping the plan year', () => {
    expect(formatPlaceDate('Giao Long', null, 2024)).toBe(
      'Giao Long, ngày      tháng      năm 2024',
    );
  });
});

describe('formatNumberLine (Số, ký hiệu)', () => {
  it.each([
    [null, 'Số:      /KH-UBND'],
    ['', 'Số:      /KH-UBND'],
    ['  ', 'Số:      /KH-UBND'],
    ['104', 'Số: 104/KH-UBND'],
    [' 104 ', 'Số: 104/KH-UBND'],
  ])('number %j gives "%s"', (number, expected) => {
    expect(formatNumberLine(number, 'KH-UBND')).toBe(expected);
  });
});

describe('signatureLines (khối chữ ký)', () => {
  const sign = (signature: Omit<PlanSignature, 'signerName'>) =>
    signatureLines({ ...signature, signerName: 'Nguyễn Văn A' });

  it.each([
    [
      'TM. on behalf of the committee',
      { mode: 'TM', authority: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' },
      ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ],
    [
      'KT. a deputy signs for the chair',
      { mode: 'KT', authority: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' },
      ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ],
    ['Q. an acting chair', { mode: 'Q', authority: 'Chủ tịch', signerTitle: '' }, ['Q. CHỦ TỊCH']],
    [
      'the head signing in own name',
      { mode: 'direct', authority: '', signerTitle: 'Giám đốc' },
      ['GIÁM ĐỐC'],
    ],
  ] as const)('%s', (_case, signature, expected) => {
    expect(sign(signature)).toEqual(expected);
  });

  it('heads KT. and Q. with "TM. ỦY BAN NHÂN DÂN" when a committee issues the plan', () => {
    const committee = 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ';
    const deputy = {
      mode: 'KT',
      authority: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'A',
    } as const;
    expect(signatureLines(deputy, committee)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureLines({ ...deputy, mode: 'Q', signerTitle: 'Chủ tịch' }, committee)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'Q. CHỦ TỊCH',
    ]);
    expect(
      signatureLines(
        { ...deputy, authority: 'Giám đốc', signerTitle: 'Phó Giám đốc' },
        'SỞ NỘI VỤ',
      ),
    ).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('drops an empty title line under TM.', () => {
    expect(sign({ mode: 'TM', authority: 'Ủy ban nhân dân', signerTitle: ' ' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
    ]);
  });
});

describe('recipientLines (Nơi nhận)', () => {
  it('ends each line with ";" and the archive line with "."', () => {
    expect(recipientLines(['Sở Nội vụ', '- UBND huyện;', 'Lưu: VT, NV.'])).toEqual([
      '- Sở Nội vụ;',
      '- UBND huyện;',
      '- Lưu: VT, NV.',
    ]);
  });

  it('moves the archive line last and adds "- Lưu: VT." when there is none', () => {
    expect(recipientLines(['Lưu: VT,VP (27b)', 'Phòng Nội vụ'])).toEqual([
      '- Phòng Nội vụ;',
      '- Lưu: VT,VP (27b).',
    ]);
    expect(recipientLines(['Phòng Nội vụ', '  '])).toEqual(['- Phòng Nội vụ;', '- Lưu: VT.']);
  });

  it('writes sample 004 as printed, adding the ";" it forgot after the radio station', () => {
    expect(recipientLines(sample004Content().recipients)).toEqual([
      '- Phòng Nội vụ;',
      '- TT Đảng ủy;',
      '- CT, các PCT.UBND xã;',
      '- UB MTTQ VN xã;',
      '- Các ban, ngành xã;',
      '- 6/6 ấp;',
      '- Đài truyền thanh xã;',
      '- Lưu: VT,VP (27b).',
    ]);
  });
});

describe('textToBlocks (đoạn văn)', () => {
  it.each([
    ['Một đoạn văn.', [{ kind: 'paragraph', text: 'Một đoạn văn.' }]],
    ['- gạch đầu dòng', [{ kind: 'bullet', text: '- gạch đầu dòng' }]],
    ['–gạch ngang dài', [{ kind: 'bullet', text: '- gạch ngang dài' }]],
    ['• chấm tròn', [{ kind: 'bullet', text: '- chấm tròn' }]],
    ['+   ý phụ', [{ kind: 'subbullet', text: '+ ý phụ' }]],
    [
      'Đoạn một\r\n\r\n  - ý một  \n+ ý phụ',
      [
        { kind: 'paragraph', text: 'Đoạn một' },
        { kind: 'bullet', text: '- ý một' },
        { kind: 'subbullet', text: '+ ý phụ' },
      ],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(textToBlocks(text)).toEqual(expected);
  });
});

describe('appendixRows (bảng phụ lục)', () => {
  const names = new Map([
    ['org-tp', 'Công chức Tư pháp'],
    ['org-vp', 'Văn phòng - Thống kê'],
  ]);

  it('groups tasks by area in first-appearance order, numbering groups I, II and tasks from 1 in each', () => {
    const rows = appendixRows(
      [
        buildTask({ area: 'Cải cách thể chế', content: 'A' }),
        buildTask({ area: 'Cải cách thủ tục hành chính', content: 'B' }),
        buildTask({ area: 'Cải cách thể chế', content: 'C' }),
      ],
      names,
    );
    expect(rows.map(describeRow)).toEqual([
      'I Cải cách thể chế',
      '1 A',
      '2 C',
      'II Cải cách thủ tục hành chính',
      '1 B',
    ]);
  });

  it('puts tasks without an area first, under no group row', () => {
    const rows = appendixRows(
      [buildTask({ area: 'Cải cách thể chế', content: 'A' }), buildTask({ content: 'B' })],
      names,
    );
    expect(rows.map(describeRow)).toEqual(['1 B', 'I Cải cách thể chế', '1 A']);
  });

  it('names the lead and coordinating units, and falls back to the output kind and lead suggestion', () => {
    const [row] = appendixRows(
      [
        buildTask({
          leadOrganisationId: 'org-tp',
          coordinatingOrganisationIds: ['org-vp', 'org-unknown'],
          coordinatingNote: 'Các ngành liên quan',
          outputKind: 'plan',
          note: 'Ưu tiên',
          nodeLinks: [
            {
              frameworkId: 'f',
              frameworkCode: 'PAR',
              indexKind: 'par_index',
              code: '2.1.3',
              name: 'Tiêu chí',
              maxPoints: 1,
              score: 0.25,
              pointsAtStake: 0.75,
            },
          ],
        }),
        buildTask({ leadSuggestion: 'Phòng Nội vụ' }),
      ],
      names,
    );
    expect(row).toEqual({
      kind: 'task',
      stt: '1',
      content: 'Nhiệm vụ',
      solution: '',
      output: 'Kế hoạch',
      timeframe: 'Trong năm 2024',
      lead: 'Công chức Tư pháp',
      coordinating: 'Văn phòng - Thống kê; Các ngành liên quan',
      note: 'Ưu tiên; 2.1.3: bị trừ 0,75 điểm',
    });
    const second = appendixRows([buildTask({ leadSuggestion: 'Phòng Nội vụ' })], names)[0];
    expect(second).toMatchObject({ lead: 'Phòng Nội vụ' });
  });
});

describe('sample 004 (Giao Long) laid out', () => {
  const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
  const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
  const model = buildPlanDocument(sample004Content(), sample004Tasks(leadIds), names);
  const rows = model.appendix?.rows ?? [];

  it('has the header, title and draft number of the sample', () => {
    expect(model.parentBody).toBe('');
    expect(model.issuingBodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ GIAO LONG']);
    expect(model.numberLine).toBe('Số:      /KH-UBND');
    expect(model.placeDateLine).toBe('Giao Long, ngày      tháng      năm 2024');
    expect(model.documentType).toBe('KẾ HOẠCH');
    expect(model.title).toBe('Thực hiện công tác cải cách hành chính năm 2024');
    expect(model.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(model.recipientLines.at(-1)).toBe('- Lưu: VT,VP (27b).');
  });

  it('names the issuing commune with its place name capitalised in the appendix subtitle', () => {
    expect(model.appendix?.heading).toBe('PHỤ LỤC');
    expect(model.appendix?.subtitle).toBe(
      '(Kèm theo Kế hoạch số …/KH-UBND ngày      /     /2024 của Ủy ban nhân dân xã Giao Long)',
    );
  });

  it('renumbers the printed groups I, II, III, VI, V, VI, VII as I..VII with their task counts', () => {
    const groups = rows.flatMap((row, index) =>
      row.kind === 'area' ? [[row.numeral, row.text, countTasksAfter(rows, index)] as const] : [],
    );
    expect(groups).toEqual([
      ['I', 'Công tác chỉ đạo, điều hành về CCHC', 5],
      ['II', 'Cải cách thể chế', 3],
      ['III', 'Cải cách thủ tục hành chính', 4],
      ['IV', 'Cải cách tổ chức bộ máy', 1],
      ['V', 'Cải cách chế độ công vụ', 2],
      ['VI', 'Cải cách tài chính công', 1],
      ['VII', 'Xây dựng chính quyền điện tử, chính quyền số', 5],
    ]);
  });

  it('keeps every content, output, timeframe, lead and coordinating text exactly as printed', () => {
    const tasks = rows.filter((row) => row.kind === 'task');
    expect(tasks.map((task) => [task.content, task.output, task.timeframe, task.lead])).toEqual(
      SAMPLE_004_APPENDIX.map((task) => [
        task.content,
        task.outputDescription,
        task.timeframeText,
        task.lead,
      ]),
    );
    expect(tasks.map((task) => task.coordinating)).toEqual(
      SAMPLE_004_APPENDIX.map((task) => task.coordinating),
    );
  });

  it("prints the same timeframe texts the timeframe parser's sample list holds", () => {
    expect(rows.filter((row) => row.kind === 'task').map((task) => task.timeframe)).toEqual(
      SAMPLE_TIMEFRAMES.filter((sample) => sample.sampleId === '004').map((sample) => sample.text),
    );
  });

  it('has an appendix column for each printed column of the sample', () => {
    expect(appendixColumns(rows)).toEqual([
      'STT',
      'Nội dung',
      'Kết quả/sản phẩm',
      'Thời gian thực hiện',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Ghi chú',
    ]);
  });

  it('keeps a lead that matches no organisation as its printed text', () => {
    const unmapped = buildPlanDocument(sample004Content(), sample004Tasks(), new Map());
    expect(unmapped.appendix?.rows.find((row) => row.kind === 'task')).toMatchObject({
      lead: 'VP TK (Một cửa)',
    });
  });
});

function describeRow(row: AppendixRow): string {
  return row.kind === 'area' ? `${row.numeral} ${row.text}` : `${row.stt} ${row.content}`;
}

function countTasksAfter(rows: readonly AppendixRow[], areaIndex: number): number {
  const next = rows.findIndex((row, index) => index > areaIndex && row.kind === 'area');
  return (next === -1 ? rows.length : next) - areaIndex - 1;
}

describe('cascadePreamble (mở đầu của kế hoạch cấp dưới)', () => {
  it('cites the parent plan as sample 004 does, with the place names capitalised', () => {
    const parent = {
      ...sample004Content(),
      issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
      number: '16',
      issuedOn: '2024-01-03',
      title: 'Thực hiện công tác cải cách hành chính (CCHC) năm 2024',
    };
    expect(cascadePreamble(parent, 'ỦY BAN NHÂN DÂN XÃ GIAO LONG')).toBe(
      'Thực hiện Kế hoạch số 16/KH-UBND ngày 03/01/2024 của Ủy ban nhân dân huyện Châu Thành về thực hiện công tác cải cách hành chính (CCHC) năm 2024, Ủy ban nhân dân xã Giao Long xây dựng kế hoạch thực hiện, cụ thể như sau:',
    );
  });
});

describe('defaultPlanContent (dự thảo mới)', () => {
  it.each([
    [
      {
        name: 'Huyện Lấp Vò',
        type: 'district',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      // A people's committee issues under its own name: no parent line (NĐ30, Phụ lục I).
      '',
      'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      'KH-UBND',
      'Lấp Vò',
      'TM',
    ],
    [
      {
        name: 'Sở Nội vụ',
        type: 'department',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      'SỞ NỘI VỤ',
      'KH-SNV',
      'Đồng Tháp',
      'direct',
    ],
    [
      {
        name: 'Văn phòng UBND tỉnh',
        type: 'department',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      'VĂN PHÒNG',
      'KH-VPUT',
      'Đồng Tháp',
      'direct',
    ],
    [
      {
        name: 'Văn phòng HĐND và UBND',
        type: 'sub_unit',
        parent: { name: 'Huyện Lấp Vò', type: 'district' },
      },
      'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      'VĂN PHÒNG HĐND VÀ UBND',
      'KH-VPHVU',
      'Lấp Vò',
      'direct',
    ],
    [
      {
        name: 'Xã Lấp Vò',
        type: 'commune',
        parent: { name: 'Tỉnh Đồng Tháp', type: 'province' },
      },
      '',
      'ỦY BAN NHÂN DÂN XÃ LẤP VÒ',
      'KH-UBND',
      'Lấp Vò',
      'TM',
    ],
    [
      { name: 'Tỉnh Vĩnh Long', type: 'province', parent: null },
      '',
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'KH-UBND',
      'Vĩnh Long',
      'TM',
    ],
  ] as const)('%o', (unit, parentBody, issuingBody, symbol, place, mode) => {
    const content = defaultPlanContent(unit, 2024, 'Cải cách hành chính năm 2024');
    expect(content).toMatchObject({
      parentBody,
      issuingBody,
      symbol,
      place,
      number: null,
      issuedOn: null,
      year: 2024,
    });
    expect(content.signature.mode).toBe(mode);
  });
});

describe('buildPlanDocument for plans of any shape', () => {
  const names = new Map([
    ['org-vp', 'Văn phòng HĐND và UBND xã'],
    ['org-kt', 'Phòng Kinh tế'],
    ['org-vh', 'Phòng Văn hóa - Xã hội'],
  ]);

  it('lays out a flat plan of "1." sections with the appendix exactly as the flat layout did', () => {
    const content = {
      ...sample004Content(),
      targets: [newTarget({ id: 't1', metric: 'Chỉ số CCHC năm 2024', kind: 'free_text' })],
      sections: [
        newSection({ id: 'a', heading: 'Cải cách thể chế', body: 'Đoạn một.\n- Ý một' }),
        newSection({ id: 'b', heading: ' Cải cách thủ tục hành chính ' }),
      ],
    };
    const model = buildPlanDocument(content, sample004Tasks(), new Map());
    const body = model.body.slice(model.body.findIndex((b) => b.text.startsWith('I. ')));
    expect(body.slice(0, 4).map((block) => block.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      expect.stringContaining('Xây dựng nền hành chính'),
      '2. Yêu cầu',
    ]);
    const rest = body.slice(body.findIndex((b) => b.text === '3. Chỉ tiêu'));
    expect(rest).toEqual([
      { kind: 'heading2', text: '3. Chỉ tiêu' },
      { kind: 'bullet', text: '- Chỉ số CCHC năm 2024.' },
      { kind: 'heading1', text: 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP' },
      { kind: 'heading2', text: '1. Cải cách thể chế' },
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'bullet', text: '- Ý một' },
      { kind: 'heading2', text: '2. Cải cách thủ tục hành chính' },
      { kind: 'heading1', text: 'III. NHIỆM VỤ CỤ THỂ' },
      { kind: 'paragraph', text: '(Phụ lục chi tiết kèm theo)' },
      { kind: 'heading1', text: 'IV. TỔ CHỨC THỰC HIỆN' },
      expect.objectContaining({ kind: 'paragraph' }),
    ]);
    expect(model.appendix?.rows.filter((row) => row.kind === 'task')).toHaveLength(21);
  });

  it('prints a section tree with its labels, depth styles and the targets written under each section', () => {
    const content = {
      ...sample004Content(),
      targets: [
        newTarget({ id: 't1', sectionId: 'b', metric: 'Chỉ số PAPI', kind: 'rank_up', value: 3 }),
      ],
      sections: [
        newSection({ id: 'a', heading: 'Chỉ số CCHC', numbering: 'upper_letter' }),
        newSection({ id: 'a1', parentId: 'a', heading: 'Thể chế', numbering: 'roman' }),
        newSection({ id: 'a11', parentId: 'a1', heading: 'Rà soát', numbering: 'decimal' }),
        newSection({ id: 'a111', parentId: 'a11', heading: 'Nhỏ', numbering: 'decimal_nested' }),
        newSection({ id: 'b', heading: 'Chỉ số PAPI', numbering: 'upper_letter' }),
        newSection({ id: 'b1', parentId: 'b', heading: 'Một ý', numbering: 'dash' }),
        newSection({ id: 'b2', parentId: 'b1', heading: 'Ý nhỏ', numbering: 'plus' }),
      ],
    };
    const body = buildPlanDocument(content, [], new Map()).body;
    const start = body.findIndex((b) => b.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
    expect(body.slice(start + 1, start + 10)).toEqual([
      { kind: 'heading2', text: 'A. Chỉ số CCHC' },
      { kind: 'heading3', text: 'I. Thể chế' },
      { kind: 'heading4', text: '1. Rà soát' },
      { kind: 'heading4', text: '1.1. Nhỏ' },
      { kind: 'heading2', text: 'B. Chỉ số PAPI' },
      { kind: 'bullet', text: '- Chỉ số PAPI tăng ít nhất 3 bậc so với năm trước.' },
      { kind: 'bullet', text: '- Một ý' },
      { kind: 'subbullet', text: '+ Ý nhỏ' },
      { kind: 'heading1', text: 'III. TỔ CHỨC THỰC HIỆN' },
    ]);
    expect(body.map((b) => b.text)).not.toContain('3. Chỉ tiêu');
  });

  it('prints tasks under their sections, general tasks first, when the appendix table is off', () => {
    const content = {
      ...sample004Content(),
      appendixTable: false,
      sections: [newSection({ id: 'a', heading: 'Cải cách thể chế' })],
    };
    const tasks = [
      buildTask({ sectionId: 'a', content: 'Rà soát văn bản', leadOrganisationId: 'org-vp' }),
      buildTask({
        content: 'Tuyên truyền',
        kind: 'request',
        leadSuggestion: 'Ủy ban MTTQ Việt Nam xã',
        coordinatingOrganisationIds: ['org-vh'],
        timeframeText: '',
        outputKind: 'not_stated',
      }),
      buildTask({ sectionId: 'a', content: 'Không ai chủ trì;', timeframeText: '' }),
    ];
    const model = buildPlanDocument(content, tasks, names);
    const start = model.body.findIndex((b) => b.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
    expect(model.body.slice(start + 1, start + 7)).toEqual([
      { kind: 'heading2', text: 'Nhiệm vụ chung' },
      {
        kind: 'bullet',
        text: '- Tuyên truyền. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội thực hiện.',
      },
      { kind: 'heading2', text: '1. Cải cách thể chế' },
      {
        kind: 'bullet',
        text: '- Rà soát văn bản. Giao Văn phòng HĐND và UBND xã chủ trì thực hiện. Thời gian: Trong năm 2024. Sản phẩm: Báo cáo.',
      },
      { kind: 'bullet', text: '- Không ai chủ trì. Sản phẩm: Báo cáo.' },
      { kind: 'heading1', text: 'III. TỔ CHỨC THỰC HIỆN' },
    ]);
    expect(model.appendix).toBeNull();
  });

  it('keeps the lines of a multi-line task and puts the stated fields after the last', () => {
    const content = { ...sample004Content(), appendixTable: false };
    const model = buildPlanDocument(
      content,
      [buildTask({ content: 'Dòng một:\n+ ý a\n+ ý b', outputKind: 'not_stated' })],
      names,
    );
    const start = model.body.findIndex((b) => b.text === 'Nhiệm vụ chung');
    expect(model.body.slice(start + 1, start + 4)).toEqual([
      { kind: 'bullet', text: '- Dòng một:' },
      { kind: 'paragraph', text: '+ ý a' },
      { kind: 'paragraph', text: '+ ý b. Thời gian: Trong năm 2024.' },
    ]);
  });
});

describe('appendixRows for plans of any shape', () => {
  const names = new Map([
    ['org-a', 'Xã An Bình'],
    ['org-b', 'Xã Bình Hòa'],
  ]);

  it('prints "Không nêu" for an unstated output, timeframe and lead, and "Đề nghị" before a requested body', () => {
    const rows = appendixRows(
      [
        buildTask({ outputKind: 'not_stated', timeframeText: '' }),
        buildTask({ kind: 'request', leadSuggestion: 'Ủy ban MTTQ Việt Nam huyện' }),
      ],
      names,
    );
    expect(rows).toMatchObject([
      { output: 'Không nêu', timeframe: 'Không nêu', lead: 'Không nêu' },
      {
        output: 'Báo cáo',
        timeframe: 'Trong năm 2024',
        lead: 'Đề nghị Ủy ban MTTQ Việt Nam huyện',
      },
    ]);
  });

  it('prints a group task once with the name the server gives it, or its units joined', () => {
    const group = (groupId: string, id: string) =>
      buildTask({ content: `Nhóm ${groupId}`, groupId, leadOrganisationId: id });
    const tasks = [
      group('g1', 'org-a'),
      group('g1', 'org-b'),
      group('g2', 'org-a'),
      group('g2', 'org-b'),
    ];
    const rows = appendixRows(tasks, names, {
      groupLeads: new Map([['g1', 'Các xã thuộc huyện Lấp Vò']]),
    });
    expect(
      rows.map((row) => (row.kind === 'task' ? [row.stt, row.content, row.lead] : [])),
    ).toEqual([
      ['1', 'Nhóm g1', 'Các xã thuộc huyện Lấp Vò'],
      ['2', 'Nhóm g2', 'Xã An Bình, Xã Bình Hòa'],
    ]);
  });

  it("groups a task without an area under its section's heading", () => {
    const rows = appendixRows(
      [
        buildTask({ sectionId: 's1', content: 'A' }),
        buildTask({ area: 'Cải cách thể chế', sectionId: 's1', content: 'B' }),
        buildTask({ content: 'C' }),
      ],
      names,
      { sections: [newSection({ id: 's1', heading: 'Chỉ số PAPI' })] },
    );
    expect(rows.map(describeRow)).toEqual([
      '1 C',
      'I Chỉ số PAPI',
      '1 A',
      'II Cải cách thể chế',
      '1 B',
    ]);
  });
});

describe('groupLeadName', () => {
  it('names every unit of a kind under a unit as plans write it, and leaves named units to their names', () => {
    expect(
      groupLeadName(
        { kind: 'units_of_type', organisationType: 'commune', underOrganisationId: 'u' },
        'Huyện Lấp Vò',
      ),
    ).toBe('Các xã, phường, thị trấn thuộc huyện Lấp Vò');
    expect(
      groupLeadName(
        { kind: 'units_of_type', organisationType: 'department', underOrganisationId: 'u' },
        null,
      ),
    ).toBe('Các sở, ban, ngành');
    expect(
      groupLeadName({ kind: 'units', organisationIds: ['a', 'b'] }, 'Huyện Lấp Vò'),
    ).toBeNull();
  });
});
