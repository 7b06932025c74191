import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsolidatedDocument,
  buildConsolidatedSections,
  type ConsolidatedDocumentModel,
} from '@domain/reports/consolidated-report';
import { consolidatedFixture } from '@domain/reports/consolidated-report.fixture';
import { renderReportDocx } from './report-docx';

async function unzipDocx(buffer: Buffer): Promise<{ document: string; styles: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

const tablesOf = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rowsOf = (table: string) => table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const attribute = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
const sectionsOf = (xml: string) => xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
const paragraphsOf = (xml: string) =>
  xml
    .split('</w:p>')
    .map(textOf)
    .filter((text) => text !== '');

function reportModel(): ConsolidatedDocumentModel {
  const input = consolidatedFixture();
  return buildConsolidatedDocument(input, buildConsolidatedSections(input));
}

describe('renderReportDocx', () => {
  const model = reportModel();
  let parts: { document: string; styles: string };
  beforeAll(async () => {
    parts = await unzipDocx(await renderReportDocx(model));
  });

  it('sets Times New Roman 14 pt as the default and names no other font', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
    expect(attribute(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attribute(defaults, 'w:sz', 'w:val')).toBe('28');
    const fonts = new Set([...parts.document.matchAll(/w:ascii="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('lays the report on portrait A4 with a different first page, the appendix on landscape A4', () => {
    const [report, appendix] = sectionsOf(parts.document);
    expect(sectionsOf(parts.document)).toHaveLength(2);
    expect(attribute(report!, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attribute(report!, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attribute(report!, 'w:pgSz', 'w:orient')).not.toBe('landscape');
    expect(attribute(report!, 'w:pgMar', 'w:left')).toBe('1701');
    expect(report).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    expect(attribute(appendix!, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(attribute(appendix!, 'w:pgSz', 'w:w')).toBe('16838');
  });

  it('opens with the header table: issuing body and "Số:      /BC-UBND", motto and an undated place', () => {
    const header = tablesOf(parts.document)[0]!;
    expect(rowsOf(header).map((row) => cellsOf(row).map(textOf))).toEqual([
      [
        // The committee issues under its own name: the fixture's stored parent line is not printed.
        'ỦY BAN NHÂN DÂNHUYỆN LẤP VÒ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      ],
      ['Số:      /BC-UBND', 'Lấp Vò, ngày      tháng      năm 2024'],
    ]);
  });

  it('writes "BÁO CÁO" and the title in bold, then the body headings', () => {
    const afterHeader = parts.document.split('</w:tbl>')[1] ?? '';
    const paragraphs = paragraphsOf(afterHeader);
    expect(paragraphs.slice(0, 2)).toEqual(['BÁO CÁO', model.title]);
    expect(afterHeader.split('</w:p>')[0]).toMatch(/<w:b\/>/);
    expect(paragraphs).toContain('I. TÌNH HÌNH TRIỂN KHAI');
    expect(paragraphs).toContain('- UBND xã A: Thiếu công chức chuyên trách.');
  });

  it('sets the recipients beside the signature block', () => {
    const [recipients, signature] = cellsOf(rowsOf(tablesOf(parts.document)[1]!)[0]!);
    expect(paragraphsOf(recipients!)).toEqual(['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT, NV.']);
    expect(paragraphsOf(signature!)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Văn B',
    ]);
  });

  it('heads the appendix and repeats its header row on every page', () => {
    const appendixPart = parts.document.split('</w:sectPr>')[1] ?? '';
    expect(paragraphsOf(appendixPart.split('<w:tbl>')[0]!)).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ I/2024',
      '(Kèm theo Báo cáo số      /BC-UBND ngày      /     /2024 của Ủy ban nhân dân huyện Lấp Vò)',
    ]);
    const [headerRow, firstRow] = rowsOf(tablesOf(parts.document).at(-1)!);
    expect(headerRow).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(firstRow).not.toMatch(/<w:tblHeader/);
    expect(cellsOf(headerRow!).map(textOf)).toEqual([
      'STT',
      'Nội dung',
      'Đơn vị chủ trì',
      'Tình trạng',
      'Tiến độ (%)',
      'Kết quả',
      'Ghi chú',
    ]);
  });

  it('writes the tasks in order under their areas, seven cells each, in 12 pt', () => {
    const appendix = tablesOf(parts.document).at(-1)!;
    const rows = rowsOf(appendix)
      .slice(1)
      .map((row) => cellsOf(row).map(textOf));
    expect(rows.map((cells) => cells.slice(0, 5))).toEqual([
      ['I', 'Cải cách thể chế'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Phòng Tư pháp', 'Hoàn thành', '100'],
      ['2', 'Kiểm tra việc thi hành pháp luật', 'UBND xã A', 'Đang thực hiện', '60'],
      ['II', 'Cải cách thủ tục hành chính'],
      ['1', 'Công khai thủ tục hành chính', 'UBND xã A', 'Hoàn thành', '100'],
      ['2', 'Số hóa hồ sơ', 'UBND xã C', 'Chưa thực hiện', ''],
    ]);
    expect(rowsOf(appendix)[2]).toMatch(/<w:cantSplit\/>|<w:cantSplit w:val="(true|1)"\/>/);
    const sizes = new Set([...appendix.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['24']);
    expect(appendix.match(/<w:gridCol\b/g)).toHaveLength(7);
  });
});

describe('renderReportDocx without tasks', () => {
  it('writes one portrait section and no appendix', async () => {
    const input = { ...consolidatedFixture(), tasks: [] };
    const model = buildConsolidatedDocument(input, buildConsolidatedSections(input));
    const parts = await unzipDocx(await renderReportDocx(model));
    expect(sectionsOf(parts.document)).toHaveLength(1);
    expect(parts.document).not.toContain('PHỤ LỤC');
  });
});
