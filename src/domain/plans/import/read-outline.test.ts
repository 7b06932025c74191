import { describe, expect, it } from 'vitest';
import { matcherOf, paragraphsOf } from './outline.test-helper';
import type { Paragraph } from './paragraph';
import { readOutline, type OutlineContext } from './read-outline';

const ctx: OutlineContext = { frameworks: [], units: matcherOf(), proseTasks: false, year: 2024 };

function tree(text: string | Paragraph[], context: OutlineContext = ctx) {
  const reading = readOutline(typeof text === 'string' ? paragraphsOf(text) : text, context);
  const shape = reading.sections.map(
    (section) =>
      `${section.id}<${section.parentId ?? '-'} ${`${reading.sectionLabels[section.id]} ${section.heading}`.trim()}`,
  );
  return { reading, shape };
}

describe('readOutline: the section tree', () => {
  it('reads I./1./a)/- with purpose, requirements, funding and implementation kept apart', () => {
    const { reading, shape } = tree(`
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chất lượng giải quyết thủ tục hành chính.
- Phấn đấu Chỉ số CCHC năm 2024 đạt từ 85% trở lên.
2. Yêu cầu
- Bám sát nhiệm vụ được giao.
II. NỘI DUNG, NHIỆM VỤ
1. Cải cách thủ tục hành chính
a) Công khai thủ tục hành chính
- Niêm yết công khai đầy đủ thủ tục hành chính.
b) Giải quyết hồ sơ
- Trả kết quả đúng hạn.
+ Không để hồ sơ trễ hạn.
2. Cải cách chế độ công vụ
- Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.
III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ ngân sách xã năm 2024.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này và tổng hợp báo cáo UBND huyện theo quy định.
2. Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý.
`);
    expect(shape).toEqual([
      's1<- II. NỘI DUNG, NHIỆM VỤ',
      's2<s1 1. Cải cách thủ tục hành chính',
      's3<s2 a) Công khai thủ tục hành chính',
      's4<s2 b) Giải quyết hồ sơ',
      's5<s1 2. Cải cách chế độ công vụ',
    ]);
    expect(reading.sections.map((section) => section.numbering)).toEqual([
      'roman',
      'decimal',
      'lower_letter',
      'lower_letter',
      'decimal',
    ]);
    expect(reading.sections[3]!.body).toBe('- Trả kết quả đúng hạn.\n+ Không để hồ sơ trễ hạn.');
    expect(reading.purpose?.text).toBe(
      '- Nâng cao chất lượng giải quyết thủ tục hành chính.\n- Phấn đấu Chỉ số CCHC năm 2024 đạt từ 85% trở lên.',
    );
    expect(reading.requirements?.text).toBe('- Bám sát nhiệm vụ được giao.');
    expect(reading.targetParagraphs.map((paragraph) => paragraph.text)).toEqual([
      '- Phấn đấu Chỉ số CCHC năm 2024 đạt từ 85% trở lên.',
    ]);
    expect(reading.implementation?.text.split('\n')).toEqual([
      'KINH PHÍ THỰC HIỆN',
      'Kinh phí thực hiện từ ngân sách xã năm 2024.',
      '1. Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này và tổng hợp báo cáo UBND huyện theo quy định.',
      '2. Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý.',
    ]);
    expect(reading.implementationParagraphs).toHaveLength(3);
    expect(reading.provenance['section:s3']!.source).toEqual([{ from: 9, to: 10 }]);
    expect(reading.warnings).toEqual([]);
  });

  it('reads A./I./1./1.1./2.7.1., nested numbers finding their parent by their digits', () => {
    const { shape, reading } = tree(`
A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)
I. Công tác chỉ đạo, điều hành
1. Kế hoạch cải cách hành chính
1.1. Ban hành kế hoạch đúng thời hạn
- Ban hành Kế hoạch CCHC năm 2025 trước ngày 31/01/2025.
II. Cải cách thủ tục hành chính
2.7. Công khai, minh bạch
2.7.1. Về thủ tục hành chính
- Niêm yết công khai thủ tục hành chính.
2.8. Số hóa hồ sơ
B. CHỈ SỐ PAPI
I. Tham gia của người dân ở cấp cơ sở
`);
    expect(shape).toEqual([
      's1<- A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
      's2<s1 I. Công tác chỉ đạo, điều hành',
      's3<s2 1. Kế hoạch cải cách hành chính',
      's4<s3 1.1. Ban hành kế hoạch đúng thời hạn',
      's5<s1 II. Cải cách thủ tục hành chính',
      's6<s5 2.7. Công khai, minh bạch',
      's7<s6 2.7.1. Về thủ tục hành chính',
      's8<s5 2.8. Số hóa hồ sơ',
      's9<- B. CHỈ SỐ PAPI',
      's10<s9 I. Tham gia của người dân ở cấp cơ sở',
    ]);
    expect(reading.sections.map((section) => section.numbering).slice(0, 4)).toEqual([
      'upper_letter',
      'roman',
      'decimal',
      'decimal_nested',
    ]);
    expect(reading.sectionIndexKinds).toMatchObject({
      s1: 'par_index',
      s7: 'par_index',
      s9: 'papi',
      s10: 'papi',
    });
  });

  it('reads letters past H as letters and V. after IV. as Roman', () => {
    const { shape } = tree(`
II. NỘI DUNG
G. Chỉ số DTI
H. Chỉ số dân vận chính quyền
I. Nhiệm vụ chung
IV. TỔ CHỨC
V. KẾT QUẢ ĐÁNH GIÁ
`);
    expect(shape).toEqual([
      's1<- II. NỘI DUNG',
      's2<s1 G. Chỉ số DTI',
      's3<s1 H. Chỉ số dân vận chính quyền',
      's4<s1 I. Nhiệm vụ chung',
      's5<- IV. TỔ CHỨC',
      's6<- V. KẾT QUẢ ĐÁNH GIÁ',
    ]);
  });

  it('takes levels in the order styles first appear: 1./a)/- here, a "- X:" line over "+" items is a heading', () => {
    const { shape, reading } = tree(`
1. Cải cách thủ tục hành chính
a) Công khai
- Về niêm yết:
+ Niêm yết tại Bộ phận Một cửa.
+ Niêm yết trên Cổng thông tin điện tử.
- Cập nhật thủ tục mới kịp thời.
b) Giải quyết
2. Cải cách công vụ
a) Tuyển dụng
`);
    expect(shape).toEqual([
      's1<- 1. Cải cách thủ tục hành chính',
      's2<s1 a) Công khai',
      's3<s2 - Về niêm yết',
      's4<s1 b) Giải quyết',
      's5<- 2. Cải cách công vụ',
      's6<s5 a) Tuyển dụng',
    ]);
    expect(reading.sections[2]!.numbering).toBe('dash');
    expect(reading.sections[2]!.body).toBe(
      '+ Niêm yết tại Bộ phận Một cửa.\n+ Niêm yết trên Cổng thông tin điện tử.\n- Cập nhật thủ tục mới kịp thời.',
    );
  });

  it('keeps numbered sentences as body text when no heading of their style is open', () => {
    const { reading } = tree(`
III. TỔ CHỨC THỰC HIỆN
1. Giao phòng Tổ chức - Hành chính - Quản trị: theo dõi, đôn đốc, triển khai thực hiện kế hoạch khắc phục Chỉ số cải cách hành chính năm 2023.
2. Các phòng, ban, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung theo kế hoạch./.
`);
    expect(reading.sections).toEqual([]);
    expect(reading.implementation?.text.split('\n')).toHaveLength(2);
  });

  it('warns about a skipped or repeated number, reading on', () => {
    const { reading, shape } = tree(`
II. NỘI DUNG
1. Một
2. Hai
2. Hai lặp
4. Bốn
a) A
b) B
d) D
đ) Đ
e) E
f) F
`);
    expect(shape).toHaveLength(11);
    expect(reading.warnings.map((warning) => warning.message)).toEqual([
      'Số thứ tự mục "2." không liền sau "2." (thiếu hoặc lặp số thứ tự); hãy kiểm tra lại cấp của mục.',
      'Số thứ tự mục "4." không liền sau "2." (thiếu hoặc lặp số thứ tự); hãy kiểm tra lại cấp của mục.',
      'Số thứ tự mục "d)" không liền sau "b)" (thiếu hoặc lặp số thứ tự); hãy kiểm tra lại cấp của mục.',
    ]);
    expect(reading.warnings[0]!.source).toEqual([{ from: 4, to: 4 }]);
  });

  it("lets a .docx heading level and a person's override decide the level", () => {
    const paragraphs = paragraphsOf(`
II. NỘI DUNG
Cải cách hành chính
1. Kế hoạch
Đoạn văn thường
`);
    paragraphs[1]!.hints = { headingLevel: 2, bold: true };
    paragraphs[3]!.override = { line: 4, role: 'heading', level: 1 };
    const { shape } = tree(paragraphs);
    expect(shape).toEqual([
      's1<- II. NỘI DUNG',
      's2<s1 Cải cách hành chính',
      's3<s2 1. Kế hoạch',
      's4<- Đoạn văn thường',
    ]);
  });

  it('joins lines a plain-text copy wrapped, when the cleaner left them apart', () => {
    const { reading } = tree(`
II. NỘI DUNG
1. Cải cách thể chế
- Thực hiện đúng các quy định của pháp luật về ban hành văn bản quy phạm pháp
luật; định kỳ rà soát các văn bản quy phạm pháp luật do Văn phòng chủ trì, tham
mưu gửi cơ quan có thẩm quyền trình
UBND tỉnh ban hành.
4
- Tiếp tục rà soát.
`);
    expect(reading.sections[1]!.body).toBe(
      '- Thực hiện đúng các quy định của pháp luật về ban hành văn bản quy phạm pháp luật; định kỳ rà soát các văn bản quy phạm pháp luật do Văn phòng chủ trì, tham mưu gửi cơ quan có thẩm quyền trình UBND tỉnh ban hành.\n- Tiếp tục rà soát.',
    );
  });
});
