import { describe, expect, it } from 'vitest';
import { buildPlanDocument, type BodyBlock } from './plan-document';
import { orderSections } from './plan-outline';
import {
  LARGE_PLAN_OFFICES,
  largeProsePlan,
  type LargePlanExpectedLine,
} from './large-prose-plan.fixture';

const plan = largeProsePlan();
const names = new Map(Object.values(LARGE_PLAN_OFFICES).map((name) => [`org:${name}`, name]));
const model = buildPlanDocument(plan.content, plan.tasks, names);

/** The blocks of "II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", up to the next Roman heading. */
function contentPart(body: readonly BodyBlock[]): BodyBlock[] {
  const start = body.findIndex((block) => block.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
  const end = body.findIndex((block, index) => index > start && block.kind === 'heading1');
  return body.slice(start + 1, end);
}

/** A printed task line matches its source when it opens with the marker and the content as written. */
function matches(block: BodyBlock, line: LargePlanExpectedLine): boolean {
  if (line.kind !== 'task') return block.text === line.text;
  return [`- ${line.content}`, `+ ${line.content}`].some((start) => block.text.startsWith(start));
}

describe('the large prose plan fixture (issue 10 acceptance shape)', () => {
  it('has five index blocks, at least three numbering levels and 150+ printed tasks of every kind', () => {
    const blocks = plan.content.sections.filter(
      (section) => section.parentId === null && section.frameworkId !== null,
    );
    expect(blocks.map((block) => block.heading.slice(0, 30))).toHaveLength(5);
    const depth = Math.max(...orderSections(plan.content.sections).map((entry) => entry.depth));
    expect(depth).toBeGreaterThanOrEqual(3);
    expect(plan.sourceTasks.length).toBeGreaterThanOrEqual(150);
    expect(plan.tasks.filter((task) => task.sectionId === null).length).toBeGreaterThan(0);
    expect(plan.tasks.some((task) => task.kind === 'request')).toBe(true);
    expect(plan.tasks.some((task) => task.groupId !== null)).toBe(true);
    expect(plan.tasks.some((task) => task.timeframeText === '')).toBe(true);
    expect(plan.tasks.some((task) => task.outputKind === 'not_stated')).toBe(true);
    expect(
      plan.tasks.some((task) => task.leadOrganisationId === null && task.leadSuggestion === ''),
    ).toBe(true);
    expect(plan.content.appendixTable).toBe(false);
  });
});

describe('buildPlanDocument on the large prose plan', () => {
  const printed = contentPart(model.body);

  it('prints every heading with its hand-typed label, every target and every task, in source order', () => {
    expect(printed).toHaveLength(plan.expectedLines.length);
    const mismatches = plan.expectedLines.flatMap((line, index) =>
      matches(printed[index]!, line) ? [] : [{ index, expected: line, printed: printed[index] }],
    );
    expect(mismatches).toEqual([]);
  });

  it('prints the labels A. B. C. D. Đ. E. in Vietnamese letter order, and 1.1., a), - and + below', () => {
    const titles = printed.map((block) => block.text);
    const blocks = printed.filter((block) => block.kind === 'heading2').map((block) => block.text);
    expect(blocks).toEqual([
      'Nhiệm vụ chung',
      'A. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
      'B. CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)',
      'C. CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP SỞ, NGÀNH, ĐỊA PHƯƠNG (DDCI)',
      'D. CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI)',
      'Đ. CHỈ SỐ HÀI LÒNG (SIPAS) VÀ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
      'E. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ',
    ]);
    expect(titles).toContain('1.8. Quản trị điện tử');
    expect(titles).toContain('c) Công khai quy hoạch, kế hoạch sử dụng đất');
    expect(titles).toContain(
      'VIII. Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội',
    );
    expect(titles).toContain('- Về Chỉ số DDCI:');
    expect(titles).toContain('+ Tài chính ngân sách');
  });

  it('styles headings by depth: blocks heading2, I./1. heading3, deeper heading4, "-" items bullets', () => {
    const kindOf = (text: string) => printed.find((block) => block.text === text)?.kind;
    expect(kindOf('B. CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)')).toBe('heading2');
    expect(kindOf('1. Duy trì và nâng điểm các chỉ số nội dung')).toBe('heading3');
    expect(kindOf('1.1. Tham gia của người dân ở cấp cơ sở')).toBe('heading4');
    expect(kindOf('a) Thực hiện dân chủ ở cơ sở')).toBe('heading4');
    expect(kindOf('- Đối với Nhân dân:')).toBe('bullet');
    expect(kindOf('+ Tài chính ngân sách')).toBe('subbullet');
  });

  it('writes the lead with the right verb and only the fields the plan states', () => {
    const line = (start: string) => printed.find((block) => block.text.includes(start))?.text;
    // A group of offices, printed once with the offices joined.
    expect(line('Các cơ quan, đơn vị quán triệt')).toBe(
      '- Các cơ quan, đơn vị quán triệt đến từng cán bộ, công chức ý nghĩa của các chỉ số PAR Index, PAPI, DDCI, DTI, SIPAS; xác định cải thiện các chỉ số là nhiệm vụ thường xuyên của cả hệ thống chính trị xã. Giao Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã chủ trì thực hiện. Thời gian: Quý I/2025.',
    );
    // Nothing stated but the content: nothing invented after it.
    expect(line('Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm')).toBe(
      '- Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND xã về kết quả các tiêu chí, chỉ số thành phần thuộc lĩnh vực được giao',
    );
    // An assignment with coordinating units, timeframe and output.
    expect(line('Tổ chức hội nghị quán triệt nhiệm vụ cải cách hành chính')).toBe(
      '- Tổ chức hội nghị quán triệt nhiệm vụ cải cách hành chính cho cán bộ, công chức xã và trưởng thôn. Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Các thôn thực hiện. Thời gian: Quý I/2025. Sản phẩm: Hội nghị.',
    );
    // A request: "Đề nghị", never "Giao".
    expect(line('Phát động thanh niên tham gia chuyển đổi số')).toBe(
      '- Phát động thanh niên tham gia chuyển đổi số. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì thực hiện. Thời gian: Trong năm 2025.',
    );
    // A request whose content already names the body and the verb is not repeated.
    expect(line('Đề nghị Hội Nông dân xã vận động hội viên')).toBe(
      '- Đề nghị Hội Nông dân xã vận động hội viên tham gia góp ý xây dựng chính quyền',
    );
    // A lead but no timeframe or output.
    expect(line('Bố trí lối đi cho người khuyết tật')).toBe(
      '- Bố trí lối đi cho người khuyết tật, người cao tuổi. Giao Trung tâm Phục vụ hành chính công xã chủ trì thực hiện.',
    );
    // Under a "-" item the task is a "+" line.
    expect(line('Làm đầu mối theo dõi, cải thiện các chỉ số thành phần DDCI')).toBe(
      '+ Làm đầu mối theo dõi, cải thiện các chỉ số thành phần DDCI. Giao Phòng Kinh tế chủ trì thực hiện. Thời gian: Trong năm 2025.',
    );
    const all = printed.map((block) => block.text).join('\n');
    expect(all).not.toContain('Không nêu');
    expect(all).not.toMatch(/Giao Đoàn|Giao Hội|Giao Ủy ban MTTQ/);
  });

  it('prints each group task once although the server stores a row per office', () => {
    const groupRows = plan.tasks.filter((task) => task.groupId !== null).length;
    const groups = new Set(plan.tasks.map((task) => task.groupId).filter(Boolean)).size;
    const taskLines = plan.expectedLines.filter((line) => line.kind === 'task').length;
    expect(plan.tasks.length - groupRows + groups).toBe(taskLines);
  });

  it('keeps the general target under "3. Chỉ tiêu" and has no appendix', () => {
    const targets = model.body.slice(
      model.body.findIndex((block) => block.text === '3. Chỉ tiêu'),
      model.body.findIndex((block) => block.text === 'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP'),
    );
    expect(targets.map((block) => block.text)).toEqual([
      '3. Chỉ tiêu',
      '- Không có chỉ số nào giảm điểm so với năm 2024.',
    ]);
    expect(model.appendix).toBeNull();
    expect(model.body.map((block) => block.text)).not.toContain('(Phụ lục chi tiết kèm theo)');
    expect(model.body.filter((block) => block.kind === 'heading1').map((b) => b.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });
});
