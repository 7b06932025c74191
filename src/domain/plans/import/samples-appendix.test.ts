// Acceptance of issue 11 for the appendix tables: samples 004 and 000, imported from their PDF
// text, give their appendix rows back with the right content, lead, coordinating units, timeframe
// and output. Prints per-field scores and fails under 95 % on any field.
import { describe, expect, it } from 'vitest';
import { SAMPLE_004_APPENDIX } from '../sample-004-appendix.fixture';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { SAMPLE_000_APPENDIX } from './fixtures/sample-000-appendix.fixture';
import { PAR_DISTRICT_2023 } from './fixtures/par-district-2023.fixture';
import { SAMPLE_000_TEXT } from './fixtures/sample-000.fixture';
import { SAMPLE_004_TEXT } from './fixtures/sample-004.fixture';
import type { ImportUnit, ImportedTask } from './imported-plan';
import { createUnitMatcher } from './match-unit';
import type { Paragraph } from './paragraph';
import { readAppendix } from './read-appendix';
import { readPlanDocument } from './read-plan-document';
import { plainTextDocument } from './source-document';

const BAR = 0.95;

function unit(
  id: string,
  name: string,
  type: ImportUnit['type'],
  parentId: string | null,
  validTo: string | null = null,
): ImportUnit {
  return { id, code: id, name, type, parentId, validFrom: '2015-01-01', validTo };
}

// Giao Long with its officer posts; a neighbouring commune with posts of the same names, and a
// post closed in 2019, so only the issuer's own posts valid in 2024 may match.
const GIAO_LONG_TREE: ImportUnit[] = [
  unit('bt', 'Tỉnh Bến Tre', 'province', null),
  unit('ct', 'Huyện Châu Thành', 'district', 'bt'),
  unit('gl', 'Xã Giao Long', 'commune', 'ct'),
  unit('gl-vptk', 'Công chức Văn phòng - Thống kê', 'sub_unit', 'gl'),
  unit('gl-tp', 'Công chức Tư pháp - Hộ tịch', 'sub_unit', 'gl'),
  unit('gl-vhxh', 'Công chức Văn hóa - Xã hội', 'sub_unit', 'gl'),
  unit('gl-tckt', 'Công chức Tài chính - Kế toán', 'sub_unit', 'gl'),
  unit('gl-vhxh-old', 'Công chức Văn hóa - Xã hội', 'sub_unit', 'gl', '2019-12-31'),
  unit('pt', 'Xã Phú Túc', 'commune', 'ct'),
  unit('pt-vptk', 'Công chức Văn phòng - Thống kê', 'sub_unit', 'pt'),
  unit('pt-tp', 'Công chức Tư pháp - Hộ tịch', 'sub_unit', 'pt'),
];

const GIAO_LONG_POSTS = ['gl-vptk', 'gl-tp', 'gl-vhxh', 'gl-tckt'];
const GIAO_LONG_LEADS: Record<string, string[]> = {
  'VP TK (Một cửa)': ['gl-vptk'],
  'VP TK (NV)': ['gl-vptk'],
  'CC.Tư pháp': ['gl-tp'],
  'Các cơ quan liên quan': [],
  'CC. Tài chính kế toán': ['gl-tckt'],
  'CC. VHXH': ['gl-vhxh'],
  'CC. VP-TK (Một cửa)': ['gl-vptk'],
};
const GIAO_LONG_COORDINATING: Record<string, string[]> = {
  'Các ngành liên quan': [],
  'CB. Đài truyền thanh': [],
  'Các cơ quan liên quan': [],
  'UBND xã': ['gl'],
  'VP TK (NV)': ['gl-vptk'],
  '': [],
  'Các ngành chuyên môn xã': GIAO_LONG_POSTS,
};

