import { describe, expect, it } from 'vitest';
import { isNextLetter, letterOrdinal, readLabel, romanValue } from './read-numbering';

// [text, printed label or null, style, ordinal, rest starts with]
const CASES: readonly [string, string | null, string?, number?][] = [
  ['I. MỤC ĐÍCH, YÊU CẦU', 'I.', 'roman', 1],
  ['II. NỘI DUNG', 'II.', 'roman', 2],
  ['IV. NHIỆM VỤ CỤ THỂ', 'IV.', 'roman', 4],
  ['VII. Xây dựng chính quyền số', 'VII.', 'roman', 7],
  ['XII. TỔ CHỨC THỰC HIỆN', 'XII.', 'roman', 12],
  ['I- MỤC ĐÍCH', 'I-', 'roman', 1],
  ['A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', 'A.', 'upper_letter', 1],
  ['B. Chỉ số PAPI', 'B.', 'upper_letter', 2],
  ['Đ. CHỈ SỐ HÀI LÒNG', 'Đ.', 'upper_letter', 5],
  ['E. Nhiệm vụ của các cơ quan', 'E.', 'upper_letter', 6],
  ['C. DDCI', 'C.', 'upper_letter', 3],
  ['1. Mục đích', '1.', 'decimal', 1],
  ['12. Công tác thi đua', '12.', 'decimal', 12],
  ['1) Công tác chỉ đạo', '1)', 'decimal', 1],
  ['3/ Cải cách thể chế', '3/', 'decimal', 3],
  ['1.1. Kết quả đánh giá', '1.1.', 'decimal_nested', 1],
  ['1.2.1. Công tác chỉ đạo điều hành', '1.2.1.', 'decimal_nested', 1],
  ['2.7.1. Về thủ tục hành chính', '2.7.1.', 'decimal_nested', 1],
  ['1.2 Kết quả đánh giá', '1.2', 'decimal_nested', 2],
  ['1.2.1) Công khai TTHC', '1.2.1)', 'decimal_nested', 1],
  ['a) Phòng Nội vụ', 'a)', 'lower_letter', 1],
  ['đ) Công chức Tư pháp - Hộ tịch', 'đ)', 'lower_letter', 5],
  ['e) Trả kết quả đúng hạn', 'e)', 'lower_letter', 6],
  ['g) Số hóa hồ sơ', 'g)', 'lower_letter', 7],
  ['k) Công an xã', 'k)', 'lower_letter', 10],
  ['b. Phòng Văn hóa', 'b.', 'lower_letter', 2],
  ['(1) Tập trung rà soát', '(1)', 'decimal', 1],
  ['(b) Công khai', '(b)', 'lower_letter', 2],
  ['- Tồn tại: Tuyển dụng viên chức', '-', 'dash'],
  ['– Đẩy mạnh tuyên truyền', '-', 'dash'],
  ['-Tiếp tục duy trì', '-', 'dash'],
  ['+ Đơn vị chủ trì thực hiện: Phòng Nội vụ', '+', 'plus'],
  ['• Kiểm tra định kỳ', '•', 'dash'],
  ['* Phụ chú: Ngoài ra', '*', 'dash'],
  // Text that only starts like a label.
  ['100% hồ sơ được giải quyết đúng hạn', null],
  ['1,5 điểm bị trừ', null],
  ['1.5 triệu đồng mỗi hồ sơ', null],
  ['15.01.2024 là hạn cuối', null],
  ['2023. Năm nay', null],
  ['26/CT-TTg ngày 05/9/2016 của Thủ tướng', null],
  ['I lo ngại', null],
  ['Ia Grai là huyện', null],
  ['IIII. Sai', null],
  ['-4,92', null],
  ['- 0,61', null],
  ['+84 912 345 678', null],
  ['1 Công tác chỉ đạo điều hành 11,5 6,58 -4,92', null],
  ['a.m. không phải nhãn', null],
  ['v.v. và các nội dung khác', null],
  ['3. các xã chưa thực hiện', null],
  ['A-B là mã', null],
  ['Điều 1. Phạm vi', null],
  ['Năm 2023, Văn phòng UBND tỉnh xếp thứ 04/20', null],
];

describe('readLabel', () => {
  it.each(CASES)('reads %j', (text, printed, style, ordinal) => {
    const label = readLabel(text);
    if (printed === null) {
      expect(label).toBeNull();
      return;
    }
    expect(label).not.toBeNull();
    expect(label!.printed).toBe(printed);
    expect(label!.style).toBe(style);
    if (ordinal !== undefined) expect(label!.ordinal).toBe(ordinal);
    expect(label!.rest.length).toBeGreaterThan(0);
    expect(text.endsWith(label!.rest)).toBe(true);
  });

  it('keeps the depth of a nested number in its level key, so 1.1. and 1.1.1. are two levels', () => {
    expect(readLabel('1.1. A')!.key).not.toBe(readLabel('1.1.1. A')!.key);
    expect(readLabel('1.1.1. A')!.path).toEqual([1, 1, 1]);
  });

  it('offers the letter reading of "V." and "I.", and reads "C." as a letter only', () => {
    expect(readLabel('V. TỔ CHỨC THỰC HIỆN')!.alternative).toMatchObject({ style: 'upper_letter' });
    expect(readLabel('I. MỤC ĐÍCH')!.alternative).toMatchObject({
      style: 'upper_letter',
      ordinal: 9,
    });
    expect(readLabel('C. CHỈ SỐ DDCI')).toMatchObject({ style: 'upper_letter', alternative: null });
  });

  it('tells "1." from "1)" by key: the same number with another delimiter is another level', () => {
    expect(readLabel('1. A')!.key).not.toBe(readLabel('1) A')!.key);
  });
});

describe('letters and numerals', () => {
  it('counts letters in Vietnamese order: đ after d, no f/j/w/z', () => {
    expect(['a', 'd', 'đ', 'e', 'g', 'i', 'k', 'y'].map(letterOrdinal)).toEqual([
      1, 4, 5, 6, 7, 9, 10, 23,
    ]);
  });

  it('accepts the next letter in Vietnamese or Latin order, and nothing else', () => {
    expect(isNextLetter('d', 'đ')).toBe(true);
    expect(isNextLetter('đ', 'e')).toBe(true);
    expect(isNextLetter('d', 'e')).toBe(true);
    expect(isNextLetter('e', 'f')).toBe(true);
    expect(isNextLetter('i', 'k')).toBe(true);
    expect(isNextLetter('i', 'j')).toBe(true);
    expect(isNextLetter('a', 'c')).toBe(false);
    expect(isNextLetter('b', 'b')).toBe(false);
  });

  it('reads Roman numerals written the usual way only', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XL'].map(romanValue)).toEqual([1, 4, 9, 14, 40]);
    expect(['IIII', 'VX', 'IC', 'ABC'].map(romanValue)).toEqual([null, null, null, null]);
  });
});
