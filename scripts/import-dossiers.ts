// Nhập hồ sơ TTHC từ dòng lệnh (for scheduled jobs): `npm run import-dossiers -- FILE --tenant CODE
// [--source NAME] [--mode all_or_nothing|valid_rows]`. Creates the job as an upload would and
// runs it in this process through the same runner as the background queue, printing the progress
// and the outcome; audited as the CLI (no user, request id "cli:import-dossiers"). Uses
// DATABASE_URL, or the embedded database under PARPLAN_DATA_DIR when the app is not running.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type pg from 'pg';
import { systemClock, type Clock } from '../src/server/clock';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import { tenants } from '../src/server/db/schema';
import { insertAuditEvent } from '../src/server/audit/audit.repository';
import {
  findDossierImportJob,
  insertDossierImportJob,
  type DossierImportMode,
  type DossierImportOutcome,
} from '../src/server/dossiers/dossier-import-job.repository';
import { runDossierImportJob } from '../src/server/dossiers/dossier-import-job';
import { withCliDatabase } from '../src/server/cli/cli-database';

const USAGE =
  'Cách dùng: npm run import-dossiers -- TỆP --tenant MÃ_TỈNH [--source TÊN_HỆ_THỐNG] [--mode all_or_nothing|valid_rows]';

/** Request id of the CLI's audit events. */
export const CLI_REQUEST_ID = 'cli:import-dossiers';

/** A refusal the CLI explains and exits 1 on. */
export class ImportDossiersError extends Error {}

/** Runs the command on `argv` against `db`; answers the outcome (stored in the job too). */
export async function importDossiersCommand(
  argv: readonly string[],
  deps: { db: Database; pool: pg.Pool; clock: Clock; print: (line: string) => void },
): Promise<DossierImportOutcome> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      source: { type: 'string', default: 'mac-dinh' },
      mode: { type: 'string', default: 'all_or_nothing' },
    },
  });
  const file = positionals[0];
  if (!file || !values.tenant) throw new ImportDossiersError(USAGE);
  if (values.mode !== 'all_or_nothing' && values.mode !== 'valid_rows')
    throw new ImportDossiersError(`Chế độ «${values.mode}» không có. ${USAGE}`);
  const mode: DossierImportMode = values.mode;
  const { db, clock, print } = deps;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.code, values.tenant));
  if (!tenant) throw new ImportDossiersError(`Không có tỉnh mã «${values.tenant}».`);
  const path = resolve(file);
  const size = (await stat(path)).size;
  const fileName = basename(path);
  const job = await insertDossierImportJob(db, {
    tenantId: tenant.id,
    source: values.source,
    fileName,
    format: /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv',
    mode,
    sizeBytes: size,
    filePath: path,
    createdBy: null,
    now: clock.now(),
  });
  const started = clock.now().getTime();
  const timer = setInterval(() => {
    void findDossierImportJob(db, tenant.id, job.id).then((row) => {
      if (!row || row.status !== 'running') return;
      const seconds = (clock.now().getTime() - started) / 1000;
      print(
        `Đã đọc ${row.rowsRead.toLocaleString('vi-VN')} dòng (${Math.round(row.rowsRead / Math.max(seconds, 0.001)).toLocaleString('vi-VN')} dòng/giây)…`,
      );
    });
  }, 2000);
  let outcome: DossierImportOutcome | null;
  try {
    outcome = await runDossierImportJob(
      { db, pool: deps.pool, clock },
      { tenantId: tenant.id, jobId: job.id, keepFile: true },
    );
  } finally {
    clearInterval(timer);
  }
  if (!outcome) throw new ImportDossiersError('Lần nhập đã bị hủy trước khi chạy.');
  await insertAuditEvent(db, {
    tenantId: tenant.id,
    actorUserId: null,
    organisationId: null,
    action: 'dossier.import',
    outcome: 'allowed',
    objectType: 'dossier_import',
    objectId: job.id,
    after: { fileName, source: values.source, mode, ...countsOf(outcome) },
    requestId: CLI_REQUEST_ID,
  });
  for (const line of outcomeLines(outcome)) print(line);
  return outcome;
}

const countsOf = (o: DossierImportOutcome) => ({
  status: o.status,
  rowsRead: o.rowsRead,
  rowsRejected: o.rowsRejected,
  rowsInserted: o.rowsInserted,
  rowsUpdated: o.rowsUpdated,
  rowsUnchanged: o.rowsUnchanged,
});

const n = (value: number) => value.toLocaleString('vi-VN');

/** The outcome as the CLI prints it (Vietnamese, numbers Vietnamese style). */
export function outcomeLines(o: DossierImportOutcome): string[] {
  const status = { succeeded: 'Hoàn thành', failed: 'Thất bại', cancelled: 'Đã hủy' }[o.status];
  const lines = [
    `${status}: đọc ${n(o.rowsRead)} dòng, hợp lệ ${n(o.rowsValid)}, lỗi ${n(o.rowsRejected)}.`,
    `Thêm mới ${n(o.rowsInserted)}, cập nhật ${n(o.rowsUpdated)}, không đổi ${n(o.rowsUnchanged)}.`,
  ];
  if (o.failure) lines.push(o.failure);
  for (const error of o.errors.slice(0, 20))
    lines.push(`  Dòng ${error.line}${error.column ? ` [${error.column}]` : ''}: ${error.message}`);
  if (o.rowsRejected > 0)
    lines.push(
      `Lỗi theo loại: ${Object.entries(o.errorCounts)
        .map(([code, count]) => `${code} ${n(count)}`)
        .join(', ')}.`,
    );
  return lines;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const outcome = await withCliDatabase(config, ({ db, pool }) =>
    importDossiersCommand(process.argv.slice(2), {
      db,
      pool,
      clock: systemClock,
      print: (line) => console.log(line),
    }),
  );
  if (outcome.status !== 'succeeded') process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof ImportDossiersError ? error.message : error);
    process.exitCode = 1;
  });
}
