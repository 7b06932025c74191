// Plumbing: what the application's database role may do. Migrations run as an owner role; the app
// connects as a role that owns nothing and holds only the table rights its repositories use, so a
// compromised app cannot drop the append-only trigger, rewrite the audit log or change the schema.
// Run by the owner after every migration (inside the migration lock), so new tables get their
// rights at the same start that creates them.
import { sql } from 'drizzle-orm';
import type { Database } from './client';

type TableRight = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Rights of the app role per table: what the repositories really do (UPDATE also covers
 * `SELECT … FOR UPDATE`). A table created by a migration but missing here stops the start, so every
 * new table gets a deliberate entry; `app-rights.test.ts` compares this map with the catalogue.
 */
export const APP_TABLE_RIGHTS: Readonly<Record<string, readonly TableRight[]>> = {
  tenants: ['SELECT', 'INSERT'],
  login_directory: ['SELECT', 'INSERT'],
  organisations: ['SELECT', 'INSERT', 'UPDATE'],
  organisation_successions: ['SELECT', 'INSERT'],
  users: ['SELECT', 'INSERT', 'UPDATE'],
  role_grants: ['SELECT', 'INSERT', 'DELETE'],
  sessions: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  /** TOTP secrets: written at enrolment, their step on each code, removed on disable or reset. */
  user_two_factor: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  /** Recovery codes: issued in tens, marked used once, replaced on regeneration. */
  recovery_codes: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  /** Failed sign-ins per login and source (the lock); cleared on success, unlock, reset and expiry. */
  login_failures: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  /** Nhật ký: append-only — no UPDATE, DELETE or TRUNCATE (the trigger is the second wall). */
  audit_events: ['SELECT', 'INSERT'],
  frameworks: ['SELECT', 'INSERT', 'UPDATE'],
  unit_results: ['SELECT', 'INSERT', 'UPDATE'],
  unit_result_nodes: ['SELECT', 'INSERT', 'DELETE'],
  plans: ['SELECT', 'INSERT', 'UPDATE'],
  plan_tasks: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  plan_task_coordinators: ['SELECT', 'INSERT', 'DELETE'],
  report_submissions: ['SELECT', 'INSERT', 'UPDATE'],
  /** UPDATE: a save upserts the entries it keeps (one statement with the delete of the others). */
  report_entries: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  evidence_files: ['SELECT', 'INSERT', 'DELETE'],
  notifications: ['SELECT', 'INSERT', 'UPDATE'],
  notification_preferences: ['SELECT', 'INSERT', 'UPDATE'],
  report_comments: ['SELECT', 'INSERT'],
  consolidated_reports: ['SELECT', 'INSERT', 'UPDATE'],
  /** Yêu cầu báo cáo đột xuất: created, never edited or deleted (the audit keeps who asked). */
  report_requests: ['SELECT', 'INSERT'],
  report_request_units: ['SELECT', 'INSERT'],
  /** Lần nhập kế hoạch: status, progress and readings are updated; kept as the plan's source document. */
  plan_imports: ['SELECT', 'INSERT', 'UPDATE'],
  /** Đợt đánh giá: opened, moved through its states, never deleted (the audit keeps the history). */
  assessment_rounds: ['SELECT', 'INSERT', 'UPDATE'],
  /** Đơn vị tham gia: added and removed while the round is a draft, then updated (status, appraisal). */
  assessment_units: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  assessment_entries: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  /** Minh chứng tự đánh giá: attached and removed by the unit until it submits. */
  assessment_evidence: ['SELECT', 'INSERT', 'DELETE'],
  /** Hồ sơ TTHC: inserted and updated by imports (a later export updates a status). */
  dossiers: ['SELECT', 'INSERT', 'UPDATE'],
  /** Recomputed per touched (unit, field, month) on import: deleted and inserted again. */
  dossier_rollups: ['SELECT', 'INSERT', 'DELETE'],
  /** Lần nhập hồ sơ: queued, moved through its states with progress and outcome; kept as history. */
  dossier_import_jobs: ['SELECT', 'INSERT', 'UPDATE'],
  /** Ánh xạ cột per source: saved (upserted) after a successful import. */
  dossier_source_mappings: ['SELECT', 'INSERT', 'UPDATE'],
  /** Staging of one job: COPYed in (INSERT), read by the upsert, deleted at the job's end. */
  dossier_import_rows: ['SELECT', 'INSERT', 'DELETE'],
};

/**
 * Owner's functions the app role may call (their EXECUTE is revoked from PUBLIC in their
 * migration): analyse the import staging, which only its owner may do.
 */
export const APP_FUNCTIONS = ['analyze_dossier_import_rows'] as const;

/** Tables and partitioned tables of the public schema, partitions left out; name and owner. */
export const APP_TABLES_QUERY = `SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  ORDER BY c.relname`;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The role this connection runs as. */
export async function getCurrentRole(db: Database): Promise<string> {
  const result = await db.execute<{ role: string }>(sql`SELECT current_user AS role`);
  return result.rows[0]!.role;
}

/**
 * Tables of the public schema (the app's own; drizzle's and pg-boss's schemas stay the owner's).
 * A partition (dossiers_y2026) is reached through its partitioned table's rights, so only the
 * partitioned table is listed.
 */
async function listAppTables(db: Database): Promise<{ name: string; owner: string }[]> {
  const result = await db.execute<{ name: string; owner: string }>(sql.raw(APP_TABLES_QUERY));
  return result.rows;
}

/**
 * Gives `appRole` exactly the rights of APP_TABLE_RIGHTS on the public schema's tables (revoking
 * anything else), USAGE on the schema and its sequences, and nothing to CREATE. Run as the owner.
 */
export async function grantAppRights(db: Database, appRole: string): Promise<void> {
  const owner = await getCurrentRole(db);
  const tables = await listAppTables(db);
  const notOwned = tables.filter((table) => table.owner !== owner).map((table) => table.name);
  if (notOwned.length > 0)
    throw new Error(
      `Vai trò ${owner} không sở hữu các bảng ${notOwned.join(', ')}: một quản trị viên PostgreSQL ` +
        `cần chạy «REASSIGN OWNED BY ${quoteIdent(appRole)} TO ${quoteIdent(owner)};» trong cơ sở dữ liệu rồi khởi động lại.`,
    );
  const unlisted = tables.map((table) => table.name).filter((name) => !APP_TABLE_RIGHTS[name]);
  if (unlisted.length > 0)
    throw new Error(
      `Tables without rights for the app role in APP_TABLE_RIGHTS: ${unlisted.join(', ')}`,
    );

  const role = quoteIdent(appRole);
  await db.execute(sql.raw(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`));
  await db.execute(sql.raw(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`));
  await db.execute(sql.raw(`REVOKE CREATE ON SCHEMA public FROM ${role}`));
  await db.execute(sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`));
  await db.execute(sql.raw(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`));
  for (const { name } of tables) {
    const rights = APP_TABLE_RIGHTS[name]!.join(', ');
    await db.execute(sql.raw(`GRANT ${rights} ON TABLE public.${quoteIdent(name)} TO ${role}`));
  }
  for (const name of APP_FUNCTIONS)
    await db.execute(sql.raw(`GRANT EXECUTE ON FUNCTION public.${name}() TO ${role}`));
}
