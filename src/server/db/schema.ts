/**
 * The database schema: the single source for table types and generated migrations.
 * Tenancy is shaped for Citus: every tenant-owned table has `tenant_id` (the province) first in
 * its primary key and in every foreign key to another tenant table; tables that are global
 * (the tenant registry, the login directory) are listed in REFERENCE_TABLES.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  type PgTableExtraConfigValue,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** bytea as a Node Buffer (node-postgres reads and writes Buffers for it as they are). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** tenant_id: the province (tỉnh) that owns the row; the first column of every tenant table. */
export const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** A table's columns as its extra config sees them, or a table: anything with a tenant_id. */
type TenantColumns = { tenantId: AnyPgColumn };

/**
 * Khóa ngoại trong tỉnh: the foreign key `(tenant_id, ...columns)` → `(tenant_id, ...targetColumns)`
 * named `name`, so a row never points into another tenant (and Citus can co-locate the tables).
 * `targetColumns` defaults to the target's `id`; `target` may be `t` itself for a self-reference.
 */
export function tenantFk(
  name: string,
  t: TenantColumns,
  columns: AnyPgColumn | AnyPgColumn[],
  target: TenantColumns & { id?: AnyPgColumn },
  targetColumns?: AnyPgColumn[],
) {
  const from = Array.isArray(columns) ? columns : [columns];
  const to = targetColumns ?? [target.id!];
  return foreignKey({
    columns: [t.tenantId, ...from],
    foreignColumns: [target.tenantId, ...to],
    name,
  });
}

/** Tỉnh: a tenant (one province). Reference table: replicated to every node under Citus. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** Đơn vị: a node of a tenant's organisation tree. */
export const organisations = pgTable(
  'organisations',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Name and code folded to lower-case ASCII for accent-insensitive search. */
    searchText: text('search_text').notNull(),
    type: text('type').notNull(),
    parentId: uuid('parent_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('organisations_tenant_code_key').on(t.tenantId, t.code),
    // Imports match codes without letter case, so two codes may not differ only by case.
    uniqueIndex('organisations_tenant_code_ci_key').on(t.tenantId, sql`lower(${t.code})`),
    tenantFk('organisations_parent_fkey', t, t.parentId, t),
    index('organisations_parent_idx').on(t.tenantId, t.parentId),
  ],
);

/** Kế thừa: a merger/succession link — the predecessor's work passes to the successor. */
export const organisationSuccessions = pgTable(
  'organisation_successions',
  {
    tenantId: tenantId(),
    predecessorId: uuid('predecessor_id').notNull(),
    successorId: uuid('successor_id').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.predecessorId, t.successorId] }),
    tenantFk('organisation_successions_predecessor_fkey', t, t.predecessorId, organisations),
    tenantFk('organisation_successions_successor_fkey', t, t.successorId, organisations),
  ],
);

/** Người dùng: a local account in one tenant, attached to a home organisation. */
export const users = pgTable(
  'users',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    login: text('login').notNull(),
    fullName: text('full_name').notNull(),
    /** Login and full name folded like organisations' (foldVietnamese): "nguyen" finds "Nguyễn". */
    searchText: text('search_text').notNull().default(''),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    homeOrganisationId: uuid('home_organisation_id').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('users_tenant_login_key').on(t.tenantId, t.login),
    tenantFk('users_home_organisation_fkey', t, t.homeOrganisationId, organisations),
  ],
);

/**
 * Tên đăng nhập: the global login directory, so a user signs in without naming the province.
 * A login is unique within a province only: the same login may exist in two provinces, and
 * signing in tries the password against each (so creating a user never reveals that a login
 * exists in another province). Reference table (no foreign key into tenant tables, as Citus
 * requires); kept in step with `users` by the accounts repository in the same transaction.
 */
export const loginDirectory = pgTable(
  'login_directory',
  {
    login: text('login').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.login, t.tenantId] })],
);

