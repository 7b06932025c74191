// Entry point: `npm start`. Picks the database (DATABASE_URL, or an embedded PostgreSQL under
// PARPLAN_DATA_DIR), migrates it, loads demo data into a new embedded one, serves the app, and
// starts the scheduled jobs (daily reminders), and shuts down in order on Ctrl-C / SIGTERM: stop
// accepting, drain requests, stop the jobs, close the pool, stop PostgreSQL, release the
// data-directory lock. The same happens on SIGHUP and when the parent (npm) goes away without
// passing a signal on; PostgreSQL dying under the app is restarted, or the app exits with 1.
import { resolve } from 'node:path';
import { loadConfig } from './config';
import { connectDatabase } from './db/client';
import { lockDataDir, DataDirLockedError } from './db/data-dir-lock';
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './db/embedded-postgres';
import { watchParentProcess } from './parent-watch';
import { migrateAsOwner } from './db/migrate';
import { getCurrentRole } from './db/app-rights';
import { seedDemoDataIfEmpty } from './db/seed/seed-demo';
import { seedDemoDossiers } from './db/seed/seed-demo-dossiers';
import { DEMO_PASSWORD, DEMO_TENANTS } from './db/seed/demo-data';
import { listAccountsWithLogin } from './users/user.repository';
import { buildApp } from './app';
import { createMailer } from './notifications/mailer';
import { startJobs } from './notifications/job-runner';
import { pgBossPlanImportQueue, type PlanImportQueue } from './plan-imports/plan-import-job';
import {
  pgBossDossierImportQueue,
  workDossierImports,
  type DossierImportQueue,
} from './dossiers/dossier-import-job';

const cleanups: (() => Promise<void> | void)[] = [];
let stopping = false;

/** Runs the cleanups (last registered first) once, then exits with `code`. */
async function shutdown(reason: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: đang dừng …`);
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      console.error(error);
    }
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const config = loadConfig();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void shutdown(`Nhận ${signal}`, 0));
  watchParentProcess(() => void shutdown('Tiến trình cha (npm) đã kết thúc', 0));
  let embedded: EmbeddedDatabase | null = null;
  let url = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL;
  if (!url) {
    const dataDir = resolve(config.PARPLAN_DATA_DIR);
    cleanups.unshift(lockDataDir(dataDir));
    console.log(`Khởi động PostgreSQL nhúng (dữ liệu: ${dataDir}) …`);
    embedded = await startEmbeddedPostgres(dataDir, {
      runtimeDir: config.PARPLAN_RUNTIME_DIR,
      log: (line) => config.LOG_LEVEL === 'debug' && console.log(`[postgres] ${line}`),
      announce: (line) => console.log(line),
      onGaveUp: (error) => {
        console.error(error.message);
        void shutdown('PostgreSQL nhúng không chạy lại được', 1);
      },
    });
    cleanups.unshift(() => embedded!.stop());
    url = embedded.appUrl;
    ownerUrl = embedded.ownerUrl;
  } else if (!ownerUrl) {
    console.warn(
      'Cảnh báo: chưa đặt DATABASE_OWNER_URL — vai trò của DATABASE_URL chạy migration và sở hữu lược đồ, nên ứng dụng có thể gỡ trigger bảo vệ nhật ký. Xem mục Production trong README.',
    );
  }
  const { db, pool } = connectDatabase(url);
  cleanups.unshift(() => pool.end());
  // Migrations and grants run as the owner; the app's pool keeps only its table rights.
  await migrateAsOwner(ownerUrl ?? url, await getCurrentRole(db));

  const demo = embedded !== null && config.NODE_ENV !== 'production' && config.PARPLAN_DEMO_DATA;
  if (demo && (await seedDemoDataIfEmpty(db))) {
    const started = performance.now();
    const dossiers = await seedDemoDossiers(db, pool, config.clock);
    console.log(
      `Đã nạp dữ liệu mẫu (Tỉnh Đồng Tháp, Tỉnh Vĩnh Long; ${dossiers.toLocaleString('vi-VN')} hồ sơ TTHC trong ${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
  }

  // Cleanups run last-registered first: registered here, the jobs stop after HTTP, before the pool.
  // Without jobs, a large plan document is read in this process (buildApp's default queue).
  let planImportQueue: PlanImportQueue | undefined;
  let dossierImportQueue: DossierImportQueue | undefined;
  if (config.NODE_ENV !== 'test' && config.PARPLAN_JOBS) {
    const jobs = await startJobs({
      connectionString: ownerUrl ?? url, // pg-boss creates and migrates its own schema
      db,
      mailer: createMailer(config.mail),
      settings: config.reminders,
      clock: config.clock,
    });
    cleanups.unshift(() => jobs.stop());
    planImportQueue = pgBossPlanImportQueue(jobs.boss);
    // Nhập hồ sơ: one import at a time in this process, surviving a restart in pg-boss's queue.
    await workDossierImports(jobs.boss, {
      db,
      pool,
      clock: config.clock,
      log: { error: (error) => console.error(error) },
    });
    dossierImportQueue = pgBossDossierImportQueue(jobs.boss);
    console.log(
      `Nhắc hạn tự động lúc 07:00 hằng ngày${config.mail ? '' : ' (chưa cấu hình SMTP: chỉ thông báo trong ứng dụng)'}.`,
    );
  }

  const app = await buildApp({
    config,
    db,
    embedded: embedded !== null,
    ...(planImportQueue ? { planImportQueue } : {}),
    ...(dossierImportQueue ? { dossierImportQueue } : {}),
    dossierUploadFolder: resolve(config.PARPLAN_DATA_DIR, 'dossier-uploads'),
  });
  cleanups.unshift(() => app.close());
  await app.listen({ host: config.HOST, port: config.PORT });
  const shownHost =
    config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  console.log(`\nparplan đang chạy tại http://${shownHost}:${config.PORT}`);
  if (demo && (await listAccountsWithLogin(db, DEMO_TENANTS[0]!.users[0]!.login)).length > 0) {
    console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const tenant of DEMO_TENANTS) {
      for (const user of tenant.users)
        console.log(
          `  ${user.login.padEnd(20)} ${user.role.padEnd(9)} ${tenant.name} – ${user.fullName}`,
        );
    }
  }
}

main().catch(async (error: unknown) => {
  // Our own failures already explain themselves in Vietnamese: no stack trace for those.
  if (error instanceof DataDirLockedError || error instanceof EmbeddedPostgresError)
    console.error(error.message);
  else console.error(error);
  await shutdown('Khởi động thất bại', 1);
});
