// Migration 0009 rewrites plans of today's shape (flat sections, comparator targets) into the tree
// and target kinds of issue 10. A database migrated up to 0008 and filled with plans of that shape
// must, after the rest of the migrations, render every plan exactly as the old code rendered it
// (test/old-plan-document-fixture.ts) — save that an unstated lead or timeframe, blank before, now reads
// "Không nêu" by design — keep every task and report, and stay as it is when migrated again.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import pg from 'pg';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildPlanDocument } from '@domain/plans/plan-document';
import { formatTargetText } from '@domain/plans/plan-targets';
import { connectDatabase, type Database } from './client';
import { withDatabase } from './database-roles';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate';
import { getPlanRow } from '../plans/plan.service';
import { listPlanTasks } from '../plans/task.repository';
import { toDomainTask } from '../plans/plan-presenter';
import { planDocx } from '../plans/plan-document.service';
import * as old from '../../../test/old-plan-document-fixture';

const LAST_OLD_MIGRATION = 8;

let adminUrl: string;
let name: string;
let db: Database;
let pool: pg.Pool;
let folder: string;

/** The migrations folder as it stood before issue 10: journal entries 0–8 and their SQL only. */
function migrationsUpToOldShape(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parplan-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { idx: number; tag: string }[] };
  const entries = journal.entries.filter((entry) => entry.idx <= LAST_OLD_MIGRATION);
  for (const entry of entries)
    copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