/**
 * Lần đăng nhập sai: recent failed sign-ins of one login text from one source (IP address),
 * whether or not the login names an account (domain/accounts/login-throttle.ts). Global like the
 * login directory, since a login may name no province or several; a reference table.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    login: text('login').notNull(),
    source: text('source').notNull(),
    count: integer('count').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.login, t.source] }),
    // Forgotten failures are deleted by age.
    index('login_failures_last_failure_idx').on(t.lastFailureAt),
  ],
);

/** Vai trò: a role a user holds in an organisation (and, for reading, everything below it). */
export const roleGrants = pgTable(
  'role_grants',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('role_grants_unique_key').on(t.tenantId, t.userId, t.organisationId, t.role),
    tenantFk('role_grants_user_fkey', t, t.userId, users).onDelete('cascade'),
    tenantFk('role_grants_organisation_fkey', t, t.organisationId, organisations),
  ],
);

/** Phiên đăng nhập: a signed-in session; the cookie holds the token, the row only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tenantId: tenantId(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** Names the session in the "Phiên đăng nhập" list (the token hash never leaves the server). */
    id: uuid('id').notNull().defaultRandom(),
    /**
     * Bước thứ hai còn chờ: 'verify' (a code is due) or 'enrol' (a required role must set up
     * two-factor first); such a session opens nothing but the two-factor routes. null: signed in.
     */
    secondStep: text('second_step'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    uniqueIndex('sessions_tenant_id_id_key').on(t.tenantId, t.id),
    index('sessions_tenant_id_user_id_idx').on(t.tenantId, t.userId),
    tenantFk('sessions_user_fkey', t, t.userId, users).onDelete('cascade'),
    check('sessions_second_step_check', sql`second_step IN ('verify', 'enrol')`),
  ],
);

/**
 * Xác thực hai bước: a user's TOTP secret, encrypted (AES-256-GCM, `server/mfa/secret-box.ts`).
 * `confirmed_at` null while enrolment waits for its first code; `last_used_step` refuses replays.
 */
export const userTwoFactor = pgTable(
  'user_two_factor',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    secretEncrypted: text('secret_encrypted').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** The TOTP step (Unix seconds ÷ 30) of the last code accepted. */
    lastUsedStep: integer('last_used_step'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    tenantFk('user_two_factor_user_fkey', t, t.userId, users).onDelete('cascade'),
  ],
);

/** Mã khôi phục: one-time codes, stored as SHA-256 only (50 random bits each); used_at once spent. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.codeHash] }),
    tenantFk('recovery_codes_user_fkey', t, t.userId, users).onDelete('cascade'),
  ],
);

/**
 * Nhật ký: append-only audit events (a trigger refuses UPDATE and DELETE). No foreign keys to
 * users or organisations, so the record outlives what it describes.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    actorUserId: uuid('actor_user_id'),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('audit_events_at_idx').on(t.tenantId, t.at),
  ],
);

/**
 * Bộ chỉ số: a tenant's copy of one index framework for one year and kind of unit. The node tree
 * is kept whole in `nodes` (jsonb, the domain's FrameworkNode[]): it is edited, validated
 * (validateFramework), versioned (If-Match) and rolled up as one document of ~100 nodes, and no
 * query ever looks inside it. `owner_organisation_id` is the unit whose focal manages it (the
 * tenant root unless a lower level issues its own). A copy for a new year points back to its
 * source with the old → new `code_mapping` gap analysis compares through.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    code: text('code').notNull(),
    indexKind: text('index_kind').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    unitTypes: text('unit_types').array().notNull(),
    decision: jsonb('decision'),
    illustrative: boolean('illustrative').notNull().default(false),
    note: text('note'),
    description: text('description'),
    scale: jsonb('scale').notNull(),
    /** Xếp loại: the province's grade bands; null uses the default provincial bands. */
    gradeBands: jsonb('grade_bands'),
    /** The shipped template (file name without .json) it was created from, if any. */
    templateKey: text('template_key'),
    copiedFromId: uuid('copied_from_id'),
    codeMapping: jsonb('code_mapping'),
    nodes: jsonb('nodes').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('frameworks_tenant_code_key').on(t.tenantId, t.code),
    tenantFk('frameworks_owner_organisation_fkey', t, t.ownerOrganisationId, organisations),
    tenantFk('frameworks_copied_from_fkey', t, t.copiedFromId, t),
    index('frameworks_kind_year_idx').on(t.tenantId, t.indexKind, t.year),
  ],
);

