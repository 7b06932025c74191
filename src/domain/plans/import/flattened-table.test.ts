// Flattened task tables written the way a PDF-to-text tool prints them — columns in orders the
// shared samples do not use, cells wrapped over lines and several cells on one line, a page
// number and a repeated header inside the table — read back cell by cell.
import { describe, expect, it } from 'vitest';
import type { ImportUnit, ImportedTask } from './imported-plan';
import { createUnitMatcher } from './match-unit';
import type { Paragraph } from './paragraph';
import { readAppendix } from './read-appendix';
import { plainTextDocument, type SourceDocument } from './source-document';

function unit(
  id: string,
  name: string,
  type: ImportUnit['type'],
  parentId: string | null,
): ImportUnit {
  return { id, code: id, name, type, parentId, validFrom: '2015-01-01', validTo: null };
}

const PROVINCE: ImportUnit[] = [
  unit('dt', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'province', null),
  unit('sldtbxh', 'Sở Lao động - Thương binh và Xã hội', 'department', 'dt'),
  unit('stnmt', 'Sở Tài nguyên và Môi trường', 'department', 'dt'),
  unit('snv', 'Sở Nội vụ', 'department', 'dt'),
  unit('stp', 'Sở Tư pháp', 'department', 'dt'),
  unit('ttt', 'Thanh tra tỉnh', 'department', 'dt'),
  unit('mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp', 'department', 'dt'),
  unit('cl', 'Thành phố Cao Lãnh', 'district', 'dt'),
  unit('lv', 'Huyện Lấp Vò', 'district', 'dt'),
];

const COMMUNE: ImportUnit[] = [
  unit('tm', 'Ủy ban nhân dân xã Tân Mỹ', 'commune', null),
  unit('tm-vptk', 'Công chức Văn phòng - Thống kê', 'sub_unit', 'tm'),
  unit('tm-tp', 'Công chức Tư pháp - Hộ tịch', 'sub_unit', 'tm'),
  unit('tm-dc', 'Công chức Địa chính - Xây dựng', 'sub_unit', 'tm'),
  unit('tm-ca', 'Công an xã Tân Mỹ', 'sub_unit', 'tm'),
];

/** The appendix as the placeholder cleaner gives it: one paragraph per non-blank line. */
function appendixOf(doc: SourceDocument): Paragraph[] {
  return doc.lines.flatMap((line, index) =>
    line.text.trim() === ''
      ? []
      : [{ text: line.text.trim(), span: { from: index, to: index }, hints: {} }],
  );
}

function read(text: string, units: ImportUnit[], issuer: string): ImportedTask[] {
  const doc = plainTextDocument(text);
  return readAppendix(appendixOf(doc), doc, {
    units: createUnitMatcher(units, issuer, 2025),
    frameworks: [],
    year: 2025,
  }).tasks;
}

/** The fields a test compares, in one plain object. */
function shape(task: ImportedTask) {
  return {
    area: task.area,
    kind: task.kind,
    content: task.content,
    lead: task.leadText,
    coordinating: task.coordinatingText,
    timeframe: task.timeframeText,
    output: task.outputDescription,
  };
}

// STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm, a page break with its number and
// the header printed again, and a request ("Đề nghị …") to a body the province does not direct.
const PROVINCIAL_TABLE = `Phụ lục
DANH MỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2025
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND tỉnh)

STT Nhiệm vụ Chủ trì Phối hợp Thời gian Sản phẩm

I. CÔNG KHAI, MINH BẠCH

1. Công khai danh sách hộ nghèo, cận nghèo trên

cổng thông tin điện tử và tại trụ sở UBND cấp xã
Sở Lao động - Thương

binh và Xã hội
UBND các huyện, thành

phố
Quý II/2025 Danh sách công

khai

2. Rà soát, cập nhật quy hoạch sử dụng đất và công khai
bản đồ quy hoạch
Sở Tài nguyên và Môi

trường
UBND các huyện,
thành phố
Trước 30/6/2025 Báo cáo

II. KIỂM SOÁT THAM NHŨNG

3. Tổ chức đối thoại giữa người đứng đầu với người dân
về công tác phòng, chống tham nhũng
Thanh tra tỉnh Sở Nội vụ, Sở Tư

pháp
Hằng quý Biên bản đối

thoại

7

STT Nhiệm vụ Chủ trì Phối hợp Thời gian Sản phẩm

4. Giám sát việc thực hiện quy chế dân chủ ở cơ sở
Đề nghị Ủy ban MTTQ

Việt Nam tỉnh
Sở Nội vụ Năm 2025 Báo cáo giám sát
`;

