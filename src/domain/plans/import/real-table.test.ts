// Real (.docx) task tables: header cells in any order, a two-row header, column numbers under it,
// group rows (a cell across the row, a Roman STT, a "1" over "1.1"), merged cells carried down,
// and a score table that is no task table.
import { describe, expect, it } from 'vitest';
import type { ImportUnit } from './imported-plan';
import { createUnitMatcher } from './match-unit';
import type { Paragraph } from './paragraph';
import { readAppendix } from './read-appendix';
import type { SourceCell, SourceDocument } from './source-document';

type CellSpec = string | { text: string; span?: number; merged?: boolean };

function cell(spec: CellSpec): SourceCell {
  return typeof spec === 'string'
    ? { text: spec, span: 1, mergedFromAbove: false }
    : { text: spec.text, span: spec.span ?? 1, mergedFromAbove: spec.merged ?? false };
}

const MERGED: CellSpec = { text: '', merged: true };

/** A document holding the given tables one after the other, each row one line, as the .docx reader gives them. */
function documentOf(...tables: CellSpec[][][]): { doc: SourceDocument; paragraphs: Paragraph[] } {
  const doc: SourceDocument = { format: 'docx', lines: [], tables: [] };
  const paragraphs: Paragraph[] = [];
  tables.forEach((rows, index) => {
    const first = doc.lines.length;
    doc.tables.push({
      rows: rows.map((cells, row) => {
        doc.lines.push({
          text: cells.map((spec) => cell(spec).text).join(' | '),
          table: { index, row },
        });
        return { line: first + row, cells: cells.map(cell) };
      }),
    });
    paragraphs.push({
      text: '',
      span: { from: first, to: doc.lines.length - 1 },
      hints: {},
      table: index,
    });
  });
  return { doc, paragraphs };
}

function unit(
  id: string,
  name: string,
  type: ImportUnit['type'],
  parentId: string | null,
): ImportUnit {
  return { id, code: id, name, type, parentId, validFrom: '2015-01-01', validTo: null };
}

const DISTRICT: ImportUnit[] = [
  unit('h', 'Ủy ban nhân dân huyện Tam Nông', 'district', null),
  unit('nv', 'Phòng Nội vụ huyện Tam Nông', 'sub_unit', 'h'),
  unit('vp', 'Văn phòng HĐND và UBND huyện Tam Nông', 'sub_unit', 'h'),
  unit('tp', 'Phòng Tư pháp huyện Tam Nông', 'sub_unit', 'h'),
  unit('x1', 'Xã Phú Cường', 'commune', 'h'),
  unit('x2', 'Thị trấn Tràm Chim', 'commune', 'h'),
];

function read(...tables: CellSpec[][][]) {
  const { doc, paragraphs } = documentOf(...tables);
  return readAppendix(paragraphs, doc, {
    units: createUnitMatcher(DISTRICT, 'h', 2025),
    frameworks: [],
    year: 2025,
  }).tasks;
}

