// Issue 10 acceptance: the large prose plan (five index blocks, four numbering levels, 159 printed
// tasks — general, per office, groups, requests, unstated fields) typed in through the API and
// downloaded as .docx; every heading number and task must come back intact, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { typographicQuotes } from '@domain/shared/typographic-quotes';
import type { PlanDetail } from '@contract/plans';
import {
  LARGE_PLAN_OFFICES,
  largeProsePlan,
  type LargePlanExpectedLine,
  type LargePlanFrameworkIds,
  type LargeProsePlan,
} from '@domain/plans/large-prose-plan.fixture';
import { buildOrganisation } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { buildFrameworkRow } from '../../../test/framework-factories';
import { buildDistrictFixture } from '../../../test/plan-fixtures';

let t: TestApp;
let source: LargeProsePlan;
let detail: PlanDetail;
let paragraphs: string[];

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  t = await createTestApp();
  const f = await buildDistrictFixture(t);
  const focal = await f.client(f.users.focal);
  const offices = new Map<string, string>();
  for (const name of Object.values(LARGE_PLAN_OFFICES)) {
    const office = await buildOrganisation(t.db, {
      tenantId: f.tenantId,
      parentId: f.commune.id,
      type: 'sub_unit',
      name,
    });
    offices.set(name, office.id);
  }
  // Five indices of 2025, each with areas 1–8 for the sections' node codes.
  const nodes = Array.from({ length: 8 }, (_, index) => ({
    code: String(index + 1),
    parentCode: null,
    name: `Lĩnh vực ${index + 1}`,
    maxPoints: 10,
  }));
  const frameworks = {} as LargePlanFrameworkIds;
  for (const key of ['par', 'papi', 'ddci', 'dti', 'sipas'] as const) {
    const row = await buildFrameworkRow(t.db, {
      tenantId: f.tenantId,
      ownerOrganisationId: f.province.id,
      code: `${key.toUpperCase()}-2025`,
      year: 2025,
      unitTypes: ['commune'],
      nodes,
    });
    frameworks[key] = row.id;
  }
  source = largeProsePlan({ frameworks, offices });

  const created = await focal.post('/api/plans', {
    organisationId: f.commune.id,
    year: 2025,
    title: source.content.title,
  });
  expect(created.statusCode, created.body).toBe(201);
  const { year: _y, number: _n, issuedOn: _d, sections, targets, ...content } = source.content;
  let version: number = created.json().version;
  const patched = await focal.patch(`/api/plans/${created.json().id}`, content, {
    'if-match': `"${version}"`,
  });
  expect(patched.statusCode, patched.body).toBe(200);
  version = patched.json().version;

  const planId: string = patched.json().id;
  const outline = await focal.request('PUT', `/api/plans/${planId}/outline`, {
    body: { sections },
    headers: { 'if-match': `"${version}"` },
  });
  expect(outline.statusCode, `outline ${outline.body}`).toBe(200);
  version = outline.json().version;
  const withTargets = await focal.patch(
    `/api/plans/${planId}`,
    { targets },
    { 'if-match': `"${version}"` },
  );
  expect(withTargets.statusCode, `targets ${withTargets.body}`).toBe(200);

  // One POST per task as the plan writes it: a group goes once, the server expands it per office.
  const postedGroups = new Set<string>();
  for (const task of source.tasks) {
    if (task.groupId !== null) {
      if (postedGroups.has(task.groupId)) continue;
      postedGroups.add(task.groupId);
    }
    const posted = await focal.post(`/api/plans/${planId}/tasks`, {
      sectionId: task.sectionId,
      kind: task.kind,
      content: task.content,
      leadOrganisationId: task.leadGroup ? null : task.leadOrganisationId,
      leadGroup: task.leadGroup,
      leadSuggestion: task.leadSuggestion,
      coordinatingNote: task.coordinatingNote,
      outputKind: task.outputKind,
      outputDescription: task.outputDescription,
      timeframeText: task.timeframeText,
    });
    expect(posted.statusCode, posted.body).toBe(201);
  }
  detail = (await focal.get(`/api/plans/${planId}`)).json();
  const docx = await focal.get(`/api/plans/${planId}/document.docx`);
  expect(docx.statusCode).toBe(200);
  const xml = await (
    await JSZip.loadAsync(docx.rawPayload)
  )
    .file('word/document.xml')!
    .async('string');
  paragraphs = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => decode(match[1]!))
      .join(''),
  );
}, 120_000);
afterAll(() => t.close());

/** The .docx prints straight quotes as “…” (issue 12), so the expected text is compared so too. */
function matches(text: string | undefined, line: LargePlanExpectedLine): boolean {
  if (text === undefined) return false;
  if (line.kind !== 'task') return text === typographicQuotes(line.text);
  const content = typographicQuotes(line.content);
  return [`- ${content}`, `+ ${content}`].some((start) => text.startsWith(start));
}

describe('the large prose plan through the API', () => {
  it('stores the section tree, the targets and one row per office of each group task', () => {
    expect(detail.content.sections).toHaveLength(source.content.sections.length);
    expect(detail.content.targets).toHaveLength(source.content.targets.length);
    expect(detail.content.appendixTable).toBe(false);
    expect(detail.tasks).toHaveLength(source.tasks.length);
    expect(detail.tasks.map((task) => [task.sectionId, task.kind, task.content])).toEqual(
      source.tasks.map((task) => [task.sectionId, task.kind, task.content]),
    );
  });

  it('downloads a .docx with every heading number, target and task of the source, in order', () => {
    const start = paragraphs.indexOf('II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP');
    const end = paragraphs.indexOf('III. TỔ CHỨC THỰC HIỆN');
    const printed = paragraphs.slice(start + 1, end);
    expect(printed).toHaveLength(source.expectedLines.length);
    const mismatches = source.expectedLines.flatMap((line, index) =>
      matches(printed[index], line) ? [] : [{ index, expected: line, printed: printed[index] }],
    );
    expect(mismatches).toEqual([]);
  });

  it('prints a group task once with its offices, a request with "Đề nghị", and nothing invented', () => {
    expect(
      paragraphs.filter((text) => text.startsWith('- Các cơ quan, đơn vị quán triệt')),
    ).toEqual([
      '- Các cơ quan, đơn vị quán triệt đến từng cán bộ, công chức ý nghĩa của các chỉ số PAR Index, PAPI, DDCI, DTI, SIPAS; xác định cải thiện các chỉ số là nhiệm vụ thường xuyên của cả hệ thống chính trị xã. Giao Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã chủ trì thực hiện. Thời gian: Quý I/2025.',
    ]);
    expect(paragraphs).toContain(
      '- Phát động thanh niên tham gia chuyển đổi số. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì thực hiện. Thời gian: Trong năm 2025.',
    );
    expect(paragraphs).toContain(
      '- Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND xã về kết quả các tiêu chí, chỉ số thành phần thuộc lĩnh vực được giao',
    );
    expect(paragraphs.join('\n')).not.toContain('Không nêu');
  });
});
