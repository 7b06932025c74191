// Readiness before issuing, the diff between versions, overdue tasks and target wording.
import { describe, expect, it } from 'vitest';
import { canIssue, checkPlanReadiness } from './plan-readiness';
import { diffPlans } from './plan-diff';
import { isTaskOverdue, nextDueDate } from './task-overdue';
import { defaultTargets, formatTargetText, newTarget, type PlanTarget } from './plan-targets';
import { parseTimeframe } from './parse-timeframe';
import { sample004Content, sample004Tasks } from './sample-004-appendix.fixture';
import type { PlanTask } from './plan';

const issuable = () => ({ ...sample004Content(), number: '27', issuedOn: '2024-01-10' });
const led = (tasks: PlanTask[]): PlanTask[] =>
  tasks.map((task) => ({ ...task, leadOrganisationId: 'org' }));

describe('checkPlanReadiness', () => {
  it('lets sample 004 with number, date, signer and leads be issued, with no warning', () => {
    const issues = checkPlanReadiness(issuable(), led(sample004Tasks()));
    expect(issues).toEqual([]);
    expect(canIssue(issues)).toBe(true);
  });

  it('warns, naming the row, of a lead not stated or not in the tree and an unreadable timeframe; none blocks', () => {
    const tasks = led(sample004Tasks());
    tasks[2] = { ...tasks[2]!, leadOrganisationId: null, leadSuggestion: '' };
    tasks[3] = { ...tasks[3]!, leadOrganisationId: null, leadSuggestion: 'Ủy ban MTTQ xã' };
    tasks[4] = { ...tasks[4]!, timeframeText: 'Tùy tình hình thực tế' };
    const issues = checkPlanReadiness(issuable(), tasks);
    expect(issues).toEqual([
      {
        severity: 'warning',
        taskRow: 3,
        field: 'leadOrganisationId',
        message: 'Nhiệm vụ 3: không nêu cơ quan chủ trì.',
      },
      {
        severity: 'warning',
        taskRow: 4,
        field: 'leadOrganisationId',
        message:
          'Nhiệm vụ 4: cơ quan chủ trì "Ủy ban MTTQ xã" không có trong danh sách đơn vị, không theo dõi báo cáo được.',
      },
      {
        severity: 'warning',
        taskRow: 5,
        field: 'timeframeText',
        message:
          'Nhiệm vụ 5: không đọc được thời gian thực hiện "Tùy tình hình thực tế", cần xem lại.',
      },
    ]);
    expect(canIssue(issues)).toBe(true);
  });

  it('warns, without inventing any, when a task states no timeframe or output ("không nêu")', () => {
    const tasks = led(sample004Tasks());
    tasks[1] = { ...tasks[1]!, timeframeText: 'Không nêu' };
    tasks[2] = { ...tasks[2]!, outputKind: 'not_stated', outputDescription: '' };
    expect(checkPlanReadiness(issuable(), tasks)).toEqual([
      {
        severity: 'warning',
        taskRow: 2,
        field: 'timeframeText',
        message: 'Nhiệm vụ 2: không nêu thời gian thực hiện.',
      },
      {
        severity: 'warning',
        taskRow: 3,
        field: 'outputKind',
        message: 'Nhiệm vụ 3: không nêu kết quả, sản phẩm.',
      },
    ]);
  });

  it('blocks a plan without title, signer or tasks, but not a draft without number and date', () => {
    const unsigned = { ...sample004Content(), title: ' ' };
    unsigned.signature = { ...unsigned.signature, signerName: '' };
    const issues = checkPlanReadiness(unsigned, []);
    expect(issues.map((issue) => issue.field)).toEqual(['title', 'signature.signerName', 'tasks']);
  });
});

describe('diffPlans', () => {
  const tasks = sample004Tasks();
  const before = {
    content: issuable(),
    tasks: tasks.slice(0, 3).map((task, index) => ({ key: `k${index}`, task })),
  };

  it('finds nothing between identical versions, even with tasks reordered', () => {
    expect(diffPlans(before, { ...before, tasks: [...before.tasks].reverse() })).toEqual([]);
  });

  it('lists content changes, changed task fields, added and removed tasks; status is not content', () => {
    const after = {
      content: { ...before.content, number: null, title: 'Mới' },
      tasks: [
        {
          key: 'k0',
          task: { ...tasks[0]!, timeframeText: 'Quý II/2024', status: 'done' as const },
        },
        { key: 'k1', task: tasks[1]! },
        { key: 'k9', task: tasks[5]! },
      ],
    };
    const changes = diffPlans(before, after);
    expect(
      changes.map((change) => [change.kind, change.field, change.before, change.after]),
    ).toEqual([
      ['content', 'number', '27', ''],
      ['content', 'title', before.content.title, 'Mới'],
      ['task_changed', 'timeframeText', 'Trước 15/01/2024', 'Quý II/2024'],
      ['task_added', 'task', '', tasks[5]!.content],
      ['task_removed', 'task', tasks[2]!.content, ''],
    ]);
  });
});

