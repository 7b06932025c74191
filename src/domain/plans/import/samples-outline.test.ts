// The three published samples through the whole reading (readPlanDocument): sample 002's prose
// tasks scored field by field against a table typed by hand from the document, and the section
// trees of 000, 002 and 004. Written to hold whether or not the cleaner has joined hard wraps.
import { describe, expect, it } from 'vitest';
import { SAMPLE_002_AREAS } from '../../results/sample-002.fixture';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import { SAMPLE_000_TEXT } from './fixtures/sample-000.fixture';
import { SAMPLE_002_TEXT } from './fixtures/sample-002.fixture';
import { SAMPLE_004_TEXT } from './fixtures/sample-004.fixture';
import type { ImportContext, ImportFramework, ImportedTask } from './imported-plan';
import { unitsNamed } from './outline.test-helper';
import { readPlanDocument } from './read-plan-document';
import { plainTextDocument } from './source-document';

const OFFICE = 'Phòng Tổ chức - Hành chính - Quản trị';
const INFO = 'Trung tâm Thông tin';
const SERVICE = 'Trung tâm Phục vụ Hành chính công';
const ALL = 'Các phòng, ban, đơn vị';

/** Sample 002's tasks as printed (1.2.1–1.2.7 and 2.2): content start, leads, coordinating, timeframe. */
const EXPECTED_002: readonly { section: string; content: string; leads: string[]; coordinating: string }[] = [
  { section: '1.2.1.', content: 'Tiếp tục nâng cao trách nhiệm của người đứng đầu', leads: [OFFICE, INFO], coordinating: `${ALL} trực thuộc Văn phòng` },
  { section: '1.2.2.', content: 'Thực hiện đúng các quy định của pháp luật về ban hành văn bản', leads: [OFFICE], coordinating: ALL },
  { section: '1.2.3.', content: 'Tiếp tục thực hiện Nghị quyết số 19', leads: [OFFICE], coordinating: 'Các đơn vị sự nghiệp trực thuộc Văn phòng' },
  { section: '1.2.4.', content: 'Triển khai thực hiện hiện tốt Chỉ thị số 26/CT-TTg', leads: [OFFICE, INFO], coordinating: ALL },
  { section: '1.2.5.', content: 'Thực hiện nghiêm túc chương trình thực hành tiết kiệm, chống lãng phí', leads: [OFFICE], coordinating: ALL },
  { section: '1.2.6.', content: 'Nâng cao tinh thần trách nhiệm của công chức', leads: [OFFICE], coordinating: ALL },
  { section: '1.2.7.', content: 'Đẩy mạnh tuyên truyền các chủ trương, chính sách của Đảng', leads: [INFO, SERVICE], coordinating: ALL },
  { section: '2.2.', content: 'Tiếp tục đẩy mạnh thông tin, tuyên truyền về thủ tục hành chính', leads: [INFO, SERVICE], coordinating: ALL },
]; // prettier-ignore

const SAMPLE_002_FRAMEWORK: ImportFramework = {
  id: 'fw-002',
  indexKind: 'par_index',
  name: 'PAR-VP-2023',
  year: 2023,
  nodes: SAMPLE_002_AREAS.map((area) => ({ code: area.code, name: area.name, parentCode: null })),
};

const context = (units: string[] = [], frameworks: ImportFramework[] = []): ImportContext => ({
  issuerOrganisationId: 'issuer',
  year: 2024,
  units: unitsNamed(...units),
  frameworks,
  overrides: [],
});

const names = (text: string) =>
  text
    .split(/[;,]/)
    .map((name) => foldVietnamese(name))
    .filter((name) => name !== '')
    .sort();

function leadIds(task: ImportedTask): string[] {
  if (task.leadOrganisationId) return [task.leadOrganisationId];
  return task.leadGroup?.kind === 'units' ? [...task.leadGroup.organisationIds].sort() : [];
}

