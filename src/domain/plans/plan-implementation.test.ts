import { describe, expect, it } from 'vitest';
import { MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH, WEEKLY_BY_FRIDAY } from '../reports/reporting-rule';
import type { PlanTask } from './plan';
import { buildPlanDocument } from './plan-document';
import { defaultPlanContent } from './plan-defaults';
import { draftImplementation, reportingOffices } from './plan-implementation';

const NAMES = new Map([
  ['vp', 'Văn phòng UBND tỉnh'],
  ['snv', 'Sở Nội vụ'],
  ['stp', 'Sở Tư pháp'],
  ['mttq', 'Ủy ban MTTQ Việt Nam tỉnh'],
]);

function task(overrides: Partial<PlanTask>): PlanTask {
  return {
    area: '',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: 'Nhiệm vụ',
    solution: '',
    nodeLinks: [],
    leadOrganisationId: null,
    leadSuggestion: '',
    coordinatingOrganisationIds: [],
    coordinatingNote: '',
    outputKind: 'report',
    outputDescription: '',
    timeframeText: 'Thường xuyên',
    note: '',
    status: 'not_started',
    ...overrides,
  };
}

const TASKS: PlanTask[] = [
  task({
    area: 'Công tác chỉ đạo, điều hành',
    leadOrganisationId: 'vp',
    coordinatingOrganisationIds: ['snv'],
  }),
  task({ area: 'Công tác chỉ đạo, điều hành', leadOrganisationId: 'snv' }),
  task({ area: 'Cải cách thể chế', leadOrganisationId: 'vp' }),
  task({
    area: 'Cải cách thể chế',
    leadOrganisationId: 'stp',
    coordinatingOrganisationIds: ['vp'],
  }),
  task({ area: 'Cải cách thể chế', kind: 'request', leadOrganisationId: 'mttq' }),
  task({ area: 'Cải cách thể chế', leadOrganisationId: null }),
];

describe('draftImplementation: "Tổ chức thực hiện" from the lead units and the reporting rule', () => {
  const text = draftImplementation({
    tasks: TASKS,
    names: NAMES,
    sections: [],
    appendixTable: true,
    reporting: MONTHLY_BY_2ND_AND_QUARTERLY_BY_15TH,
    reportTo: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    via: 'Sở Nội vụ',
  });

  it('gives each unit its appendix numbers, leads first, names kept as the tree writes them', () => {
    expect(text.split('\n')).toEqual([
      '1. Văn phòng UBND tỉnh: chủ trì thực hiện các nhiệm vụ số I.1, II.1 tại Phụ lục kèm theo; phối hợp thực hiện nhiệm vụ số II.2 tại Phụ lục kèm theo.',
      '2. Sở Nội vụ: chủ trì thực hiện nhiệm vụ số I.2 tại Phụ lục kèm theo; phối hợp thực hiện nhiệm vụ số I.1 tại Phụ lục kèm theo.',
      '3. Sở Tư pháp: chủ trì thực hiện nhiệm vụ số II.2 tại Phụ lục kèm theo.',
      '4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh chủ trì thực hiện nhiệm vụ số II.3 tại Phụ lục kèm theo.',
      '5. Các cơ quan, đơn vị được giao chủ trì, phối hợp chủ động triển khai thực hiện đầy đủ, đúng thời gian các nhiệm vụ được giao; có sản phẩm và tài liệu kiểm chứng cụ thể.',
      '6. Định kỳ hằng tháng (chậm nhất ngày 02 tháng sau) và hằng quý (chậm nhất ngày 15 tháng cuối quý), các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh Đồng Tháp (qua Sở Nội vụ để tổng hợp).',
      '7. Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân tỉnh Đồng Tháp kết quả thực hiện.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Ủy ban nhân dân tỉnh Đồng Tháp (qua Sở Nội vụ) để được hướng dẫn, giải quyết./.',
    ]);
  });

  it('numbers tasks as the printed appendix does', () => {
    const content = {
      ...defaultPlanContent(
        { name: 'Tỉnh Đồng Tháp', type: 'province', parent: null },
        2024,
        'Khắc phục',
      ),
      implementation: text,
    };
    const appendix = buildPlanDocument(content, TASKS, NAMES).appendix!;
    const numbered = appendix.rows.flatMap((row, index, rows) => {
      if (row.kind !== 'task') return [];
      const area = rows
        .slice(0, index)
        .filter((r) => r.kind === 'area')
        .at(-1);
      return [`${area?.kind === 'area' ? area.numeral : ''}.${row.stt} ${row.lead}`];
    });
    expect(numbered).toContain('I.1 Văn phòng UBND tỉnh');
    expect(numbered).toContain('II.2 Sở Tư pháp');
    expect(numbered).toContain('II.3 Đề nghị Ủy ban MTTQ Việt Nam tỉnh');
  });

  it('words another rule, and a unit without a collecting office reports to itself', () => {
    const weekly = draftImplementation({
      tasks: [task({ leadOrganisationId: 'snv' })],
      names: NAMES,
      sections: [],
      appendixTable: true,
      reporting: WEEKLY_BY_FRIDAY,
      reportTo: 'Văn phòng UBND tỉnh',
      via: null,
    });
    expect(weekly.split('\n')).toEqual([
      '1. Sở Nội vụ: chủ trì thực hiện nhiệm vụ số 1 tại Phụ lục kèm theo.',
      '2. Các cơ quan, đơn vị được giao chủ trì, phối hợp chủ động triển khai thực hiện đầy đủ, đúng thời gian các nhiệm vụ được giao; có sản phẩm và tài liệu kiểm chứng cụ thể.',
      '3. Định kỳ hằng tuần (chậm nhất thứ Sáu trong tuần), các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện Kế hoạch về Văn phòng UBND tỉnh.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về Văn phòng UBND tỉnh để được hướng dẫn, giải quyết./.',
    ]);
  });
});

describe('reportingOffices: where the units report and who collects', () => {
  const units = [
    { name: 'Phòng Nội vụ', parentId: 'lv' },
    { name: 'Văn phòng HĐND và UBND', parentId: 'lv' },
    { name: 'Sở Nội vụ', parentId: 'dt' },
    { name: 'Công chức Văn phòng – Thống kê', parentId: 'xa' },
  ];

  it('a district reports to its committee through Phòng Nội vụ', () => {
    expect(reportingOffices({ id: 'lv', name: 'Huyện Lấp Vò', type: 'district' }, units)).toEqual({
      reportTo: 'Ủy ban nhân dân huyện Lấp Vò',
      via: 'Phòng Nội vụ',
    });
  });

  it('a province through Sở Nội vụ, a commune through its office clerk', () => {
    expect(reportingOffices({ id: 'dt', name: 'Tỉnh Đồng Tháp', type: 'province' }, units)).toEqual(
      {
        reportTo: 'Ủy ban nhân dân tỉnh Đồng Tháp',
        via: 'Sở Nội vụ',
      },
    );
    expect(reportingOffices({ id: 'xa', name: 'Xã Lấp Vò', type: 'commune' }, units).via).toBe(
      'Công chức Văn phòng – Thống kê',
    );
  });

  it('a department or a committee without such an office has no go-between', () => {
    expect(
      reportingOffices({ id: 'vp', name: 'Văn phòng UBND tỉnh', type: 'department' }, units),
    ).toEqual({ reportTo: 'Văn phòng UBND tỉnh', via: null });
    expect(reportingOffices({ id: 'x', name: 'Xã Tân Mỹ', type: 'commune' }, units)).toEqual({
      reportTo: 'Ủy ban nhân dân xã Tân Mỹ',
      via: null,
    });
  });
});