beforeAll(async () => {
  // An empty database (not the migrated template), created and migrated by the owner role.
  const templateUrl = inject('testDatabaseTemplateUrl');
  const template = inject('testDatabaseTemplateName');
  name = `${template.replace('parplan_template_', 'parplan_t')}_m${randomBytes(4).toString('hex')}`;
  adminUrl = withDatabase(templateUrl, 'postgres');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8'`);
  await admin.end();
  ({ db, pool } = connectDatabase(withDatabase(templateUrl, name), 2));
  folder = migrationsUpToOldShape();
  await migrate(db, { migrationsFolder: folder });
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await pool?.end();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const TENANT = '00000000-0000-4000-8000-000000000001';
const ORG = {
  province: '00000000-0000-4000-8000-0000000000a1',
  district: '00000000-0000-4000-8000-0000000000a2',
  noiVu: '00000000-0000-4000-8000-0000000000a3',
  vanPhong: '00000000-0000-4000-8000-0000000000a4',
  tuPhap: '00000000-0000-4000-8000-0000000000a5',
  soNoiVu: '00000000-0000-4000-8000-0000000000a6',
};
const FRAMEWORK = '00000000-0000-4000-8000-0000000000f1';
const PLAN = {
  original: '00000000-0000-4000-8000-0000000000b1',
  amendment: '00000000-0000-4000-8000-0000000000b2',
  draft: '00000000-0000-4000-8000-0000000000b3',
};

const SIGNATURE_KT = {
  mode: 'KT',
  authority: 'Chủ tịch',
  signerTitle: 'Phó Chủ tịch',
  signerName: 'Nguyễn Văn An',
};

/** Content of today's shape, as the old editor saved it (no frameworkIds, no appendixTable). */
function oldContent(fields: Partial<old.PlanContent>): old.PlanContent {
  return {
    parentBody: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
    number: null,
    symbol: 'KH-UBND',
    place: 'Lấp Vò',
    issuedOn: null,
    year: 2024,
    title: 'Khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
    preamble:
      'Thực hiện Kế hoạch số 16/KH-UBND ngày 25/01/2024 của UBND tỉnh về cải cách hành chính năm 2024.',
    basis: [
      {
        number: 'Quyết định số 876/QĐ-BNV',
        date: '2024-05-07',
        issuer: 'Bộ Nội vụ',
        summary: 'về phê duyệt Đề án Xác định Chỉ số CCHC',
      },
      { number: 'Kế hoạch số 16/KH-UBND', date: null, issuer: 'UBND tỉnh', summary: '' },
    ],
    purpose: 'Khắc phục các tồn tại, hạn chế.\n- Nâng cao Chỉ số CCHC của huyện',
    requirements: '- Xác định rõ trách nhiệm\n+ của người đứng đầu\n\n+ của cán bộ, công chức',
    targets: [
      { metric: 'Chỉ số CCHC năm 2024', comparator: 'gte', value: 88.09, unit: '%' },
      {
        metric: 'Xếp hạng Chỉ số CCHC năm 2024',
        comparator: 'top_group',
        value: 8,
        unit: 'huyện',
      },
      { metric: 'Tỷ lệ hồ sơ trễ hạn', comparator: 'lt', value: 2, unit: '%' },
      { metric: 'Số cuộc kiểm tra', comparator: 'eq', value: 4, unit: 'cuộc' },
      { metric: 'Điểm thành phần', comparator: 'gt', value: 5.5, unit: '' },
    ],
    sections: [
      {
        heading: 'Về công tác chỉ đạo, điều hành',
        body: 'Tăng cường chỉ đạo.\n- Ban hành kế hoạch CCHC\n+ đúng thời hạn\n+ đủ nội dung\n– Kiểm tra định kỳ',
      },
      {
        heading: '  Về cải cách thể chế  ',
        body: '• Rà soát văn bản quy phạm pháp luật\r\nTheo dõi thi hành',
      },
      { heading: 'Về cải cách thủ tục hành chính', body: '' },
    ],
    implementation:
      'Phòng Nội vụ là cơ quan thường trực.\n- Các cơ quan chuyên môn triển khai\n+ báo cáo kết quả',
    reportingDuties: '+ Báo cáo tháng: chậm nhất ngày 02 hằng tháng.',
    recipients: ['Sở Nội vụ', '- TT. Huyện ủy;', 'Lưu: VT, NV.', ''],
    signature: SIGNATURE_KT,
    ...fields,
  } as old.PlanContent;
}

/** A task row of today's shape; `coordinating` in order, ids from ORG. */
interface OldTaskRow {
  id: string;
  planId: string;
  position: number;
  area: string;
  content: string;
  leadOrganisationId: string | null;
  leadSuggestion?: string;
  coordinating: string[];
  coordinatingNote?: string;
  outputKind: old.OutputKind;
  outputDescription?: string;
  timeframeText: string;
  note?: string;
  status: string;
  nodeLinks?: unknown[];
  lineageId?: string;
}

const NODE_LINK = {
  frameworkId: FRAMEWORK,
  frameworkCode: 'CCHC-2023',
  indexKind: 'par_index',
  code: '1.2',
  name: 'Ban hành kế hoạch CCHC',
  maxPoints: 1.5,
  score: 0.25,
  pointsAtStake: 1.25,
};

function taskId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const TASKS: OldTaskRow[] = [
  // The original (superseded): grouped by area, one task without an area (printed first).
  ...[PLAN.original, PLAN.amendment].flatMap((planId, copy): OldTaskRow[] => [
    {
      id: taskId(copy * 10 + 1),
      lineageId: taskId(101),
      planId,
      position: 0,
      area: 'Cải cách thể chế',
      content: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
      leadOrganisationId: ORG.tuPhap,
      coordinating: [ORG.noiVu, ORG.vanPhong],
      coordinatingNote: 'Các ngành liên quan',
      outputKind: 'report',
      outputDescription: 'Báo cáo kết quả rà soát',
      timeframeText: 'Quý II/2024',
      status: copy === 0 ? 'done' : 'in_progress',
      nodeLinks: [NODE_LINK],
      note: 'Ưu tiên',
    },
    {
      id: taskId(copy * 10 + 2),
      lineageId: taskId(102),
      planId,
      position: 1,
      area: '',
      content: 'Xây dựng kế hoạch kiểm tra CCHC',
      leadOrganisationId: ORG.noiVu,
      coordinating: [],
      outputKind: 'plan',
      timeframeText: 'Trước ngày 31/3/2024',
      status: 'not_started',
    },
    {
      id: taskId(copy * 10 + 3),
      lineageId: taskId(103),
      planId,
      position: 2,
      area: 'Cải cách thủ tục hành chính',
      content: 'Công khai thủ tục hành chính\n- tại Bộ phận Một cửa',
      leadOrganisationId: ORG.vanPhong,
      coordinating: [ORG.tuPhap],
      outputKind: 'figure',
      outputDescription: '100% thủ tục được công khai',
      timeframeText: 'Thường xuyên',
      status: 'cannot_do',
    },
    {
      id: taskId(copy * 10 + 4),
      lineageId: taskId(104),
      planId,
      position: 3,
      area: 'Cải cách thể chế',
      content: 'Theo dõi thi hành pháp luật',
      leadOrganisationId: ORG.tuPhap,
      coordinating: [],
      outputKind: 'other',
      timeframeText: 'Tháng 11/2024',
      status: 'not_started',
    },
  ]),
  // The draft: a drafted lead suggestion (no unit matched) and no areas.
  {
    id: taskId(31),
    planId: PLAN.draft,
    position: 0,
    area: '',
    content: 'Tuyên truyền về cải cách hành chính',
    leadOrganisationId: null,
    leadSuggestion: 'Sở Văn hóa, Thể thao và Du lịch',
    coordinating: [ORG.soNoiVu],
    outputKind: 'articles',
    timeframeText: 'Năm 2025',
    status: 'not_started',
  },
  {
    id: taskId(32),
    planId: PLAN.draft,
    position: 1,
    area: '',
    content: 'Khảo sát sự hài lòng',
    leadOrganisationId: ORG.soNoiVu,
    coordinating: [],
    outputKind: 'decision',
    timeframeText: 'Quý III',
    status: 'in_progress',
  },
  // A draft row the old editor allowed: no lead yet, timeframe left blank (a warning, not an error).
  {
    id: taskId(33),
    planId: PLAN.draft,
    position: 2,
    area: '',
    content: 'Kiện toàn đội ngũ công chức đầu mối',
    leadOrganisationId: null,
    coordinating: [],
    outputKind: 'other',
    timeframeText: '',
    status: 'not_started',
  },
];

/**
 * The one designed difference (issue 10): a lead or timeframe the plan does not state, which the
 * old table left blank, now prints "Không nêu" (plan-task-lines.ts). Only those empty cells change.
 */
function withNotStated(model: old.PlanDocumentModel): old.PlanDocumentModel {
  if (!model.appendix) return model;
  const rows = model.appendix.rows.map((row) =>
    row.kind === 'task'
      ? { ...row, lead: row.lead || 'Không nêu', timeframe: row.timeframe || 'Không nêu' }
      : row,
  );
  return { ...model, appendix: { ...model.appendix, rows } };
}

/**
 * Issue 12 gives the appendix a "Giải pháp" column when a task has a solution: the model now names
 * its columns and each row's solution. These plans' tasks have none, so the seven old columns stay.
 */
function withSolutionColumn(model: old.PlanDocumentModel) {
  if (!model.appendix) return model;
  const rows = model.appendix.rows.map((row) =>
    row.kind === 'task' ? { ...row, solution: '' } : row,
  );
  return { ...model, appendix: { ...model.appendix, columns: [...old.APPENDIX_COLUMNS], rows } };
}

const PLANS = [
  {
    id: PLAN.original,
    organisationId: ORG.district,
    status: 'superseded',
    amendsPlanId: null,
    sourceFrameworkId: FRAMEWORK,
    issuedAt: '2024-02-05T08:00:00Z',
    content: oldContent({ number: '104', issuedOn: '2024-02-05' }),
  },
  {
    id: PLAN.amendment,
    organisationId: ORG.district,
    status: 'issued',
    amendsPlanId: PLAN.original,
    sourceFrameworkId: FRAMEWORK,
    issuedAt: '2024-03-22T08:00:00Z',
    content: oldContent({
      number: '120',
      issuedOn: '2024-03-22',
      title: 'Sửa đổi, bổ sung Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
    }),
  },
  {
    id: PLAN.draft,
    organisationId: ORG.province,
    status: 'draft',
    amendsPlanId: null,
    sourceFrameworkId: null,
    issuedAt: null,
    content: oldContent({
      parentBody: '',
      issuingBody: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      place: 'Đồng Tháp',
      year: 2025,
      title: 'Cải cách hành chính năm 2025',
      preamble: '',
      basis: [],
      targets: [],
      sections: [],
      reportingDuties: '',
      recipients: [],
      signature: {
        mode: 'TM',
        authority: 'Ủy ban nhân dân',
        signerTitle: 'Chủ tịch',
        signerName: 'Trần Thị Bình',
      },
    }),
  },
];

async function insertOldShapeData(): Promise<void> {
  const q = (text: string, values: unknown[] = []) => pool.query(text, values);
  await q(`INSERT INTO tenants (id, code, name) VALUES ($1, 'dt', 'Tỉnh Đồng Tháp')`, [TENANT]);
  const units: [string, string, string, string, string | null][] = [
    [ORG.province, 'DT', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'province', null],
    [ORG.soNoiVu, 'DT-SNV', 'Sở Nội vụ', 'department', ORG.province],
    [ORG.district, 'LV', 'Ủy ban nhân dân huyện Lấp Vò', 'district', ORG.province],
    [ORG.noiVu, 'LV-NV', 'Phòng Nội vụ', 'sub_unit', ORG.district],
    [ORG.vanPhong, 'LV-VP', 'Văn phòng HĐND và UBND', 'sub_unit', ORG.district],
    [ORG.tuPhap, 'LV-TP', 'Phòng Tư pháp', 'sub_unit', ORG.district],
  ];
  for (const [id, code, unitName, type, parentId] of units)
    await q(
      `INSERT INTO organisations (tenant_id, id, code, name, search_text, type, parent_id, valid_from)
       VALUES ($1, $2, $3, $4, $4, $5, $6, '2020-01-01')`,
      [TENANT, id, code, unitName, type, parentId],
    );
  await q(
    `INSERT INTO frameworks (tenant_id, id, owner_organisation_id, code, index_kind, name, year,
       unit_types, scale, nodes)
     VALUES ($1, $2, $3, 'CCHC-2023', 'par_index', 'Chỉ số CCHC cấp huyện', 2023, '{district}',
       '{"max": 100}', '[]')`,
    [TENANT, FRAMEWORK, ORG.province],
  );
  for (const plan of PLANS)
    await q(
      `INSERT INTO plans (tenant_id, id, organisation_id, year, status, content, amends_plan_id,
         source_framework_id, issued_at, reporting_rule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        TENANT,
        plan.id,
        plan.organisationId,
        plan.content.year,
        plan.status,
        JSON.stringify(plan.content),
        plan.amendsPlanId,
        plan.sourceFrameworkId,
        plan.issuedAt,
        plan.status === 'draft'
          ? null
          : JSON.stringify({
              name: 'Báo cáo tháng, chậm nhất ngày 02 tháng sau',
              reports: [
                {
                  kind: 'month',
                  due: { day: 2, month: 'following' },
                  window: { type: 'calendar' },
                },
              ],
            }),
      ],
    );
  for (const task of TASKS) {
    await q(
      `INSERT INTO plan_tasks (tenant_id, id, plan_id, lineage_id, position, area, content,
         node_links, lead_organisation_id, lead_suggestion, coordinating_note, output_kind,
         output_description, timeframe_text, note, status)
       VALUES ($1, $2, $3, COALESCE($4, gen_random_uuid()), $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        TENANT,
        task.id,
        task.planId,
        task.lineageId ?? null,
        task.position,
        task.area,
        task.content,
        JSON.stringify(task.nodeLinks ?? []),
        task.leadOrganisationId,
        task.leadSuggestion ?? '',
        task.coordinatingNote ?? '',
        task.outputKind,
        task.outputDescription ?? '',
        task.timeframeText,
        task.note ?? '',
        task.status,
      ],
    );
    for (const [position, organisationId] of task.coordinating.entries())
      await q(
        `INSERT INTO plan_task_coordinators (tenant_id, task_id, organisation_id, position)
         VALUES ($1, $2, $3, $4)`,
        [TENANT, task.id, organisationId, position],
      );
  }
  // A unit's monthly report on the issued amendment, with a KPI value against target 0.
  const submission = '00000000-0000-4000-8000-0000000000c1';
  await q(
    `INSERT INTO report_submissions (tenant_id, id, plan_id, period_key, organisation_id, status,
       difficulties, kpi_values, submitted_at, days_late)
     VALUES ($1, $2, $3, '2024-04', $4, 'submitted', 'Thiếu nhân lực', $5, '2024-05-02T03:00:00Z', 0)`,
    [
      TENANT,
      submission,
      PLAN.amendment,
      ORG.tuPhap,
      JSON.stringify([{ targetIndex: 0, value: 97.5 }]),
    ],
  );
  await q(
    `INSERT INTO report_entries (tenant_id, submission_id, task_id, status, progress, result)
     VALUES ($1, $2, $3, 'in_progress', 60, 'Đã rà soát 12 văn bản')`,
    [TENANT, submission, taskId(11)],
  );
}

/** Every plan as the old code printed it, from the rows of today's shape. */
async function renderOldDocuments(): Promise<Map<string, old.PlanDocumentModel>> {
  const names = new Map(
    (await pool.query<{ id: string; name: string }>(`SELECT id, name FROM organisations`)).rows.map(
      (row) => [row.id, row.name],
    ),
  );
  const models = new Map<string, old.PlanDocumentModel>();
  const plans = await pool.query<{ id: string; content: old.PlanContent }>(
    `SELECT id, content FROM plans WHERE tenant_id = $1`,
    [TENANT],
  );
  for (const plan of plans.rows) {
    const tasks = await pool.query<old.PlanTask>(
      `SELECT t.area, t.content, t.solution, t.node_links AS "nodeLinks",
              t.lead_organisation_id AS "leadOrganisationId", t.lead_suggestion AS "leadSuggestion",
              COALESCE((SELECT array_agg(c.organisation_id::text ORDER BY c.position)
                        FROM plan_task_coordinators c
                        WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id), '{}') AS "coordinatingOrganisationIds",
              t.coordinating_note AS "coordinatingNote", t.output_kind AS "outputKind",
              t.output_description AS "outputDescription", t.timeframe_text AS "timeframeText",
              t.note, t.status
       FROM plan_tasks t WHERE t.tenant_id = $1 AND t.plan_id = $2
       ORDER BY t.position, t.created_at, t.id`,
      [TENANT, plan.id],
    );
    models.set(plan.id, old.buildPlanDocument(plan.content, tasks.rows, names));
  }
  return models;
}

/** The plan as the app prints it now: its row and tasks read by the repositories, laid out by the domain. */
async function renderNewDocument(planId: string) {
  const plan = await getPlanRow(db, TENANT, planId);
  const rows = await listPlanTasks(db, TENANT, planId);
  // As plan-document.service names units: the lead's and coordinators' names from the task rows.
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.leadOrganisationId && row.leadName) names.set(row.leadOrganisationId, row.leadName);
    for (const unit of row.coordinating) names.set(unit.id, unit.name);
  }
  return { plan, model: buildPlanDocument(plan.content, rows.map(toDomainTask), names) };
}

