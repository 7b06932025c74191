// Test data: a small commune plan as the importer would read it, and its import, for the review screen's tests.
import type { ImportedPlanDto, ImportedTaskDto, PlanImportDto } from '@contract/plan-imports';
import type { PlanContentDto } from '@contract/plans';

const UNIT_VH = '00000000-0000-4000-8000-000000000011';
const UNIT_CA = '00000000-0000-4000-8000-000000000012';

/** Ids of the units the canned reading matched. */
export const TEST_UNITS = { vanHoa: UNIT_VH, congAn: UNIT_CA };

/** The original text, one entry per line (the left pane). */
export const TEST_LINES = [
  'ỦY BAN NHÂN DÂN',
  'XÃ MỸ AN',
  'Số: 23/KH-UBND',
  'Mỹ An, ngày 15 tháng 01 năm 2025',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2025',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NHIỆM VỤ',
  '1. Cải cách thể chế',
  'Rà soát văn bản quy phạm pháp luật; tự kiểm tra văn bản. Công chức Văn hóa - Xã hội chủ trì.',
  'Thời gian: Quý II/2025',
  '2. Cải cách thủ tục hành chính',
  'Niêm yết công khai thủ tục hành chính. Chủ trì: Ban Chỉ huy Quân sự xã',
  'Thời gian: khi có yêu cầu cấp trên',
  'Tuyên truyền cải cách hành chính trên loa truyền thanh.',
  'Thời gian: Hằng quý',
];

/** A task with every field set, overridable. */
export function buildImportedTask(overrides: Partial<ImportedTaskDto> = {}): ImportedTaskDto {
  return {
    key: 't1',
    area: '',
    sectionId: null,
    kind: 'assignment',
    content: 'Nội dung',
    solution: '',
    nodeLinks: [],
    leadOrganisationId: null,
    leadGroup: null,
    leadSuggestion: '',
    leadText: '',
    coordinatingOrganisationIds: [],
    coordinatingNote: '',
    coordinatingText: '',
    outputKind: 'not_stated',
    outputDescription: '',
    timeframeText: '',
    note: '',
    origin: 'prose',
    provenance: { confidence: 1, source: [], flags: [] },
    ...overrides,
  };
}

const content: PlanContentDto = {
  parentBody: '',
  issuingBody: 'ỦY BAN NHÂN DÂN XÃ MỸ AN',
  number: '23',
  symbol: 'KH-UBND',
  place: 'Mỹ An',
  issuedOn: '2025-01-15',
  year: 2025,
  title: 'Cải cách hành chính năm 2025',
  preamble: '',
  basis: [{ number: '12/KH-UBND', date: null, issuer: 'UBND huyện', summary: 'Kế hoạch CCHC' }],
  purpose: '',
  requirements: '',
  frameworkIds: [],
  targets: [
    {
      id: 'g1',
      sectionId: 's1',
      frameworkId: null,
      nodeCode: null,
      metric: 'Chỉ số CCHC',
      kind: 'number',
      comparator: 'gte',
      value: 85,
      unit: '%',
      grade: null,
      sharePercent: null,
    },
  ],
  sections: [
    {
      id: 's1',
      parentId: null,
      numbering: 'roman',
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      body: '',
      frameworkId: null,
      nodeCode: null,
    },
    {
      id: 's2',
      parentId: null,
      numbering: 'roman',
      heading: 'NHIỆM VỤ',
      body: '',
      frameworkId: null,
      nodeCode: null,
    },
    {
      id: 's3',
      parentId: 's2',
      numbering: 'decimal',
      heading: 'Cải cách thể chế',
      body: '',
      frameworkId: null,
      nodeCode: null,
    },
    {
      id: 's4',
      parentId: 's2',
      numbering: 'decimal',
      heading: 'Cải cách thủ tục hành chính',
      body: 'Ghi chú mục.',
      frameworkId: null,
      nodeCode: null,
    },
  ],
  appendixTable: false,
  implementation: '',
  reportingDuties: '',
  recipients: ['Như trên', 'Lưu: VT'],
  signature: {
    mode: 'TM',
    authority: 'ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn A',
  },
};

