import { describe, expect, it } from 'vitest';
import { matcherOf, paragraphsOf } from './outline.test-helper';
import { readOutline } from './read-outline';

const UNITS = [
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Văn phòng HĐND và UBND huyện',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Văn hóa và Thông tin',
  'Sở Nội vụ',
  'Sở Tư pháp',
];

function read(text: string, proseTasks = true) {
  return readOutline(paragraphsOf(text), {
    frameworks: [],
    units: matcherOf(...UNITS),
    proseTasks,
    year: 2024,
  });
}

describe('readOutline: tasks written in prose', () => {
  it('reads bullets closed by "Giao X chủ trì, phối hợp Y thực hiện." as one task of the block', () => {
    const reading = read(`
II. NỘI DUNG THỰC HIỆN
1. Công tác chỉ đạo, điều hành CCHC
- Tiếp tục duy trì kết quả đã đạt được trong năm 2023.
- Cải thiện tiêu chí báo cáo đào tạo, bồi dưỡng cán bộ, công chức, viên chức.
- Giao Phòng Nội vụ chủ trì, phối hợp Phòng Tư pháp, Văn phòng HĐND và UBND huyện và các xã, thị trấn thực hiện.
2. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật trên địa bàn huyện.
- Giao Phòng Tư pháp tham mưu UBND huyện thực hiện.
`);
    expect(reading.tasks).toHaveLength(2);
    const [first, second] = reading.tasks;
    expect(first).toMatchObject({
      key: 'p1',
      sectionId: 's2',
      origin: 'prose',
      kind: 'assignment',
      content:
        'Tiếp tục duy trì kết quả đã đạt được trong năm 2023\nCải thiện tiêu chí báo cáo đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
      leadText: 'Phòng Nội vụ',
      leadOrganisationId: 'u:Phòng Nội vụ',
      coordinatingText: 'Phòng Tư pháp, Văn phòng HĐND và UBND huyện và các xã, thị trấn',
      timeframeText: '',
    });
    expect(first!.coordinatingOrganisationIds).toContain('u:Phòng Tư pháp');
    expect(first!.provenance.source).toEqual([{ from: 3, to: 5 }]);
    expect(first!.provenance.confidence).toBeGreaterThanOrEqual(0.8);
    expect(second).toMatchObject({ sectionId: 's3', leadOrganisationId: 'u:Phòng Tư pháp' });
    expect(second!.content).toBe('Rà soát văn bản quy phạm pháp luật trên địa bàn huyện');
    // The bullets became tasks: the sections keep no copy of them.
    expect(reading.sections.map((section) => section.body)).toEqual(['', '', '']);
  });

  it('reads "+ Đơn vị chủ trì thực hiện: …" lines as the fields of the paragraph above, leaving "Tồn tại" in the text', () => {
    const reading = read(`
II. NỘI DUNG
1.2. Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế
1.2.2. Cải cách thể chế
- Tồn tại: Chất lượng VBQPPL do tỉnh ban hành (trừ 0,89 điểm).
- Nhiệm vụ, giải pháp khắc phục: Thực hiện đúng các quy định của pháp luật về ban hành văn bản quy phạm pháp luật.
+ Đơn vị tham mưu chủ trì thực hiện: Sở Tư pháp; Phòng Nội vụ.
+ Đơn vị phối hợp thực hiện: Các phòng, ban, đơn vị.
+ Thời gian thực hiện: Thường xuyên.
`);
    expect(reading.tasks).toHaveLength(1);
    expect(reading.tasks[0]).toMatchObject({
      sectionId: 's3',
      content: 'Thực hiện đúng các quy định của pháp luật về ban hành văn bản quy phạm pháp luật',
      leadText: 'Sở Tư pháp; Phòng Nội vụ',
      leadGroup: { kind: 'units', organisationIds: ['u:Sở Tư pháp', 'u:Phòng Nội vụ'] },
      coordinatingText: 'Các phòng, ban, đơn vị',
      timeframeText: 'Thường xuyên',
    });
    expect(reading.tasks[0]!.provenance.flags).toEqual(['unmatched_unit'].filter(() => false));
    expect(reading.sections[2]!.body).toBe(
      '- Tồn tại: Chất lượng VBQPPL do tỉnh ban hành (trừ 0,89 điểm).',
    );
  });

  it('reads a bullet with its own lead, timeframe and output (the layout parplan prints)', () => {
    const reading = read(`
II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP
1. Kế hoạch và tuyên truyền
- Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của huyện. Giao Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin thực hiện. Thời gian: Trước 31/01/2025. Sản phẩm: Kế hoạch.
- Lồng ghép tuyên truyền cải cách hành chính trong các buổi sinh hoạt tại khu dân cư.
`);
    expect(reading.tasks).toHaveLength(2);
    expect(reading.tasks[0]).toMatchObject({
      content: 'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của huyện',
      leadOrganisationId: 'u:Văn phòng HĐND và UBND huyện',
      coordinatingOrganisationIds: ['u:Phòng Văn hóa và Thông tin'],
      timeframeText: 'Trước 31/01/2025',
      outputKind: 'plan',
      outputDescription: 'Kế hoạch',
    });
    // Under a task heading, a bullet with no lead is still a task, marked for review.
    expect(reading.tasks[1]).toMatchObject({ leadText: '', leadOrganisationId: null });
    expect(reading.tasks[1]!.provenance.flags).toContain('lead_missing');
    expect(reading.tasks[1]!.provenance.confidence).toBeLessThan(0.6);
  });

  it('reads "X chủ trì, phối hợp với Y …" and a deadline at the end of the sentence', () => {
    const reading = read(`
III. NHIỆM VỤ CỤ THỂ
6. Cải cách tài chính công
Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Kho bạc Nhà nước huyện đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành trước 31/12/2024.
- Phòng Nội vụ chủ trì rà soát vị trí việc làm (Quý II/2024).
`);
    expect(
      reading.tasks.map((task) => [
        task.content,
        task.leadText,
        task.coordinatingText,
        task.timeframeText,
      ]),
    ).toEqual([
      [
        'Đẩy nhanh tiến độ giải ngân vốn đầu tư công',
        'Phòng Tài chính - Kế hoạch',
        'Kho bạc Nhà nước huyện',
        'hoàn thành trước 31/12/2024',
      ],
      ['Rà soát vị trí việc làm', 'Phòng Nội vụ', '', 'Quý II/2024'],
    ]);
    // "Kho bạc Nhà nước huyện" is not in the tree: kept as text.
    expect(reading.tasks[0]!.coordinatingNote).toBe('Kho bạc Nhà nước huyện');
  });

  it('reads "đề nghị Ủy ban MTTQ … phối hợp …" as a request', () => {
    const reading = read(`
II. NHIỆM VỤ, GIẢI PHÁP
4. Nâng cao Chỉ số PAPI
- Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận động Nhân dân tham gia khảo sát PAPI. Thời gian: Quý III/2024.
`);
    expect(reading.tasks).toHaveLength(1);
    expect(reading.tasks[0]).toMatchObject({
      kind: 'request',
      content:
        'Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận động Nhân dân tham gia khảo sát PAPI',
      leadText: 'Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội',
      timeframeText: 'Quý III/2024',
    });
  });

  it('reads a duty list under "Phân công": every bullet a task its unit leads', () => {
    const reading = read(`
II. NỘI DUNG
1. Cải cách thể chế
III. TỔ CHỨC THỰC HIỆN
1. Công tác triển khai
- Các cơ quan, đơn vị xây dựng kế hoạch triển khai.
2. Phân công tổ chức thực hiện
a) Phòng Nội vụ (cơ quan thường trực)
- Theo dõi, đôn đốc việc thực hiện Kế hoạch.
- Tổng hợp, báo cáo kết quả cải cách hành chính định kỳ.
b) Phòng Tư pháp:
Tham mưu UBND huyện thực hiện công tác cải cách thể chế.
c) Phòng Văn hóa và Thông tin: tuyên truyền cải cách hành chính trên Trang thông tin điện tử của huyện.
`);
    expect(
      reading.tasks.map((task) => [task.sectionId, task.leadOrganisationId, task.content]),
    ).toEqual([
      [null, 'u:Phòng Nội vụ', 'Theo dõi, đôn đốc việc thực hiện Kế hoạch'],
      [null, 'u:Phòng Nội vụ', 'Tổng hợp, báo cáo kết quả cải cách hành chính định kỳ'],
      [null, 'u:Phòng Tư pháp', 'Tham mưu UBND huyện thực hiện công tác cải cách thể chế'],
      [
        null,
        'u:Phòng Văn hóa và Thông tin',
        'Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của huyện',
      ],
    ]);
    // The duty text goes to tasks, the rest of "Tổ chức thực hiện" stays its text.
    expect(reading.implementation?.text).toContain(
      '- Các cơ quan, đơn vị xây dựng kế hoạch triển khai.',
    );
    expect(reading.implementation?.text).not.toContain('Theo dõi, đôn đốc');
  });

  it('keeps results, remarks and text under non-task headings out of the tasks', () => {
    const reading = read(`
II. NỘI DUNG
1. Kết quả đánh giá năm 2023
- Văn phòng UBND tỉnh xếp thứ 04/20 sở, ban, ngành.
2. Nhiệm vụ trọng tâm
(Phụ lục chi tiết đính kèm)
Để thực hiện tốt kế hoạch, các cơ quan tập trung các nhiệm vụ sau:
- Tồn tại: Công tác tuyên truyền (trừ 0,5 điểm).
- Tăng cường công tác tuyên truyền cải cách hành chính.
`);
    expect(reading.tasks.map((task) => task.content)).toEqual([
      'Tăng cường công tác tuyên truyền cải cách hành chính',
    ]);
    expect(reading.sections[1]!.body).toBe('- Văn phòng UBND tỉnh xếp thứ 04/20 sở, ban, ngành.');
  });

  it('flags a timeframe the grammar cannot read', () => {
    const reading = read(`
II. NHIỆM VỤ
- Kiện toàn Tổ công tác cải cách hành chính. Giao Phòng Nội vụ chủ trì thực hiện. Thời gian: tùy tình hình thực tế của đơn vị.
`);
    expect(reading.tasks[0]!.timeframeText).toBe('tùy tình hình thực tế của đơn vị');
    expect(reading.tasks[0]!.provenance.flags).toContain('timeframe_unread');
  });

  it('reads a Quảng Ninh-style inline field paragraph: "Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian hoàn thành: …"', () => {
    const reading = read(`
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nâng cao chất lượng văn bản
(1) Rà soát, hệ thống hóa văn bản quy phạm pháp luật. Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ngành; thời gian hoàn thành: Quý II/2024.
`);
    expect(reading.tasks[0]).toMatchObject({
      content: '(1) Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
      leadOrganisationId: 'u:Sở Tư pháp',
      coordinatingText: 'các sở, ngành',
      timeframeText: 'Quý II/2024',
    });
  });

  it('reads no task when the appendix table has them, leaving every bullet in its section', () => {
    const reading = read(
      `
II. NỘI DUNG
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
- Giao Phòng Tư pháp chủ trì thực hiện.
`,
      false,
    );
    expect(reading.tasks).toEqual([]);
    expect(reading.sections[1]!.body).toBe(
      '- Rà soát văn bản quy phạm pháp luật.\n- Giao Phòng Tư pháp chủ trì thực hiện.',
    );
  });
});
