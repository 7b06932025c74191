// A .docx written by the docx library (as Word would save it) read into the SourceDocument:
// headings, bold and centred lines, automatic numbering on two levels and bullets rendered as
// Word shows them, a page break, and an appendix table with a group row spanning the grid and a
// unit column merged vertically.
import { describe, expect, it } from 'vitest';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { parsePlanSource } from './parse-plan-source';
import { ListNumbering } from './docx-numbering';
import { readDocumentXml } from './docx-source';
import { readDocxStyles } from './docx-styles';

const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: text ? [new Paragraph(text)] : [new Paragraph({})], ...options });

const item = (text: string, level: number, instance?: number) =>
  new Paragraph({ text, numbering: { reference: 'plan', level, instance } });

async function planDocx(): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
            { level: 2, format: LevelFormat.BULLET, text: '\u2022' },
            { level: 3, format: LevelFormat.BULLET, text: '+' },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: 'Cải cách hành chính ', bold: true }),
              new TextRun({ text: 'năm 2024', bold: false }),
            ],
          }),
          new Paragraph({ text: 'I. MỤC ĐÍCH, YÊU CẦU', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Nhiệm vụ trọng tâm', heading: HeadingLevel.HEADING_2 }),
          item('Công tác chỉ đạo, điều hành', 0),
          item('Ban hành kế hoạch', 1),
          item('Kiểm tra\tcông vụ', 1),
          new Paragraph({
            numbering: { reference: 'plan', level: 2 },
            children: [new TextRun('Văn phòng'), new TextRun({ text: ' chủ trì', bold: true })],
          }),
          item('Phối hợp các xã', 3),
          item('Cải cách thể chế', 0),
          item('Rà soát văn bản', 1),
          item('Danh sách mới bắt đầu lại', 0, 2),
          new Paragraph({ children: [new PageBreak()] }),
          new Table({
            rows: [
              new TableRow({
                children: ['STT', 'Nội dung', 'Chủ trì', 'Thời gian'].map((text) => cell(text)),
              }),
              new TableRow({
                children: [
                  cell('I', {}),
                  new TableCell({
                    columnSpan: 3,
                    children: [
                      new Paragraph({
                        children: [new TextRun({ text: 'CẢI CÁCH THỂ CHẾ', bold: true })],
                      }),
                    ],
                  }),
                ],
              }),
              new TableRow({
                children: [
                  cell('1'),
                  new TableCell({
                    children: [new Paragraph('Rà soát văn bản'), new Paragraph('quy phạm')],
                  }),
                  cell('Phòng Tư pháp', { verticalMerge: VerticalMergeType.RESTART }),
                  cell('Quý II'),
                ],
              }),
              new TableRow({
                children: [
                  cell('2'),
                  cell('Kiểm tra thực hiện'),
                  cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
                  cell('Tháng 12/2024'),
                ],
              }),
            ],
          }),
          new Paragraph('Nơi nhận:'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('a .docx plan', () => {
  it('reads paragraphs, hints, numbering and the table exactly', async () => {
    const source = await parsePlanSource(await planDocx(), 'ke-hoach.docx');
    expect(source.format).toBe('docx');
    expect(source.lines).toEqual([
      { text: 'KẾ HOẠCH', bold: true, centered: true, page: 1 },
      { text: 'Cải cách hành chính năm 2024', centered: true, page: 1 },
      { text: 'I. MỤC ĐÍCH, YÊU CẦU', headingLevel: 1, page: 1 },
      { text: 'Nhiệm vụ trọng tâm', headingLevel: 2, page: 1 },
      { text: '1. Công tác chỉ đạo, điều hành', listLevel: 0, listLabel: '1.', page: 1 },
      { text: 'a) Ban hành kế hoạch', listLevel: 1, listLabel: 'a)', page: 1 },
      { text: 'b) Kiểm tra công vụ', listLevel: 1, listLabel: 'b)', page: 1 },
      { text: '- Văn phòng chủ trì', listLevel: 2, listLabel: '-', page: 1 },
      { text: '+ Phối hợp các xã', listLevel: 3, listLabel: '+', page: 1 },
      { text: '2. Cải cách thể chế', listLevel: 0, listLabel: '2.', page: 1 },
      // Restarted below a new higher item: "a)" again, not "c)".
      { text: 'a) Rà soát văn bản', listLevel: 1, listLabel: 'a)', page: 1 },
      // Another instance of the list (w:num with start overrides) counts on its own.
      { text: '1. Danh sách mới bắt đầu lại', listLevel: 0, listLabel: '1.', page: 1 },
      // The paragraph holding the break: its mark already sits on page 2, as Word shows it.
      { text: '', page: 2 },
      { text: 'STT | Nội dung | Chủ trì | Thời gian', table: { index: 0, row: 0 }, page: 2 },
      { text: 'I | CẢI CÁCH THỂ CHẾ', table: { index: 0, row: 1 }, page: 2 },
      {
        text: '1 | Rà soát văn bản quy phạm | Phòng Tư pháp | Quý II',
        table: { index: 0, row: 2 },
        page: 2,
      },
      {
        text: '2 | Kiểm tra thực hiện |  | Tháng 12/2024',
        table: { index: 0, row: 3 },
        page: 2,
      },
      { text: 'Nơi nhận:', page: 2 },
    ]);
    const plain = (text: string) => ({ text, span: 1, mergedFromAbove: false });
    expect(source.tables).toEqual([
      {
        rows: [
          { line: 13, cells: ['STT', 'Nội dung', 'Chủ trì', 'Thời gian'].map(plain) },
          {
            line: 14,
            cells: [plain('I'), { text: 'CẢI CÁCH THỂ CHẾ', span: 3, mergedFromAbove: false }],
          },
          {
            line: 15,
            cells: [
              plain('1'),
              plain('Rà soát văn bản\nquy phạm'),
              plain('Phòng Tư pháp'),
              plain('Quý II'),
            ],
          },
          {
            line: 16,
            cells: [
              plain('2'),
              plain('Kiểm tra thực hiện'),
              { text: '', span: 1, mergedFromAbove: true },
              plain('Tháng 12/2024'),
            ],
          },
        ],
      },
    ]);
  });
});

/** A document.xml body in Word's own markup, for what the docx library does not write. */
const body = (xml: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${xml}</w:body></w:document>`;
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("Word's own markup", () => {
  const read = (xml: string, styles: string | null = null) =>
    readDocumentXml(body(xml), readDocxStyles(styles), new ListNumbering(null));

  it('counts a page break Word marks twice (w:br, then w:lastRenderedPageBreak) once', () => {
    const source = read(
      p(r('Trang một') + '<w:r><w:br w:type="page"/></w:r>') +
        p('<w:r><w:lastRenderedPageBreak/><w:t>Trang hai</w:t></w:r>') +
        p('<w:r><w:lastRenderedPageBreak/><w:t>Trang ba</w:t></w:r>'),
    );
    expect(source.lines.map((line) => [line.text, line.page])).toEqual([
      ['Trang một', 1],
      ['Trang hai', 2],
      ['Trang ba', 3],
    ]);
  });

  it('leaves out deleted, hidden and fallback text, and reads a line break as a space', () => {
    const source = read(
      p(
        r('Giữ') +
          '<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>' +
          r(' ẩn', '<w:vanish/>') +
          '<w:r><w:br/></w:r>' +
          '<mc:AlternateContent><mc:Choice>' +
          r('lại') +
          '</mc:Choice><mc:Fallback>' +
          r('lại') +
          '</mc:Fallback></mc:AlternateContent>',
      ),
    );
    expect(source.lines).toEqual([{ text: 'Giữ lại' }]);
  });

  it("flattens a table inside a cell into that cell's text", () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const inner = `<w:tbl><w:tr>${cell(p(r('a')))}${cell(p(r('b')))}</w:tr><w:tr>${cell(p(r('c')))}${cell(p(r('d')))}</w:tr></w:tbl>`;
    const source = read(
      `<w:tbl><w:tr>${cell(p(r('Ngoài')))}${cell(p(r('Trên')) + inner)}</w:tr></w:tbl>`,
    );
    expect(source.lines).toEqual([
      { text: 'Ngoài | Trên a | b c | d', table: { index: 0, row: 0 } },
    ]);
    expect(source.tables[0]!.rows[0]!.cells[1]!.text).toBe('Trên\na | b\nc | d');
  });

  it('takes heading level and bold from a style built on "heading 2", and from an outline level', () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="u2"><w:name w:val="heading 2"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="MucCon"><w:name w:val="Mục con"/><w:basedOn w:val="u2"/></w:style>
      <w:style w:type="paragraph" w:styleId="DeMuc"><w:name w:val="Đề mục"/><w:pPr><w:outlineLvl w:val="0"/><w:jc w:val="center"/></w:pPr></w:style>
    </w:styles>`;
    const source = read(
      p('<w:pPr><w:pStyle w:val="MucCon"/></w:pPr>' + r('1. Mục tiêu')) +
        p('<w:pPr><w:pStyle w:val="MucCon"/></w:pPr>' + r('không đậm', '<w:b w:val="0"/>')) +
        p('<w:pPr><w:pStyle w:val="DeMuc"/></w:pPr>' + r('PHẦN I')),
      styles,
    );
    expect(source.lines).toEqual([
      { text: '1. Mục tiêu', headingLevel: 2, bold: true },
      { text: 'không đậm', headingLevel: 2 },
      { text: 'PHẦN I', headingLevel: 1, centered: true },
    ]);
  });
});