/** Kết quả chấm điểm: one unit's result on one framework (its year), with where it was published. */
export const unitResults = pgTable(
  'unit_results',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    frameworkId: uuid('framework_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    year: integer('year').notNull(),
    /** Nguồn: the publishing decision `{ decisionNumber, decisionDate }`. */
    source: jsonb('source'),
    /** Totals as the last imported file printed them (compared, never used for scoring). */
    givenTotals: jsonb('given_totals'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('unit_results_framework_organisation_key').on(
      t.tenantId,
      t.frameworkId,
      t.organisationId,
    ),
    tenantFk('unit_results_framework_fkey', t, t.frameworkId, frameworks),
    tenantFk('unit_results_organisation_fkey', t, t.organisationId, organisations),
    index('unit_results_organisation_idx').on(t.tenantId, t.organisationId, t.year),
  ],
);

const points = (name: string) => numeric(name, { precision: 9, scale: 4, mode: 'number' });

/** Điểm từng tiêu chí: a leaf's scores in one unit result (points to 4 decimals). */
export const unitResultNodes = pgTable(
  'unit_result_nodes',
  {
    tenantId: tenantId(),
    resultId: uuid('result_id').notNull(),
    nodeCode: text('node_code').notNull(),
    selfScore: points('self_score'),
    appraisedScore: points('appraised_score'),
    appraisedScore2: points('appraised_score_2'),
    surveyScore: points('survey_score'),
    notApplicable: boolean('not_applicable').notNull().default(false),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.resultId, t.nodeCode] }),
    tenantFk('unit_result_nodes_result_fkey', t, t.resultId, unitResults).onDelete('cascade'),
  ],
);

/** Global tables (not distributed by tenant): the tenant registry and the login directory. */
export const REFERENCE_TABLES = ['tenants', 'login_directory', 'login_failures'] as const;

/**
 * Kế hoạch: a plan of one unit (đơn vị ban hành) for one year. `content` is the domain's
 * PlanContent as one jsonb document (header, basis, targets, sections, recipients, signature);
 * tasks live in plan_tasks so a unit's tasks can be found across plans. `implements_plan_id`
 * is the parent plan it carries out (cascade); `amends_plan_id` the version it replaces.
 */
export const plans = pgTable(
  'plans',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    year: integer('year').notNull(),
    /** draft | issued | superseded (PLAN_STATUSES). */
    status: text('status').notNull().default('draft'),
    content: jsonb('content').notNull(),
    /**
     * Tìm kiếm không dấu: number, symbol and title folded by the database's fold_vietnamese()
     * (migration 0011, the same mapping as foldVietnamese), kept by PostgreSQL on every write.
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql`fold_vietnamese(coalesce(content->>'number', '') || '/' || coalesce(content->>'symbol', '') || ' ' || coalesce(content->>'title', ''))`,
    ),
    implementsPlanId: uuid('implements_plan_id'),
    amendsPlanId: uuid('amends_plan_id'),
    /** Chế độ báo cáo: the domain's ReportingRule (periods, windows, due dates); null = none set. */
    reportingRule: jsonb('reporting_rule'),
    /** The framework whose gap analysis the draft came from, if any. */
    sourceFrameworkId: uuid('source_framework_id'),
    /** Văn bản gốc: the plan import (uploaded document) the draft was created from, if any. */
    sourceImportId: uuid('source_import_id'),
    createdBy: uuid('created_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Annotated: plans and plan_imports point at each other, which TypeScript cannot infer.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('plans_organisation_fkey', t, t.organisationId, organisations),
    tenantFk('plans_implements_plan_fkey', t, t.implementsPlanId, t),
    tenantFk('plans_amends_plan_fkey', t, t.amendsPlanId, t),
    tenantFk('plans_source_framework_fkey', t, t.sourceFrameworkId, frameworks),
    tenantFk('plans_source_import_fkey', t, t.sourceImportId, planImports),
    index('plans_organisation_year_idx').on(t.tenantId, t.organisationId, t.year),
  ],
);

