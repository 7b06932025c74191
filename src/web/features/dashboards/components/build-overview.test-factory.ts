/** Test factory: a reporting overview with two units and two periods, overridable per test. */
import type { ReportingOverview, ReportingPeriodDto } from '@contract/reports';

const UNIT_A = '00000000-0000-4000-8000-00000000000a';
const UNIT_B = '00000000-0000-4000-8000-00000000000b';

/** A monthly period ("Tháng 3") with its window and due date. */
export function buildPeriod(overrides: Partial<ReportingPeriodDto> = {}): ReportingPeriodDto {
  return {
    key: '2024-M03',
    label: 'Tháng 3/2024',
    kind: 'month',
    from: '2024-03-01',
    to: '2024-03-31',
    due: '2024-04-02',
    dueWeekday: 'Thứ Ba',
    dueIsWeekend: false,
    ...overrides,
  };
}

/** Units A (Sở Nội vụ) and B (Sở Tư pháp) in that order, periods March and April. */
export function buildOverview(overrides: Partial<ReportingOverview> = {}): ReportingOverview {
  return {
    planId: '00000000-0000-4000-8000-000000000001',
    planVersion: 3,
    presetId: 'monthly-by-2nd',
    rule: null,
    periods: [
      buildPeriod(),
      buildPeriod({ key: '2024-M04', label: 'Tháng 4/2024', from: '2024-04-01', to: '2024-04-30' }),
    ],
    units: [
      { id: UNIT_A, name: 'Sở Nội vụ' },
      { id: UNIT_B, name: 'Sở Tư pháp' },
    ],
    cells: [
      {
        periodKey: '2024-M03',
        organisationId: UNIT_B,
        status: 'late',
        daysLate: 2,
        submissionId: null,
      },
      {
        periodKey: '2024-M03',
        organisationId: UNIT_A,
        status: 'accepted',
        daysLate: 0,
        submissionId: null,
      },
      {
        periodKey: '2024-M04',
        organisationId: UNIT_A,
        status: 'missing',
        daysLate: null,
        submissionId: null,
      },
    ],
    completionByUnit: [],
    completionByArea: [],
    overdueByUnit: [],
    trend: [],
    requests: [],
    abilities: { canSetRule: true, canRequestReport: true, canConsolidate: true },
    ...overrides,
  };
}

export const UNIT_IDS = { a: UNIT_A, b: UNIT_B };
