// A .pdf with a text layer (pdf-lib with embedded Liberation Serif, Vietnamese text over two
// pages) read into lines in reading order with page, indent and bold; a scan (an image and no
// text) refused with the OCR message; a password-protected file refused.
import { describe, expect, it } from 'vitest';
import {
  drawCentred,
  drawText,
  passwordPdf,
  pdfWithFonts,
  scannedPdf,
} from '../../../../test/pdf-fixtures';
import { parsePlanSource } from './parse-plan-source';

async function twoPagePlan(): Promise<Buffer> {
  const { pdf, regular, bold } = await pdfWithFonts();
  const first = pdf.addPage([595, 842]);
  // Drawn bottom-up and right-to-left on purpose: the reader orders by position, not drawing order.
  drawText(first, '1. Ban hành kế hoạch cải cách hành chính năm 2024.', 85, 300, regular);
  drawText(
    first,
    'cải cách hành chính năm 2024',
    85 + regular.widthOfTextAtSize('Thực hiện công tác ', 13),
    260,
    regular,
  );
  drawText(first, 'Thực hiện công tác', 85, 260, regular);
  drawCentred(first, 'KẾ HOẠCH', 220, bold);
  drawText(first, 'Độc lập - Tự do - Hạnh phúc', 330, 90, bold);
  drawText(first, 'XÃ GIAO LONG', 90, 90, bold);
  drawText(first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 70, bold);
  drawText(first, 'ỦY BAN NHÂN DÂN', 80, 70, bold);
  for (let row = 0; row < 12; row++)
    drawText(
      first,
      `- Nhiệm vụ thứ ${row + 1}: rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền.`,
      100,
      340 + row * 20,
      regular,
    );
  const second = pdf.addPage([595, 842]);
  drawText(second, '2', 293, 40, regular, 12);
  drawText(second, '2. Kiểm tra công vụ, đạo đức công chức', 85, 80, bold);
  for (let row = 0; row < 12; row++)
    drawText(
      second,
      `+ Ủy ban nhân dân xã chủ trì, phối hợp các ngành thực hiện việc ${row + 1}.`,
      100,
      110 + row * 20,
      regular,
    );
  return Buffer.from(await pdf.save());
}

describe('a .pdf with a text layer', () => {
  it('gives lines in reading order with page, indent, bold, centring and column gaps', async () => {
    const source = await parsePlanSource(await twoPagePlan(), 'ke-hoach.pdf');
    expect(source.format).toBe('pdf');
    expect(source.tables).toEqual([]);
    const firstPage = source.lines.filter((line) => line.page === 1);
    expect(firstPage.slice(0, 5)).toEqual([
      {
        text: 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        page: 1,
        indent: 80,
        bold: true,
      },
      { text: 'XÃ GIAO LONG | Độc lập - Tự do - Hạnh phúc', page: 1, indent: 90, bold: true },
      expect.objectContaining({ text: 'KẾ HOẠCH', page: 1, bold: true, centered: true }),
      { text: 'Thực hiện công tác cải cách hành chính năm 2024', page: 1, indent: 85 },
      { text: '1. Ban hành kế hoạch cải cách hành chính năm 2024.', page: 1, indent: 85 },
    ]);
    expect(firstPage).toHaveLength(5 + 12);
    expect(firstPage[16]).toEqual({
      text: '- Nhiệm vụ thứ 12: rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền.',
      page: 1,
      indent: 100,
    });
    const secondPage = source.lines.filter((line) => line.page === 2);
    expect(secondPage.slice(0, 3)).toEqual([
      expect.objectContaining({ text: '2', page: 2, centered: true }),
      { text: '2. Kiểm tra công vụ, đạo đức công chức', page: 2, indent: 85, bold: true },
      {
        text: '+ Ủy ban nhân dân xã chủ trì, phối hợp các ngành thực hiện việc 1.',
        page: 2,
        indent: 100,
      },
    ]);
    expect(source.lines).toHaveLength(17 + 14);
  });
});

describe('a .pdf without text', () => {
  it('refuses a scan (images and a stamped page number) as needing OCR', async () => {
    await expect(parsePlanSource(await scannedPdf(), 'ban-quet.pdf')).rejects.toThrow(
      'Tệp PDF không có lớp chữ (bản quét): cần nhận dạng ký tự (OCR) trước khi nhập.',
    );
  });

  it('refuses a password-protected file', async () => {
    await expect(parsePlanSource(passwordPdf(), 'mat-khau.pdf')).rejects.toThrow(
      'Tệp PDF được đặt mật khẩu (mã hoá)',
    );
  });
});