/**
 * Nhiệm vụ: one task of a plan. `lineage_id` is shared by the same task across amended versions
 * (for the diff); `parent_task_id` is the parent plan's task it carries out (cascade). Status
 * and its note are working fields the lead and coordinating units update after issue.
 */
export const planTasks = pgTable(
  'plan_tasks',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    lineageId: uuid('lineage_id').notNull().defaultRandom(),
    parentTaskId: uuid('parent_task_id'),
    position: integer('position').notNull(),
    area: text('area').notNull().default(''),
    /** Mục: the id of the content section (plans.content.sections[].id) the task sits under; null = general. */
    sectionId: text('section_id'),
    /** assignment (giao) | request (đề nghị) (TASK_KINDS). */
    kind: text('kind').notNull().default('assignment'),
    /** Nhóm chủ trì: the domain's LeadGroup this obligation was expanded from; null for a single lead. */
    leadGroup: jsonb('lead_group'),
    /** Rows expanded from one written task share it. */
    groupId: uuid('group_id'),
    content: text('content').notNull(),
    solution: text('solution').notNull().default(''),
    nodeLinks: jsonb('node_links').notNull().default([]),
    leadOrganisationId: uuid('lead_organisation_id'),
    leadSuggestion: text('lead_suggestion').notNull().default(''),
    coordinatingNote: text('coordinating_note').notNull().default(''),
    outputKind: text('output_kind').notNull(),
    outputDescription: text('output_description').notNull().default(''),
    timeframeText: text('timeframe_text').notNull(),
    note: text('note').notNull().default(''),
    /** not_started | in_progress | done | cannot_do (TASK_STATUSES). */
    status: text('status').notNull().default('not_started'),
    statusNote: text('status_note').notNull().default(''),
    /** Tìm kiếm không dấu: content, solution and output folded by fold_vietnamese(), kept by PostgreSQL. */
    searchText: text('search_text').generatedAlwaysAs(
      sql`fold_vietnamese(content || ' ' || solution || ' ' || output_description)`,
    ),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('plan_tasks_plan_fkey', t, t.planId, plans).onDelete('cascade'),
    tenantFk('plan_tasks_lead_organisation_fkey', t, t.leadOrganisationId, organisations),
    tenantFk('plan_tasks_parent_task_fkey', t, t.parentTaskId, t),
    index('plan_tasks_plan_idx').on(t.tenantId, t.planId, t.position),
    index('plan_tasks_lead_idx').on(t.tenantId, t.leadOrganisationId),
    index('plan_tasks_parent_task_idx').on(t.tenantId, t.parentTaskId),
    index('plan_tasks_group_idx').on(t.tenantId, t.groupId),
  ],
);

