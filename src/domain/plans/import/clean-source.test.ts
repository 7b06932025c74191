import { describe, expect, it } from 'vitest';
import { cleanSource } from './clean-source';
import { paragraphsOf, pdfLines } from './import-test-helpers';
import { normaliseLine } from './normalise-line';
import { plainTextDocument, type SourceDocument } from './source-document';

const texts = (lines: string[]) => paragraphsOf(lines).map((paragraph) => paragraph.text);

describe('normaliseLine', () => {
  it('straightens curly quotes, turns en/em dashes into hyphens and bullets into "-"', () => {
    expect(normaliseLine('\u201cĐến năm 2025\u201d \u2013 Văn hóa\u2014Thông tin')).toBe(
      '"Đến năm 2025" - Văn hóa-Thông tin',
    );
    expect(normaliseLine('\u2022 Sở Nội vụ;')).toBe('- Sở Nội vụ;');
  });

  it('replaces no-break and page-break spaces, collapses runs and composes Vietnamese (NFC)', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch';
    expect(normaliseLine(`\u00a0${decomposed}\u202f\u00a0  số\f 23`)).toBe('Kế hoạch số 23');
  });

  it('puts back the space missing after a full stop, but not inside acronyms, decimals or addresses', () => {
    expect(normaliseLine('năm 2024.Kế hoạch này;Chỉ số')).toBe('năm 2024. Kế hoạch này; Chỉ số');
    expect(normaliseLine('TP.HCM, 9.39 điểm, PCT.UBND, ubnd@dongthap.gov.vn')).toBe(
      'TP.HCM, 9.39 điểm, PCT.UBND, ubnd@dongthap.gov.vn',
    );
  });
});

