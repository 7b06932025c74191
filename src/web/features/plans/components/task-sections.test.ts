import { describe, expect, it } from 'vitest';
import type { PlanContentDto, PlanTaskDto } from '@contract/plans';
import { describeLead, foldGroups, groupTasksBySection } from './task-sections';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function buildTask(n: number, overrides: Partial<PlanTaskDto> = {}): PlanTaskDto {
  return {
    id: id(n),
    planId: id(100),
    lineageId: id(200 + n),
    parentTaskId: null,
    position: n,
    area: '',
    sectionId: null,
    kind: 'assignment',
    leadGroup: null,
    groupId: null,
    content: `Nhiệm vụ ${n}`,
    solution: '',
    nodeLinks: [],
    lead: null,
    leadSuggestion: '',
    coordinating: [],
    coordinatingNote: '',
    outputKind: 'not_stated',
    outputDescription: '',
    timeframeText: '',
    timeframeKind: 'unknown',
    dueDates: [],
    isOverdue: false,
    pointsAtStake: 0,
    note: '',
    status: 'not_started',
    statusNote: '',
    version: 1,
    ...overrides,
  };
}

type Section = PlanContentDto['sections'][number];
const section = (sectionId: string, overrides: Partial<Section> = {}): Section => ({
  id: sectionId,
  parentId: null,
  numbering: 'upper_letter',
  heading: sectionId,
  body: '',
  frameworkId: null,
  nodeCode: null,
  ...overrides,
});

const sections = [
  section('par', { heading: 'Chỉ số CCHC' }),
  section('par-1', { parentId: 'par', numbering: 'decimal', heading: 'Thể chế' }),
  section('empty', { parentId: 'par', numbering: 'decimal', heading: 'Không có nhiệm vụ' }),
  section('papi', { heading: 'Chỉ số PAPI' }),
];

const communes = {
  kind: 'units_of_type' as const,
  organisationType: 'commune' as const,
  underOrganisationId: id(50),
};

describe('the task table grouped by section', () => {
  it('lists general tasks first, then sections in document order with their printed titles', () => {
    const groups = groupTasksBySection(
      sections,
      [
        buildTask(1, { sectionId: 'papi' }),
        buildTask(2, { sectionId: 'par-1' }),
        buildTask(3),
        buildTask(4, { sectionId: 'gone' }),
      ],
      'Nhiệm vụ chung',
    );
    expect(
      groups.map((group) => [group.title, group.depth, group.rows.map((row) => row.task.position)]),
    ).toEqual([
      ['Nhiệm vụ chung', 0, [3, 4]],
      ['A. Chỉ số CCHC', 0, []],
      ['1. Thể chế', 1, [2]],
      ['B. Chỉ số PAPI', 0, [1]],
    ]);
  });

  it('shows every heading of a draft being filled in, the general list too', () => {
    const groups = groupTasksBySection(sections, [], 'Nhiệm vụ chung', true);
    expect(groups.map((group) => group.title)).toEqual([
      'Nhiệm vụ chung',
      'A. Chỉ số CCHC',
      '1. Thể chế',
      '2. Không có nhiệm vụ',
      'B. Chỉ số PAPI',
    ]);
  });

  it('folds the obligations of a group lead into one row at the first one', () => {
    const rows = foldGroups([
      buildTask(3, { groupId: id(90), leadGroup: communes }),
      buildTask(1),
      buildTask(2, { groupId: id(90), leadGroup: communes }),
    ]);
    expect(rows.map((row) => [row.task.position, row.members.map((m) => m.position)])).toEqual([
      [1, [1]],
      [2, [2, 3]],
    ]);
  });
});

describe('the lead as the table shows it', () => {
  const names = new Map([[id(50), 'Huyện Lấp Vò']]);
  const unitName = (unitId: string) => names.get(unitId);

  it('names a group of every commune under the district with its count', () => {
    const members = Array.from({ length: 12 }, (_, index) =>
      buildTask(index + 1, {
        groupId: id(90),
        leadGroup: communes,
        lead: { id: id(60 + index), name: `Xã ${index}` },
      }),
    );
    expect(describeLead({ task: members[0]!, members }, unitName)).toEqual({
      kind: 'group',
      text: 'Các xã, phường, thị trấn thuộc huyện Lấp Vò (12 đơn vị)',
    });
  });

  it('names the units of a group picked one by one', () => {
    const group = { kind: 'units' as const, organisationIds: [id(61), id(62)] };
    const members = [
      buildTask(1, {
        groupId: id(91),
        leadGroup: group,
        lead: { id: id(61), name: 'Phòng Nội vụ' },
      }),
      buildTask(2, {
        groupId: id(91),
        leadGroup: group,
        lead: { id: id(62), name: 'Văn phòng HĐND-UBND' },
      }),
    ];
    expect(describeLead({ task: members[0]!, members }, unitName).text).toBe(
      'Phòng Nội vụ, Văn phòng HĐND-UBND (2 đơn vị)',
    );
  });

  it('shows a unit, the lead as written, or "Không nêu"', () => {
    const one = (task: PlanTaskDto) => describeLead({ task, members: [task] }, unitName);
    expect(one(buildTask(1, { lead: { id: id(61), name: 'Phòng Nội vụ' } }))).toEqual({
      kind: 'unit',
      text: 'Phòng Nội vụ',
    });
    expect(one(buildTask(1, { leadSuggestion: 'Ủy ban MTTQ huyện' }))).toEqual({
      kind: 'text',
      text: 'Ủy ban MTTQ huyện',
    });
    expect(one(buildTask(1))).toEqual({ kind: 'none', text: 'Không nêu' });
  });
});
