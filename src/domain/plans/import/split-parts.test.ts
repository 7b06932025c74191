import { describe, expect, it } from 'vitest';
import { partsOf, pdfLines } from './import-test-helpers';

const textsOf = (lines: string[]) => {
  const parts = partsOf(lines);
  return {
    header: parts.header.map((p) => p.text),
    body: parts.body.map((p) => p.text),
    closing: parts.closing.map((p) => p.text),
    appendix: parts.appendix.map((p) => p.text),
  };
};

describe('splitParts', () => {
  it('splits header, body, closing with the signature before Nơi nhận, and appendix', () => {
    const parts = textsOf(
      pdfLines(
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'KẾ HOẠCH',
        'Cải cách hành chính năm 2024',
        'I. MỤC ĐÍCH',
        '- Xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch.',
        'IV. NHIỆM VỤ CỤ THỂ',
        '(Phụ lục chi tiết đính kèm)',
        'Phụ lục chi tiết đính kèm theo Kế hoạch này.',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nơi nhận:',
        '- Sở Nội vụ;',
        'Nguyễn Văn An',
        'PHỤ LỤC I',
        'NHIỆM VỤ CỤ THỂ',
        'PHỤ LỤC II',
      ),
    );
    expect(parts.header).toEqual([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2024',
    ]);
    expect(parts.body).toEqual([
      'I. MỤC ĐÍCH',
      '- Xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch.',
      'IV. NHIỆM VỤ CỤ THỂ',
      '(Phụ lục chi tiết đính kèm)',
      'Phụ lục chi tiết đính kèm theo Kế hoạch này.',
    ]);
    expect(parts.closing).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nơi nhận:',
      '- Sở Nội vụ;',
      'Nguyễn Văn An',
    ]);
    expect(parts.appendix).toEqual(['PHỤ LỤC I', 'NHIỆM VỤ CỤ THỂ', 'PHỤ LỤC II']);
  });

  it('finds the closing by its signature when there is no Nơi nhận', () => {
    const parts = textsOf([
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2024',
      'Căn cứ Luật Tổ chức chính quyền địa phương.',
      'I. TỔ CHỨC THỰC HIỆN',
      'Các phòng triển khai thực hiện./.',
      'GIÁM ĐỐC',
      'Lê Thị Hoa',
    ]);
    expect(parts.body.at(-1)).toBe('Các phòng triển khai thực hiện./.');
    expect(parts.closing).toEqual(['GIÁM ĐỐC', 'Lê Thị Hoa']);
  });

  it('has an empty header when the text starts with the body', () => {
    const parts = textsOf(['I. MỤC ĐÍCH', '- Nâng cao chất lượng.']);
    expect(parts.header).toEqual([]);
    expect(parts.body).toEqual(['I. MỤC ĐÍCH', '- Nâng cao chất lượng.']);
  });
});