// Lấp Vò with its offices and communes; Lai Vung's offices carry the same names without the place.
const LAP_VO_TREE: ImportUnit[] = [
  unit('dt', 'Tỉnh Đồng Tháp', 'province', null),
  unit('lv', 'Ủy ban nhân dân huyện Lấp Vò', 'district', 'dt'),
  unit('lv-nv', 'Phòng Nội vụ huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-vp', 'Văn phòng HĐND và UBND huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-tckh', 'Phòng Tài chính - Kế hoạch huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-vhtt', 'Phòng Văn hóa và Thông tin huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-tth', 'Trung tâm Tin học huyện Lấp Vò', 'sub_unit', 'lv'),
  unit('lv-mah', 'Xã Mỹ An Hưng A', 'commune', 'lv'),
  unit('lv-tt', 'Thị trấn Lấp Vò', 'commune', 'lv'),
  unit('lv-tm', 'Xã Tân Mỹ', 'commune', 'lv'),
  unit('lvg', 'Ủy ban nhân dân huyện Lai Vung', 'district', 'dt'),
  unit('lvg-nv', 'Phòng Nội vụ huyện Lai Vung', 'sub_unit', 'lvg'),
  unit('lvg-vp', 'Văn phòng HĐND và UBND huyện Lai Vung', 'sub_unit', 'lvg'),
];
const LAP_VO_SUBUNITS_AND_COMMUNES = [
  'lv-nv',
  'lv-vp',
  'lv-tckh',
  'lv-vhtt',
  'lv-tth',
  'lv-mah',
  'lv-tt',
  'lv-tm',
];
const LAP_VO_LEAD_IDS: string[][] = [
  ['lv-nv'],
  ['lv-vp'],
  ['lv-vp'],
  ['lv-vp'],
  ['lv-nv'],
  ['lv-nv'],
  ['lv-tckh'],
  ['lv-vhtt', 'lv-vp', 'lv-tth'],
  ['lv-vhtt', 'lv-vp'],
  ['lv-vhtt', 'lv-vp'],
  [],
];
const LAP_VO_COORDINATING_IDS: string[][] = [
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  [],
  ['lv-nv'],
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  LAP_VO_SUBUNITS_AND_COMMUNES,
  ['lv-vp', 'lv-vhtt'],
];

// The sub-criteria each row of sample 000 works on (its content names them, two joined by ";").
const LAP_VO_NODES: string[][] = [
  ['1.2.2'],
  ['3.3.1', '3.3.2'],
  ['3.3.3'],
  ['3.2.1'],
  ['5.4.1'],
  ['5.3.1'],
  ['6.1.1', '6.3.1'],
  ['7.2.1'],
  ['7.3.1', '7.3.2'],
  ['7.3.3'],
  ['7.3.4', '7.3.5'],
];

/** Folded, without any whitespace: the comparison the issue asks for. */
function same(a: string, b: string): boolean {
  return foldVietnamese(a).replace(/\s+/g, '') === foldVietnamese(b).replace(/\s+/g, '');
}

function leadIds(task: ImportedTask, units: readonly ImportUnit[]): string[] {
  if (task.leadOrganisationId) return [task.leadOrganisationId];
  const group = task.leadGroup;
  if (!group) return [];
  if (group.kind === 'units') return group.organisationIds;
  return units
    .filter(
      (item) => item.parentId === group.underOrganisationId && item.type === group.organisationType,
    )
    .map((item) => item.id);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

type Check = (task: ImportedTask, at: number) => boolean;

function scoreFields(
  name: string,
  tasks: readonly ImportedTask[],
  expectedCount: number,
  checks: Record<string, Check>,
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [field, check] of Object.entries(checks)) {
    let right = 0;
    for (let at = 0; at < expectedCount; at += 1) {
      const task = tasks[at];
      if (task && check(task, at)) right += 1;
      else
        console.log(
          `${name} row ${at + 1}: ${field} differs`,
          task ? JSON.stringify(task) : 'missing',
        );
    }
    scores[field] = right / expectedCount;
  }
  console.log(
    `${name}: ${tasks.length}/${expectedCount} rows — ` +
      Object.entries(scores)
        .map(([field, score]) => `${field} ${(score * 100).toFixed(1)} %`)
        .join(', '),
  );
  return scores;
}

function belowBar(scores: Record<string, number>): string[] {
  return Object.entries(scores)
    .filter(([, score]) => score < BAR)
    .map(([field, score]) => `${field} ${(score * 100).toFixed(1)} %`);
}

