/** Test factory: a report as the API sends it, with one task the unit leads and overridable parts. */
import type { SubmissionDto } from '@contract/reports';

type Entry = SubmissionDto['entries'][number];

export function buildEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    task: {
      id: '8a1f0c2e-5b1d-4c3e-9f00-000000000101',
      content: 'Rà soát, công bố thủ tục hành chính',
      area: 'Cải cách thủ tục hành chính',
      timeframeText: 'Quý II/2024',
      role: 'lead',
      number: 'I.1',
      groupKey: 'area:I',
      groupTitle: 'I. Cải cách thủ tục hành chính',
      dueInPeriod: 'due',
    },
    status: 'in_progress',
    progress: 40,
    result: 'Đã rà soát 12/20 thủ tục.',
    reason: '',
    documentRefs: [],
    evidence: [],
    coordinatorParts: [],
    ...overrides,
  };
}

export function buildSubmission(overrides: Partial<SubmissionDto> = {}): SubmissionDto {
  return {
    id: null,
    plan: {
      id: '8a1f0c2e-5b1d-4c3e-9f00-000000000001',
      organisation: { id: '8a1f0c2e-5b1d-4c3e-9f00-000000000002', name: 'UBND huyện Lấp Vò' },
      year: 2024,
      status: 'issued',
      title: 'Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
      documentNumber: '104/KH-UBND',
      issuedOn: '2024-02-01',
      taskCount: 1,
      doneCount: 0,
      overdueCount: 0,
      implementsPlanId: null,
      amendsPlanId: null,
      version: 3,
      updatedAt: '2024-02-01T08:00:00.000Z',
    },
    period: {
      key: '2024-Q2',
      label: 'Quý II năm 2024',
      kind: 'quarter',
      from: '2024-03-15',
      to: '2024-06-14',
      due: '2024-06-15',
      dueWeekday: 'Thứ Bảy',
      dueIsWeekend: true,
    },
    organisation: { id: '8a1f0c2e-5b1d-4c3e-9f00-000000000003', name: 'Phòng Nội vụ' },
    status: 'draft',
    cellStatus: 'not_due',
    version: 0,
    difficulties: '',
    proposals: '',
    request: null,
    answer: '',
    targets: [
      {
        id: 't1',
        sectionId: null,
        frameworkId: null,
        nodeCode: null,
        metric: 'Chỉ số CCHC',
        kind: 'number' as const,
        comparator: 'gte' as const,
        value: 85,
        unit: '%',
        grade: null,
        sharePercent: null,
      },
      {
        id: 't2',
        sectionId: null,
        frameworkId: null,
        nodeCode: null,
        metric: 'Tỷ lệ hồ sơ đúng hạn',
        kind: 'number' as const,
        comparator: 'gte' as const,
        value: 98,
        unit: '%',
        grade: null,
        sharePercent: null,
      },
    ],
    kpiComputed: [],
    kpiValues: [],
    returnComment: '',
    submittedAt: null,
    daysLate: null,
    entries: [buildEntry()],
    abilities: { canEdit: true, canReview: false },
    ...overrides,
  };
}