describe('isTaskOverdue and nextDueDate', () => {
  const year = { defaultYear: 2024 };
  it.each([
    ['Trước 15/01/2024', 'in_progress', '2024-01-15', false],
    ['Trước 15/01/2024', 'in_progress', '2024-01-16', true],
    ['Trước 15/01/2024', 'done', '2024-02-01', false],
    ['Trước 15/01/2024', 'cannot_do', '2024-02-01', false],
    ['Quý I, II, III, IV/2024', 'not_started', '2024-04-01', true],
    ['Quý I, II, III, IV/2024', 'not_started', '2024-03-31', false],
    ['Thường xuyên', 'not_started', '2025-01-01', false],
    ['Khi có quy định', 'not_started', '2025-01-01', false],
  ] as const)('"%s" %s on %s → %s', (text, status, today, expected) => {
    expect(isTaskOverdue(parseTimeframe(text, year), status, today)).toBe(expected);
  });

  it('gives the next quarterly deliverable, or the last one once all have passed', () => {
    const quarters = parseTimeframe('Quý II, III/2024', year);
    expect(nextDueDate(quarters, '2024-07-01')).toBe('2024-09-30');
    expect(nextDueDate(quarters, '2024-12-01')).toBe('2024-09-30');
    expect(nextDueDate(parseTimeframe('Thường xuyên', year), '2024-07-01')).toBeNull();
  });
});

describe('targets (chỉ tiêu)', () => {
  const target = (fields: Partial<PlanTarget> & Pick<PlanTarget, 'metric' | 'kind'>) =>
    newTarget({ id: 't', ...fields });
  it.each([
    [
      target({ metric: 'Tỷ lệ hồ sơ giải quyết đúng hạn', kind: 'number', value: 98, unit: '%' }),
      'Tỷ lệ hồ sơ giải quyết đúng hạn ≥ 98%',
    ],
    [
      target({ metric: 'Chỉ số CCHC', kind: 'number', value: 88.09, unit: '%' }),
      'Chỉ số CCHC ≥ 88,09%',
    ],
    [
      target({ metric: 'Mức độ hài lòng', kind: 'number', comparator: 'gt', value: 90, unit: '%' }),
      'Mức độ hài lòng > 90%',
    ],
    [
      target({ metric: 'Xếp hạng Chỉ số CCHC', kind: 'rank_top', value: 8, unit: 'huyện' }),
      'Xếp hạng Chỉ số CCHC thuộc nhóm 8 huyện dẫn đầu',
    ],
    [
      target({
        metric: 'Số cuộc đối thoại',
        kind: 'number',
        comparator: 'eq',
        value: 2,
        unit: 'cuộc',
      }),
      'Số cuộc đối thoại = 2 cuộc',
    ],
    [
      target({ metric: 'Xếp hạng Chỉ số PAPI', kind: 'rank_up', value: 3 }),
      'Xếp hạng Chỉ số PAPI tăng ít nhất 3 bậc so với năm trước',
    ],
    [
      target({ metric: 'Xếp hạng Chỉ số DDCI', kind: 'rank_not_down' }),
      'Xếp hạng Chỉ số DDCI không giảm bậc so với năm trước',
    ],
    [target({ metric: 'Chỉ số SIPAS', kind: 'above_last_year' }), 'Chỉ số SIPAS cao hơn năm trước'],
    [target({ metric: 'Chỉ số CCHC', kind: 'grade', grade: 'Tốt' }), 'Chỉ số CCHC đạt loại Tốt'],
    [target({ metric: 'Chỉ số CCHC', kind: 'bonus' }), 'Chỉ số CCHC có điểm thưởng'],
    [
      target({
        metric: 'Chỉ số PAPI',
        kind: 'subindex_share',
        sharePercent: 100,
        value: 5,
        unit: 'điểm',
      }),
      'Chỉ số PAPI: tất cả chỉ số thành phần ≥ 5 điểm',
    ],
    [
      target({
        metric: 'Chỉ số PAPI',
        kind: 'subindex_share',
        sharePercent: 75,
        value: 5,
        unit: 'điểm',
      }),
      'Chỉ số PAPI: ít nhất 75% chỉ số thành phần ≥ 5 điểm',
    ],
    [
      target({
        metric: 'Không có cán bộ bị kỷ luật do vi phạm trong giải quyết TTHC',
        kind: 'free_text',
      }),
      'Không có cán bộ bị kỷ luật do vi phạm trong giải quyết TTHC',
    ],
  ] as const)('%o reads "%s"', (given, text) => {
    expect(formatTargetText(given)).toBe(text);
  });

  it('starts from last year: index not below it, rank at least as good', () => {
    let next = 0;
    const newId = () => `t${++next}`;
    const standing = {
      indexName: 'Chỉ số CCHC',
      frameworkId: 'f1',
      index: 88.094,
      rank: 4,
      peerCount: 20,
      peerLabel: 'huyện',
    };
    expect(defaultTargets(2024, standing, newId)).toEqual([
      newTarget({
        id: 't1',
        frameworkId: 'f1',
        metric: 'Chỉ số CCHC năm 2024',
        kind: 'number',
        comparator: 'gte',
        value: 88.09,
        unit: '%',
      }),
      newTarget({
        id: 't2',
        frameworkId: 'f1',
        metric: 'Xếp hạng Chỉ số CCHC năm 2024',
        kind: 'rank_top',
        value: 4,
        unit: 'huyện',
      }),
    ]);
    expect(
      defaultTargets(2024, { ...standing, index: null, rank: null, peerCount: 0 }, newId),
    ).toEqual([]);
  });
});

describe('checkPlanReadiness on a group task', () => {
  it('judges a task written for every commune once, on its first row', () => {
    const [first] = sample004Tasks();
    const obligation = (leadOrganisationId: string): PlanTask => ({
      ...first!,
      leadOrganisationId,
      timeframeText: '',
      groupId: 'g1',
      leadGroup: { kind: 'units_of_type', organisationType: 'commune', underOrganisationId: 'd' },
    });
    const issues = checkPlanReadiness(issuable(), [
      obligation('x1'),
      obligation('x2'),
      obligation('x3'),
    ]);
    expect(issues.map((issue) => [issue.taskRow, issue.field])).toEqual([[1, 'timeframeText']]);
  });
});