/** Cơ quan phối hợp: the coordinating units of a task (many per task). */
export const planTaskCoordinators = pgTable(
  'plan_task_coordinators',
  {
    tenantId: tenantId(),
    taskId: uuid('task_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.taskId, t.organisationId] }),
    tenantFk('plan_task_coordinators_task_fkey', t, t.taskId, planTasks).onDelete('cascade'),
    tenantFk('plan_task_coordinators_organisation_fkey', t, t.organisationId, organisations),
    index('plan_task_coordinators_organisation_idx').on(t.tenantId, t.organisationId),
  ],
);

/**
 * Báo cáo định kỳ: one unit's report on one plan for one period (kỳ báo cáo, keyed like
 * "2024-Q1"). A row exists once the unit saves a draft; a period with no row is "missing" after
 * its due date. draft → submitted → accepted, or → returned (editable) → submitted again.
 */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    periodKey: text('period_key').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    /** draft | submitted | returned | accepted (SUBMISSION_STATUSES). */
    status: text('status').notNull().default('draft'),
    difficulties: text('difficulties').notNull().default(''),
    proposals: text('proposals').notNull().default(''),
    /** Nội dung trả lời: the unit's answer to an ad-hoc request's question (empty for periodic reports). */
    answer: text('answer').notNull().default(''),
    /** Giá trị chỉ tiêu: [{ targetIndex, value }] for the plan's targets. */
    kpiValues: jsonb('kpi_values').notNull().default([]),
    returnComment: text('return_comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    /** Số ngày nộp muộn so với hạn (0 when on time), fixed at submission. */
    daysLate: integer('days_late'),
    /** Idempotency-Key of the last submit: a retried submit changes nothing. */
    submitKey: text('submit_key'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('report_submissions_plan_period_unit_key').on(
      t.tenantId,
      t.planId,
      t.periodKey,
      t.organisationId,
    ),
    tenantFk('report_submissions_plan_fkey', t, t.planId, plans),
    tenantFk('report_submissions_organisation_fkey', t, t.organisationId, organisations),
  ],
);

/** Kết quả từng nhiệm vụ trong báo cáo: status, % progress, result, reason, referenced documents. */
export const reportEntries = pgTable(
  'report_entries',
  {
    tenantId: tenantId(),
    submissionId: uuid('submission_id').notNull(),
    taskId: uuid('task_id').notNull(),
    status: text('status').notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    result: text('result').notNull().default(''),
    reason: text('reason').notNull().default(''),
    /** Văn bản đã ban hành làm minh chứng: [{ number, date, issuer, summary }]. */
    documentRefs: jsonb('document_refs').notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.submissionId, t.taskId] }),
    tenantFk('report_entries_submission_fkey', t, t.submissionId, reportSubmissions).onDelete(
      'cascade',
    ),
    tenantFk('report_entries_task_fkey', t, t.taskId, planTasks),
    index('report_entries_task_idx').on(t.tenantId, t.taskId),
  ],
);

/**
 * Tệp minh chứng: an uploaded evidence file, stored outside the web root under
 * PARPLAN_DATA_DIR/evidence by `storage_key`; the same bytes twice for one task of one report
 * are one file (sha256), so a retried upload creates nothing new.
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    submissionId: uuid('submission_id').notNull(),
    taskId: uuid('task_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Detected from the bytes, never from the name. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('evidence_files_content_key').on(t.tenantId, t.submissionId, t.taskId, t.sha256),
    tenantFk('evidence_files_submission_fkey', t, t.submissionId, reportSubmissions).onDelete(
      'cascade',
    ),
    tenantFk('evidence_files_task_fkey', t, t.taskId, planTasks),
  ],
);

/** Thông báo: one in-app notice to one user (nhắc hạn, quá hạn, báo cáo bị trả lại…). */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** Stable key of the notice (deadline, kind, audience, due): sending twice creates nothing. */
    noticeKey: text('notice_key').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    /**
     * Thư chờ gửi: an event notice the user wants by e-mail, written with the event's transaction
     * and sent after it commits; cleared when a sender claims it, so it is never sent twice.
     */
    emailPending: boolean('email_pending').notNull().default(false),
    /** Sends tried (a failed send puts the notice back in the queue up to a limit). */
    emailAttempts: integer('email_attempts').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('notifications_user_notice_key').on(t.tenantId, t.userId, t.noticeKey),
    tenantFk('notifications_user_fkey', t, t.userId, users),
    index('notifications_unread_idx').on(t.tenantId, t.userId, t.readAt),
    index('notifications_email_pending_idx')
      .on(t.tenantId, t.createdAt)
      .where(sql`email_pending`),
  ],
);

/**
 * Trao đổi về báo cáo: one comment in the thread of a unit's report of one period (keyed like
 * the report: plan, period, unit — the thread may start before the unit first saves), by the
 * unit's side or its reviewers; a return's reason is a comment of kind 'return'.
 */
