// The board's one-pass roll-up against the generic results roll-up (rollUpResult, run once per
// unit and side, as the board did before): the rows must be identical to the last bit. fast-check
// is not installed: a seeded generator loop (mulberry32) draws frameworks and units; a failure
// names its seed.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../shared/seeded-random.fixture';
import type { Framework, FrameworkNode } from '../frameworks/framework';
import { ancestorCodes, frameworkTree } from '../frameworks/framework-tree';
import { roundPoints } from '../frameworks/points';
import { buildFramework, group, leaf } from '../frameworks/framework.fixture';
import type { OrganisationType } from '../organisations/organisation-type';
import type { NodeResult } from '../results/node-result';
import { rollUpResult } from '../results/roll-up';
import { countingAppraisedScore, type AppraisalScores } from './appraised-score';
import { councilBoardRows, withoutSurveyNodes, type BoardRow } from './council-board';
import { entryColumns } from './council-board-roll-up';
import { notApplicableCodes } from './unit-applicability';

interface GenericUnit {
  organisationId: string;
  unitType: OrganisationType;
  notApplicableCodes: ReadonlySet<string>;
  entries: readonly AppraisalScores[];
}

/** The board as the generic roll-up gives it: rollUpResult for self, again for appraised. */
function genericBoardRows(framework: Framework, units: readonly GenericUnit[]): BoardRow[] {
  const tree = frameworkTree(framework.nodes);
  const areaOf = (code: string) => ancestorCodes(tree, code).at(-1) ?? code;
  const cell = (self: { score: number } | undefined, appraised: { score: number } | undefined) => {
    const s = self ? self.score : null;
    const a = appraised ? appraised.score : null;
    return { self: s, appraised: a, delta: s !== null && a !== null ? roundPoints(a - s) : null };
  };
  return units.map((unit) => {
    const selfAreas = new Set<string>();
    const appraisedAreas = new Set<string>();
    const exempt: NodeResult[] = [...unit.notApplicableCodes].map((nodeCode) => ({
      nodeCode,
      notApplicable: true,
    }));
    const selfResults: NodeResult[] = [...exempt];
    const appraisedResults: NodeResult[] = [...exempt];
    for (const entry of unit.entries) {
      if (unit.notApplicableCodes.has(entry.nodeCode)) continue;
      const na = entry.notApplicable;
      const appraisedScore = countingAppraisedScore(entry);
      if (!na && tree.byCode.has(entry.nodeCode)) {
        if (entry.selfScore !== null) selfAreas.add(areaOf(entry.nodeCode));
        if (appraisedScore !== null) appraisedAreas.add(areaOf(entry.nodeCode));
      }
      selfResults.push({ nodeCode: entry.nodeCode, selfScore: entry.selfScore, notApplicable: na });
      appraisedResults.push({ nodeCode: entry.nodeCode, appraisedScore, notApplicable: na });
    }
    const options = { unitType: unit.unitType };
    const self = rollUpResult(framework, selfResults, options);
    const appraised = rollUpResult(framework, appraisedResults, options);
    const appraisedByCode = new Map(appraised.nodes.map((node) => [node.code, node]));
    return {
      organisationId: unit.organisationId,
      areas: self.nodes
        .filter((node) => node.parentCode === null)
        .map((node) => ({
          code: node.code,
          applicableMaxPoints: node.applicableMaxPoints,
          ...cell(
            selfAreas.has(node.code) ? node : undefined,
            appraisedAreas.has(node.code) ? appraisedByCode.get(node.code) : undefined,
          ),
        })),
      total: {
        applicableMaxPoints: self.totals.applicableMaxPoints,
        ...cell(
          selfAreas.size > 0 ? self.totals : undefined,
          appraisedAreas.size > 0 ? appraised.totals : undefined,
        ),
      },
    };
  });
}

const entry = (nodeCode: string, scores: Partial<AppraisalScores>): AppraisalScores => ({
  nodeCode,
  selfScore: null,
  notApplicable: false,
  appraisedScore1: null,
  appraisedScore2: null,
  ...scores,
});

