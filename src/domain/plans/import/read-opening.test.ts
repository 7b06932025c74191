import { describe, expect, it } from 'vitest';
import { paragraphs, paragraphsOf, pdfLines } from './import-test-helpers';
import { readLegalReferences } from './read-legal-references';
import { readOpening } from './read-opening';

describe('readLegalReferences', () => {
  it('reads type and number, date, issuer and summary of each "Căn cứ" document', () => {
    expect(
      readLegalReferences(
        'Căn cứ Quyết định số 876/QĐ-BNV ngày 07/5/2024 của Bộ Nội vụ về việc phê duyệt Đề án;',
      ),
    ).toEqual([
      {
        number: 'Quyết định số 876/QĐ-BNV',
        date: '2024-05-07',
        issuer: 'Bộ Nội vụ',
        summary: 'về việc phê duyệt Đề án',
      },
    ]);
  });

  it('reads the documents a "Thực hiện" sentence names, with a spelled date and a missing type', () => {
    expect(
      readLegalReferences(
        'Thực hiện Kế hoạch số 16/KH-UBND, ngày 03 tháng 01 năm 2024 của Ủy ban nhân dân huyện Châu Thành về việc thực hiện công tác cải cách hành chính (CCHC) năm 2024, Ủy ban nhân dân xã Giao Long xây dựng kế hoạch như sau:',
      ),
    ).toEqual([
      {
        number: 'Kế hoạch số 16/KH-UBND',
        date: '2024-01-03',
        issuer: 'Ủy ban nhân dân huyện Châu Thành',
        summary: 'về việc thực hiện công tác cải cách hành chính (CCHC) năm 2024',
      },
    ]);
    expect(
      readLegalReferences('Thực hiện số 93/QĐ-UBND ngày 17/01/2024 của Chủ tịch UBND tỉnh.')[0],
    ).toMatchObject({
      number: 'Quyết định số 93/QĐ-UBND',
      issuer: 'Chủ tịch UBND tỉnh',
    });
  });

  it('reads several documents of one sentence, an issuer without "về", and numbers like 19-NQ/TW', () => {
    const references = readLegalReferences(
      'Căn cứ Báo cáo số 235/BC-SNV ngày 24/01/2024 của Sở Nội vụ Kết quả điều tra xã hội học năm 2023; Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; Công văn số 385/UBND-NC ngày 24/01/2024 về việc triển khai nhiệm vụ năm 2024.',
    );
    expect(references.map((item) => [item.number, item.date, item.issuer])).toEqual([
      ['Báo cáo số 235/BC-SNV', '2024-01-24', 'Sở Nội vụ'],
      ['Nghị quyết số 19-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương'],
      ['Công văn số 385/UBND-NC', '2024-01-24', ''],
    ]);
    expect(references[0]!.summary).toBe('Kết quả điều tra xã hội học năm 2023');
  });

  it('does not take "Chỉ số" for a document number', () => {
    expect(readLegalReferences('Căn cứ kết quả Chỉ số 85/100 điểm của tỉnh;')).toEqual([]);
  });
});

describe('readOpening', () => {
  it('reads a basis list wrapped across lines and keeps the other paragraphs as the preamble', () => {
    const body = paragraphsOf(
      pdfLines(
        'Căn cứ Nghị quyết số 19-',
        'NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới;',
        'Căn cứ Kế hoạch số 23/KH-UBND ngày 05/02/2025 của UBND tỉnh về cải cách hành chính;',
        'Nhằm nâng cao Chỉ số CCHC năm 2025, Sở Nội vụ xây dựng Kế hoạch như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '- Nâng cao chất lượng.',
      ),
    );
    const opening = readOpening(body);
    expect(opening.basis.map((item) => item.reference.number)).toEqual([
      'Nghị quyết số 19-NQ/TW',
      'Kế hoạch số 23/KH-UBND',
    ]);
    expect(opening.basis[0]!.provenance).toEqual({
      confidence: 0.85,
      source: [{ from: 0, to: 2 }],
      flags: [],
    });
    expect(opening.preamble?.text).toBe(
      'Nhằm nâng cao Chỉ số CCHC năm 2025, Sở Nội vụ xây dựng Kế hoạch như sau:',
    );
    expect(opening.rest.map((paragraph) => paragraph.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Nâng cao chất lượng.',
    ]);
  });

  it('keeps a whole body without headings as body, after its opening sentences', () => {
    const opening = readOpening(
      paragraphs('Thực hiện chỉ đạo của UBND tỉnh.', 'Tăng cường kỷ luật.'),
    );
    expect(opening.preamble?.text).toBe('Thực hiện chỉ đạo của UBND tỉnh.');
    expect(opening.basis).toEqual([]);
    expect(opening.rest.map((paragraph) => paragraph.text)).toEqual(['Tăng cường kỷ luật.']);
  });
});