export const reportComments = pgTable(
  'report_comments',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    periodKey: text('period_key').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    /** comment | explanation_request | return */
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull(),
    /** The author's home unit when writing (shown beside the name). */
    authorOrganisationId: uuid('author_organisation_id').notNull(),
    /** unit | reviewer: which side of the exchange the author wrote for. */
    authorSide: text('author_side').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('report_comments_plan_fkey', t, t.planId, plans),
    tenantFk('report_comments_organisation_fkey', t, t.organisationId, organisations),
    tenantFk('report_comments_author_fkey', t, t.authorId, users),
    tenantFk('report_comments_author_organisation_fkey', t, t.authorOrganisationId, organisations),
    index('report_comments_report_idx').on(
      t.tenantId,
      t.planId,
      t.periodKey,
      t.organisationId,
      t.createdAt,
    ),
    check('report_comments_kind_check', sql`kind IN ('comment', 'explanation_request', 'return')`),
    check('report_comments_side_check', sql`author_side IN ('unit', 'reviewer')`),
  ],
);

/** Tùy chọn thông báo: which notice kinds a user also wants by e-mail, and the leaders' daily digest. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    emailKinds: text('email_kinds')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    dailyDigest: boolean('daily_digest').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    tenantFk('notification_preferences_user_fkey', t, t.userId, users),
  ],
);

/**
 * Báo cáo tổng hợp: the focal unit's consolidated report of a plan for one period — the
 * narrative it edited over the generated one (null parts: use the generated text).
 */
export const consolidatedReports = pgTable(
  'consolidated_reports',
  {
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    periodKey: text('period_key').notNull(),
    /** { [sectionKey]: text } overriding the generated narrative. */
    narrative: jsonb('narrative').notNull().default({}),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.planId, t.periodKey] }),
    tenantFk('consolidated_reports_plan_fkey', t, t.planId, plans),
  ],
);

/**
 * Yêu cầu báo cáo đột xuất: the plan's focal unit asks chosen units for a report by `due_on`,
 * with a question. Each chosen unit then owes a unit report (report_submissions) for the period
 * key `YC-<id>`, through the same draft / submit / review flow as periodic reports. The data
 * window (kỳ số liệu) is optional: without it the report covers the request's day to its due date.
 */
export const reportRequests = pgTable(
  'report_requests',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    title: text('title').notNull(),
    /** Nội dung yêu cầu: the question asked, free text. */
    question: text('question').notNull(),
    dataFrom: date('data_from', { mode: 'string' }),
    dataTo: date('data_to', { mode: 'string' }),
    /** Hạn nộp. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The day the request was made (the start of the default data window). */
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('report_requests_plan_fkey', t, t.planId, plans),
    index('report_requests_plan_idx').on(t.tenantId, t.planId),
  ],
);

/** Đơn vị được yêu cầu báo cáo: the units an ad-hoc request asks. */
export const reportRequestUnits = pgTable(
  'report_request_units',
  {
    tenantId: tenantId(),
    requestId: uuid('request_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.requestId, t.organisationId] }),
    tenantFk('report_request_units_request_fkey', t, t.requestId, reportRequests),
    tenantFk('report_request_units_organisation_fkey', t, t.organisationId, organisations),
    index('report_request_units_organisation_idx').on(t.tenantId, t.organisationId),
  ],
);

/**
 * Lần nhập kế hoạch: an uploaded plan document (.docx, .pdf, .txt/.md) of a unit and what the
 * importer read from it. The original bytes stay here as the plan's source document (văn bản gốc);
 * `source` is the readers' SourceDocument, so re-reading with a person's overrides never parses
 * the file again; `lines` its line texts (the review screen's left pane); `result` the
 * ImportedPlan. reading (a background job, `progress` 0–100) → ready → created (`plan_id`), or failed.
 */
export const planImports = pgTable(
  'plan_imports',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    /** Năm kế hoạch the person chose; null reads it from the document. */
    year: integer('year'),
    fileName: text('file_name').notNull(),
    /** Detected by the reader from the bytes (never from the name). */
    contentType: text('content_type').notNull(),
    /** docx | pdf | txt (SOURCE_FORMATS). */
    format: text('format').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** reading | ready | failed | created (PLAN_IMPORT_STATUSES). */
    status: text('status').notNull(),
    progress: integer('progress').notNull().default(0),
    /** Why the reading failed, in Vietnamese. */
    error: text('error'),
    overrides: jsonb('overrides').notNull().default([]),
    lines: jsonb('lines').notNull(),
    source: jsonb('source').notNull(),
    result: jsonb('result'),
    planId: uuid('plan_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer('version').notNull().default(1),
  },
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('plan_imports_organisation_fkey', t, t.organisationId, organisations),
    tenantFk('plan_imports_plan_fkey', t, t.planId, plans),
    index('plan_imports_organisation_idx').on(t.tenantId, t.organisationId),
  ],
);

