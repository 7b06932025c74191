// Benchmark: reading plan documents into the SourceDocument (issue 11's readers). A ~150 KB .docx
// (the large prose plan rendered by our own .docx writer, then sample 004's appendix repeated) and
// a 30-page PDF with a text layer (pdf-lib, Liberation Serif), each read in this thread and through
// the bounded worker, against reading the same document's text as a .txt in the same run.
// Usage: npx tsx bench/plan-source.ts [-- --runs 5 --pages 30 --tasks 2000]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildPlanDocument } from '../src/domain/plans/plan-document';
import type { PlanTask } from '../src/domain/plans/plan';
import {
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from '../src/domain/plans/sample-004-appendix.fixture';
import { renderPlanDocx } from '../src/server/documents/plan-docx';
import { parsePlanSource } from '../src/server/documents/plan-source/parse-plan-source';
import {
  planSourceReaderStats,
  readPlanSource,
  stopIdlePlanSourceWorkers,
} from '../src/server/documents/plan-source/read-plan-source';
import { drawText, pdfWithFonts } from '../test/pdf-fixtures';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: '30' },
    tasks: { type: 'string', default: '2000' },
  },
});
const runs = Number(values.runs);
const pageCount = Number(values.pages);
const taskCount = Number(values.tasks);

/** Median milliseconds of `runs` calls, after one warm-up call. */
async function medianMs(work: () => Promise<unknown>): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1).replace('.', ',')} ms`.padStart(11);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function report(label: string, bytes: Buffer, name: string) {
  const source = await parsePlanSource(bytes, name);
  const text = Buffer.from(source.lines.map((line) => line.text).join('\n'));
  const baseline = await medianMs(() => parsePlanSource(text, 'same.txt'));
  const inThread = await medianMs(() => parsePlanSource(bytes, name));
  const inWorker = await medianMs(() => readPlanSource(bytes, name));
  console.log(
    `\n${label}: ${kb(bytes.length)}, ${source.lines.length} lines, ${source.tables.length} tables; median of ${runs} runs after a warm-up`,
  );
  console.log(`its text as .txt (baseline)  ${ms(baseline)}   (${kb(text.length)} of text)`);
  console.log(
    `parsePlanSource, this thread ${ms(inThread)}   ratio ${(inThread / baseline).toFixed(0)}`,
  );
  console.log(
    `readPlanSource, worker       ${ms(inWorker)}   ratio ${(inWorker / baseline).toFixed(0)}`,
  );
}

// A long commune plan as .docx: sample 004's appendix rows repeated over several areas.
const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
const sampleTasks = sample004Tasks(leadIds);
const tasks: PlanTask[] = Array.from({ length: taskCount }, (_, index) => {
  const task = sampleTasks[index % sampleTasks.length]!;
  return { ...task, area: `${task.area} (${(index % 7) + 1})` };
});
const docx = await renderPlanDocx(buildPlanDocument(sample004Content(), tasks, names));
await report(`.docx plan of ${taskCount} appendix tasks`, docx, 'ke-hoach.docx');

// A 30-page PDF: 40 lines a page, a bold heading every 10 lines, page numbers on top.
const { pdf, regular, bold } = await pdfWithFonts();
for (let number = 1; number <= pageCount; number++) {
  const page = pdf.addPage([595, 842]);
  drawText(page, String(number), 293, 40, regular, 12);
  for (let row = 0; row < 40; row++)
    drawText(
      page,
      row % 10 === 0
        ? `${number}.${row / 10 + 1}. Cải cách thủ tục hành chính, nâng cao chất lượng phục vụ`
        : `- Ủy ban nhân dân xã chủ trì, phối hợp các ngành rà soát thủ tục thuộc lĩnh vực ${row}.`,
      row % 10 === 0 ? 85 : 100,
      70 + row * 18,
      row % 10 === 0 ? bold : regular,
    );
}
await report(`${pageCount}-page .pdf`, Buffer.from(await pdf.save()), 'ke-hoach.pdf');
console.log(
  `\nworker heap at most ${(planSourceReaderStats.maxWorkerHeapBytes / 1024 / 1024).toFixed(0)} MB (bound 512 MB)`,
);
await stopIdlePlanSourceWorkers();
