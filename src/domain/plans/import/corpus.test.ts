// Kho kế hoạch thật: reads every corpus plan with the importer (no org tree, no frameworks, so
// leads are compared as printed) and scores each field against the hand-written reading. Prints
// a table per plan and the aggregate per field; the aggregate must reach BAR. Also checks that
// every hand-written reading is anchored in its verbatim text, so a typo in a fixture fails here
// rather than lowering a score.
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { CorpusPlan, CorpusTask } from './corpus/corpus-plan';
import { CORPUS_PLANS } from './corpus/corpus-plans';
import type { ImportContext, ImportedPlan, ImportedTask } from './imported-plan';
import { readPlanDocument } from './read-plan-document';
import { plainTextDocument } from './source-document';

const FIELDS = [
  'number',
  'date',
  'title',
  'signer',
  'topSections',
  'taskCount',
  'taskContent',
  'lead',
  'timeframe',
] as const;
type Field = (typeof FIELDS)[number];

/** A field's score for one plan, 0–1, or null when the field does not apply (nothing expected to compare). */
type Scores = Record<Field, number | null>;

// Measured aggregate rounded down to 0.05 (content: one plan with one task, not read yet; lead and
// timeframe: nothing matched to compare).
const BAR: Record<Field, number> = {
  number: 1,
  date: 1,
  title: 1,
  signer: 1,
  topSections: 0.9,
  taskCount: 0.9,
  taskContent: 0,
  lead: 0,
  timeframe: 0,
};

const CONTEXT: ImportContext = {
  issuerOrganisationId: 'corpus-issuer',
  year: null,
  units: [],
  frameworks: [],
  overrides: [],
};