function treeOf(text: string, ctx = context()) {
  const plan = readPlanDocument(plainTextDocument(text), ctx);
  const labels = new Map(
    plan.content.sections.map((section) => [section.id, plan.sectionLabels[section.id]]),
  );
  return {
    plan,
    shape: plan.content.sections.map(
      (section) =>
        `${section.parentId ? `${labels.get(section.parentId)} > ` : ''}${plan.sectionLabels[section.id]} ${section.heading}`,
    ),
  };
}

describe('sample 002 (prose tasks with "+ Đơn vị chủ trì thực hiện:" lines)', () => {
  const ctx = context([OFFICE, INFO, SERVICE], [SAMPLE_002_FRAMEWORK]);
  const plan = readPlanDocument(plainTextDocument(SAMPLE_002_TEXT), ctx);

  it('reads 8 tasks with their content, leads, coordinating units and timeframe (≥ 95 % per field)', () => {
    const fields = { content: 0, lead: 0, coordinating: 0, timeframe: 0, section: 0 };
    EXPECTED_002.forEach((expected, index) => {
      const task = plan.tasks[index];
      if (!task) return;
      if (task.content.startsWith(expected.content)) fields.content += 1;
      const idsRight =
        JSON.stringify(leadIds(task)) ===
        JSON.stringify(expected.leads.map((name) => `u:${name}`).sort());
      if (
        idsRight &&
        JSON.stringify(names(task.leadText)) === JSON.stringify(names(expected.leads.join(';')))
      )
        fields.lead += 1;
      if (foldVietnamese(task.coordinatingText) === foldVietnamese(expected.coordinating))
        fields.coordinating += 1;
      if (
        task.timeframeText === 'Thường xuyên' &&
        !task.provenance.flags.includes('timeframe_unread')
      )
        fields.timeframe += 1;
      if (task.sectionId && plan.sectionLabels[task.sectionId] === expected.section)
        fields.section += 1;
    });
    const scores = Object.fromEntries(
      Object.entries(fields).map(([field, right]) => [
        field,
        Math.round((right / EXPECTED_002.length) * 1000) / 10,
      ]),
    );
    console.log(
      'sample 002 prose tasks, % right per field:',
      scores,
      `(${plan.tasks.length} tasks read)`,
    );
    expect(plan.tasks).toHaveLength(8);
    for (const score of Object.values(scores)) expect(score).toBeGreaterThanOrEqual(95);
  });

  it('keeps "Tồn tại" in the sections and gives each task its provenance', () => {
    const section = plan.content.sections.find((item) => plan.sectionLabels[item.id] === '1.2.2.')!;
    expect(section.body).toMatch(/^- Tồn tại: Chất lượng VBQPPL/);
    expect(section.body).not.toContain('Đơn vị chủ trì');
    for (const task of plan.tasks) {
      expect(task.origin).toBe('prose');
      expect(task.provenance.source.length).toBeGreaterThan(0);
      expect(task.provenance.confidence).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('reads its tree, indices and the PAR areas the headings name', () => {
    const { shape } = treeOf(SAMPLE_002_TEXT, ctx);
    expect(shape).toEqual([
      'II. NỘI DUNG',
      'II. > 1. Chỉ số Cải cách hành chính',
      '1. > 1.1. Kết quả đánh giá',
      '1. > 1.2. Nhiệm vụ, giải pháp khắc phục tồn tại, hạn chế',
      '1.2. > 1.2.1. Công tác chỉ đạo điều hành cải cách hành chính',
      '1.2. > 1.2.2. Cải cách thể chế',
      '1.2. > 1.2.3. Tổ chức bộ máy hành chính',
      '1.2. > 1.2.4. Cải cách công vụ',
      '1.2. > 1.2.5. Cải cách tài chính công',
      '1.2. > 1.2.6. Xây dựng chính quyền điện tử, chính quyền số',
      '1.2. > 1.2.7. Tác động của CCHC đến người dân, tổ chức',
      'II. > 2. Chỉ số hài lòng về sự phục vụ hành chính',
      '2. > 2.1. Kết quả đánh giá',
      '2. > 2.2. Nhiệm vụ, giải pháp nâng cao',
    ]);
    const byLabel = (label: string) =>
      plan.content.sections.find((section) => plan.sectionLabels[section.id] === label)!;
    expect(byLabel('1.').frameworkId).toBe('fw-002');
    expect(
      ['1.2.1.', '1.2.2.', '1.2.3.', '1.2.4.', '1.2.5.', '1.2.6.', '1.2.7.'].map(
        (label) => byLabel(label).nodeCode,
      ),
    ).toEqual(['1', '2', '4', '5', '6', '7', '8']);
    expect(plan.sectionIndexKinds[byLabel('2.2.').id]).toBe('sipas');
    expect(plan.tasks[2]!.nodeLinks).toEqual([{ frameworkId: 'fw-002', code: '4' }]);
    expect(plan.content.purpose).toMatch(/^- Khắc phục tồn tại, hạn chế/);
    expect(plan.content.requirements).toMatch(/^- Việc thực hiện các nhiệm vụ phải đồng bộ/);
    expect(plan.content.implementation).toMatch(
      /^1\. Giao phòng Tổ chức - Hành chính - Quản trị: theo dõi/,
    );
  });
});

describe('sample 000 (district plan: I. purpose, II. content 1.–7., III. implementation)', () => {
  it('reads II. with its seven areas as the sections, I. as purpose with its targets, III. as implementation', () => {
    const { shape, plan } = treeOf(SAMPLE_000_TEXT);
    expect(shape).toEqual([
      'II. NỘI DUNG THỰC HIỆN',
      'II. > 1. Công tác chỉ đạo, điều hành CCHC',
      'II. > 2. Cải cách thể chế',
      'II. > 3. Cải cách TTHC',
      'II. > 4. Cải cách tổ chức bộ máy',
      'II. > 5. Cải cách chế độ công vụ',
      'II. > 6. Cải cách tài chính công',
      'II. > 7. Xây dựng chính quyền điện tử, chính quyền số',
    ]);
    expect(plan.content.purpose).toMatch(/^- Cải thiện những tiêu chí/);
    expect(plan.content.targets.some((target) => target.value === 85 && target.unit === '%')).toBe(
      true,
    );
    expect(plan.content.implementation).toMatch(/^1\. Thủ trưởng các cơ quan chuyên môn/);
    expect(plan.content.implementation).toContain('+ Báo cáo Quý 1 vào ngày 15/3/2024');
  });
});

describe('sample 004 (commune plan: III. 1.–7., IV. pointing at the appendix)', () => {
  it('reads III. with its seven areas and IV.; II. is the targets, V. the implementation', () => {
    const { shape, plan } = treeOf(SAMPLE_004_TEXT);
    expect(shape).toEqual([
      'III. NHIỆM VỤ TRỌNG TÂM',
      'III. > 1. Về công tác chỉ đạo, điều hành CCHC',
      'III. > 2. Về cải cách thể chế',
      'III. > 3. Về cải cách thủ tục hành chính',
      'III. > 4. Về cải cách tổ chức bộ máy hành chính',
      'III. > 5. Cải cách chế độ công vụ',
      'III. > 6. Về cải cách tài chính công',
      'III. > 7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      'IV. NHIỆM VỤ CỤ THỂ',
    ]);
    expect(plan.content.purpose).toMatch(/^Xây dựng nền hành chính dân chủ/);
    expect(plan.content.requirements).toMatch(/^Triển khai có hiệu quả công tác CCHC năm 2024/);
    expect(plan.content.targets.some((target) => target.value === 98 && target.unit === '%')).toBe(
      true,
    );
    expect(plan.content.implementation).toContain('2. Phân công tổ chức thực hiện');
    expect(plan.content.implementation).toContain(
      'a) Công chức Văn phòng- Thống kê (phụ trách Văn phòng, trực Một cửa )',
    );
  });
});