const snapshot = async (query: string) => (await pool.query(query)).rows;
const TASK_COLUMNS = `SELECT t.id, t.plan_id, t.lineage_id, t.position, t.area, t.content,
  t.lead_organisation_id, t.lead_suggestion, t.coordinating_note, t.output_kind,
  t.output_description, t.timeframe_text, t.note, t.status, t.node_links, t.version,
  (SELECT array_agg(c.organisation_id::text ORDER BY c.position) FROM plan_task_coordinators c
   WHERE c.tenant_id = t.tenant_id AND c.task_id = t.id) AS coordinating
  FROM plan_tasks t ORDER BY t.id`;
const REPORTS = `SELECT to_jsonb(s) AS row FROM report_submissions s ORDER BY id`;
const ENTRIES = `SELECT to_jsonb(e) AS row FROM report_entries e ORDER BY submission_id, task_id`;
const PLAN_ROWS = `SELECT id, content, status, version, amends_plan_id, source_framework_id,
  reporting_rule, issued_at FROM plans ORDER BY id`;

it('migrates plans of today’s shape so every plan, task, report and document stays as it was', async () => {
  await insertOldShapeData();
  const oldDocuments = await renderOldDocuments();
  const oldPlans = await snapshot(PLAN_ROWS);
  const tasksBefore = await snapshot(TASK_COLUMNS);
  const reportsBefore = await snapshot(REPORTS);
  const entriesBefore = await snapshot(ENTRIES);

  await migrateDatabase(db);

  // Every document is, line for line and style for style, what the old code printed.
  expect(oldDocuments.size).toBe(3);
  for (const [planId, oldModel] of oldDocuments) {
    const { model } = await renderNewDocument(planId);
    // Issue 12 changed the header on purpose: a committee prints no parent line, and the model
    // carries the DỰ THẢO mark (off unless asked for) and the appendix's column list.
    expect(model).toEqual({
      ...withSolutionColumn(withNotStated(oldModel)),
      parentBody: '',
      draftMark: null,
    });
  }
  // …and only the draft's unstated row differs from the old document at all.
  for (const planId of [PLAN.original, PLAN.amendment])
    expect(withNotStated(oldDocuments.get(planId)!)).toEqual(oldDocuments.get(planId));
  expect(oldDocuments.get(PLAN.draft)!.appendix?.rows.at(-1)).toMatchObject({
    content: 'Kiện toàn đội ngũ công chức đầu mối',
    lead: '',
    timeframe: '',
  });
  const issued = oldDocuments.get(PLAN.amendment)!;
  expect(issued.numberLine).toBe('Số: 120/KH-UBND');
  expect(issued.placeDateLine).toBe('Lấp Vò, ngày 22 tháng 3 năm 2024');
  expect(issued.body.map((block) => block.text)).toContain(
    '- Xếp hạng Chỉ số CCHC năm 2024 thuộc nhóm 8 huyện dẫn đầu.',
  );
  expect(issued.body).toContainEqual({ kind: 'subbullet', text: '+ đủ nội dung' });
  expect(issued.appendix?.rows.map((row) => (row.kind === 'area' ? row.text : row.stt))).toEqual([
    '1',
    'Cải cách thể chế',
    '1',
    '2',
    'Cải cách thủ tục hành chính',
    '1',
  ]);
  expect(oldDocuments.get(PLAN.original)!.placeDateLine).toBe('Lấp Vò, ngày 05 tháng 02 năm 2024');
  expect(oldDocuments.get(PLAN.draft)!.numberLine).toBe('Số:      /KH-UBND');

  // Plan rows: only the content changed, into the new shape with the same texts.
  const newPlans = await snapshot(PLAN_ROWS);
  for (const [index, before] of oldPlans.entries()) {
    const after = newPlans[index];
    const { content: oldContent, ...oldRest } = before;
    const { content, ...rest } = after;
    expect(rest).toEqual(oldRest);
    expect(content.frameworkIds).toEqual(
      before.source_framework_id ? [before.source_framework_id] : [],
    );
    expect(content.appendixTable).toBe(true);
    const { sections: _s, targets: _t, frameworkIds: _f, appendixTable: _a, ...kept } = content;
    const { sections: _os, targets: _ot, ...oldKept } = oldContent;
    expect(kept).toEqual(oldKept);
    expect(
      content.sections.map((s: { heading: string; body: string }) => [s.heading, s.body]),
    ).toEqual(oldContent.sections.map((s: old.PlanSection) => [s.heading, s.body]));
    for (const section of content.sections)
      expect(section).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        parentId: null,
        numbering: 'decimal',
        frameworkId: null,
        nodeCode: null,
      });
    expect(new Set(content.sections.map((s: { id: string }) => s.id)).size).toBe(
      content.sections.length,
    );
    expect(content.targets).toHaveLength(oldContent.targets.length);
    for (const [position, target] of content.targets.entries()) {
      const was: old.PlanTarget = oldContent.targets[position];
      expect(target).toMatchObject({
        metric: was.metric,
        kind: was.comparator === 'top_group' ? 'rank_top' : 'number',
        value: was.value,
        unit: was.unit,
        sectionId: null,
        frameworkId: null,
      });
      expect(formatTargetText(target)).toBe(old.formatTargetText(was));
    }
  }
  const migrated = (await getPlanRow(db, TENANT, PLAN.amendment)).content;
  expect(migrated.frameworkIds).toEqual([FRAMEWORK]);
  expect(migrated.targets.map((target) => [target.kind, target.comparator])).toEqual([
    ['number', 'gte'],
    ['rank_top', 'gte'],
    ['number', 'lt'],
    ['number', 'eq'],
    ['number', 'gt'],
  ]);
  expect((await getPlanRow(db, TENANT, PLAN.draft)).content.frameworkIds).toEqual([]);

  // Tasks: every row kept, each an assignment outside the section tree with no group.
  expect(await snapshot(TASK_COLUMNS)).toEqual(tasksBefore);
  expect(tasksBefore).toHaveLength(TASKS.length);
  expect(
    await snapshot(`SELECT DISTINCT kind, section_id, lead_group, group_id FROM plan_tasks`),
  ).toEqual([{ kind: 'assignment', section_id: null, lead_group: null, group_id: null }]);

  // Reports: submissions (kpiValues by target index) and entries untouched.
  expect(await snapshot(REPORTS)).toEqual(reportsBefore);
  expect(await snapshot(ENTRIES)).toEqual(entriesBefore);
  expect(reportsBefore[0].row.kpi_values).toEqual([{ targetIndex: 0, value: 97.5 }]);

  // The .docx of a migrated plan opens and carries its title and an appendix row.
  const docx = await planDocx(db, TENANT, PLAN.amendment);
  const zip = await JSZip.loadAsync(docx.body);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  expect(documentXml).toContain(
    'Sửa đổi, bổ sung Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2023',
  );
  expect(documentXml).toContain('Rà soát, hệ thống hóa văn bản quy phạm pháp luật');
  expect(docx.fileName).toBe('Ke-hoach-120-KH-UBND-2024.docx');

  // Migrating again, and re-running 0009's rewrite itself, changes nothing (section and target ids included).
  const afterFirst = await snapshot(PLAN_ROWS);
  await migrateDatabase(db);
  const rewrite = readFileSync(join(MIGRATIONS_FOLDER, '0009_plans_of_any_shape.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .at(-1)!;
  expect(rewrite).toContain(`WHERE NOT ("content" ? 'frameworkIds')`);
  const rerun = await pool.query(rewrite);
  expect(rerun.rowCount).toBe(0);
  expect(await snapshot(PLAN_ROWS)).toEqual(afterFirst);
  expect(await snapshot(TASK_COLUMNS)).toEqual(tasksBefore);
});