/** The reading: three tasks (one matched, one with an unmatched lead, one with an unread timeframe), a target, four sections. */
export function buildImportedPlan(): ImportedPlanDto {
  return {
    content: structuredClone(content),
    tasks: [
      buildImportedTask({
        key: 't1',
        sectionId: 's3',
        content: 'Rà soát văn bản quy phạm pháp luật; tự kiểm tra văn bản.',
        leadOrganisationId: UNIT_VH,
        leadText: 'Công chức Văn hóa - Xã hội',
        timeframeText: 'Quý II/2025',
        provenance: { confidence: 0.9, source: [{ from: 9, to: 10 }], flags: [] },
      }),
      buildImportedTask({
        key: 't2',
        sectionId: 's4',
        content: 'Niêm yết công khai thủ tục hành chính.',
        leadText: 'Ban Chỉ huy Quân sự xã',
        leadSuggestion: 'Ban Chỉ huy Quân sự xã',
        timeframeText: 'khi có yêu cầu cấp trên',
        provenance: {
          confidence: 0.8,
          source: [{ from: 12, to: 13 }],
          flags: ['unmatched_unit', 'timeframe_unread'],
        },
      }),
      buildImportedTask({
        key: 't3',
        sectionId: 's4',
        content: 'Tuyên truyền cải cách hành chính trên loa truyền thanh.',
        leadOrganisationId: UNIT_CA,
        leadText: 'Công an xã',
        coordinatingOrganisationIds: [UNIT_VH],
        timeframeText: 'Hằng quý',
        provenance: { confidence: 0.5, source: [{ from: 14, to: 15 }], flags: [] },
      }),
    ],
    provenance: {
      issuingBody: { confidence: 0.95, source: [{ from: 0, to: 1 }], flags: [] },
      number: { confidence: 0.95, source: [{ from: 2, to: 2 }], flags: [] },
      issuedOn: { confidence: 0.4, source: [{ from: 3, to: 3 }], flags: [] },
      title: { confidence: 0.9, source: [{ from: 4, to: 5 }], flags: [] },
      'basis:0': { confidence: 0.9, source: [{ from: 6, to: 6 }], flags: [] },
      'section:s1': { confidence: 0.9, source: [{ from: 6, to: 6 }], flags: [] },
      'section:s2': { confidence: 0.9, source: [{ from: 7, to: 15 }], flags: [] },
      'section:s3': { confidence: 0.9, source: [{ from: 8, to: 10 }], flags: [] },
      'section:s4': { confidence: 0.9, source: [{ from: 11, to: 15 }], flags: [] },
      'target:g1': { confidence: 0.7, source: [{ from: 6, to: 6 }], flags: [] },
    },
    sectionLabels: { s1: 'I.', s2: 'II.', s3: '1.', s4: '2.' },
    sectionIndexKinds: { s2: 'par_index' },
    reporting: {
      rule: {
        name: 'Báo cáo quý',
        reports: [
          { kind: 'quarter', due: { day: 15, month: 'last' }, window: { type: 'calendar' } },
        ],
      },
      provenance: { confidence: 0.8, source: [{ from: 15, to: 15 }], flags: [] },
    },
    warnings: [
      {
        code: 'timeframe_unread',
        message: 'Một nhiệm vụ có thời gian chưa đọc được.',
        source: [{ from: 13, to: 13 }],
      },
    ],
  };
}

/** The import as GET answers it once ready. */
export function buildPlanImport(overrides: Partial<PlanImportDto> = {}): PlanImportDto {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    organisationId: '00000000-0000-4000-8000-000000000001',
    organisationName: 'UBND xã Mỹ An',
    year: 2025,
    fileName: 'ke-hoach-cchc-2025.txt',
    format: 'txt',
    sizeBytes: 2048,
    status: 'ready',
    progress: 100,
    error: null,
    planId: null,
    overrides: [],
    lines: [...TEST_LINES],
    result: buildImportedPlan(),
    totals: {
      sections: 4,
      tasks: 3,
      tableTasks: 0,
      proseTasks: 3,
      unitsRead: 4,
      unitsMatched: 3,
      timeframesStated: 3,
      timeframesRead: 2,
      targets: 1,
      lowConfidence: 3,
    },
    createdAt: '2025-01-20T02:00:00.000Z',
    can: { create: true },
    ...overrides,
  };
}