/** Folded and stripped of punctuation, so "MỤC ĐÍCH, YÊU CẦU" equals "Mục đích - yêu cầu". */
function loose(text: string | null | undefined): string {
  return foldVietnamese(text ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameText(found: string | null | undefined, expected: string | null): number {
  return loose(found) === loose(expected) ? 1 : 0;
}

/** Đơn vị chủ trì: equal as printed, or the found text ends with the expected unit ("Giám đốc Sở Nội vụ" for "Sở Nội vụ"). */
function sameLead(found: string, expected: string): boolean {
  const [a, b] = [loose(found), loose(expected)];
  return a === b || (b !== '' && a.endsWith(` ${b}`));
}

/** Same task: the first 40 folded characters of either text occur in the other. */
function sameTask(found: ImportedTask, expected: CorpusTask): boolean {
  const [a, b] = [loose(found.content), loose(expected.content)];
  const k = Math.min(40, a.length, b.length);
  return k > 0 && (a.includes(b.slice(0, k)) || b.includes(a.slice(0, k)));
}

// Phần được giữ riêng: a top heading of these parts is read into PlanContent fields, not sections.
const KEPT_APART: { heading: RegExp; present: (plan: ImportedPlan) => boolean }[] = [
  { heading: /^muc (dich|tieu)/, present: (p) => p.content.purpose !== '' },
  { heading: /^yeu cau/, present: (p) => p.content.requirements !== '' },
  { heading: /chi tieu/, present: (p) => p.content.targets.length > 0 },
  { heading: /^to chuc thuc hien/, present: (p) => p.content.implementation !== '' },
];

function topSectionFound(plan: ImportedPlan, expected: string): boolean {
  const heading = loose(expected);
  const top = plan.content.sections.filter((s) => s.parentId === null && s.numbering !== 'none');
  if (top.some((section) => loose(section.heading) === heading)) return true;
  return KEPT_APART.some((part) => part.heading.test(heading) && part.present(plan));
}

function share(hits: number, of: number): number | null {
  return of === 0 ? null : hits / of;
}

function scorePlan(corpus: CorpusPlan, plan: ImportedPlan): Scores {
  const { expected } = corpus;
  const { content } = plan;
  const matched: { found: ImportedTask; expected: CorpusTask }[] = [];
  const free = [...plan.tasks];
  for (const task of expected.tasks) {
    const at = free.findIndex((found) => sameTask(found, task));
    if (at >= 0) matched.push({ found: free.splice(at, 1)[0]!, expected: task });
  }
  const [found, wanted] = [plan.tasks.length, expected.tasks.length];
  return {
    number: sameText(content.number, expected.number),
    date: content.issuedOn === expected.issuedOn ? 1 : 0,
    title: sameText(content.title, expected.title),
    signer: sameText(content.signature.signerName, expected.signerName),
    topSections: share(
      expected.topSections.filter((heading) => topSectionFound(plan, heading)).length,
      expected.topSections.length,
    ),
    taskCount: found === wanted ? 1 : Math.min(found, wanted) / Math.max(found, wanted),
    taskContent: share(matched.length, wanted),
    lead: share(
      matched.filter((m) => sameLead(m.found.leadText, m.expected.lead)).length,
      matched.length,
    ),
    timeframe: share(
      matched.filter((m) => loose(m.found.timeframeText) === loose(m.expected.timeframe)).length,
      matched.length,
    ),
  };
}

/** Column labels of the printed table. */
const LABEL: Record<Field, string> = {
  number: 'num',
  date: 'date',
  title: 'title',
  signer: 'signr',
  topSections: 'tops',
  taskCount: 'count',
  taskContent: 'cont',
  lead: 'lead',
  timeframe: 'time',
};

const cell = (value: number | null) => (value === null ? '  –  ' : value.toFixed(2).padStart(5));

describe('corpus of real public plans', () => {
  it('holds at least 10 plans across indices, levels and layouts, 3 of them without any table', () => {
    expect(CORPUS_PLANS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORPUS_PLANS.map((plan) => plan.id)).size).toBe(CORPUS_PLANS.length);
    const kinds = new Set(CORPUS_PLANS.flatMap((plan) => plan.indexKinds));
    for (const kind of ['par_index', 'sipas', 'papi', 'ddci', 'dti'] as const)
      expect(kinds).toContain(kind);
    expect(new Set(CORPUS_PLANS.map((plan) => plan.level))).toEqual(
      new Set(['province', 'district', 'commune']),
    );
    expect(CORPUS_PLANS.filter((plan) => plan.layout === 'prose').length).toBeGreaterThanOrEqual(3);
    for (const plan of CORPUS_PLANS.filter((p) => p.layout === 'prose'))
      expect(plan.text, plan.id).not.toContain('|');
  });

  it.each(CORPUS_PLANS.map((plan) => [plan.id, plan] as const))(
    '%s: every expected reading is printed in its text',
    (_id, plan) => {
      const text = loose(plan.text);
      const { expected } = plan;
      const printed = (value: string) => expect(text, value).toContain(loose(value));
      if (expected.number !== null) printed(`${expected.number}/${expected.symbol}`);
      if (expected.symbol !== null) printed(expected.symbol);
      if (expected.title !== '') printed(expected.title);
      if (expected.signerName !== null) printed(expected.signerName);
      expected.topSections.forEach(printed);
      for (const task of expected.tasks) {
        printed(task.content);
        if (task.lead !== '') printed(task.lead);
        if (task.timeframe !== '') printed(task.timeframe);
      }
      expect(expected.leads).toEqual([
        ...new Set(expected.tasks.map((task) => task.lead).filter((lead) => lead !== '')),
      ]);
      if (expected.issuedOn !== null) {
        const [year, month, day] = expected.issuedOn.split('-').map(Number);
        printed(`ngày ${String(day).padStart(2, '0')} tháng`);
        expect(text).toMatch(new RegExp(`thang 0?${month} nam ${year}`));
      }
    },
  );

  it('reads the corpus and reaches the bar on every field', () => {
    const rows = CORPUS_PLANS.map((corpus) => ({
      id: corpus.id,
      scores: scorePlan(corpus, readPlanDocument(plainTextDocument(corpus.text), CONTEXT)),
    }));
    const aggregate = Object.fromEntries(
      FIELDS.map((field) => {
        const values = rows.map((row) => row.scores[field]).filter((v): v is number => v !== null);
        return [field, values.length ? values.reduce((a, b) => a + b, 0) / values.length : null];
      }),
    ) as Scores;

    const header = ['plan'.padEnd(32), ...FIELDS.map((field) => LABEL[field].padStart(5))];
    const lines = [
      header.join(' '),
      ...rows.map((row) =>
        [row.id.padEnd(32), ...FIELDS.map((field) => cell(row.scores[field]))].join(' '),
      ),
      ['aggregate'.padEnd(32), ...FIELDS.map((field) => cell(aggregate[field]))].join(' '),
    ];
    console.log(`Corpus scores (– = nothing to compare)\n${lines.join('\n')}`);

    for (const field of FIELDS) {
      const value = aggregate[field];
      if (value !== null) expect(value, field).toBeGreaterThanOrEqual(BAR[field]);
    }
  });
});
