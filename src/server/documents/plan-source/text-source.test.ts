// .txt and .md plan texts: encodings by their bytes (UTF-8 with or without BOM, UTF-16 with BOM,
// any line ending), sample 000 read exactly as the domain's plain form, and Markdown's headings,
// bold lines and pipe tables turned into hints.
import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '@domain/plans/import/source-document';
import { SAMPLE_000_TEXT } from '@domain/plans/import/fixtures/sample-000.fixture';
import { parsePlanSource } from './parse-plan-source';

describe('a .txt plan', () => {
  it('reads UTF-8 with a BOM and CRLF line endings as plain lines', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('KẾ HOẠCH\r\nCải cách hành chính\r\n\r\nI. MỤC ĐÍCH'),
    ]);
    expect(await parsePlanSource(bytes, 'ke-hoach.txt')).toEqual({
      format: 'txt',
      lines: [
        { text: 'KẾ HOẠCH' },
        { text: 'Cải cách hành chính' },
        { text: '' },
        { text: 'I. MỤC ĐÍCH' },
      ],
      tables: [],
    });
  });

  it('reads UTF-16 with its byte-order mark, little- and big-endian', async () => {
    const text = 'Ủy ban nhân dân\r\nxã Giao Long';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    for (const bytes of [little, big])
      expect((await parsePlanSource(bytes, 'a.txt')).lines).toEqual([
        { text: 'Ủy ban nhân dân' },
        { text: 'xã Giao Long' },
      ]);
  });

  it("reads sample 000's text as the same lines as plainTextDocument, whatever the file is named", async () => {
    const expected = plainTextDocument(SAMPLE_000_TEXT);
    expect(expected.lines.length).toBeGreaterThan(500);
    for (const name of ['000.txt', '000.docx', 'ke-hoach'])
      expect(await parsePlanSource(Buffer.from(SAMPLE_000_TEXT), name)).toEqual(expected);
  });
});

describe('a .md plan', () => {
  it('turns headings, bold lines and a pipe table into hints, dropping the marks', async () => {
    const markdown = [
      '# KẾ HOẠCH',
      '**Cải cách hành chính năm 2024**',
      '## I. MỤC ĐÍCH',
      'Nâng cao **chất lượng** phục vụ.',
      '',
      '| STT | Nội dung | Chủ trì |',
      '|:---:|----------|---------|',
      '| 1 | Rà soát văn bản | Phòng Tư pháp |',
      '| 2 | Kiểm tra \\| đánh giá | **UBND xã** |',
      'Nơi nhận:',
    ].join('\n');
    const source = await parsePlanSource(Buffer.from(markdown), 'ke-hoach.md');
    expect(source.lines).toEqual([
      { text: 'KẾ HOẠCH', headingLevel: 1 },
      { text: 'Cải cách hành chính năm 2024', bold: true },
      { text: 'I. MỤC ĐÍCH', headingLevel: 2 },
      { text: 'Nâng cao chất lượng phục vụ.' },
      { text: '' },
      { text: 'STT | Nội dung | Chủ trì', table: { index: 0, row: 0 } },
      { text: '1 | Rà soát văn bản | Phòng Tư pháp', table: { index: 0, row: 1 } },
      { text: '2 | Kiểm tra | đánh giá | UBND xã', table: { index: 0, row: 2 } },
      { text: 'Nơi nhận:' },
    ]);
    const cells = (...texts: string[]) =>
      texts.map((text) => ({ text, span: 1, mergedFromAbove: false }));
    expect(source.tables).toEqual([
      {
        rows: [
          { line: 5, cells: cells('STT', 'Nội dung', 'Chủ trì') },
          { line: 6, cells: cells('1', 'Rà soát văn bản', 'Phòng Tư pháp') },
          { line: 7, cells: cells('2', 'Kiểm tra | đánh giá', 'UBND xã') },
        ],
      },
    ]);
  });

  it('reads a pipe line with no delimiter row under it as text', async () => {
    const source = await parsePlanSource(Buffer.from('| chỉ một dòng |\nhết'), 'a.md');
    expect(source).toEqual({
      format: 'txt',
      lines: [{ text: '| chỉ một dòng |' }, { text: 'hết' }],
      tables: [],
    });
  });
});
