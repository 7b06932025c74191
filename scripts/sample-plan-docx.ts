// Writes sample 004 (Giao Long's 2024 reform plan) as a .docx, to look at the renderer's output.
// Usage: npx tsx scripts/sample-plan-docx.ts out.docx   (then: scripts/render-docx out.docx)
import { writeFile } from 'node:fs/promises';
import { buildPlanDocument } from '../src/domain/plans/plan-document';
import {
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from '../src/domain/plans/sample-004-appendix.fixture';
import { renderPlanDocx } from '../src/server/documents/plan-docx';

const outputPath = process.argv[2];
if (!outputPath) {
  console.error('Usage: npx tsx scripts/sample-plan-docx.ts <out.docx>');
  process.exit(1);
}
// Organisations named like the printed lead texts, so the appendix shows them as printed.
const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
const model = buildPlanDocument(sample004Content(), sample004Tasks(leadIds), names);
await writeFile(outputPath, await renderPlanDocx(model));
console.log(outputPath);