describe('real task tables', () => {
  it('maps header cells in any order and carries a merged lead cell down', () => {
    const tasks = read([
      [
        'Thời gian thực hiện',
        'STT',
        'Đơn vị phối hợp',
        'Nội dung công việc',
        'Đơn vị chủ trì',
        'Sản phẩm',
      ],
      [{ text: 'I. CẢI CÁCH THỂ CHẾ', span: 6 }],
      [
        'Quý I/2025',
        '1',
        'Các phòng chuyên môn',
        'Rà soát văn bản quy phạm pháp luật',
        'Phòng Tư pháp',
        'Báo cáo',
      ],
      ['Tháng 6/2025', '2', '', 'Kiểm tra việc thi hành pháp luật', MERGED, 'Kế hoạch'],
      [{ text: 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', span: 6 }],
      [
        'Thường xuyên',
        '1',
        'UBND các xã, thị trấn',
        'Niêm yết công khai thủ tục hành chính',
        'VP HĐND-UBND',
        'Niêm yết',
      ],
    ]);
    expect(
      tasks.map((task) => [
        task.key,
        task.area,
        task.content,
        task.leadOrganisationId,
        task.timeframeText,
        task.outputKind,
      ]),
    ).toEqual([
      [
        'a1',
        'CẢI CÁCH THỂ CHẾ',
        'Rà soát văn bản quy phạm pháp luật',
        'tp',
        'Quý I/2025',
        'report',
      ],
      ['a2', 'CẢI CÁCH THỂ CHẾ', 'Kiểm tra việc thi hành pháp luật', 'tp', 'Tháng 6/2025', 'plan'],
      [
        'a3',
        'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
        'Niêm yết công khai thủ tục hành chính',
        'vp',
        'Thường xuyên',
        'other',
      ],
    ]);
    expect(tasks[0]!.coordinatingOrganisationIds).toEqual(['nv', 'vp', 'tp']);
    expect(tasks[2]!.coordinatingOrganisationIds).toEqual(['x1', 'x2']);
    expect(tasks[0]!.provenance).toEqual({
      confidence: 0.95,
      source: [{ from: 2, to: 2 }],
      flags: [],
    });
  });

  it('reads a two-row header with column numbers under it, Roman groups and a "1" over "1.1"', () => {
    const tasks = read([
      ['STT', 'Nhiệm vụ', { text: 'Đơn vị thực hiện', span: 2 }, 'Thời hạn', 'Kết quả'],
      [MERGED, MERGED, 'Chủ trì', 'Phối hợp', MERGED, MERGED],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', 'Công tác chỉ đạo, điều hành', '', '', '', ''],
      ['1', 'Công tác kiểm tra', '', '', '', ''],
      [
        '1.1',
        'Kiểm tra công tác CCHC tại các xã',
        'Phòng Nội vụ',
        'Phòng Tư pháp',
        'Quý III/2025',
        'Báo cáo',
      ],
      ['1.2', 'Tự kiểm tra tại các phòng', 'Phòng Nội vụ', '', 'Quý IV/2025', 'Báo cáo'],
      ['2', 'Ban hành kế hoạch CCHC năm 2025', 'Phòng Nội vụ', '', 'Tháng 01/2025', 'Kế hoạch'],
      ['II', 'Cải cách tổ chức bộ máy', '', '', '', ''],
      [
        '1',
        'Sắp xếp đơn vị hành chính cấp xã',
        'Đề nghị Phòng Nội vụ',
        'UBND các xã, thị trấn',
        'Khi có chủ trương',
        '',
      ],
    ]);
    expect(
      tasks.map((task) => [
        task.area,
        task.content,
        task.leadText,
        task.coordinatingText,
        task.kind,
      ]),
    ).toEqual([
      [
        'Công tác kiểm tra',
        'Kiểm tra công tác CCHC tại các xã',
        'Phòng Nội vụ',
        'Phòng Tư pháp',
        'assignment',
      ],
      ['Công tác kiểm tra', 'Tự kiểm tra tại các phòng', 'Phòng Nội vụ', '', 'assignment'],
      [
        'Công tác chỉ đạo, điều hành',
        'Ban hành kế hoạch CCHC năm 2025',
        'Phòng Nội vụ',
        '',
        'assignment',
      ],
      [
        'Cải cách tổ chức bộ máy',
        'Sắp xếp đơn vị hành chính cấp xã',
        'Phòng Nội vụ',
        'UBND các xã, thị trấn',
        'request',
      ],
    ]);
    expect(tasks[3]!.outputKind).toBe('not_stated');
    expect(tasks[0]!.coordinatingOrganisationIds).toEqual(['tp']);
  });

  it('skips a score table and flags what it could not read', () => {
    const tasks = read(
      [
        ['TT', 'Nội dung', 'Điểm tối đa', 'Điểm thẩm định'],
        ['1', 'Công tác chỉ đạo, điều hành CCHC', '10', '8,5'],
      ],
      [
        ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'],
        ['1', 'Cập nhật cơ sở dữ liệu cán bộ', 'Trung tâm Dữ liệu huyện', 'Sau khi có hướng dẫn'],
        ['2', 'Báo cáo kết quả', '', 'Lúc nào tiện'],
      ],
    );
    expect(tasks.map((task) => task.content)).toEqual([
      'Cập nhật cơ sở dữ liệu cán bộ',
      'Báo cáo kết quả',
    ]);
    expect(tasks[0]!.leadSuggestion).toBe('Trung tâm Dữ liệu huyện');
    expect(tasks[0]!.provenance.flags).toEqual(['unmatched_unit']);
    expect(tasks[1]!.provenance.flags).toEqual(['lead_missing', 'timeframe_unread']);
  });
});