describe('cleanSource', () => {
  it('joins hard-wrapped lines when blank lines separate every line', () => {
    const lines = pdfLines(
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Cải thiện những tiêu chí, tiêu chí thành phần còn hạn chế chưa đạt yêu cầu',
      'đánh giá của Bộ Chỉ số CCHC và Chỉ số hài lòng (kèm Báo cáo phân tích PAR',
      'Index, SIPAS).',
      '- Phấn đấu Chỉ số hài lòng của Huyện đạt từ 85% trở lên.',
      '1. Mục đích',
      'Xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công',
      'khai, minh bạch.',
    );
    expect(texts(lines)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Cải thiện những tiêu chí, tiêu chí thành phần còn hạn chế chưa đạt yêu cầu đánh giá của Bộ Chỉ số CCHC và Chỉ số hài lòng (kèm Báo cáo phân tích PAR Index, SIPAS).',
      '- Phấn đấu Chỉ số hài lòng của Huyện đạt từ 85% trở lên.',
      '1. Mục đích',
      'Xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch.',
    ]);
  });

  it('keeps the source span of a joined paragraph', () => {
    const [paragraph] = paragraphsOf(
      pdfLines(
        '- Giao Phòng Nội vụ chủ trì, phối hợp Văn phòng HĐND và UBND Huyện',
        'và các Phòng chuyên môn thực hiện.',
      ),
    );
    expect(paragraph!.span).toEqual({ from: 0, to: 2 });
  });

  it('treats blank lines as paragraph breaks in a text that does not put one after every line', () => {
    const lines = [
      'Phấn đấu Chỉ số CCHC của tỉnh năm 2025 tăng ít nhất 3 bậc so với năm 2024 và nằm trong',
      'nhóm 20 tỉnh dẫn đầu cả nước',
      '',
      'Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính cho người dân.',
    ];
    expect(texts(lines)).toEqual([
      'Phấn đấu Chỉ số CCHC của tỉnh năm 2025 tăng ít nhất 3 bậc so với năm 2024 và nằm trong nhóm 20 tỉnh dẫn đầu cả nước',
      'Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính cho người dân.',
    ]);
  });

  it('joins a document number wrapped after its hyphen without a space', () => {
    const lines = pdfLines(
      '- Nhiệm vụ, giải pháp khắc phục: Tiếp tục thực hiện Nghị quyết số 19-',
      'NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.',
    );
    expect(texts(lines)[0]).toContain('Nghị quyết số 19-NQ/TW ngày 25/10/2017');
  });

  it('drops page numbers in their printed forms, but not a table row number followed by its text', () => {
    const lines = [
      ...pdfLines('7. Xây dựng chính quyền điện tử, chính quyền số'),
      '',
      '4',
      '',
      '- 5 -',
      'Trang 6/10',
      ...pdfLines('- Tiếp tục duy trì kết quả đã đạt được năm 2023.'),
      '8',
      'Tác động của CCHC đến người dân, tổ chức',
    ];
    expect(texts(lines)).toEqual([
      '7. Xây dựng chính quyền điện tử, chính quyền số',
      '- Tiếp tục duy trì kết quả đã đạt được năm 2023.',
      '8',
      'Tác động của CCHC đến người dân, tổ chức',
    ]);
  });

  it('drops a footnote under its rule and the footnote mark in the text above', () => {
    const lines = [
      ...pdfLines(
        'Chú trọng cải cách thể chế. Tiếp tục thực hiện các nhiệm vụ trọng tâm CCHC giai đoạn 2021-20301',
        '- Thực hiện đúng quy định của Chính phủ và hướng dẫn của UBND tỉnh2. Thực hiện đúng quy định về sử dụng kinh phí từ nguồn ngân sách nhà',
      ),
      '                                              ',
      '1 Cải cách thể chế, trong đó tập trung xây dựng, hoàn thiện hệ thống thể chế của nền hành chính và nâng cao hiệu',
      'lực, hiệu quả tổ chức thi hành pháp luật.',
      '2 Nghị định số 107/2020/NĐ-CP của Chính phủ.',
      ' nước.',
    ];
    expect(texts(lines)).toEqual([
      'Chú trọng cải cách thể chế. Tiếp tục thực hiện các nhiệm vụ trọng tâm CCHC giai đoạn 2021-2030',
      '- Thực hiện đúng quy định của Chính phủ và hướng dẫn của UBND tỉnh. Thực hiện đúng quy định về sử dụng kinh phí từ nguồn ngân sách nhà nước.',
    ]);
  });

  it('keeps a numbered list under a rule when no footnote mark points at it', () => {
    const lines = ['Các nhiệm vụ trọng tâm như sau:', '________________', '1 Cải cách thể chế.'];
    expect(texts(lines)).toEqual(['Các nhiệm vụ trọng tâm như sau:', '1 Cải cách thể chế.']);
  });

  it('drops the digital-signature dump after the last page', () => {
    const lines = [
      'Trương Thị Diệp',
      '\t\t2024-03-26T09:50:01+0700',
      '\t\tCỤC CHỨNG THỰC SỐ VÀ BẢO MẬT THÔNG TIN - ĐT: 0243.7738668',
      '\tTỉnh Đồng Tháp',
      '\tỦy ban nhân dân huyện Lấp Vò<ubndlapvo@dongthap.gov.vn> đã ký lên văn bản này!',
    ];
    expect(texts(lines)).toEqual(['Trương Thị Diệp']);
  });

  it('drops a running header printed at the top of most pages', () => {
    const page = (n: number) => [
      'Kế hoạch số 23/KH-UBND tỉnh Bến Tre',
      `Nội dung trang ${n} của kế hoạch, một câu trọn vẹn.`,
      `Câu thứ hai của trang ${n}.`,
    ];
    const doc: SourceDocument = {
      format: 'pdf',
      lines: [1, 2, 3, 4].flatMap((n) => page(n).map((text) => ({ text, page: n }))),
      tables: [],
    };
    const result = cleanSource(doc, []).map((paragraph) => paragraph.text);
    expect(result).not.toContain('Kế hoạch số 23/KH-UBND tỉnh Bến Tre');
    expect(result).toContain('Nội dung trang 3 của kế hoạch, một câu trọn vẹn.');
  });

  it('keeps header and appendix lines one per paragraph', () => {
    const lines = pdfLines(
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ GIAO LONG Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Thực hiện công tác cải cách hành chính năm 2024',
      'Phụ lục',
      'Tỷ lệ hồ sơ TTHC do UBND',
      'cấp Huyện tiếp nhận trong',
    );
    expect(texts(lines)).toEqual([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ GIAO LONG Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Thực hiện công tác cải cách hành chính năm 2024',
      'Phụ lục',
      'Tỷ lệ hồ sơ TTHC do UBND',
      'cấp Huyện tiếp nhận trong',
    ]);
  });

  it('applies overrides: an ignored line goes, an overridden line starts its own paragraph', () => {
    const doc = plainTextDocument(
      pdfLines(
        '- Tiếp tục duy trì kết quả đã đạt được trong năm 2023 đối với lĩnh vực cải cách thể',
        'chế và tổ chức bộ máy',
        'Kế hoạch số 104/KH-UBND',
        'Công tác tuyên truyền',
      ).join('\n'),
    );
    const result = cleanSource(doc, [
      { line: 4, role: 'ignore' },
      { line: 6, role: 'heading', level: 2 },
    ]);
    expect(result.map((paragraph) => paragraph.text)).toEqual([
      '- Tiếp tục duy trì kết quả đã đạt được trong năm 2023 đối với lĩnh vực cải cách thể chế và tổ chức bộ máy',
      'Công tác tuyên truyền',
    ]);
    expect(result[1]!.override).toEqual({ line: 6, role: 'heading', level: 2 });
  });

  it('keeps a .docx table as one paragraph whose text lays its cells side by side', () => {
    const doc: SourceDocument = {
      format: 'docx',
      lines: [
        { text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA…', table: { index: 0, row: 0 } },
        { text: 'KẾ HOẠCH' },
      ],
      tables: [
        {
          rows: [
            {
              line: 0,
              cells: [
                { text: 'ỦY BAN NHÂN DÂN\nHUYỆN LẤP VÒ', span: 1, mergedFromAbove: false },
                {
                  text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
                  span: 1,
                  mergedFromAbove: false,
                },
              ],
            },
          ],
        },
      ],
    };
    const [table, title] = cleanSource(doc, []);
    expect(table).toMatchObject({
      table: 0,
      text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN LẤP VÒ | Độc lập - Tự do - Hạnh phúc',
    });
    expect(title!.text).toBe('KẾ HOẠCH');
  });
});
