// Benchmark: a ~150 KB plan document read into a draft — readPlanSource (the file's text into
// lines) + readPlanDocument (the structure, units and timeframes) + importTotals — against reading
// the same file's text alone (readPlanSource) in the same run. Prints the median time of each,
// the heap used a reading leaves behind (after a GC when node runs with --expose-gc) and the
// process's peak RSS after each phase, and the ratio. The plan is composed from the three sample
// texts, in two shapes: a long body (prose tasks and sections) and a long appendix table (sample
// 004's rows printed again until the size), as the large plans the background job reads are.
// Usage: npm run bench:plan-import [-- --runs 10 --kb 150]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SAMPLE_000_TEXT } from '../src/domain/plans/import/fixtures/sample-000.fixture';
import { SAMPLE_002_TEXT } from '../src/domain/plans/import/fixtures/sample-002.fixture';
import { SAMPLE_004_TEXT } from '../src/domain/plans/import/fixtures/sample-004.fixture';
import type { ImportContext, ImportUnit } from '../src/domain/plans/import/imported-plan';
import { importTotals } from '../src/domain/plans/import/import-totals';
import { readPlanDocument } from '../src/domain/plans/import/read-plan-document';
import { buildSample000ExcerptFramework } from '../src/domain/results/sample-000.fixture';
import { readPlanSource } from '../src/server/documents/plan-source/read-plan-source';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    kb: { type: 'string', default: '150' },
  },
});
const runs = Number(values.runs);
const targetBytes = Number(values.kb) * 1024;

/** The part of `text` from `from` (inclusive) to `to` (exclusive), both found or the ends. */
function between(text: string, from: string | null, to: string | null): string {
  const start = from === null ? 0 : text.indexOf(from);
  const end = to === null ? text.length : text.indexOf(to, start + 1);
  if (start < 0 || end < 0) throw new Error(`sample text lacks ${from} … ${to}`);
  return text.slice(start, end);
}

/** A long-body plan: 000's header and opening, the bodies of 002 and 004 until the size, 000's closing and appendix. */
function proseHeavy(): Buffer {
  const opening = between(SAMPLE_000_TEXT, null, 'Nơi nhận');
  const closing = between(SAMPLE_000_TEXT, 'Nơi nhận', null);
  const bodies = [
    between(SAMPLE_002_TEXT, 'II. NỘI DUNG', 'Nơi nhận'),
    between(SAMPLE_004_TEXT, 'II.', 'Nơi nhận'),
  ];
  const parts = [opening];
  let bytes = Buffer.byteLength(opening) + Buffer.byteLength(closing);
  for (let index = 0; bytes < targetBytes; index++) {
    const body = bodies[index % bodies.length]!;
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  parts.push(closing);
  return Buffer.from(parts.join(''));
}

/** A long-table plan: sample 004 whole, its appendix table's rows (groups I–VII) printed again until the size, as a 300-task commune appendix runs over pages. */
function tableHeavy(): Buffer {
  const rows = between(SAMPLE_004_TEXT, 'I Công tác chỉ đạo, điều hành về CCHC', null);
  const parts = [SAMPLE_004_TEXT];
  let bytes = Buffer.byteLength(SAMPLE_004_TEXT);
  while (bytes < targetBytes) {
    parts.push(rows);
    bytes += Buffer.byteLength(rows);
  }
  return Buffer.from(parts.join('\n'));
}

// The district of sample 000 with its offices and communes, and the sample's framework excerpt.
const unit = (id: string, name: string, type: ImportUnit['type'], parentId: string | null) => ({
  id,
  code: id,
  name,
  type,
  parentId,
  validFrom: '2020-01-01',
  validTo: null,
});
const units: ImportUnit[] = [
  unit('root', 'Tỉnh Đồng Tháp', 'province', null),
  unit('lv', 'Huyện Lấp Vò', 'district', 'root'),
  ...[
    'Phòng Nội vụ',
    'Phòng Tư pháp',
    'Phòng Tài chính - Kế hoạch',
    'Phòng Văn hóa và Thông tin',
    'Văn phòng HĐND và UBND',
    'Trung tâm Tin học',
  ].map((name, index) => unit(`p${index}`, name, 'sub_unit', 'lv')),
  ...Array.from({ length: 13 }, (_, index) =>
    unit(`x${index}`, `Xã ${index + 1}`, 'commune', 'lv'),
  ),
];
const framework = buildSample000ExcerptFramework();
const context: ImportContext = {
  issuerOrganisationId: 'lv',
  year: 2024,
  units,
  frameworks: [
    {
      id: 'fw',
      indexKind: framework.indexKind,
      name: framework.name,
      year: framework.year,
      nodes: framework.nodes.map((node) => ({
        code: node.code,
        parentCode: node.parentCode,
        name: node.name,
      })),
    },
  ],
  overrides: [],
};

const gc = (globalThis as { gc?: () => void }).gc;

/** Median milliseconds of `runs` calls after a warm-up, and the heap one call leaves behind. */
async function measure(work: () => Promise<unknown>) {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = await work(); // held until after the reading, so what it built is counted
  const after = process.memoryUsage().heapUsed;
  void kept;
  return {
    ms: samples[Math.floor(samples.length / 2)]!,
    heapMb: (after - before) / 1024 / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const vi = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');
for (const [name, file] of [
  ['long body (samples 000 + 002/004 bodies)', proseHeavy()],
  ['long appendix table (sample 004, rows repeated)', tableHeavy()],
] as const) {
  const textOnly = () => readPlanSource(file, 'ke-hoach-lon.txt');
  const toDraft = async () => {
    const source = await readPlanSource(file, 'ke-hoach-lon.txt');
    const plan = readPlanDocument(source, context);
    return { plan, totals: importTotals(plan) };
  };
  const text = await measure(textOnly);
  const draft = await measure(toDraft);
  const { plan, totals } = await toDraft();
  const lines = (await textOnly()).lines.length;
  console.log(
    `\n${name}: ${vi(file.length / 1024, 0)} KB, ${lines} lines; median of ${runs} runs after a warm-up${gc ? '' : ' (run with --expose-gc for steadier heap figures)'}`,
  );
  console.log(
    `read: ${totals.sections} sections, ${totals.tasks} tasks, ${plan.content.targets.length} targets, ${totals.timeframesRead}/${totals.timeframesStated} timeframes read, ${totals.unitsMatched}/${totals.unitsRead} units matched`,
  );
  console.log(
    `readPlanSource (text alone, baseline)   ${vi(text.ms).padStart(8)} ms   heap +${vi(text.heapMb)} MB   peak RSS ${vi(text.peakRssMb, 0)} MB`,
  );
  console.log(
    `… + readPlanDocument + importTotals     ${vi(draft.ms).padStart(8)} ms   heap +${vi(draft.heapMb)} MB   peak RSS ${vi(draft.peakRssMb, 0)} MB`,
  );
  console.log(`ratio draft / text alone: ${vi(draft.ms / text.ms)}`);
}