// TT | Nội dung công việc | Thời gian hoàn thành | Đơn vị thực hiện | Ghi chú: groups "1", tasks
// "1.1"; a lone page number "3" between rows; the header wrapped over four lines.
const COMMUNE_TABLE = `PHỤ LỤC
KẾ HOẠCH THỰC HIỆN CHỈ SỐ CCHC NĂM 2025

TT Nội dung công việc
Thời gian hoàn
thành
Đơn vị thực
hiện
Ghi chú

1 Cải cách thủ tục hành chính

1.1 Niêm yết công khai thủ tục hành chính tại Bộ phận

Một cửa của xã

Thường xuyên VP-TK

1.2 Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

đạt tỷ lệ theo quy định
Tháng 6/2025
CC. VP-TK (Một cửa)

3

2 Cải cách thể chế

2.1 Rà soát văn bản quy phạm pháp luật do HĐND, UBND
xã ban hành
Quý III/2025 CC. Tư pháp

2.2 Kiểm tra việc cấp giấy phép xây dựng trên địa bàn
Trước 31/10/2025
CC. Địa chính - Xây
dựng, Công an xã
`;

// STT | Nội dung | Đơn vị thực hiện (Chủ trì | Phối hợp) | Thời hạn hoàn thành | Kết quả, sản
// phẩm: a two-row header printed cell by cell; capital-letter groups; an empty coordinating cell.
const TWO_ROW_HEADER_TABLE = `Phụ lục II
NHIỆM VỤ TRỌNG TÂM NĂM 2025

STT
Nội dung
Đơn vị thực hiện
Chủ trì
Phối hợp
Thời hạn hoàn
thành
Kết quả, sản
phẩm

A. NHIỆM VỤ CHUNG

1 Ban hành Kế hoạch kiểm tra công tác cải cách
hành chính năm 2025
Sở Nội vụ
Các sở, ban, ngành
Tháng 01/2025
Kế hoạch

2 Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công
chức làm công tác cải cách hành chính
Sở Nội vụ
Quý II/2025
Lớp tập huấn

B. NHIỆM VỤ CỦA CÁC ĐƠN VỊ

3 Tự đánh giá, chấm điểm Chỉ số cải cách hành chính
Các sở, ban, ngành; UBND các huyện, thành phố
Sở Nội vụ
Theo hướng dẫn của Bộ Nội vụ
Báo cáo tự đánh giá
`;

// TT | Cơ quan chủ trì | Nhiệm vụ | Phối hợp | Thời hạn: the lead before the content, letter
// items under a numbered group, one letter skipped ("đ)" after "c)" is missing "d)").
const LEAD_FIRST_TABLE = `PHỤ LỤC
TT Cơ quan chủ trì Nhiệm vụ Phối hợp Thời hạn

1 Nâng cao chỉ số hài lòng
a) Phòng Nội vụ Khảo sát sự hài lòng của người dân tại Bộ phận
Một cửa cấp huyện
Văn phòng HĐND và
UBND huyện
Quý III/2025
b) Văn phòng HĐND
và UBND huyện
Tổ chức lấy ý kiến đánh giá qua mã QR
Phòng Nội vụ Thường xuyên
c) Phòng Văn hóa và
Thông tin
Tuyên truyền về dịch vụ công trực tuyến trên
đài truyền thanh
Trước 30/9/2025
đ) Phòng Nội vụ Tổng hợp kết quả khảo sát và công bố trên
cổng thông tin điện tử
Tháng 12/2025
`;

