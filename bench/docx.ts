// Benchmark: rendering a 200-task plan (sample 004's rows repeated over seven areas) to .docx,
// against packing a one-paragraph .docx in the same run (the fixed cost of docx + zip), then
// writing a 10,000-task .xlsx streamed against the in-memory shared writer (writeXlsxTable), and
// the large prose plan (159 tasks under a four-level section tree) padded past 150 KB of text.
// Goal: the plan renders in < 0,5 s. Usage: npm run bench:docx [-- --runs 10 --rows 10000]
import { Document, Packer, Paragraph } from 'docx';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildPlanDocument } from '../src/domain/plans/plan-document';
import type { PlanTask } from '../src/domain/plans/plan';
import {
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from '../src/domain/plans/sample-004-appendix.fixture';
import { LARGE_PLAN_OFFICES, largeProsePlan } from '../src/domain/plans/large-prose-plan.fixture';
import { renderPlanDocx } from '../src/server/documents/plan-docx';
import {
  writePlanTasksWorkbook,
  type PlanTaskSheetRow,
} from '../src/server/documents/plan-tasks-xlsx';
import { writeXlsxTable } from '../src/server/documents/xlsx-writer';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    tasks: { type: 'string', default: '200' },
    rows: { type: 'string', default: '10000' },
  },
});
const runs = Number(values.runs);
const taskCount = Number(values.tasks);
const rowCount = Number(values.rows);

/** Median milliseconds of `runs` calls, after one warm-up call. */
async function medianMs(work: () => Promise<unknown>, times = runs): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1).replace('.', ',')} ms`.padStart(11);

const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
const sampleTasks = sample004Tasks(leadIds);
const tasks: PlanTask[] = Array.from({ length: taskCount }, (_, index) => {
  const task = sampleTasks[index % sampleTasks.length]!;
  return { ...task, area: `${task.area} (${(index % 7) + 1})` };
});
const model = buildPlanDocument(sample004Content(), tasks, names);

const onePageDocx = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kế hoạch')] }] }));
const baseline = await medianMs(onePageDocx);
const plan = await medianMs(() => renderPlanDocx(model));
const bytes = (await renderPlanDocx(model)).length;
console.log(
  `plan of ${taskCount} tasks, ${(bytes / 1024).toFixed(0)} KB .docx; median of ${runs} runs after a warm-up`,
);
console.log(`one-paragraph .docx (baseline) ${ms(baseline)}`);
console.log(
  `renderPlanDocx                 ${ms(plan)}   goal < 0,5 s: ${plan < 500 ? 'met' : 'MISSED'}`,
);
console.log(`ratio plan / baseline: ${(plan / baseline).toFixed(1)}`);

// The large prose plan, each section given a paragraph of context so the text passes 150 KB.
const prose = largeProsePlan();
const context =
  'Bối cảnh và kết quả năm trước: các tiêu chí thuộc lĩnh vực này đã được rà soát, đánh giá; những nội dung còn hạn chế được xác định nguyên nhân, trách nhiệm và giải pháp khắc phục trong năm. ';
const proseContent = {
  ...prose.content,
  sections: prose.content.sections.map((section) => ({
    ...section,
    body: `${section.body}\n${context.repeat(9)}`.trim(),
  })),
};
const proseKb =
  Buffer.byteLength(JSON.stringify(proseContent) + JSON.stringify(prose.tasks)) / 1024;
const proseNames = new Map(Object.values(LARGE_PLAN_OFFICES).map((name) => [`org:${name}`, name]));
const proseModel = () => buildPlanDocument(proseContent, prose.tasks, proseNames);
const proseMs = await medianMs(() => renderPlanDocx(proseModel()));
console.log(
  `\nlarge prose plan: ${prose.sourceTasks.length} tasks, ${proseContent.sections.length} sections, ${proseKb.toFixed(0)} KB of content; layout + render ${ms(proseMs)}   goal < 0,5 s: ${proseMs < 500 ? 'met' : 'MISSED'}`,
);
console.log(`ratio prose plan / baseline: ${(proseMs / baseline).toFixed(1)}`);

const sheetRows: PlanTaskSheetRow[] = Array.from({ length: rowCount }, (_, index) => {
  const row = model.appendix!.rows.find((each) => each.kind === 'task')!;
  if (row.kind !== 'task') throw new Error('no task row');
  return {
    stt: String(index + 1),
    section: 'II. Cải cách thể chế',
    area: tasks[index % tasks.length]!.area,
    content: row.content,
    solution: 'Rà soát, đôn đốc theo quý',
    output: row.output,
    timeframe: 'Quý I, II, III, IV/2024',
    dueDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
    lead: row.lead,
    coordinating: row.coordinating,
    criteria: '2.1.3',
    pointsAtStake: 0.75,
    kind: 'Giao',
    status: 'Chưa thực hiện',
    note: '',
  };
});
const xlsxRuns = Math.max(1, Math.min(runs, 3));
const streamed = await medianMs(() => writePlanTasksWorkbook(sheetRows), xlsxRuns);
const inMemory = await medianMs(
  () =>
    writeXlsxTable({
      sheetName: 'Nhiệm vụ',
      columns: Object.keys(sheetRows[0]!).map((key) => ({
        header: key,
        kind: key === 'pointsAtStake' ? ('number' as const) : ('text' as const),
        value: (row: PlanTaskSheetRow) => {
          const value = row[key as keyof PlanTaskSheetRow];
          return Array.isArray(value) ? value.join('; ') : (value as string | number | null);
        },
      })),
      items: sheetRows,
    }),
  xlsxRuns,
);
console.log(`\n${rowCount} tasks to .xlsx; median of ${xlsxRuns} runs after a warm-up`);
console.log(`writeXlsxTable, in memory (baseline) ${ms(inMemory)}`);
console.log(`writePlanTasksWorkbook, streamed     ${ms(streamed)}`);
console.log(`ratio streamed / in memory: ${(streamed / inMemory).toFixed(2)}`);