/** Both ways, for the entries as objects and as columns: every row must be the generic one. */
function expectSameRows(framework: Framework, units: readonly GenericUnit[]): BoardRow[] {
  const expected = genericBoardRows(framework, units);
  expect(councilBoardRows(framework, units)).toEqual(expected);
  expect(
    councilBoardRows(
      framework,
      units.map((unit) => ({ ...unit, entries: entryColumns(unit.entries) })),
    ),
  ).toEqual(expected);
  return expected;
}

describe('the board roll-up, against the generic results roll-up', () => {
  const framework = withoutSurveyNodes(
    buildFramework({
      unitTypes: ['department', 'district'],
      nodes: [
        group('1', 6),
        leaf('1.1', 2),
        leaf('1.2', 2),
        leaf('1.3', 2, { applicability: { exemptUnitTypes: ['district'] } }),
        // Capped: the children offer 5 points, the criterion counts at most 3.
        group('2', 7, { childrenMaxMayDiffer: true }),
        group('2.1', 3, { childrenMaxMayDiffer: true }),
        leaf('2.1.1', 2),
        leaf('2.1.2', 3),
        leaf('2.2', 4),
        leaf('2.9', 1, { isBonus: true, rule: { type: 'bonus', maxBonus: 1 } }),
        group('3', 5),
        leaf('3.1', 2.5),
        leaf('3.2', 2.5),
        group('4', 3, { applicability: { exemptUnitTypes: ['district'] } }),
        leaf('4.1', 3),
        group('5', 2, { isBonus: true, childrenMaxMayDiffer: true }),
        leaf('5.1', 1.5),
        leaf('5.2', 1.5),
      ],
    }),
  );
  const exempt = (type: OrganisationType, codes: string[]) =>
    notApplicableCodes(framework, type, codes);

  it('gives the same rows with exemptions, không áp dụng, caps, bonus, parent scores and gaps', () => {
    const rows = expectSameRows(framework, [
      {
        organisationId: 'full',
        unitType: 'department',
        notApplicableCodes: exempt('department', []),
        entries: [
          entry('1.1', { selfScore: 2, appraisedScore1: 1.3333 }),
          entry('1.2', { selfScore: 1.1, appraisedScore1: 2, appraisedScore2: 0.7 }),
          entry('1.3', { selfScore: 0.2, appraisedScore1: 0.1 }),
          entry('2.1.1', { selfScore: 2, appraisedScore1: 2 }),
          entry('2.1.2', { selfScore: 3, appraisedScore1: 2.5 }),
          entry('2.2', { selfScore: 3.9, appraisedScore1: 3.8 }),
          entry('2.9', { selfScore: 1, appraisedScore1: 0.5 }),
          entry('3.1', { selfScore: 2.5, appraisedScore1: 2.5 }),
          entry('3.2', { notApplicable: true, selfScore: 1 }),
          entry('4.1', { selfScore: 3, appraisedScore1: 2 }),
          entry('5.1', { selfScore: 1.5, appraisedScore1: 1.5 }),
          entry('5.2', { selfScore: 1.5, appraisedScore1: 1 }),
        ],
      },
      {
        // A district: 1.3 and area 4 exempt by type; the round exempts area 3; nothing appraised.
        organisationId: 'district',
        unitType: 'district',
        notApplicableCodes: exempt('district', ['3']),
        entries: [
          entry('1.1', { selfScore: 1 }),
          entry('1.3', { selfScore: 2 }),
          entry('3.1', { selfScore: 2 }),
          entry('4.1', { selfScore: 3 }),
        ],
      },
      {
        // Scores entered at a parent stand for its branch; a code outside the board is ignored.
        organisationId: 'parent-entered',
        unitType: 'department',
        notApplicableCodes: exempt('department', ['1.2']),
        entries: [
          entry('2.1', { selfScore: 2.75, appraisedScore1: 3.5 }),
          entry('2.1.1', { selfScore: 1 }),
          entry('5', { selfScore: 3, appraisedScore1: 0.25 }),
          entry('9.9', { selfScore: 5, appraisedScore1: 5 }),
          entry('1.2', { selfScore: 2, appraisedScore1: 2 }),
        ],
      },
      {
        organisationId: 'empty',
        unitType: 'department',
        notApplicableCodes: new Set(),
        entries: [],
      },
    ]);
    // The figures themselves, so that an error shared by both sides would show too.
    expect(rows[0]!.areas.map((area) => [area.code, area.self, area.appraised])).toEqual([
      ['1', 3.3, 2.1333],
      ['2', 7.9, 7.3],
      ['3', 2.5, 2.5],
      ['4', 3, 2],
      ['5', 2, 2],
    ]);
    expect(rows[1]!.total).toEqual({
      applicableMaxPoints: 11,
      self: 1,
      appraised: null,
      delta: null,
    });
    expect(rows[3]!.total.self).toBeNull();
  });

  it('gives the same rows on random frameworks and units', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = mulberry32(seed);
      const drawn = randomFramework(random);
      const units = Array.from({ length: 4 }, (_, index) => randomUnit(random, drawn, index));
      try {
        expectSameRows(drawn, units);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  }, 30_000);
});

