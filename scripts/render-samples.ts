// Văn bản mẫu để xem: writes four generated documents of the demo's Đồng Tháp units as .docx —
// (a) an issued plan of a department (Văn phòng UBND tỉnh), (b) an issued plan of the former
// district (UBND huyện Lấp Vò), (c) a draft plan of Sở Nội vụ (marked DỰ THẢO), (d) a
// consolidated report of Sở Nội vụ's plan — with their headers filled as a new draft fills them
// (defaultPlanContent from the unit and its parent in the demo seed), then renders each through
// scripts/render-docx when LibreOffice is installed.
// Usage: npx tsx scripts/render-samples.ts [outdir]   (default /work/renders/12)
// Then: npx tsx scripts/measure-line-gaps.ts <outdir>/<name>.pdf
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPlanContent, type IssuingUnit } from '../src/domain/plans/plan-defaults';
import { buildPlanDocument } from '../src/domain/plans/plan-document';
import type { PlanContent } from '../src/domain/plans/plan';
import {
  SAMPLE_004_LEAD_TEXTS,
  sample004Content,
  sample004Tasks,
} from '../src/domain/plans/sample-004-appendix.fixture';
import {
  buildConsolidatedDocument,
  buildConsolidatedSections,
} from '../src/domain/reports/consolidated-report';
import { consolidatedFixture } from '../src/domain/reports/consolidated-report.fixture';
import { DEMO_TENANTS } from '../src/server/db/seed/demo-data';
import { renderPlanDocx } from '../src/server/documents/plan-docx';
import { renderReportDocx } from '../src/server/documents/report-docx';

const outdir = process.argv[2] ?? '/work/renders/12';
mkdirSync(outdir, { recursive: true });

const dongThap = DEMO_TENANTS.find((tenant) => tenant.code === 'DT')!;
/** The demo unit with `code` and its parent, as createDraft reads them. */
function unit(code: string): IssuingUnit {
  const found = dongThap.organisations.find((org) => org.code === code)!;
  const parent = dongThap.organisations.find((org) => org.code === found.parent);
  return {
    name: found.name,
    type: found.type,
    parent: parent ? { name: parent.name, type: parent.type } : null,
  };
}

const TITLE =
  'Khắc phục tồn tại, hạn chế qua kết quả Chỉ số cải cách hành chính năm 2023 và nâng cao Chỉ số năm 2024';

/** Sample 004's body text under the unit's header, issued on `issuedOn` with `number` or a draft. */
function planContent(code: string, number: string | null, issuedOn: string | null): PlanContent {
  const sample = sample004Content();
  const base = defaultPlanContent(unit(code), 2024, TITLE);
  return {
    ...base,
    number,
    issuedOn,
    purpose: sample.purpose,
    requirements: sample.requirements,
    implementation: sample.implementation,
    preamble:
      'Căn cứ kết quả Chỉ số cải cách hành chính năm 2023 được công bố tại Quyết định số 120/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh về "Chỉ số CCHC năm 2023", đơn vị xây dựng kế hoạch như sau:',
    recipients: ['Sở Nội vụ', 'Lưu: VT'],
    signature: { ...base.signature, signerName: 'Nguyễn Văn A' },
  };
}

const leadIds = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [text, `org-${index}`]));
const names = new Map(SAMPLE_004_LEAD_TEXTS.map((text, index) => [`org-${index}`, text]));
const tasks = sample004Tasks(leadIds);

const samples: { name: string; bytes: () => Promise<Buffer> }[] = [
  {
    name: 'a-department-plan',
    bytes: () =>
      renderPlanDocx(
        buildPlanDocument(planContent('DT.VP', '104', '2024-03-22'), tasks, names, new Map(), {
          draft: false,
        }),
      ),
  },
  {
    name: 'b-district-plan',
    bytes: () =>
      renderPlanDocx(
        buildPlanDocument(planContent('DT.LV', '45', '2024-03-22'), tasks, names, new Map(), {
          draft: false,
        }),
      ),
  },
  {
    name: 'c-draft-plan',
    bytes: () =>
      renderPlanDocx(
        buildPlanDocument(planContent('DT.SNV', null, null), tasks, names, new Map(), {
          draft: true,
        }),
      ),
  },
  {
    name: 'd-consolidated-report',
    bytes: () => {
      const input = consolidatedFixture();
      const content = { ...planContent('DT.SNV', '12', '2024-01-15'), targets: [] };
      const report = { ...input, plan: { content, documentNumber: '12/KH-SNV' } };
      return renderReportDocx(buildConsolidatedDocument(report, buildConsolidatedSections(report)));
    },
  },
];

for (const sample of samples) {
  const path = join(outdir, `${sample.name}.docx`);
  writeFileSync(path, await sample.bytes());
  try {
    execFileSync(join(import.meta.dirname, 'render-docx'), [path, outdir], { stdio: 'inherit' });
  } catch {
    console.log(`${path} written; rendering needs LibreOffice (scripts/render-docx).`);
  }
}
