import { describe, expect, it } from 'vitest';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import { analyseGaps } from '../results/gap-analysis';
import type { NodeResult } from '../results/node-result';
import { rollUpResult } from '../results/roll-up';
import {
  SAMPLE_002_AREAS,
  buildSample002AreaFramework,
  sample002AreaResults,
} from '../results/sample-002.fixture';
import {
  SAMPLE_000_SUB_CRITERIA,
  buildSample000ExcerptFramework,
  sample000Results,
} from '../results/sample-000.fixture';
import { assignDefaultUnits, draftFromGaps, matchLeadUnit } from './draft-from-gaps';

const FRAMEWORK_ID = '00000000-0000-4000-8000-000000000001';

describe('draftFromGaps on sample 002 (Văn phòng UBND tỉnh, PAR Index 2023)', () => {
  const framework = buildSample002AreaFramework();
  const gaps = analyseGaps(framework, rollUpResult(framework, sample002AreaResults()));
  const draft = draftFromGaps(framework, gaps, {
    frameworkId: FRAMEWORK_ID,
    leadCandidates: [],
    newId: counter(),
  });
  // Written out from the sample's table: every area that lost points, biggest loss first.
  const expected = [
    ['1', 4.92],
    ['7', 4.15],
    ['2', 0.89],
    ['8', 0.61],
    ['5', 0.55],
    ['4', 0.53],
    ['6', 0.26],
  ] as const;

  it('makes one task per scored node that lost points, in order of points lost', () => {
    expect(draft.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(
      expected.map(([code]) => code),
    );
  });

  it('carries max, score and points at stake of each node', () => {
    for (const task of draft.tasks) {
      const link = task.nodeLinks[0]!;
      const area = SAMPLE_002_AREAS.find((row) => row.code === link.code)!;
      expect(link).toMatchObject({
        maxPoints: area.maxPoints,
        score: area.score,
        frameworkId: FRAMEWORK_ID,
      });
      expect(link.pointsAtStake).toBeCloseTo(area.lostPoints, 4);
    }
  });

  it('leaves out area 3, which lost nothing, and a threshold drops small losses', () => {
    expect(draft.tasks.some((task) => task.nodeLinks[0]?.code === '3')).toBe(false);
    const bigOnly = draftFromGaps(framework, gaps, {
      frameworkId: FRAMEWORK_ID,
      threshold: 0.6,
      leadCandidates: [],
      newId: counter(),
    });
    expect(bigOnly.tasks.map((task) => task.nodeLinks[0]?.code)).toEqual(['1', '7', '2', '8']);
  });

  it('defaults every task to "Thường xuyên", not started, a report, with a solution naming the loss', () => {
    const first = draft.tasks[0]!;
    expect(first).toMatchObject({
      timeframeText: 'Thường xuyên',
      status: 'not_started',
      outputKind: 'report',
    });
    expect(first.solution).toContain('bị trừ 4,92 điểm');
    expect(first.solution).toContain('6,58/11,5');
  });

  it('writes one section per area that lost points, in code order, stating the loss', () => {
    expect(draft.sections.map((section) => section.heading)).toEqual([
      'Về Công tác chỉ đạo điều hành',
      'Về Cải cách thể chế',
      'Về Cải cách tổ chức bộ máy hành chính',
      'Về Cải cách công vụ',
      'Về Cải cách tài chính công',
      'Về Xây dựng chính quyền điện tử, chính quyền số',
      'Về Tác động của CCHC đến người dân, tổ chức',
    ]);
    expect(draft.sections[0]?.body).toContain('trừ 4,92 điểm');
  });
});

describe('draftFromGaps on sample 000 (huyện Lấp Vò): default lead units', () => {
  const framework = buildSample000ExcerptFramework();
  const gaps = analyseGaps(framework, rollUpResult(framework, sample000Results()));
  const unitNames = [
    'Phòng Nội vụ',
    'Phòng Tài chính – Kế hoạch',
    'Phòng Văn hóa và Thông tin',
    'Văn phòng HĐND và UBND',
    'Phòng Tư pháp',
  ];
  const candidates = unitNames.map((name, index) => ({ id: `unit-${index}`, name }));
  const idOf = (name: string) => candidates.find((candidate) => candidate.name === name)?.id;
  const draft = draftFromGaps(framework, gaps, {
    frameworkId: FRAMEWORK_ID,
    leadCandidates: candidates,
    newId: counter(),
  });

  it('drafts a task for every sub-criterion of the sample that lost points', () => {
    const lost = SAMPLE_000_SUB_CRITERIA.filter((item) => item.maxPoints - item.score > 0);
    expect(draft.tasks).toHaveLength(lost.length);
  });

  it('gives each task the framework default as lead (first named unit) and the others as coordinating', () => {
    for (const task of draft.tasks) {
      const item = SAMPLE_000_SUB_CRITERIA.find((row) => row.code === task.nodeLinks[0]?.code)!;
      const [lead, ...others] = item.defaultLeadUnit
        .split(';')
        .map((part) => part.replace(/\(.*\)/, '').trim());
      expect(task.leadOrganisationId, item.code).toBe(idOf(lead!) ?? null);
      expect(task.coordinatingOrganisationIds, item.code).toEqual(others.map((name) => idOf(name)));
      expect(task.leadSuggestion).toBe(item.defaultLeadUnit);
    }
  });

  it('leaves the lead empty only where the default names no unit ("Các cơ quan có thủ tục …")', () => {
    const unmatched = draft.tasks.filter((task) => task.leadOrganisationId === null);
    expect(unmatched.map((task) => task.nodeLinks[0]?.code).sort()).toEqual(['7.3.4', '7.3.5']);
  });

  it('groups tasks under their area name', () => {
    const areaNames = new Set(
      framework.nodes.filter((node) => node.parentCode === null).map((node) => node.name),
    );
    for (const task of draft.tasks) expect(areaNames.has(task.area)).toBe(true);
  });
});

describe('draftFromGaps: results not entered are not zero (chưa có điểm)', () => {
  // Area 1 holds two sub-criteria; area 2 is entered at area level, as decisions publish it.
  const framework = buildFramework({
    nodes: [
      group('1', 10),
      group('1.1', 10),
      leaf('1.1.1', 6),
      leaf('1.1.2', 4),
      group('2', 90),
      leaf('2.1', 40),
      leaf('2.2', 50),
    ],
  });
  const draftOf = (results: NodeResult[], threshold = 0) => {
    const gaps = analyseGaps(framework, rollUpResult(framework, results));
    return draftFromGaps(framework, gaps, {
      frameworkId: FRAMEWORK_ID,
      threshold,
      leadCandidates: [],
      newId: counter(),
    }).tasks.map((task) => task.nodeLinks[0]?.code);
  };

  it('drafts nothing from empty leaves: one entered sub-criterion that lost points is the only task', () => {
    expect(draftOf([{ nodeCode: '1.1.2', appraisedScore: 3 }])).toEqual(['1.1.2']);
  });

  it('drafts nothing for a unit with no score at all', () => {
    expect(draftOf([])).toEqual([]);
  });

  it('drafts one task for an area entered at area level that lost points, not one per empty leaf', () => {
    expect(
      draftOf([
        { nodeCode: '2', appraisedScore: 80.5 },
        { nodeCode: '1.1.1', appraisedScore: 6 },
        { nodeCode: '1.1.2', appraisedScore: 3.5 },
      ]),
    ).toEqual(['2', '1.1.2']);
  });

  it('keeps the threshold for an area entered directly', () => {
    expect(draftOf([{ nodeCode: '2', appraisedScore: 80.5 }], 10)).toEqual([]);
  });

  it('never drafts a partial parent: its known losses are drafted at the entered sub-criteria', () => {
    const tasks = draftOf([{ nodeCode: '1.1.1', appraisedScore: 5 }]);
    expect(tasks).toEqual(['1.1.1']);
  });
});

describe('matchLeadUnit', () => {
  const candidates = [
    { id: 'a', name: 'Phòng Nội vụ huyện Lấp Vò' },
    { id: 'b', name: 'Sở Tư pháp' },
    { id: 'c', name: 'Phòng Tư pháp' },
    { id: 'd', name: 'Phòng Tư pháp' },
  ];

  it.each([
    ['Sở Tư pháp', 'b'],
    ['so tu phap', 'b'],
    ['Phòng Nội vụ', 'a'],
    ['Phòng Tư pháp', null],
    ['Phòng Kinh tế', null],
    ['', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(matchLeadUnit(text, candidates)).toBe(expected);
  });

  it('keeps the text as a suggestion when nothing matches', () => {
    expect(assignDefaultUnits('Ban Dân tộc', candidates)).toEqual({
      leadOrganisationId: null,
      leadSuggestion: 'Ban Dân tộc',
      coordinatingOrganisationIds: [],
    });
  });
});

/** Section keys s1, s2… in drafting order. */
function counter(): () => string {
  let next = 0;
  return () => `s${++next}`;
}