type Random = ReturnType<typeof mulberry32>;
const chance = (random: Random, p: number) => random() < p;
const TYPES: OrganisationType[] = ['department', 'district'];

/** Areas of criteria and sub-criteria with odd maxima, caps, bonus nodes and type exemptions. */
function randomFramework(random: Random): Framework {
  const nodes: FrameworkNode[] = [];
  const add = (code: string, parentCode: string | null, depth: number, bonus: boolean) => {
    const isBonus = !bonus && chance(random, 0.1);
    const node: FrameworkNode = {
      code,
      parentCode,
      name: `Nút ${code}`,
      maxPoints: Math.round(random() * 1000) / 100 + 0.25,
      ...(isBonus ? { isBonus: true } : {}),
      ...(chance(random, 0.2) ? { childrenMaxMayDiffer: true } : {}),
      ...(chance(random, 0.1) ? { applicability: { exemptUnitTypes: ['district'] } } : {}),
    };
    nodes.push(node);
    const children =
      depth < 3 && chance(random, depth === 1 ? 0.9 : 0.4) ? 1 + Math.floor(random() * 4) : 0;
    for (let child = 1; child <= children; child += 1) {
      add(`${code}.${child}`, code, depth + 1, bonus || isBonus);
    }
  };
  const areas = 1 + Math.floor(random() * 5);
  for (let area = 1; area <= areas; area += 1) add(String(area), null, 1, false);
  return buildFramework({ unitTypes: TYPES, nodes });
}

/** A unit: some entries missing, some không áp dụng, some at a parent, some outside the framework. */
function randomUnit(random: Random, framework: Framework, index: number): GenericUnit {
  const unitType = TYPES[index % TYPES.length]!;
  const codes = framework.nodes.map((node) => node.code);
  const exemptions = codes.filter(() => chance(random, 0.05));
  const score = () =>
    chance(random, 0.3)
      ? null
      : Math.round(random() * 30000) / 10000 + (chance(random, 0.5) ? 0 : 1 / 3);
  const entries = [...codes, 'ngoai.khung']
    .filter(() => chance(random, 0.8))
    .map((nodeCode) =>
      entry(nodeCode, {
        selfScore: score(),
        notApplicable: chance(random, 0.08),
        appraisedScore1: score(),
        appraisedScore2: chance(random, 0.2) ? score() : null,
      }),
    );
  // A duplicated entry: the first one counts, as in the results roll-up.
  if (entries.length > 0 && chance(random, 0.1)) entries.push({ ...entries[0]!, selfScore: 9 });
  return {
    organisationId: `u${index}`,
    unitType,
    // Mostly as the round gives them; sometimes only the round's codes, so the type's own
    // exemptions must come from the tree walk alone.
    notApplicableCodes: chance(random, 0.7)
      ? notApplicableCodes(framework, unitType, exemptions)
      : new Set(exemptions),
    entries,
  };
}
