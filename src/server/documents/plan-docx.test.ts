import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, type PlanDocumentModel } from '@domain/plans/plan-document';
import {
  SAMPLE_004_APPENDIX,
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from '@domain/plans/sample-004-appendix.fixture';
import { renderPlanDocx } from './plan-docx';

interface DocxParts {
  document: string;
  styles: string;
  headers: Map<string, string>;
  relationships: string;
}

async function unzipDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const headers = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name)))
    headers.set(path.replace('word/', ''), await read(path));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    headers,
    relationships: await read('word/_rels/document.xml.rels'),
  };
}

function sample004Model(): PlanDocumentModel {
  const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
  const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
  return buildPlanDocument(sample004Content(), sample004Tasks(leadIds), names);
}

const tablesOf = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rowsOf = (table: string) => table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const attribute = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
const sectionsOf = (xml: string) => xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];

describe('renderPlanDocx on sample 004', () => {
  const model = sample004Model();
  let parts: DocxParts;
  beforeAll(async () => {
    parts = await unzipDocx(await renderPlanDocx(model));
  });

  it('sets Times New Roman, black, 14 pt (28 half-points) as the document default', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
    expect(attribute(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attribute(defaults, 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
    expect(attribute(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(attribute(defaults, 'w:color', 'w:val')).toBe('000000');
  });

  it('names Times New Roman on every run that names a font, and colours none otherwise than black', () => {
    const fonts = new Set([...parts.document.matchAll(/w:ascii="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const colours = new Set(
      [...parts.document.matchAll(/<w:color w:val="([^"]*)"/g)].map((m) => m[1]),
    );
    expect([...colours]).toEqual(['000000']);
  });

  it('sets body paragraphs justified with a 1.27 cm first-line indent and 6 pt after', () => {
    const preamble = parts.document
      .split('<w:p>')
      .find((paragraph) => paragraph.includes('Thực hiện Kế hoạch số 16/KH-UBND'));
    expect(preamble).toBeDefined();
    expect(attribute(preamble!, 'w:jc', 'w:val')).toBe('both');
    expect(attribute(preamble!, 'w:ind', 'w:firstLine')).toBe('720');
    expect(Number(attribute(preamble!, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    expect(attribute(preamble!, 'w:sz', 'w:val')).toBe('28');
  });

  it('lays section 1 on portrait A4 with margins 20/20/30/15 mm and a different first page', () => {
    const [plan] = sectionsOf(parts.document);
    expect(attribute(plan!, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attribute(plan!, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attribute(plan!, 'w:pgSz', 'w:orient')).not.toBe('landscape');
    expect(attribute(plan!, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attribute(plan!, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attribute(plan!, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attribute(plan!, 'w:pgMar', 'w:right')).toBe('850');
    expect(plan).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
  });

  it('lays the appendix section on landscape A4, width and height swapped', () => {
    const sections = sectionsOf(parts.document);
    expect(sections).toHaveLength(2);
    const appendix = sections[1]!;
    expect(attribute(appendix, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(attribute(appendix, 'w:pgSz', 'w:w')).toBe('16838');
    expect(attribute(appendix, 'w:pgSz', 'w:h')).toBe('11906');
    expect(appendix).not.toMatch(/<w:type w:val="continuous"\/>/);
  });

  it('numbers pages from 2 on: page 1 has an empty header, the others a centred PAGE field', () => {
    const [plan] = sectionsOf(parts.document);
    const headerFile = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(plan!)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts.relationships)?.[1] ?? '';
    };
    const first = parts.headers.get(headerFile('first')) ?? 'missing';
    const others = parts.headers.get(headerFile('default')) ?? 'missing';
    expect(first).not.toMatch(/PAGE|<w:t[ >]/);
    expect(others).toMatch(/PAGE/);
    expect(attribute(others, 'w:jc', 'w:val')).toBe('center');
  });

  it('opens with a borderless two-column header table: issuing body and number, motto and date', () => {
    const header = tablesOf(parts.document)[0]!;
    expect(header.match(/<w:gridCol\b/g)).toHaveLength(2);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header)?.[0] ?? '';
    const sides = [...borders.matchAll(/<w:(\w+) w:val="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(sides.map(([side]) => side).sort()).toEqual(
      ['bottom', 'insideH', 'insideV', 'left', 'right', 'top'].sort(),
    );
    expect(sides.every(([, value]) => value === 'none' || value === 'nil')).toBe(true);
    expect(rowsOf(header).map((row) => cellsOf(row).map(textOf))).toEqual([
      [
        'ỦY BAN NHÂN DÂNXÃ GIAO LONG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      ],
      ['Số:      /KH-UBND', 'Giao Long, ngày      tháng      năm 2024'],
    ]);
  });

  it('writes "KẾ HOẠCH" and the title in bold after the header', () => {
    const afterHeader = parts.document.split('</w:tbl>')[1] ?? '';
    const paragraphs = afterHeader
      .split('</w:p>')
      .map(textOf)
      .filter((text) => text !== '');
    expect(paragraphs.slice(0, 2)).toEqual([
      'KẾ HOẠCH',
      'Thực hiện công tác cải cách hành chính năm 2024',
    ]);
    expect(afterHeader.split('</w:p>')[0]).toMatch(/<w:b\/>/);
  });

  it('sets the recipients beside the signature block', () => {
    const signatureTable = tablesOf(parts.document)[1]!;
    const [recipients, signature] = cellsOf(rowsOf(signatureTable)[0]!);
    const lines = (cell: string) =>
      cell
        .split('</w:p>')
        .map(textOf)
        .filter((text) => text !== '');
    expect(lines(recipients!)).toEqual(['Nơi nhận:', ...model.recipientLines]);
    expect(lines(signature!)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(attribute(recipients!, 'w:sz', 'w:val')).toBe('24');
    expect(recipients).toMatch(/<w:i\/>/);
  });

  it('repeats the appendix header row on every page', () => {
    const appendix = tablesOf(parts.document).at(-1)!;
    const [headerRow, firstRow] = rowsOf(appendix);
    expect(headerRow).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(firstRow).not.toMatch(/<w:tblHeader/);
    expect(cellsOf(headerRow!).map(textOf)).toEqual([
      'STT',
      'Nội dung',
      'Kết quả/sản phẩm',
      'Thời gian thực hiện',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Ghi chú',
    ]);
  });

  it('writes every appendix row in order: area rows spanning the table, tasks in seven cells', () => {
    const appendix = tablesOf(parts.document).at(-1)!;
    const rows = rowsOf(appendix).slice(1);
    const areaRows = rows.filter((row) => /<w:gridSpan w:val="6"\/>/.test(row));
    expect(areaRows.map((row) => cellsOf(row).map(textOf))).toEqual([
      ['I', 'Công tác chỉ đạo, điều hành về CCHC'],
      ['II', 'Cải cách thể chế'],
      ['III', 'Cải cách thủ tục hành chính'],
      ['IV', 'Cải cách tổ chức bộ máy'],
      ['V', 'Cải cách chế độ công vụ'],
      ['VI', 'Cải cách tài chính công'],
      ['VII', 'Xây dựng chính quyền điện tử, chính quyền số'],
    ]);
    const taskCells = rows
      .filter((row) => !areaRows.includes(row))
      .map((row) => cellsOf(row).map(textOf));
    expect(taskCells.map((cells) => cells.length)).toEqual(SAMPLE_004_APPENDIX.map(() => 7));
    expect(taskCells.map((cells) => [cells[1], cells[3]])).toEqual(
      SAMPLE_004_APPENDIX.map((task) => [task.content, task.timeframeText]),
    );
  });

  it('sets the appendix table in 12 pt with borders on every cell', () => {
    const appendix = tablesOf(parts.document).at(-1)!;
    const sizes = new Set([...appendix.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['24']);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(appendix)?.[0] ?? '';
    expect(borders.match(/w:val="single"/g)).toHaveLength(6);
  });
});

describe('renderPlanDocx without tasks', () => {
  it('writes one portrait section and no appendix', async () => {
    const model = buildPlanDocument(sample004Content(), [], new Map());
    const parts = await unzipDocx(await renderPlanDocx(model));
    expect(sectionsOf(parts.document)).toHaveLength(1);
    expect(parts.document).not.toContain('PHỤ LỤC');
    expect(tablesOf(parts.document)).toHaveLength(2);
  });

  it('writes the parent body above the issuing body of a body under a committee', async () => {
    const content = {
      ...sample004Content(),
      parentBody: 'Ủy ban nhân dân huyện Châu Thành',
      issuingBody: 'Phòng Nội vụ',
    };
    const parts = await unzipDocx(await renderPlanDocx(buildPlanDocument(content, [], new Map())));
    expect(headerLeftLines(parts.document)).toEqual([
      'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
      'PHÒNG NỘI VỤ',
    ]);
  });

  it('prints "VĂN PHÒNG" under the committee, not the stored "VĂN PHÒNG UBND TỈNH"', async () => {
    const content = {
      ...sample004Content(),
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      issuingBody: 'VĂN PHÒNG UBND TỈNH',
    };
    const parts = await unzipDocx(await renderPlanDocx(buildPlanDocument(content, [], new Map())));
    expect(headerLeftLines(parts.document)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      'VĂN PHÒNG',
    ]);
  });

  it('prints a committee under its own name only, without a parent line stored above it', async () => {
    const content = { ...sample004Content(), parentBody: 'Ủy ban nhân dân huyện Châu Thành' };
    const parts = await unzipDocx(await renderPlanDocx(buildPlanDocument(content, [], new Map())));
    expect(headerLeftLines(parts.document)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ GIAO LONG']);
  });
});

/** The texts of the header's left cell, one per paragraph. */
function headerLeftLines(document: string): string[] {
  const firstCell = cellsOf(rowsOf(tablesOf(document)[0]!)[0]!)[0]!;
  return firstCell
    .split('</w:p>')
    .map(textOf)
    .filter((text) => text !== '');
}

/** The paragraphs of `xml` that hold text, with their text and their w:spacing line value. */
function spacedLines(xml: string): { text: string; line: string | undefined }[] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [])
    .map((paragraph) => ({
      text: textOf(paragraph),
      line: attribute(paragraph, 'w:spacing', 'w:line'),
    }))
    .filter((paragraph) => paragraph.text !== '');
}

describe('renderPlanDocx spacing for stacked Vietnamese marks', () => {
  let document: string;
  beforeAll(async () => {
    document = (await unzipDocx(await renderPlanDocx(sample004Model()))).document;
  });

  it('sets every header line at 1.2 lines (w:line 288), not single (240)', () => {
    const lines = spacedLines(tablesOf(document)[0]!);
    expect(lines.map((line) => line.text)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ GIAO LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /KH-UBND',
      'Giao Long, ngày      tháng      năm 2024',
    ]);
    expect(lines.map((line) => line.line)).toEqual(Array(6).fill('288'));
  });

  it('sets "KẾ HOẠCH" and the title at 1.25 lines (w:line 300)', () => {
    const afterHeader = spacedLines(document.split('</w:tbl>')[1] ?? '');
    expect(afterHeader.slice(0, 2)).toEqual([
      { text: 'KẾ HOẠCH', line: '300' },
      { text: 'Thực hiện công tác cải cách hành chính năm 2024', line: '300' },
    ]);
  });

  it('sets the signature lines at 1.2 lines', () => {
    const signature = tablesOf(document).find((table) => textOf(table).includes('Nơi nhận:'))!;
    const lines = spacedLines(signature).filter((line) => /^(TM\.|CHỦ TỊCH)/.test(line.text));
    expect(lines).toEqual([
      { text: 'TM. ỦY BAN NHÂN DÂN', line: '288' },
      { text: 'CHỦ TỊCH', line: '288' },
    ]);
  });
});

describe('renderPlanDocx marks of a draft', () => {
  const firstParagraphs = (document: string) => document.split('<w:tbl>')[0] ?? '';

  it('prints "DỰ THẢO" bold in a box above the header while the plan is a draft', async () => {
    const model = buildPlanDocument(sample004Content(), [], new Map(), new Map(), { draft: true });
    const before = firstParagraphs((await unzipDocx(await renderPlanDocx(model))).document);
    expect(textOf(before)).toBe('DỰ THẢO');
    const borders = /<w:pBdr>[\s\S]*?<\/w:pBdr>/.exec(before)?.[0] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right'])
      expect(borders).toMatch(new RegExp(`<w:${side} w:val="single"`));
    expect(before).toMatch(/<w:b\/>/);
  });

  it('prints no mark once issued', async () => {
    const content = { ...sample004Content(), number: '104', issuedOn: '2024-03-22' };
    const model = buildPlanDocument(content, [], new Map(), new Map(), { draft: false });
    const document = (await unzipDocx(await renderPlanDocx(model))).document;
    expect(textOf(firstParagraphs(document))).toBe('');
    expect(textOf(document)).not.toContain('DỰ THẢO');
  });

  it('prints straight double quotes of typed text as “…”', async () => {
    const content = {
      ...sample004Content(),
      purpose: 'Nâng cao "Chỉ số CCHC" và "SIPAS".',
      title: 'Thực hiện "Năm cải cách" 2024',
    };
    const document = (
      await unzipDocx(await renderPlanDocx(buildPlanDocument(content, [], new Map())))
    ).document;
    const text = textOf(document);
    expect(text).toContain('Nâng cao “Chỉ số CCHC” và “SIPAS”.');
    expect(text).toContain('Thực hiện “Năm cải cách” 2024');
    expect(text).not.toContain('"');
  });
});