/**
 * Đợt đánh giá (đợt chấm điểm): one yearly scoring round of one framework, opened by the unit
 * holding `owner_organisation_id` (the province or its focal unit) for the units that take part.
 * draft → self_assessment → appraisal → explanation → final → published (ROUND_STATES);
 * `appraisal_stage` 1 or 2 says which appraisal (thẩm định lần 1 / lần 2) is being entered.
 * Windows are civil days in Vietnam (ISO dates), inclusive.
 */
export const assessmentRounds = pgTable(
  'assessment_rounds',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    frameworkId: uuid('framework_id').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    state: text('state').notNull().default('draft'),
    appraisalStage: integer('appraisal_stage').notNull().default(1),
    selfOpensOn: date('self_opens_on', { mode: 'string' }),
    selfClosesOn: date('self_closes_on', { mode: 'string' }),
    appraisalOpensOn: date('appraisal_opens_on', { mode: 'string' }),
    appraisalClosesOn: date('appraisal_closes_on', { mode: 'string' }),
    explanationOpensOn: date('explanation_opens_on', { mode: 'string' }),
    explanationClosesOn: date('explanation_closes_on', { mode: 'string' }),
    /** Hội đồng thẩm định ký xác nhận: the council's sign-off of the appraised board. */
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    signedOffBy: uuid('signed_off_by'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedBy: uuid('finalised_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    /** Quyết định công bố: { number, date, issuer } printed on the published appendix. */
    publication: jsonb('publication'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('assessment_rounds_framework_key').on(t.tenantId, t.frameworkId),
    tenantFk('assessment_rounds_framework_fkey', t, t.frameworkId, frameworks),
    tenantFk('assessment_rounds_owner_organisation_fkey', t, t.ownerOrganisationId, organisations),
    index('assessment_rounds_year_idx').on(t.tenantId, t.year),
  ],
);

/**
 * Đơn vị tham gia đợt đánh giá: a unit taking part, with the nodes it is exempt from (không áp
 * dụng: whole areas or single criteria, as the framework allows), its self-assessment status
 * (not_started | in_progress | submitted; UNIT_ASSESSMENT_STATUSES), when each appraisal of it
 * was confirmed, and the free parts of its self-assessment report (khó khăn, kiến nghị).
 */
export const assessmentUnits = pgTable(
  'assessment_units',
  {
    tenantId: tenantId(),
    roundId: uuid('round_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    exemptNodeCodes: text('exempt_node_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    exemptionNote: text('exemption_note').notNull().default(''),
    status: text('status').notNull().default('not_started'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    appraisal1DoneAt: timestamp('appraisal_1_done_at', { withTimezone: true }),
    appraisal1DoneBy: uuid('appraisal_1_done_by'),
    appraisal2DoneAt: timestamp('appraisal_2_done_at', { withTimezone: true }),
    appraisal2DoneBy: uuid('appraisal_2_done_by'),
    difficulties: text('difficulties').notNull().default(''),
    recommendations: text('recommendations').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.organisationId] }),
    tenantFk('assessment_units_round_fkey', t, t.roundId, assessmentRounds).onDelete('cascade'),
    tenantFk('assessment_units_organisation_fkey', t, t.organisationId, organisations),
    index('assessment_units_organisation_idx').on(t.tenantId, t.organisationId),
  ],
);

const assessmentPoints = (name: string) =>
  numeric(name, { precision: 9, scale: 4, mode: 'number' });

/**
 * Điểm từng tiêu chí trong đợt đánh giá: one leaf (or a node scored as a whole) of one unit.
 * `self_input` holds the scoring rule's inputs (e.g. the two numbers of a ratio, the tier) and
 * `self_score` the score computed from them; appraisal 1 and 2 are kept apart, each with its
 * comment (required when it differs from the score before it); `explanation_request` is the
 * appraiser's đề nghị giải trình, `explanation` the unit's answer; `survey_score` the survey part.
 */
export const assessmentEntries = pgTable(
  'assessment_entries',
  {
    tenantId: tenantId(),
    roundId: uuid('round_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    nodeCode: text('node_code').notNull(),
    selfInput: jsonb('self_input'),
    selfScore: assessmentPoints('self_score'),
    notApplicable: boolean('not_applicable').notNull().default(false),
    /** Giải trình của đơn vị khi tự chấm: why a scored item has no (or partial) evidence. */
    selfExplanation: text('self_explanation').notNull().default(''),
    appraisedScore1: assessmentPoints('appraised_score_1'),
    appraisalComment1: text('appraisal_comment_1').notNull().default(''),
    appraisedBy1: uuid('appraised_by_1'),
    appraisedAt1: timestamp('appraised_at_1', { withTimezone: true }),
    explanationRequest: text('explanation_request').notNull().default(''),
    explanationRequestedBy: uuid('explanation_requested_by'),
    explanation: text('explanation').notNull().default(''),
    explainedAt: timestamp('explained_at', { withTimezone: true }),
    appraisedScore2: assessmentPoints('appraised_score_2'),
    appraisalComment2: text('appraisal_comment_2').notNull().default(''),
    appraisedBy2: uuid('appraised_by_2'),
    appraisedAt2: timestamp('appraised_at_2', { withTimezone: true }),
    surveyScore: assessmentPoints('survey_score'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.organisationId, t.nodeCode] }),
    tenantFk('assessment_entries_unit_fkey', t, [t.roundId, t.organisationId], assessmentUnits, [
      assessmentUnits.roundId,
      assessmentUnits.organisationId,
    ]).onDelete('cascade'),
  ],
);