describe('flattened task tables in other column orders', () => {
  it('reads a table whose lead comes before its content, with letter items', () => {
    const units = [
      unit('h', 'Ủy ban nhân dân huyện Tháp Mười', 'district', null),
      unit('nv', 'Phòng Nội vụ', 'sub_unit', 'h'),
      unit('vp', 'Văn phòng HĐND và UBND huyện Tháp Mười', 'sub_unit', 'h'),
      unit('vhtt', 'Phòng Văn hóa và Thông tin', 'sub_unit', 'h'),
    ];
    const tasks = read(LEAD_FIRST_TABLE, units, 'h');
    expect(
      tasks.map((task) => [
        task.area,
        task.leadOrganisationId,
        task.content,
        task.coordinatingOrganisationIds,
        task.timeframeText,
      ]),
    ).toEqual([
      [
        'Nâng cao chỉ số hài lòng',
        'nv',
        'Khảo sát sự hài lòng của người dân tại Bộ phận Một cửa cấp huyện',
        ['vp'],
        'Quý III/2025',
      ],
      [
        'Nâng cao chỉ số hài lòng',
        'vp',
        'Tổ chức lấy ý kiến đánh giá qua mã QR',
        ['nv'],
        'Thường xuyên',
      ],
      [
        'Nâng cao chỉ số hài lòng',
        'vhtt',
        'Tuyên truyền về dịch vụ công trực tuyến trên đài truyền thanh',
        [],
        'Trước 30/9/2025',
      ],
      [
        'Nâng cao chỉ số hài lòng',
        'nv',
        'Tổng hợp kết quả khảo sát và công bố trên cổng thông tin điện tử',
        [],
        'Tháng 12/2025',
      ],
    ]);
  });

  it('reads STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm across a page break', () => {
    const tasks = read(PROVINCIAL_TABLE, PROVINCE, 'dt');
    expect(tasks.map(shape)).toEqual([
      {
        area: 'CÔNG KHAI, MINH BẠCH',
        kind: 'assignment',
        content:
          'Công khai danh sách hộ nghèo, cận nghèo trên cổng thông tin điện tử và tại trụ sở UBND cấp xã',
        lead: 'Sở Lao động - Thương binh và Xã hội',
        coordinating: 'UBND các huyện, thành phố',
        timeframe: 'Quý II/2025',
        output: 'Danh sách công khai',
      },
      {
        area: 'CÔNG KHAI, MINH BẠCH',
        kind: 'assignment',
        content: 'Rà soát, cập nhật quy hoạch sử dụng đất và công khai bản đồ quy hoạch',
        lead: 'Sở Tài nguyên và Môi trường',
        coordinating: 'UBND các huyện, thành phố',
        timeframe: 'Trước 30/6/2025',
        output: 'Báo cáo',
      },
      {
        area: 'KIỂM SOÁT THAM NHŨNG',
        kind: 'assignment',
        content:
          'Tổ chức đối thoại giữa người đứng đầu với người dân về công tác phòng, chống tham nhũng',
        lead: 'Thanh tra tỉnh',
        coordinating: 'Sở Nội vụ, Sở Tư pháp',
        timeframe: 'Hằng quý',
        output: 'Biên bản đối thoại',
      },
      {
        area: 'KIỂM SOÁT THAM NHŨNG',
        kind: 'request',
        content: 'Giám sát việc thực hiện quy chế dân chủ ở cơ sở',
        lead: 'Ủy ban MTTQ Việt Nam tỉnh',
        coordinating: 'Sở Nội vụ',
        timeframe: 'Năm 2025',
        output: 'Báo cáo giám sát',
      },
    ]);
    expect(tasks.map((task) => task.leadOrganisationId)).toEqual([
      'sldtbxh',
      'stnmt',
      'ttt',
      'mttq',
    ]);
    expect(tasks[0]!.coordinatingOrganisationIds).toEqual(['cl', 'lv']);
    expect(tasks[2]!.coordinatingOrganisationIds).toEqual(['snv', 'stp']);
    expect(tasks.map((task) => task.outputKind)).toEqual(['other', 'report', 'other', 'report']);
    expect(tasks.map((task) => task.key)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('reads TT | Nội dung công việc | Thời gian hoàn thành | Đơn vị thực hiện | Ghi chú with numbered groups and a page number', () => {
    const tasks = read(COMMUNE_TABLE, COMMUNE, 'tm');
    expect(tasks.map(shape)).toEqual([
      {
        area: 'Cải cách thủ tục hành chính',
        kind: 'assignment',
        content: 'Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa của xã',
        lead: 'VP-TK',
        coordinating: '',
        timeframe: 'Thường xuyên',
        output: '',
      },
      {
        area: 'Cải cách thủ tục hành chính',
        kind: 'assignment',
        content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ theo quy định',
        lead: 'CC. VP-TK (Một cửa)',
        coordinating: '',
        timeframe: 'Tháng 6/2025',
        output: '',
      },
      {
        area: 'Cải cách thể chế',
        kind: 'assignment',
        content: 'Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành',
        lead: 'CC. Tư pháp',
        coordinating: '',
        timeframe: 'Quý III/2025',
        output: '',
      },
      {
        area: 'Cải cách thể chế',
        kind: 'assignment',
        content: 'Kiểm tra việc cấp giấy phép xây dựng trên địa bàn',
        lead: 'CC. Địa chính - Xây dựng, Công an xã',
        coordinating: '',
        timeframe: 'Trước 31/10/2025',
        output: '',
      },
    ]);
    expect(tasks.map((task) => task.leadOrganisationId)).toEqual([
      'tm-vptk',
      'tm-vptk',
      'tm-tp',
      null,
    ]);
    expect(tasks[3]!.leadGroup).toEqual({ kind: 'units', organisationIds: ['tm-dc', 'tm-ca'] });
    expect(tasks.every((task) => task.outputKind === 'not_stated')).toBe(true);
  });

  it('reads a two-row header printed cell by cell, with capital-letter groups and an empty cell', () => {
    const tasks = read(TWO_ROW_HEADER_TABLE, PROVINCE, 'dt');
    expect(tasks.map(shape)).toEqual([
      {
        area: 'NHIỆM VỤ CHUNG',
        kind: 'assignment',
        content: 'Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025',
        lead: 'Sở Nội vụ',
        coordinating: 'Các sở, ban, ngành',
        timeframe: 'Tháng 01/2025',
        output: 'Kế hoạch',
      },
      {
        area: 'NHIỆM VỤ CHUNG',
        kind: 'assignment',
        content:
          'Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức làm công tác cải cách hành chính',
        lead: 'Sở Nội vụ',
        coordinating: '',
        timeframe: 'Quý II/2025',
        output: 'Lớp tập huấn',
      },
      {
        area: 'NHIỆM VỤ CỦA CÁC ĐƠN VỊ',
        kind: 'assignment',
        content: 'Tự đánh giá, chấm điểm Chỉ số cải cách hành chính',
        lead: 'Các sở, ban, ngành; UBND các huyện, thành phố',
        coordinating: 'Sở Nội vụ',
        timeframe: 'Theo hướng dẫn của Bộ Nội vụ',
        output: 'Báo cáo tự đánh giá',
      },
    ]);
    expect(tasks[0]!.coordinatingOrganisationIds).toEqual(
      PROVINCE.filter((item) => item.type === 'department').map((item) => item.id),
    );
    expect(tasks.map((task) => task.outputKind)).toEqual(['plan', 'other', 'report']);
  });

  it('marks as a guess a cell cut inside the last line of a wrapped cell', () => {
    // "… báo cáo UBND / huyện": the content may end with "UBND huyện" or a coordinating cell may
    // hold it; the reading is kept and the row marked for review.
    const text = LEAD_FIRST_TABLE.replace(
      'Tổng hợp kết quả khảo sát và công bố trên\ncổng thông tin điện tử',
      'Tổng hợp kết quả khảo sát, báo cáo UBND\nhuyện',
    );
    const tasks = read(text, [unit('h', 'Ủy ban nhân dân huyện Tháp Mười', 'district', null)], 'h');
    expect(tasks).toHaveLength(4);
    expect(tasks[3]!.provenance.flags).toContain('content_split_guess');
    expect(tasks[3]!.provenance.confidence).toBeLessThan(0.9);
  });

  it('marks a row whose cutting was unsure and tells why', () => {
    const tasks = read(PROVINCIAL_TABLE, [], 'dt');
    expect(tasks).toHaveLength(4);
    expect(tasks[0]!.provenance.flags).toContain('unmatched_unit');
    expect(tasks[0]!.provenance.source).toEqual([{ from: 8, to: 19 }]);
  });

  it('reads nothing from an appendix without a task table', () => {
    expect(
      read('PHỤ LỤC\nDanh sách đại biểu\n1 Ông Nguyễn Văn A\n2 Bà Trần Thị B\n', PROVINCE, 'dt'),
    ).toEqual([]);
  });
});
