import { describe, expect, it } from 'vitest';
import { groupBodyLines } from './header-bodies';
import { partsOf, pdfLines } from './import-test-helpers';
import { readHeader } from './read-header';

const headerOf = (lines: string[]) => readHeader(partsOf(lines).header);

describe('readHeader', () => {
  it('reads a district header whose two columns share lines', () => {
    const header = headerOf(
      pdfLines(
        'ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'HUYỆN LẤP VÒ',
        '________________',
        'Độc lập - Tự do - Hạnh phúc',
        'Số:  104/KH-UBND Lấp Vò, ngày 22 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'Triển khai thực hiện cải thiện Chỉ số cải cách hành chính và Chỉ số hài lòng',
        'về sự phục vụ hành chính huyện Lấp Vò năm 2024',
        '________________________',
        'Căn cứ Báo cáo số 235/BC-SNV ngày 24/01/2024 của Sở Nội vụ.',
      ),
    );
    expect(header.fields).toEqual({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
      number: '104',
      symbol: 'KH-UBND',
      place: 'Lấp Vò',
      issuedOn: '2024-03-22',
      title:
        'Triển khai thực hiện cải thiện Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ hành chính huyện Lấp Vò năm 2024',
    });
    expect(header.year).toBe(2024);
    expect(header.provenance.number!.confidence).toBeGreaterThan(0.9);
    expect(header.provenance.number!.source).toEqual([{ from: 8, to: 8 }]);
  });

  it('reads a provincial department under its parent, from "|" columns', () => {
    const header = headerOf([
      'UBND TỈNH BẾN TRE | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ | Độc lập – Tự do – Hạnh phúc',
      'Số: 23/KH-SNV | Bến Tre, ngày 05 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Cải thiện Chỉ số CCHC năm 2025',
      'Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của UBND tỉnh;',
    ]);
    expect(header.fields).toMatchObject({
      parentBody: 'UBND TỈNH BẾN TRE',
      issuingBody: 'SỞ NỘI VỤ',
      number: '23',
      symbol: 'KH-SNV',
      place: 'Bến Tre',
      issuedOn: '2025-02-05',
      title: 'Cải thiện Chỉ số CCHC năm 2025',
    });
  });

  it('reads a commune header with a three-line left column and a draft number and date', () => {
    const header = headerOf(
      pdfLines(
        'UBND HUYỆN CHÂU THÀNH',
        'ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '   XÃ GIAO LONG    Độc lập - Tự do - Hạnh phúc',
        '   Số:      /KH-UBND                             Giao Long, ngày       tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Thực hiện công tác cải cách hành chính năm 2024',
        'Thực hiện Kế hoạch số 16/KH-UBND, ngày 03 tháng 01 năm 2024 của Ủy ban nhân dân huyện.',
      ),
    );
    expect(header.fields).toMatchObject({
      parentBody: 'UBND HUYỆN CHÂU THÀNH',
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ GIAO LONG',
      number: null,
      symbol: 'KH-UBND',
      place: 'Giao Long',
      issuedOn: null,
      title: 'Thực hiện công tác cải cách hành chính năm 2024',
    });
    expect(header.year).toBe(2024);
  });

  it('reads a title printed on the type line and a remediation plan year from the date', () => {
    const header = headerOf([
      'VĂN PHÒNG UBND TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số 7/KH-VPUBND Đồng Tháp, ngày 2 tháng 2 năm 2024',
      'KẾ HOẠCH Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính năm 2023',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(header.fields).toMatchObject({
      issuingBody: 'VĂN PHÒNG UBND TỈNH ĐỒNG THÁP',
      number: '7',
      issuedOn: '2024-02-02',
      place: 'Đồng Tháp',
      title: 'Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính năm 2023',
    });
    expect(header.year).toBe(2024);
  });

  it('reads a document that starts at "KẾ HOẠCH": no bodies, number or date, low confidence', () => {
    const header = headerOf([
      ' KẾ HOẠCH ',
      'Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính;  ',
      'Chỉ số hài lòng về sự phục vụ hành chính năm 2023  ',
      ' Thực hiện số 93/QĐ-UBND ngày 17/01/2024 của Chủ tịch UBND tỉnh.',
    ]);
    expect(header.fields).toMatchObject({ issuingBody: '', number: null, issuedOn: null });
    expect(header.fields.title).toBe(
      'Khắc phục tồn tại, hạn chế Chỉ số cải cách hành chính; Chỉ số hài lòng về sự phục vụ hành chính năm 2023',
    );
    expect(header.year).toBe(2024);
    expect(header.provenance.issuingBody!.confidence).toBeLessThan(0.6);
  });
});

describe('groupBodyLines', () => {
  it('joins a body kind printed alone with its place, and keeps a parent apart', () => {
    expect(groupBodyLines(['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP', 'SỞ NỘI VỤ'])).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      'SỞ NỘI VỤ',
    ]);
    expect(groupBodyLines(['BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH', 'TỈNH BẾN TRE'])).toEqual([
      'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH BẾN TRE',
    ]);
  });
});