/**
 * Tài liệu kiểm chứng của một tiêu chí: an uploaded file (kind 'file', bytes under EVIDENCE_DIR by
 * `storage_key`), an issued document (kind 'document': number, date, issuer, page/section
 * pointer in `document`), or evidence carried from this year's tasks: a task's output (kind
 * 'task_output', `source_task_id`, the document it cites in `document`) or an accepted report's
 * evidence file (kind 'report_evidence', `source_evidence_file_id`; the bytes stay the report's).
 */
export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    roundId: uuid('round_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    nodeCode: text('node_code').notNull(),
    kind: text('kind').notNull(),
    fileName: text('file_name'),
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    storageKey: text('storage_key'),
    document: jsonb('document'),
    sourceTaskId: uuid('source_task_id'),
    sourceSubmissionId: uuid('source_submission_id'),
    sourceEvidenceFileId: uuid('source_evidence_file_id'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    tenantFk('assessment_evidence_unit_fkey', t, [t.roundId, t.organisationId], assessmentUnits, [
      assessmentUnits.roundId,
      assessmentUnits.organisationId,
    ]).onDelete('cascade'),
    tenantFk('assessment_evidence_task_fkey', t, t.sourceTaskId, planTasks),
    tenantFk('assessment_evidence_report_file_fkey', t, t.sourceEvidenceFileId, evidenceFiles),
    index('assessment_evidence_node_idx').on(t.tenantId, t.roundId, t.organisationId, t.nodeCode),
  ],
);