describe('appendix of the shared samples, read from their PDF text', () => {
  it('reads the 21 rows of sample 004 (Giao Long) with content, units, timeframe and output', () => {
    const plan = readPlanDocument(plainTextDocument(SAMPLE_004_TEXT), {
      issuerOrganisationId: 'gl',
      year: 2024,
      units: GIAO_LONG_TREE,
      frameworks: [],
      overrides: [],
    });
    const expected = SAMPLE_004_APPENDIX;
    const scores = scoreFields('Mẫu 004', plan.tasks, expected.length, {
      area: (task, at) => same(task.area, expected[at]!.area),
      content: (task, at) => same(task.content, expected[at]!.content),
      lead: (task, at) => same(task.leadText, expected[at]!.lead),
      leadUnits: (task, at) =>
        sameSet(leadIds(task, GIAO_LONG_TREE), GIAO_LONG_LEADS[expected[at]!.lead]!),
      coordinating: (task, at) => same(task.coordinatingText, expected[at]!.coordinating),
      coordinatingUnits: (task, at) =>
        sameSet(
          task.coordinatingOrganisationIds,
          GIAO_LONG_COORDINATING[expected[at]!.coordinating]!,
        ),
      timeframe: (task, at) => same(task.timeframeText, expected[at]!.timeframeText),
      output: (task, at) => same(task.outputDescription, expected[at]!.outputDescription),
    });
    expect(plan.tasks).toHaveLength(expected.length);
    expect(belowBar(scores)).toEqual([]);
  });

  it('reads the 11 rows of sample 000 (Lấp Vò) with content, lead, solution and coordinating units', () => {
    const plan = readPlanDocument(plainTextDocument(SAMPLE_000_TEXT), {
      issuerOrganisationId: 'lv',
      year: 2024,
      units: LAP_VO_TREE,
      frameworks: [PAR_DISTRICT_2023],
      overrides: [],
    });
    const expected = SAMPLE_000_APPENDIX;
    const scores = scoreFields('Mẫu 000', plan.tasks, expected.length, {
      area: (task, at) => same(task.area, expected[at]!.area),
      content: (task, at) => same(task.content, expected[at]!.content),
      lead: (task, at) => same(task.leadText, expected[at]!.lead),
      leadUnits: (task, at) => sameSet(leadIds(task, LAP_VO_TREE), LAP_VO_LEAD_IDS[at]!),
      solution: (task, at) => same(task.solution, expected[at]!.solution),
      coordinating: (task, at) => same(task.coordinatingText, expected[at]!.coordinating),
      coordinatingUnits: (task, at) =>
        sameSet(task.coordinatingOrganisationIds, LAP_VO_COORDINATING_IDS[at]!),
      nodes: (task, at) =>
        sameSet(
          task.nodeLinks.map((link) => link.code),
          LAP_VO_NODES[at]!,
        ),
      timeframe: (task) => task.timeframeText === '',
      output: (task) => task.outputDescription === '' && task.outputKind === 'not_stated',
    });
    expect(plan.tasks).toHaveLength(expected.length);
    expect(belowBar(scores)).toEqual([]);
  });

  it('reads the same rows whatever paragraphs the cleaner joined the appendix lines into', () => {
    const doc = plainTextDocument(SAMPLE_004_TEXT);
    const start = doc.lines.findIndex((line) => line.text.trim() === 'PHỤ LỤC');
    const context = {
      units: createUnitMatcher(GIAO_LONG_TREE, 'gl', 2024),
      frameworks: [],
      year: 2024,
    };
    const perLine: Paragraph[] = doc.lines.flatMap((line, index) =>
      index >= start && line.text.trim() !== ''
        ? [{ text: line.text.trim(), span: { from: index, to: index }, hints: {} }]
        : [],
    );
    // A cleaner that joins hard-wrapped lines may hand over one long paragraph: the reader goes
    // back to the source lines it spans.
    const joined: Paragraph[] = [
      {
        text: perLine.map((paragraph) => paragraph.text).join(' '),
        span: { from: start, to: doc.lines.length - 1 },
        hints: {},
      },
    ];
    const rows = (paragraphs: Paragraph[]) =>
      readAppendix(paragraphs, doc, context).tasks.map((task) => [task.content, task.leadText]);
    expect(rows(joined)).toEqual(rows(perLine));
    expect(rows(joined)).toHaveLength(SAMPLE_004_APPENDIX.length);
  });
});
